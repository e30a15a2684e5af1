/// The methods of `dict` and its views.
enum DictMethods {
    static func install() {
        let types = BuiltinTypes.shared
        let dict = types.dict
        types.operatorMethods(dict, binary: [.bitOr], reflected: false, compare: true)
        types.method(dict, "__init__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let target = try vm.receiver(args, PyDict.self, .dict, "__init__")
            let rest = Arguments(base: args.base + 1, count: args.count - 1, keywordNames: args.keywordNames)
            try vm.dictInit(target, rest)
            return .none
        }
        types.method(dict, "__ior__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try vm.dictUpdate(try vm.receiver(args, PyDict.self, .dict, "__ior__"), args[1])
            return args[0]
        }
        types.method(dict, "keys") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "dict.keys", 0, 0)
            return .object(PyDictView(variant: .keys, dict: try vm.receiver(args, PyDict.self, .dict, "keys")))
        }
        types.method(dict, "values") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "dict.values", 0, 0)
            return .object(PyDictView(variant: .values, dict: try vm.receiver(args, PyDict.self, .dict, "values")))
        }
        types.method(dict, "items") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "dict.items", 0, 0)
            return .object(PyDictView(variant: .items, dict: try vm.receiver(args, PyDict.self, .dict, "items")))
        }
        types.method(dict, "get") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "get", 1, 2)
            let target = try vm.receiver(args, PyDict.self, .dict, "get")
            return try target.lookup(args[1], vm) ?? args.positional(2) ?? .none
        }
        types.method(dict, "setdefault") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "setdefault", 1, 2)
            let target = try vm.receiver(args, PyDict.self, .dict, "setdefault")
            if let existing = try target.lookup(args[1], vm) { return existing }
            let value = args.positional(2) ?? .none
            try target.store(args[1], value, vm)
            return value
        }
        types.method(dict, "pop") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "pop", 1, 2)
            let target = try vm.receiver(args, PyDict.self, .dict, "pop")
            if let removed = try target.remove(args[1], vm) { return removed }
            if let fallback = args.positional(2) { return fallback }
            throw vm.keyError(args[1])
        }
        types.method(dict, "popitem") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "dict.popitem", 0, 0)
            let target = try vm.receiver(args, PyDict.self, .dict, "popitem")
            guard let (key, value) = target.removeLast() else { throw vm.raise("KeyError", "popitem(): dictionary is empty") }
            return .object(PyTuple([key, value]))
        }
        types.method(dict, "update") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let target = try vm.receiver(args, PyDict.self, .dict, "update")
            guard args.positionalCount <= 2 else { throw vm.typeError("update expected at most 1 argument, got \(args.positionalCount - 1)") }
            if args.positionalCount == 2 { try vm.dictUpdate(target, args[1]) }
            for (key, value) in args.keywords { target.store(string: vm.intern(key), value) }
            return .none
        }
        types.method(dict, "clear") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try vm.receiver(args, PyDict.self, .dict, "clear").removeAll()
            return .none
        }
        types.method(dict, "copy") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            .object(try vm.receiver(args, PyDict.self, .dict, "copy").copy())
        }
        types.classMethod(dict, "fromkeys") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "fromkeys", 1, 2)
            let value = args.positional(2) ?? .none
            let created = try vm.call(args[0], [])
            guard let target = created.asObject as? PyDict else { return created }
            try vm.forEach(args[1]) { (key: Value) throws(PyException) in
                if target.type.isBuiltin { try target.store(key, value, vm) } else { try vm.setItem(created, key, value) }
            }
            return created
        }
        types.method(dict, "__getitem__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "__getitem__", 1, 1)
            return try vm.builtinGetItem(try vm.receiver(args, PyDict.self, .dict, "__getitem__"), args[1]) ?? .none
        }
        types.method(dict, "__setitem__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "__setitem__", 2, 2)
            try vm.receiver(args, PyDict.self, .dict, "__setitem__").store(args[1], args[2], vm)
            return .none
        }
        types.method(dict, "__delitem__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "__delitem__", 1, 1)
            if try vm.receiver(args, PyDict.self, .dict, "__delitem__").remove(args[1], vm) == nil { throw vm.keyError(args[1]) }
            return .none
        }
        types.method(dict, "__contains__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "__contains__", 1, 1)
            return .bool(try vm.receiver(args, PyDict.self, .dict, "__contains__").lookup(args[1], vm) != nil)
        }
        types.method(dict, "__len__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            .int(try vm.receiver(args, PyDict.self, .dict, "__len__").count)
        }
        types.method(dict, "__iter__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try vm.getIteratorOfBuiltinBase(try vm.receiver(args, PyDict.self, .dict, "__iter__"))
        }
        types.method(dict, "__repr__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            .string(try vm.dictRepr(try vm.receiver(args, PyDict.self, .dict, "__repr__")))
        }
        types.method(dict, "__reversed__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let keys = try vm.receiver(args, PyDict.self, .dict, "__reversed__").keys
            var position = keys.count
            return .object(PyIterator(type: BuiltinTypes.shared.reversed) { _ in
                guard position > 0 else { return nil }
                position -= 1
                return keys[position]
            })
        }
        dict.dict.store(string: PyStr("__hash__"), .none)
        for view in [types.dictKeys, types.dictValues, types.dictItems] {
            types.method(view, "isdisjoint") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expectMethod(vm, "isdisjoint", 1, 1)
                let mine = try vm.asSet(args[0])
                var disjoint = true
                try vm.forEach(args[1]) { (item: Value) throws(PyException) in
                    if disjoint, try mine.contains(item, vm) { disjoint = false }
                }
                return .bool(disjoint)
            }
            types.method(view, "mapping") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                .object((args[0].asObject as? PyDictView)?.dict ?? PyDict())
            }
        }
    }
}
