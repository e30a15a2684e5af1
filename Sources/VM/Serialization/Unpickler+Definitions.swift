import Bytecode
import Support

/// Decoding of functions, classes, instances and exceptions.
extension Unpickler {
    /// Takes the memo index the pickler gave the object being decoded, before its parts are read
    /// (they may refer back to it); the caller fills it once the object exists.
    mutating func reserveMemoSlot() -> Int {
        memo.append(BuiltinTypes.shared.notImplemented)
        return memo.count - 1
    }

    /// The namespace that shipped functions of one source module share here.
    mutating func namespace(id: UInt64, moduleName: String) -> PyDict {
        if let known = vm.definitions.object(for: id) as? PyDict { return known }
        let namespace = PyDict()
        namespace.store(string: vm.names.nameMethod, .string(moduleName))
        vm.definitions.register(namespace, id: id)
        return namespace
    }

    mutating func readFunction() throws(PyException) -> Value {
        let slot = reserveMemoSlot()
        let id = try uint64()
        let globalsID = try uint64()
        let moduleName = try string()
        let code: CodeObject
        do { code = try CodeObject.read(from: &reader) } catch { throw corrupt(error.message) }
        let name = try string()
        let qualifiedName = try string()
        // Closure cells, created empty, so the function exists before what they hold.
        var closure = ContiguousArray<Value>()
        var newCells: [PyCell] = []
        for _ in 0 ..< (try count()) {
            switch try tag() {
            case .memo:
                let index = try int()
                guard memo.indices.contains(index), memo[index] is PyCell else { throw corrupt("bad closure cell") }
                closure.append(.object(memo[index]))
            case .newCell:
                let cell = PyCell(.undefined)
                remember(cell)
                newCells.append(cell)
                closure.append(.object(cell))
            default:
                throw corrupt("bad closure")
            }
        }
        let known = vm.definitions.object(for: id) as? PyFunction
        let globals = namespace(id: globalsID, moduleName: moduleName)
        let function = known ?? PyFunction(code: code, runtime: vm.runtime(for: code), globals: globals, defaults: [],
                                           keywordDefaults: nil, closure: closure, module: .string(moduleName))
        if known == nil { vm.definitions.register(function, id: id) }
        memo[slot] = function
        for cell in newCells { cell.value = try read() }
        let defaults = try read()
        let keywordDefaults = try read()
        let doc = try read()
        let attributes = try read()
        if known == nil {
            function.name = name
            function.qualifiedName = qualifiedName
            if let tuple = defaults.asObject as? PyTuple { function.defaults = tuple.items }
            function.keywordDefaults = keywordDefaults.asObject as? PyDict
            function.doc = doc
            function.functionAttributes = attributes.asObject as? PyDict
        }
        for _ in 0 ..< (try count()) {
            let key = try read()
            let value = try read()
            if let name = key.asString { globals.store(string: name, value) }
        }
        return .object(function)
    }

    mutating func readClass() throws(PyException) -> Value {
        let slot = reserveMemoSlot()
        let id = try uint64()
        let name = try string()
        let qualifiedName = try string()
        let moduleName = try string()
        var bases: [Value] = []
        for _ in 0 ..< (try count()) { bases.append(try read()) }
        let known = vm.definitions.object(for: id) as? PyType
        let type: PyType
        if let known {
            type = known
        } else {
            let namespace = PyDict()
            namespace.store(string: vm.names.moduleMethod, .string(moduleName))
            let created = try vm.call(.object(BuiltinTypes.shared.type),
                                      [.string(name), .object(PyTuple(ContiguousArray(bases))), .object(namespace)])
            guard case .object(let object) = created, let createdType = object as? PyType else { throw corrupt("class creation failed") }
            createdType.qualifiedName = qualifiedName
            createdType.moduleName = moduleName
            type = createdType
            vm.definitions.register(type, id: id)
        }
        memo[slot] = type
        for _ in 0 ..< (try count()) {
            let key = try read()
            let value = try read()
            if known == nil, let attribute = key.asString { try vm.setAttribute(.object(type), attribute, value) }
        }
        return .object(type)
    }

    mutating func readInstance() throws(PyException) -> Value {
        let slot = reserveMemoSlot()
        let classValue = try read()
        guard case .object(let object) = classValue, let type = object as? PyType, type.layout == .instance else {
            throw vm.typeError("cannot unpickle an instance of a non-class")
        }
        let instance = PyInstance(type: type)
        memo[slot] = instance
        for _ in 0 ..< (try count()) {
            let key = try read()
            let value = try read()
            if let name = key.asString { instance.setAttribute(name, value) }
        }
        return .object(instance)
    }

    mutating func readException() throws(PyException) -> Value {
        let slot = reserveMemoSlot()
        let classValue = try read()
        let argsValue = try read()
        guard case .object(let object) = classValue, let type = object as? PyType,
              let args = argsValue.asObject as? PyTuple else { throw corrupt("bad exception") }
        let exception = PyExceptionObject(type: type, args: args)
        memo[slot] = exception
        try readEntries(into: exception.dict)
        return .object(exception)
    }
}

extension VM {
    /// Decodes a value encoded by `pickle` (in this or another interpreter).
    public func unpickle(_ bytes: UnsafeRawBufferPointer) throws(PyException) -> Value {
        var unpickler = Unpickler(vm: self, bytes: bytes)
        return try unpickler.read()
    }
}
