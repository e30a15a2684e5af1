import BigInt
import Bytecode
import Support

/// Encodes a value for another interpreter (`VM.pickle`). Containers are copied; functions and
/// classes defined in `__main__` (or nested, or lambdas) travel by value with the globals they
/// use, as cloudpickle does; functions and classes of importable modules travel by name.
struct Pickler {
    let vm: VM
    var writer = ByteWriter()
    var memo: [ObjectIdentifier: Int] = [:]
    var references: [UInt64] = []
    /// Objects being encoded, kept alive so their identities stay unique while memoized.
    var keepAlive: [PyObject] = []

    init(vm: VM) { self.vm = vm }

    mutating func tag(_ tag: PickleTag) { writer.byte(tag.rawValue) }

    /// Writes a memo reference if `object` was already written; otherwise remembers it.
    mutating func memoized(_ object: PyObject) -> Bool {
        if let index = memo[ObjectIdentifier(object)] {
            tag(.memo)
            writer.int(index)
            return true
        }
        memo[ObjectIdentifier(object)] = memo.count
        keepAlive.append(object)
        return false
    }

    mutating func write(_ value: Value) throws(PyException) {
        switch value {
        case .none, .undefined: tag(.none)
        case .bool(let flag): tag(flag ? .true : .false)
        case .int(let number): tag(.int); writer.int(number)
        case .float(let number): tag(.float); writer.double(number)
        case .object(let object): try write(object)
        }
    }

    mutating func write(_ object: PyObject) throws(PyException) {
        if let id = vm.objectRefHooks?.identify(object) {
            tag(.objectRef)
            writer.uint64(id)
            references.append(id)
            return
        }
        switch object.kind {
        case .str where object.type === BuiltinTypes.shared.str:
            tag(.str); writer.string(unsafeDowncast(object, to: PyStr.self).value)
        case .long where object.type === BuiltinTypes.shared.int:
            tag(.bigInt); writer.string(String(unsafeDowncast(object, to: PyLong.self).value))
        case .bytes:
            tag(.bytes); writer.data(unsafeDowncast(object, to: PyBytes.self).bytes)
        case .tuple where object.type === BuiltinTypes.shared.tuple:
            let items = unsafeDowncast(object, to: PyTuple.self).items
            tag(.tuple); writer.int(items.count)
            for item in items { try write(item) }
        case .list where object.type === BuiltinTypes.shared.list:
            if memoized(object) { return }
            let items = unsafeDowncast(object, to: PyList.self).items
            tag(.list); writer.int(items.count)
            for item in items { try write(item) }
        case .dict where object.type === BuiltinTypes.shared.dict:
            if memoized(object) { return }
            try writeDict(unsafeDowncast(object, to: PyDict.self), tag: .dict)
        case .set where object.type === BuiltinTypes.shared.set, .frozenset where object.type === BuiltinTypes.shared.frozenset:
            let set = unsafeDowncast(object, to: PySet.self)
            if object.kind == .set, memoized(object) { return }
            tag(object.kind == .set ? .set : .frozenset)
            let elements = set.elements
            writer.int(elements.count)
            for element in elements { try write(element) }
        case .range:
            let range = unsafeDowncast(object, to: PyRange.self)
            guard range.big == nil else { throw vm.typeError("cannot pickle a range beyond 64-bit bounds") }
            tag(.range); writer.int(range.start); writer.int(range.stop); writer.int(range.step)
        case .slice:
            let slice = unsafeDowncast(object, to: PySlice.self)
            tag(.slice); try write(slice.start); try write(slice.stop); try write(slice.step)
        case .ellipsis: tag(.ellipsis); return
        case .notImplemented: tag(.notImplemented); return
        case .module:
            tag(.module); writer.string(unsafeDowncast(object, to: PyModule.self).name)
        case .function:
            try writeFunction(unsafeDowncast(object, to: PyFunction.self))
        case .nativeFunction:
            try writeNativeFunction(unsafeDowncast(object, to: PyNativeFunction.self))
        case .type:
            try writeClass(unsafeDowncast(object, to: PyType.self))
        case .boundMethod:
            let method = unsafeDowncast(object, to: PyBoundMethod.self)
            tag(.boundMethod); try write(method.receiver); try write(method.function)
        case .property, .classMethod, .staticMethod:
            let descriptor = unsafeDowncast(object, to: PyDescriptor.self)
            tag(.descriptor)
            writer.byte(object.kind == .property ? 0 : object.kind == .classMethod ? 1 : 2)
            try write(descriptor.getter); try write(descriptor.setter); try write(descriptor.deleter); try write(descriptor.doc)
        case .cell:
            if memoized(object) { return }
            tag(.cell); try write(unsafeDowncast(object, to: PyCell.self).value)
        case .exception:
            if memoized(object) { return }
            let exception = unsafeDowncast(object, to: PyExceptionObject.self)
            tag(.exception)
            try write(.object(exception.type))
            try write(.object(exception.args))
            try writeDict(exception.dict, tag: nil)
        case .instance:
            if memoized(object) { return }
            let instance = unsafeDowncast(object, to: PyInstance.self)
            tag(.instance)
            try write(.object(instance.type))
            let pairs = instance.attributePairs
            writer.int(pairs.count)
            for (name, value) in pairs { try write(name); try write(value) }
        default:
            throw vm.typeError("cannot pickle '\(object.type.name)' object")
        }
    }

