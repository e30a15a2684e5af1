/// Fills the builtin types' dicts with their methods, once per process.
extension BuiltinTypes {
    private static let installation: Void = {
        TypeConstructors.install()
        ObjectMethods.install()
        StrMethods.install()
        ListMethods.install()
        DictMethods.install()
        SetMethods.install()
        TupleMethods.install()
        NumberMethods.install()
        ExceptionMethods.install()
        IteratorMethods.install()
        FileMethods.install()
        DescriptorMethods.install()
        shared.immortalize()
    }()

    /// Installs every builtin type's methods (idempotent, thread-safe).
    static func installMethodsOnce() {
        _ = installation
    }

    /// Makes every object shared by all VMs immortal (never freed, reference counting skipped), so
    /// VMs on different threads can use them although the VM's reference counting is not atomic.
    func immortalize() {
        var types: [PyType] = [type, object, dict, noneType, int, bool, float, str, bytes, list, tuple, set, frozenset,
                               range, slice, function, builtinFunction, method, module, cell, generator, property,
                               classMethod, staticMethod, superType, notImplementedType, ellipsisType, dictKeys,
                               dictValues, dictItems, listIterator, tupleIterator, rangeIterator, stringIterator,
                               dictKeyIterator, dictValueIterator, dictItemIterator, setIterator, listReverseIterator,
                               callableIterator, enumerate, zip, map, filter, reversed, textFile, genericIterator]
        types += exceptions.values
        for type in types {
            Immortality.make(type)
            Immortality.make(type.dict)
            for (key, value) in type.dict.items {
                if case .object(let object) = key { Immortality.make(object) }
                if case .object(let object) = value { Immortality.make(object) }
            }
        }
        Immortality.make(notImplemented)
        Immortality.make(ellipsis)
        Immortality.make(PyTuple.empty)
    }

    /// Adds a method to a builtin type.
    func method(_ type: PyType, _ name: String, _ body: @escaping NativeBody) {
        type.dict.store(string: PyStr(name), .object(PyNativeFunction(name: name, qualifiedName: "\(type.name).\(name)",
                                                                         isMethod: true, body: body)))
    }

    /// Adds a class method (bound to the class) to a builtin type.
    func classMethod(_ type: PyType, _ name: String, _ body: @escaping NativeBody) {
        type.dict.store(string: PyStr(name), .object(PyNativeFunction(name: name, qualifiedName: "\(type.name).\(name)",
                                                                         isClassMethod: true, body: body)))
    }

    /// Adds a static function (no binding) to a builtin type.
    func staticFunction(_ type: PyType, _ name: String, _ body: @escaping NativeBody) {
        type.dict.store(string: PyStr(name), .object(PyNativeFunction(name: name, qualifiedName: "\(type.name).\(name)", body: body)))
    }

    /// Adds the comparison and arithmetic special methods that route to the builtin operators.
    func operatorMethods(_ type: PyType, binary: [BinaryOp], reflected: Bool, compare: Bool) {
        for op in binary {
            method(type, "__\(op.stem)__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expectMethod(vm, "__\(op.stem)__", 1, 1)
                return try vm.builtinOperator(op, args[0], args[1])
            }
            if reflected {
                method(type, "__r\(op.stem)__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                    try args.expectMethod(vm, "__r\(op.stem)__", 1, 1)
                    return try vm.builtinOperator(op, args[1], args[0])
                }
            }
        }
        if compare {
            for op in [CompareOp.less, .lessEqual, .greater, .greaterEqual, .equal, .notEqual] {
                method(type, op.method) { (vm: VM, args: Arguments) throws(PyException) -> Value in
                    try args.expectMethod(vm, op.method, 1, 1)
                    guard let result = try vm.builtinCompare(op, args[0], args[1], exactOnly: false) else {
                        return .object(BuiltinTypes.shared.notImplemented)
                    }
                    return .bool(result)
                }
            }
        }
    }
}

extension VM {
    /// A builtin operator as a special method: the result, or NotImplemented.
    func builtinOperator(_ op: BinaryOp, _ a: Value, _ b: Value) throws(PyException) -> Value {
        if let result = try numericBinary(op, a, b) { return result }
        if let result = try builtinBinary(op, a, b, inPlace: false) { return result }
        return .object(BuiltinTypes.shared.notImplemented)
    }

    /// The `self` argument of a method of a builtin type, checked.
    func receiver<T: PyObject>(_ args: Arguments, _ type: T.Type, _ kind: ObjectKind, _ method: String) throws(PyException) -> T {
        guard args.positionalCount >= 1, case .object(let object) = args[0], object.kind == kind else {
            let given = args.positionalCount >= 1 ? typeName(args[0]) : "nothing"
            if args.positionalCount == 0 {
                throw typeError("unbound method \(kind).\(method)() needs an argument")
            }
            throw typeError("descriptor '\(method)' for '\(kind)' objects doesn't apply to a '\(given)' object")
        }
        return unsafeDowncast(object, to: T.self)
    }
}
