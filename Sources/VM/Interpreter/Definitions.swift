import Bytecode

/// Functions, classes and instances coming into being.
extension VM {
    // MARK: - Code runtimes

    /// The VM form of a code object (constants as values, interned names), built once.
    func runtime(for code: CodeObject) -> CodeRuntime {
        if let existing = code.runtime { return unsafeDowncast(existing, to: CodeRuntime.self) }
        let constants = code.constants.map { value(of: $0) }
        let names = ContiguousArray(code.names.map { intern($0) })
        let created = CodeRuntime(code: code, constants: constants, names: names)
        code.runtime = created
        return created
    }

    /// A constant as a value (nested code objects are read from the code object, not from here).
    func value(of constant: Constant) -> Value {
        switch constant {
        case .none, .code: return .none
        case .ellipsis: return .object(BuiltinTypes.shared.ellipsis)
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .int(number)
        case .bigInt(let text): return parseIntegerLiteral(text)
        case .float(let number): return .float(number)
        case .string(let text): return .object(text.utf8.count <= 64 ? intern(text) : PyStr(text))
        case .bytes(let data): return .object(PyBytes(data))
        case .tuple(let items): return .object(PyTuple(items.map { value(of: $0) }))
        }
    }

    // MARK: - Functions

    /// `makeFunction`: a function from a nested code constant, with defaults, keyword defaults and
    /// closure taken from the registers at `extras` as `flags` says.
    func makeFunction(_ context: FrameContext, constant index: Int, extras: UnsafeMutablePointer<Value>,
                      flags: UInt8) throws(PyException) -> Value {
        guard case .code(let code) = context.code.constants[index] else { throw raise("SystemError", "bad code constant") }
        var defaults = ContiguousArray<Value>()
        if flags & 1 != 0, let tuple = extras[0].asObject as? PyTuple { defaults = tuple.items }
        let keywordDefaults = flags & 2 != 0 ? extras[1].asObject as? PyDict : nil
        var closure = ContiguousArray<Value>()
        if flags & 4 != 0, let tuple = extras[2].asObject as? PyTuple { closure = tuple.items }
        let module = context.globals.lookup(string: names.nameMethod) ?? .none
        let function = PyFunction(code: code, runtime: runtime(for: code), globals: context.globals, defaults: defaults,
                                  keywordDefaults: keywordDefaults, closure: closure, module: module)
        if flags & 8 != 0 { function.annotations = extras[3].asObject as? PyDict }
        return .object(function)
    }

    /// Runs a module's top-level code with `globals`.
    public func runModuleCode(_ code: CodeObject, globals: PyDict) throws(PyException) -> Value {
        let function = PyFunction(code: code, runtime: runtime(for: code), globals: globals, defaults: [],
                                  keywordDefaults: nil, closure: [], module: globals.lookup(string: names.nameMethod) ?? .none)
        let window = stackTop + 1
        let end = window + code.registerCount
        try reserve(upTo: end)
        return try runFrame(function, window, end)
    }

    // MARK: - Classes

    /// `buildClass`: runs the class body (R[base]) with a fresh namespace, then creates the class
    /// from the name (R[base+1]), bases and keywords, and fills the `__class__` cell.
    func buildClass(_ base: UnsafeMutablePointer<Value>, count: Int, keywordNames: PyTuple?,
                    globals: PyDict) throws(PyException) -> Value {
        guard let body = base[0].asObject as? PyFunction, let name = base[1].asString else {
            throw raise("SystemError", "bad class body")
        }
        let keywordCount = keywordNames?.items.count ?? 0
        var bases: [PyType] = []
        for index in 0..<(count - keywordCount) {
            guard let baseType = base[2 + index].asObject as? PyType else {
                throw typeError("bases must be types")
            }
            guard baseType.isSubclassable else {
                throw typeError("type '\(baseType.name)' is not an acceptable base type")
            }
            bases.append(baseType)
        }
        var metatype = BuiltinTypes.shared.type
        for (offset, keyword) in (keywordNames?.items ?? []).enumerated() where keyword.asString?.value == "metaclass" {
            if let given = base[2 + count - keywordCount + offset].asObject as? PyType { metatype = given }
        }
        let namespace = PyDict()
        _ = try call(.object(body), [.object(namespace)])
        return try createClass(name: name.value, bases: bases, namespace: namespace, metatype: metatype, globals: globals)
    }

    /// Creates a class object from a finished namespace (also `type(name, bases, dict)`).
    func createClass(name: String, bases givenBases: [PyType], namespace: PyDict, metatype: PyType,
                     globals: PyDict?) throws(PyException) -> Value {
        let bases = givenBases.isEmpty ? [BuiltinTypes.shared.object] : givenBases
        let layout = try solidLayout(of: bases)
        let qualifiedName = namespace.lookup(string: names.qualname)?.asString?.value ?? name
        let moduleName = namespace.lookup(string: names.moduleMethod)?.asString?.value
            ?? globals?.lookup(string: names.nameMethod)?.asString?.value ?? "builtins"
        let classCell = namespace.lookup(string: intern("__classcell__"))
        if classCell != nil { try namespace.remove(.object(intern("__classcell__")), self) }
        try namespace.remove(.object(names.qualname), self)
        wrapImplicitClassMethods(namespace)
        if namespace.lookup(string: names.eqMethod) != nil && namespace.lookup(string: names.hashMethod) == nil {
            namespace.store(string: names.hashMethod, .none)
        }
        let created: PyType
        do {
            created = try PyType(name: name, qualifiedName: qualifiedName, moduleName: moduleName, bases: bases,
                                 dict: namespace, layout: layout, metatype: metatype)
        } catch {
            throw typeError("Cannot create a consistent method resolution\norder (MRO) for bases \(error.bases.joined(separator: ", "))")
        }
        retainClass(created)
        if let cell = classCell?.asObject as? PyCell { cell.value = .object(created) }
        try callSetName(created)
        BuiltinTypes.typeEpoch &+= 1
        return .object(created)
    }