    mutating func writeDict(_ dict: PyDict, tag dictTag: PickleTag?) throws(PyException) {
        if let dictTag { tag(dictTag) }
        let count = dict.entryCount
        var live: [(Value, Value)] = []
        live.reserveCapacity(count)
        for index in 0 ..< count {
            let key = dict.key(atEntry: index)
            if case .undefined = key { continue }
            live.append((key, dict.value(atEntry: index)))
        }
        writer.int(live.count)
        for (key, value) in live { try write(key); try write(value) }
    }
}

// MARK: - Definitions (functions and classes)

extension Pickler {
    /// Whether a definition can travel by name: it lives at the top of an importable module.
    func importablePath(module: String, qualifiedName: String, object: PyObject) -> Bool {
        guard module != "__main__", !qualifiedName.contains("<"),
              let loaded = vm.modules.lookup(string: PyStr(module)) else { return false }
        var current = loaded
        for part in qualifiedName.split(separator: ".") {
            guard let next = try? vm.lookupAttribute(current, PyStr(String(part))) else { return false }
            current = next
        }
        if case .object(let found) = current { return found === object }
        return false
    }

    mutating func writeGlobal(module: String, qualifiedName: String) {
        tag(.global)
        writer.string(module)
        writer.string(qualifiedName)
    }

    mutating func writeNativeFunction(_ function: PyNativeFunction) throws(PyException) {
        if let builtin = vm.builtins.lookup(string: PyStr(function.name)), case .object(let object) = builtin, object === function {
            writeGlobal(module: "builtins", qualifiedName: function.name)
            return
        }
        throw vm.typeError("cannot pickle builtin function '\(function.qualifiedName)' outside the builtins")
    }

    mutating func writeClass(_ type: PyType) throws(PyException) {
        if type.isBuiltin {
            if let builtin = vm.builtins.lookup(string: PyStr(type.name)), case .object(let object) = builtin, object === type {
                writeGlobal(module: "builtins", qualifiedName: type.name)
            } else {
                writeGlobal(module: type.moduleName, qualifiedName: type.qualifiedName)
            }
            return
        }
        if importablePath(module: type.moduleName, qualifiedName: type.qualifiedName, object: type) {
            writeGlobal(module: type.moduleName, qualifiedName: type.qualifiedName)
            return
        }
        if memoized(type) { return }
        tag(.classDefinition)
        writer.uint64(vm.definitions.id(of: type))
        writer.string(type.name)
        writer.string(type.qualifiedName)
        writer.string(type.moduleName)
        writer.int(type.bases.count)
        for base in type.bases { try writeClass(base) }
        let skipped: Set<String> = ["__dict__", "__weakref__", "__module__", "__qualname__"]
        var members: [(Value, Value)] = []
        for (key, value) in type.dict.items {
            if let name = key.asString?.value, skipped.contains(name) { continue }
            members.append((key, value))
        }
        writer.int(members.count)
        for (key, value) in members { try write(key); try write(value) }
    }

    mutating func writeFunction(_ function: PyFunction) throws(PyException) {
        let moduleName = function.module.asString?.value ?? "__main__"
        if importablePath(module: moduleName, qualifiedName: function.qualifiedName, object: function) {
            writeGlobal(module: moduleName, qualifiedName: function.qualifiedName)
            return
        }
        if memoized(function) { return }
        tag(.function)
        writer.uint64(vm.definitions.id(of: function))
        writer.uint64(vm.definitions.id(of: function.globals))
        writer.string(moduleName)
        function.code.write(to: &writer)
        writer.string(function.name)
        writer.string(function.qualifiedName)
        // Closure cells first (without contents), so the function exists before what they hold.
        var newCells: [PyCell] = []
        writer.int(function.closure.count)
        for cellValue in function.closure {
            guard case .object(let object) = cellValue, let cell = object as? PyCell else {
                throw vm.typeError("cannot pickle a function with a malformed closure")
            }
            if let index = memo[ObjectIdentifier(cell)] {
                tag(.memo); writer.int(index)
            } else {
                memo[ObjectIdentifier(cell)] = memo.count
                keepAlive.append(cell)
                tag(.newCell)
                newCells.append(cell)
            }
        }
        for cell in newCells { try write(cell.value) }
        try write(.object(PyTuple(function.defaults)))
        try write(function.keywordDefaults.map { .object($0) } ?? .none)
        try write(function.doc)
        try write(function.functionAttributes.map { .object($0) } ?? .none)
        // The globals the code refers to, as they are now (modules by name, definitions by value).
        var captured: [(PyStr, Value)] = []
        var seen = Set<String>()
        collectGlobalNames(function.code, into: &seen)
        for name in seen.sorted() {
            let key = PyStr(name)
            if let value = function.globals.lookup(string: key) { captured.append((key, value)) }
        }
        writer.int(captured.count)
        for (key, value) in captured { try write(.object(key)); try write(value) }
    }

    func collectGlobalNames(_ code: CodeObject, into names: inout Set<String>) {
        for name in code.names { names.insert(name) }
        for constant in code.constants {
            if case .code(let nested) = constant { collectGlobalNames(nested, into: &names) }
        }
    }
}

extension VM {
    /// Encodes `value` for another interpreter; raises `TypeError` for what cannot travel
    /// (generators, open files, iterators...).
    public func pickle(_ value: Value) throws(PyException) -> PickledValue {
        var pickler = Pickler(vm: self)
        try pickler.write(value)
        return PickledValue(bytes: pickler.writer.bytes, references: pickler.references)
    }
}
