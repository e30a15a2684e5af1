import BigInt
import Bytecode
import Support

/// Decodes what `Pickler` wrote into this interpreter's objects (`VM.unpickle`). Definitions
/// already received (same id) are reused, so a class shipped twice is one class here.
struct Unpickler {
    let vm: VM
    var reader: ByteReader
    var memo: [PyObject] = []

    init(vm: VM, bytes: UnsafeRawBufferPointer) {
        self.vm = vm
        self.reader = ByteReader(bytes)
    }

    func corrupt(_ detail: String) -> PyException {
        vm.raise("SystemError", "cannot unpickle: \(detail)")
    }

    mutating func tag() throws(PyException) -> PickleTag {
        let raw = try byte()
        guard let tag = PickleTag(rawValue: raw) else { throw corrupt("unknown tag \(raw)") }
        return tag
    }

    // Readers that turn a truncated encoding into a Python exception.
    mutating func byte() throws(PyException) -> UInt8 { do { return try reader.byte() } catch { throw corrupt(error.message) } }
    mutating func int() throws(PyException) -> Int { do { return try reader.int() } catch { throw corrupt(error.message) } }
    mutating func count() throws(PyException) -> Int { do { return try reader.count() } catch { throw corrupt(error.message) } }
    mutating func uint64() throws(PyException) -> UInt64 { do { return try reader.uint64() } catch { throw corrupt(error.message) } }
    mutating func double() throws(PyException) -> Double { do { return try reader.double() } catch { throw corrupt(error.message) } }
    mutating func string() throws(PyException) -> String { do { return try reader.string() } catch { throw corrupt(error.message) } }
    mutating func data() throws(PyException) -> [UInt8] { do { return try reader.data() } catch { throw corrupt(error.message) } }

    mutating func remember(_ object: PyObject) { memo.append(object) }

    mutating func read() throws(PyException) -> Value {
        switch try tag() {
        case .none: return .none
        case .true: return .bool(true)
        case .false: return .bool(false)
        case .int: return .int(try int())
        case .bigInt:
            let text = try string()
            guard let number = BigInt(text) else { throw corrupt("bad integer") }
            return Integers.value(number)
        case .float: return .float(try double())
        case .str: return .string(try string())
        case .bytes: return .object(PyBytes(try data()))
        case .tuple:
            let count = try count()
            var items = ContiguousArray<Value>()
            items.reserveCapacity(count)
            for _ in 0 ..< count { items.append(try read()) }
            return .object(PyTuple(items))
        case .list:
            let list = PyList()
            remember(list)
            let count = try count()
            list.items.reserveCapacity(count)
            for _ in 0 ..< count { list.items.append(try read()) }
            return .object(list)
        case .dict:
            let dict = PyDict()
            remember(dict)
            try readEntries(into: dict)
            return .object(dict)
        case .set:
            let set = PySet(frozen: false)
            remember(set)
            for _ in 0 ..< (try count()) { try set.add(try read(), vm) }
            return .object(set)
        case .frozenset:
            let set = PySet(frozen: true)
            for _ in 0 ..< (try count()) { try set.add(try read(), vm) }
            return .object(set)
        case .memo:
            let index = try int()
            guard memo.indices.contains(index) else { throw corrupt("bad memo index") }
            return .object(memo[index])
        case .module:
            return .object(try vm.importModule(try string()))
        case .global:
            return try readGlobal()
        case .function:
            return try readFunction()
        case .classDefinition:
            return try readClass()
        case .instance:
            return try readInstance()
        case .exception:
            return try readException()
        case .range:
            let start = try int(), stop = try int(), step = try int()
            guard let range = PyRange.make(start: start, stop: stop, step: step) else { throw corrupt("bad range") }
            return .object(range)
        case .slice:
            return .object(PySlice(start: try read(), stop: try read(), step: try read()))
        case .objectRef:
            let id = try uint64()
            guard let hooks = vm.objectRefHooks else { throw corrupt("an ObjectRef outside a ray session") }
            return try hooks.make(vm, id)
        case .boundMethod:
            let receiver = try read()
            let function = try read()
            return .object(PyBoundMethod(function: function, receiver: receiver))
        case .ellipsis: return .object(BuiltinTypes.shared.ellipsis)
        case .notImplemented: return .object(BuiltinTypes.shared.notImplemented)
        case .descriptor:
            let kind = try byte()
            let getter = try read(), setter = try read(), deleter = try read(), doc = try read()
            let types = BuiltinTypes.shared
            let (objectKind, type): (ObjectKind, PyType) = kind == 0 ? (.property, types.property)
                : kind == 1 ? (.classMethod, types.classMethod) : (.staticMethod, types.staticMethod)
            return .object(PyDescriptor(kind: objectKind, type: type, getter: getter, setter: setter, deleter: deleter, doc: doc))
        case .cell:
            let cell = PyCell(.undefined)
            remember(cell)
            cell.value = try read()
            return .object(cell)
        case .newCell:
            throw corrupt("a cell outside a closure")
        }
    }

    mutating func readEntries(into dict: PyDict) throws(PyException) {
        for _ in 0 ..< (try count()) {
            let key = try read()
            try dict.store(key, try read(), vm)
        }
    }

    mutating func readGlobal() throws(PyException) -> Value {
        let moduleName = try string()
        let qualifiedName = try string()
        if moduleName == "builtins" {
            guard let builtin = vm.builtins.lookup(string: PyStr(qualifiedName)) else {
                throw vm.raise("AttributeError", "module 'builtins' has no attribute '\(qualifiedName)'")
            }
            return builtin
        }
        var current: Value = .object(try vm.importModule(moduleName))
        for part in qualifiedName.split(separator: ".") {
            current = try vm.getAttribute(current, PyStr(String(part)))
        }
        return current
    }
}