    /// `__init_subclass__` and `__class_getitem__` are implicit class methods.
    func wrapImplicitClassMethods(_ namespace: PyDict) {
        for name in ["__init_subclass__", "__class_getitem__"] {
            if let value = namespace.lookup(string: intern(name)), case .object(let object) = value, object.kind == .function {
                namespace.store(string: intern(name), .object(PyDescriptor(kind: .classMethod, type: BuiltinTypes.shared.classMethod, getter: value)))
            }
        }
    }

    /// Calls `__set_name__` on class attributes that define it (descriptors).
    func callSetName(_ type: PyType) throws(PyException) {
        for (key, value) in type.dict.items {
            if case .object(let object) = value, object.kind == .property {
                let property = unsafeDowncast(object, to: PyDescriptor.self)
                if property.name == nil { property.name = key.asString?.value }
                continue
            }
            if case .object(let object) = value, object.kind == .instance,
               let method = object.type.lookup(names.setName) {
                _ = try call(method, [value, .object(type), key])
            }
        }
    }

    /// The storage kind instances of a class with these bases need (all builtin bases must agree).
    func solidLayout(of bases: [PyType]) throws(PyException) -> ObjectKind {
        var layout = ObjectKind.instance
        for base in bases {
            let candidate = base.layout
            if candidate == .instance || candidate == layout { continue }
            if layout != .instance {
                throw typeError("multiple bases have instance lay-out conflict")
            }
            layout = candidate
        }
        return layout
    }

    // MARK: - Instances

    /// Calls a type: `__new__` then `__init__` (or the builtin constructor).
    func instantiate(_ type: PyType, arguments: UnsafeMutablePointer<Value>, count: Int,
                     keywordNames: PyTuple?) throws(PyException) -> Value {
        if count == 1, keywordNames == nil, let shortcut = type.singleArgumentConstructor {
            return try shortcut(self, arguments.pointee)
        }
        let args = Arguments(base: arguments, count: count, keywordNames: keywordNames)
        if type.isBuiltin, let constructor = type.constructor {
            return try constructor(self, type, args)
        }
        let typeSlots = slots(type)
        let instance: Value
        if let newFunction = typeSlots.userNew {
            (arguments - 1).pointee = .object(type)
            instance = try call(newFunction, arguments: arguments - 1, count: count + 1, keywordNames: keywordNames)
            guard case .object(let created) = instance, created.type.isSubtype(of: type) else { return instance }
        } else if type.layout == .instance {
            instance = .object(PyInstance(type: type))
        } else {
            instance = try allocate(type, args)
        }
        guard let initMethod = typeSlots.initMethod else { return instance }
        if typeSlots.initIsObject {
            if count > 0 && type.layout == .instance && typeSlots.newIsObject {
                throw typeError("\(type.name)() takes no arguments")
            }
            return instance
        }
        (arguments - 1).pointee = instance
        let result = try call(initMethod, arguments: arguments - 1, count: count + 1, keywordNames: keywordNames)
        if !result.isNone {
            throw typeError("__init__() should return None, not '\(typeName(result))'")
        }
        return instance
    }

    /// A new, empty instance of a class, stored as its builtin base requires.
    func allocate(_ type: PyType, _ args: Arguments) throws(PyException) -> Value {
        switch type.layout {
        case .instance: return .object(PyInstance(type: type))
        case .exception: return .object(PyExceptionObject(type: type, args: PyTuple(args.positionalValues)))
        case .list: return .object(PyList(type: type))
        case .dict: return .object(PyDict(type: type))
        case .set: return .object(PySet(type: type, frozen: false))
        case .frozenset:
            let set = PySet(type: type, frozen: true)
            if let source = args.positional(0) { try setUpdate(set, source) }
            return .object(set)
        case .tuple:
            let items = try args.positional(0).map { (source: Value) throws(PyException) -> [Value] in try collect(source) } ?? []
            return .object(PyTuple(ContiguousArray(items), type: type))
        case .long:
            let number = try makeInteger(args)
            return .object(PyLong(Integers.integer(number)?.big ?? 0, type: type))
        case .native:
            guard let allocator = type.allocator else { throw typeError("cannot create '\(type.name)' instances") }
            return .object(allocator(type))
        case .str:
            let text = try args.positional(0).map { (source: Value) throws(PyException) -> String in try str(source) } ?? ""
            return .object(PyStr(text, type: type))
        default:
            throw typeError("cannot create '\(type.name)' instances")
        }
    }
}
