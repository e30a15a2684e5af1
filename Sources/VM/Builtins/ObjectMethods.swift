/// The methods of `object` and `type`.
enum ObjectMethods {
    static func install() {
        let types = BuiltinTypes.shared
        let object = types.object
        types.method(object, "__init__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            guard args.positionalCount >= 1 else { throw vm.typeError("descriptor '__init__' of 'object' object needs an argument") }
            if args.count > 1 {
                let type = vm.typeOf(args[0])
                if type.lookupWithOwner(vm.names.initMethod)?.0 !== BuiltinTypes.shared.object {
                    throw vm.typeError("object.__init__() takes exactly one argument (the instance to initialize)")
                }
                if type.lookupWithOwner(vm.names.newMethod)?.0.isBuiltin ?? true {
                    throw vm.typeError("\(type.name)() takes no arguments")
                }
            }
            return .none
        }
        types.staticFunction(object, "__new__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            guard args.positionalCount >= 1, let type = args[0].asObject as? PyType else {
                throw vm.typeError("object.__new__(X): X is not a type object")
            }
            let rest = Arguments(base: args.base + 1, count: args.count - 1, keywordNames: args.keywordNames)
            if type.isBuiltin, type.layout != .instance, let constructor = type.constructor { return try constructor(vm, type, rest) }
            return try vm.allocate(type, Arguments(base: args.base, count: 0))
        }
        types.method(object, "__eq__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "__eq__", 1, 1)
            return vm.isIdentical(args[0], args[1]) ? .bool(true) : .object(BuiltinTypes.shared.notImplemented)
        }
        types.method(object, "__ne__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "__ne__", 1, 1)
            let equal = try vm.callComparison(.equal, args[0], args[1])
            if equal.asObject === BuiltinTypes.shared.notImplemented { return equal }
            return .bool(!(try vm.isTrue(equal)))
        }
        for op in [CompareOp.less, .lessEqual, .greater, .greaterEqual] {
            types.method(object, op.method) { (_: VM, _: Arguments) throws(PyException) -> Value in .object(BuiltinTypes.shared.notImplemented) }
        }
        types.method(object, "__hash__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            guard case .object(let instance) = args[0] else { return .int(try vm.hash(args[0])) }
            return .int(VM.identityHash(instance))
        }
        types.method(object, "__repr__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            guard case .object(let instance) = args[0] else { return .string(try vm.repr(args[0])) }
            return .string(vm.defaultRepr(instance))
        }
        types.method(object, "__str__") { (vm: VM, args: Arguments) throws(PyException) -> Value in .string(try vm.repr(args[0])) }
        types.method(object, "__format__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "__format__", 1, 1)
            if let spec = args[1].asString, !spec.value.isEmpty {
                throw vm.typeError("unsupported format string passed to \(vm.typeName(args[0])).__format__")
            }
            return .string(try vm.str(args[0]))
        }
        types.method(object, "__setattr__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "__setattr__", 2, 2)
            guard case .object(let instance) = args[0], let name = args[1].asString else { throw vm.typeError("attribute name must be string") }
            try vm.genericSetAttribute(instance, vm.intern(name.value), args[2])
            return .none
        }
        types.method(object, "__getattribute__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "__getattribute__", 1, 1)
            guard case .object(let instance) = args[0], let name = args[1].asString else { throw vm.typeError("attribute name must be string") }
            if let value = try vm.genericAttribute(instance, vm.intern(name.value)) { return value }
            throw vm.attributeError(args[0], name.value)
        }
        types.method(object, "__delattr__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "__delattr__", 1, 1)
            guard case .object(let instance) = args[0], let name = args[1].asString else { throw vm.typeError("attribute name must be string") }
            guard let dict = instance.attributes, try dict.remove(args[1], vm) != nil else { throw vm.attributeError(args[0], name.value) }
            return .none
        }
        types.method(object, "__dir__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            .object(PyList(try vm.directory(args[0]).map { Value.string($0) }))
        }
        types.classMethod(object, "__init_subclass__") { (_: VM, _: Arguments) throws(PyException) -> Value in .none }
        types.classMethod(object, "__subclasshook__") { (_: VM, _: Arguments) throws(PyException) -> Value in .object(BuiltinTypes.shared.notImplemented) }
        types.method(object, "__reduce_ex__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            throw vm.typeError("cannot pickle '\(vm.typeName(args[0]))' object")
        }
        types.method(types.type, "mro") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            guard let type = args[0].asObject as? PyType else { throw vm.typeError("descriptor 'mro' requires a 'type' object") }
            return .object(PyList(type.mro.map { Value.object($0) }))
        }
        types.method(types.type, "__subclasses__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            guard let type = args[0].asObject as? PyType else { return .object(PyList()) }
            return .object(PyList(vm.createdClasses.filter { $0.bases.contains { $0 === type } }.map { Value.object($0) }))
        }
        types.method(types.type, "__repr__") { (vm: VM, args: Arguments) throws(PyException) -> Value in .string(try vm.repr(args[0])) }
        types.method(types.type, "__instancecheck__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "__instancecheck__", 1, 1)
            return .bool(try vm.isInstance(args[1], args[0]))
        }
        types.method(types.type, "__subclasscheck__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "__subclasscheck__", 1, 1)
            guard let type = args[1].asObject as? PyType else { throw vm.typeError("issubclass() arg 1 must be a class") }
            return .bool(try vm.isSubclass(type, args[0], function: "issubclass"))
        }
        types.noneType.dict.store(string: PyStr("__bool__"), .object(PyNativeFunction(name: "__bool__", qualifiedName: "NoneType.__bool__", isMethod: true) { (_: VM, _: Arguments) throws(PyException) -> Value in .bool(false) }))
        types.noneType.constructor = { (_: VM, _: PyType, _: Arguments) throws(PyException) -> Value in .none }
    }
}
