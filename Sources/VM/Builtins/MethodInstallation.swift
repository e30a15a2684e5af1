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
        Immortality.make(self)
        var types: [PyType] = [type, object, dict, noneType, int, bool, float, str, bytes, list, tuple, set, frozenset,
                               range, slice, function, builtinFunction, method, module, cell, generator, property,
                               classMethod, staticMethod, superType, notImplementedType, ellipsisType, dictKeys,
                               dictValues, dictItems, listIterator, tupleIterator, rangeIterator, stringIterator,
                               dictKeyIterator, dictValueIterator, dictItemIterator, setIterator, listReverseIterator,
                               callableIterator, enumerate, zip, map, filter, reversed, textFile, genericIterator]
        types += exceptions.values
        for type in types {
            immortalize(type)
        }
        Immortality.makeStorage(of: exceptions)
        Immortality.make(notImplemented)
        Immortality.make(ellipsis)
        Immortality.make(PyTuple.empty)
    }

    /// Makes a builtin type immortal with everything VMs read from it: its arrays, its dict's
    /// storage and contents, the closures of its methods and constructors, and its root shape.
    func immortalize(_ type: PyType) {
        Immortality.make(type)
        Immortality.makeStorage(of: type.bases)
        Immortality.makeStorage(of: type.mro)
        Immortality.make(type.dict)
        Immortality.makeStorage(of: type.dict.entries)
        Immortality.makeStorage(of: type.dict.indices)
        for (key, value) in type.dict.items {
            immortalize(key)
            immortalize(value)
        }
        if let constructor = type.constructor { Immortality.makeContext(of: constructor) }
        if let constructor = type.singleArgumentConstructor { Immortality.makeContext(of: constructor) }
        if let allocator = type.allocator { Immortality.makeContext(of: allocator) }
        if type.layout == .instance {
            let shape = type.instanceShape
            Immortality.make(shape)
            Immortality.makeStorage(of: shape.names)
        }
    }

    /// Makes a value of a builtin type's dict immortal, with the closure of a native function and
    /// the functions of a descriptor (a property's getter, a class method's function).
    func immortalize(_ value: Value) {
        guard case .object(let object) = value else { return }
        Immortality.make(object)
        if let function = object as? PyNativeFunction { Immortality.makeContext(of: function.body) }
        if let descriptor = object as? PyDescriptor {
            for part in [descriptor.getter, descriptor.setter, descriptor.deleter, descriptor.doc] { immortalize(part) }
        }
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
