/// The methods of `BaseException`.
enum ExceptionMethods {
    static func install() {
        let types = BuiltinTypes.shared
        let base = types.exception("BaseException")
        types.method(base, "__init__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            guard case .object(let object) = args[0], object.kind == .exception else { return .none }
            unsafeDowncast(object, to: PyExceptionObject.self).args = PyTuple(Array(args.positionalValues.dropFirst()))
            return .none
        }
        types.staticFunction(base, "__new__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            guard args.positionalCount >= 1, let type = args[0].asObject as? PyType else {
                throw vm.typeError("BaseException.__new__(X): X is not a type object")
            }
            return .object(PyExceptionObject(type: type, args: PyTuple(Array(args.positionalValues.dropFirst()))))
        }
        types.method(base, "__str__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            guard case .object(let object) = args[0], object.kind == .exception else { return .string("") }
            return .string(try vm.exceptionMessage(unsafeDowncast(object, to: PyExceptionObject.self)))
        }
        types.method(base, "__repr__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            guard case .object(let object) = args[0], object.kind == .exception else { return .string("") }
            return .string(try vm.exceptionRepr(unsafeDowncast(object, to: PyExceptionObject.self)))
        }
        types.method(base, "with_traceback") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "with_traceback", 1, 1)
            if case .object(let object) = args[0], object.kind == .exception {
                unsafeDowncast(object, to: PyExceptionObject.self).traceback = (args[1].asObject as? PyTraceback)?.entries ?? []
            }
            return args[0]
        }
        types.method(base, "add_note") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "add_note", 1, 1)
            guard args[1].asString != nil else { throw vm.typeError("note must be a str, not '\(vm.typeName(args[1]))'") }
            guard case .object(let object) = args[0], let dict = object.attributes else { return .none }
            let key = vm.intern("__notes__")
            if let notes = dict.lookup(string: key)?.asObject as? PyList {
                notes.items.append(args[1])
            } else {
                dict.store(string: key, .object(PyList([args[1]])))
            }
            return .none
        }
    }
}

/// The methods of iterators, generators and `range`/`slice`.
enum IteratorMethods {
    static func install() {
        let types = BuiltinTypes.shared
        let iteratorTypes = [types.listIterator, types.tupleIterator, types.rangeIterator, types.stringIterator,
                             types.dictKeyIterator, types.dictValueIterator, types.dictItemIterator, types.setIterator,
                             types.listReverseIterator, types.callableIterator, types.enumerate, types.zip, types.map,
                             types.filter, types.reversed, types.genericIterator, types.generator]
        for type in iteratorTypes {
            types.method(type, "__iter__") { (_: VM, args: Arguments) throws(PyException) -> Value in args[0] }
            types.method(type, "__next__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                if case .object(let object) = args[0], object.kind == .generator {
                    return try vm.generatorSend(unsafeDowncast(object, to: PyGenerator.self), .none)
                }
                if let item = try vm.next(args[0]) { return item }
                throw vm.raise("StopIteration")
            }
        }
        let generator = types.generator
        types.method(generator, "send") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "send", 1, 1)
            guard let target = args[0].asObject as? PyGenerator else { throw vm.typeError("send() requires a generator") }
            return try vm.generatorSend(target, args[1])
        }
        types.method(generator, "throw") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "throw", 1, 3)
            guard let target = args[0].asObject as? PyGenerator else { throw vm.typeError("throw() requires a generator") }
            var exception = try vm.exceptionInstance(args[1], what: "exceptions must be classes or instances deriving from BaseException, not \(vm.typeName(args[1]))")
            if args.positionalCount >= 3, !args[2].isNone, case .object(let type) = args[1], type.kind == .type {
                exception = try vm.exceptionInstance(try vm.call(args[1], [args[2]]), what: "exceptions must derive from BaseException")
            }
            return try vm.generatorThrow(target, PyException(exception))
        }
        types.method(generator, "close") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            guard let target = args[0].asObject as? PyGenerator else { throw vm.typeError("close() requires a generator") }
            try vm.generatorClose(target)
            return .none
        }
        types.method(types.range, "index") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "index", 1, 1)
            let range = try vm.receiver(args, PyRange.self, .range, "index")
            if let big = range.big {
                guard Integers.integer(args[1]) != nil, let position = vm.bigRangeIndex(big, args[1]) else {
                    throw vm.valueError("\(try vm.repr(args[1])) is not in range")
                }
                return Integers.value(position)
            }
            guard try vm.builtinContains(range, args[1]) == true, case .int(let value) = args[1] else {
                throw vm.valueError("\(try vm.repr(args[1])) is not in range")
            }
            let offset = range.step > 0 ? UInt(bitPattern: value &- range.start) : UInt(bitPattern: range.start &- value)
            return .int(Int(offset / range.step.magnitude))
        }
        types.method(types.range, "count") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "count", 1, 1)
            return .int(try vm.builtinContains(try vm.receiver(args, PyRange.self, .range, "count"), args[1]) == true ? 1 : 0)
        }
        types.method(types.range, "__len__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            .int(try vm.length(.object(try vm.receiver(args, PyRange.self, .range, "__len__"))))
        }
        types.method(types.range, "__reversed__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let range = try vm.receiver(args, PyRange.self, .range, "__reversed__")
            if range.big != nil { return .object(vm.bigRangeIterator(range, reversed: true)) }
            let last = range.value(at: range.count - 1)
            return .object(PyIterator(variant: .range, source: .none, type: BuiltinTypes.shared.rangeIterator, index: last,
                                      limit: range.count, step: 0 &- range.step))
        }
        for type in [types.range, types.dictKeys, types.dictValues, types.dictItems, types.bytes] {
            types.method(type, "__iter__") { (vm: VM, args: Arguments) throws(PyException) -> Value in try vm.getIterator(args[0]) }
            types.method(type, "__len__") { (vm: VM, args: Arguments) throws(PyException) -> Value in .int(try vm.length(args[0])) }
            types.method(type, "__contains__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expectMethod(vm, "__contains__", 1, 1)
                return .bool(try vm.contains(args[0], args[1]))
            }
        }
        types.method(types.slice, "indices") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "indices", 1, 1)
            let slice = try vm.receiver(args, PySlice.self, .slice, "indices")
            let length = try vm.integerArgument(args[1])
            if length < 0 { throw vm.valueError("length should not be negative") }
            let (start, stop, step, _) = try vm.sliceIndices(slice, length: length)
            return .object(PyTuple([.int(start), .int(stop), .int(step)]))
        }
    }
}
