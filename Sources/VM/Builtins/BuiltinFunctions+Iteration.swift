/// iter, next, sorted, min, max, sum, any, all.
extension VM {
    func installIterationFunctions() {
        define(builtins, "iter") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "iter", 1, 2)
            if args.positionalCount == 2 {
                let iterator = PyIterator(variant: .callable, source: args[0], type: BuiltinTypes.shared.callableIterator)
                iterator.sentinel = args[1]
                return .object(iterator)
            }
            return try vm.getIterator(args[0])
        }
        define(builtins, "next") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "next", 1, 2)
            let iterator = args[0]
            if case .object(let object) = iterator, object.kind != .iterator, object.kind != .generator, object.kind != .file,
               object.type.lookup(vm.names.nextMethod) == nil {
                throw vm.typeError("'\(vm.typeName(iterator))' object is not an iterator")
            }
            if case .object = iterator {} else { throw vm.typeError("'\(vm.typeName(iterator))' object is not an iterator") }
            if args.positionalCount == 1, case .object(let object) = iterator, !object.type.isBuiltin,
               let method = object.type.lookup(vm.names.nextMethod) {
                return try vm.call(method, [iterator])
            }
            if case .object(let object) = iterator, object.kind == .generator {
                switch try vm.resume(unsafeDowncast(object, to: PyGenerator.self), sending: .none) {
                case .yielded(let item): return item
                case .returned(let result):
                    if args.positionalCount == 2 { return args[1] }
                    throw vm.stopIteration(result)
                }
            }
            if let item = try vm.next(iterator) { return item }
            if args.positionalCount == 2 { return args[1] }
            throw vm.raise("StopIteration")
        }
        define(builtins, "sorted") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.allowKeywords(vm, "sorted", ["key", "reverse"])
            guard args.positionalCount == 1 else {
                throw vm.typeError("sorted expected 1 argument, got \(args.positionalCount)")
            }
            var items = ContiguousArray(try vm.collect(args[0]))
            try vm.sortValues(&items, key: args.keyword("key") ?? .none, reverse: try vm.isTrue(args.keyword("reverse") ?? .bool(false)))
            return .object(PyList(items))
        }
        for (name, wantsMaximum) in [("min", false), ("max", true)] {
            define(builtins, name) { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try vm.extreme(name, args, maximum: wantsMaximum)
            }
        }
        define(builtins, "sum") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.allowKeywords(vm, "sum", ["start"])
            guard args.positionalCount >= 1, args.positionalCount <= 2 else {
                throw vm.typeError("sum() takes at most 2 arguments (\(args.positionalCount) given)")
            }
            var total = args.positional(1) ?? args.keyword("start") ?? .int(0)
            if total.asString != nil { throw vm.typeError("sum() can't sum strings [use ''.join(seq) instead]") }
            try vm.forEach(args[0]) { (item: Value) throws(PyException) in
                if case .int(let x) = total, case .int(let y) = item {
                    let (result, overflow) = x.addingReportingOverflow(y)
                    if !overflow { total = .int(result); return }
                }
                if case .float(let x) = total, case .float(let y) = item {
                    total = .float(x + y)
                    return
                }
                total = try vm.binary(.add, total, item)
            }
            return total
        }
        define(builtins, "any") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "any", 1, 1)
            let iterator = try vm.getIterator(args[0])
            while let item = try vm.next(iterator) { if try vm.isTrue(item) { return .bool(true) } }
            return .bool(false)
        }
        define(builtins, "all") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "all", 1, 1)
            let iterator = try vm.getIterator(args[0])
            while let item = try vm.next(iterator) { if try !vm.isTrue(item) { return .bool(false) } }
            return .bool(true)
        }
    }

    /// `min(...)` / `max(...)` with `key` and `default`.
    func extreme(_ name: String, _ args: Arguments, maximum: Bool) throws(PyException) -> Value {
        try args.allowKeywords(self, name, ["key", "default"])
        let key = args.keyword("key") ?? .none
        let defaultValue = args.keyword("default")
        var candidates: [Value]
        if args.positionalCount == 0 {
            throw typeError("\(name) expected at least 1 argument, got 0")
        } else if args.positionalCount == 1 {
            candidates = try collect(args[0])
        } else {
            if defaultValue != nil {
                throw typeError("Cannot specify a default for \(name)() with multiple positional arguments")
            }
            candidates = args.positionalValues
        }
        guard var best = candidates.first else {
            if let defaultValue { return defaultValue }
            throw valueError("\(name)() arg is an empty sequence")
        }
        var bestKey = key.isNone ? best : try call(key, [best])
        for candidate in candidates.dropFirst() {
            let candidateKey = key.isNone ? candidate : try call(key, [candidate])
            let better = try compareBool(maximum ? .greater : .less, candidateKey, bestKey)
            if better {
                best = candidate
                bestKey = candidateKey
            }
        }
        return best
    }
}
