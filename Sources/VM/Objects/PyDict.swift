/// One slot of a dict: the key's hash, the key (`.undefined` once deleted) and the value.
@usableFromInline
struct DictEntry {
    @usableFromInline var hash: Int
    @usableFromInline var key: Value
    @usableFromInline var value: Value
}

/// A `dict`: insertion-ordered entries in one array (CPython's compact dict). Dicts of up to
/// ``PyDict/linearLimit`` entries, the common case for instance attributes and keyword arguments,
/// are searched linearly and have no index; larger ones add an open-addressing index. A deleted
/// entry keeps its place as an `.undefined` key until the entries are compacted.
public final class PyDict: PyObject {
    @usableFromInline var entries: ContiguousArray<DictEntry> = []
    /// The open-addressing index (entry positions; -1 empty, -2 deleted), or empty while small.
    @usableFromInline var indices: ContiguousArray<Int32> = []
    /// The number of live entries.
    public private(set) var count = 0
    /// Bumped by every insertion or removal, to detect mutation during iteration.
    public private(set) var version = 0
    /// Attributes of a subclass instance.
    public var instanceAttributes: PyDict?

    static let empty: Int32 = -1
    static let deleted: Int32 = -2
    /// Up to this many entries (live or deleted) a dict has no index.
    static let linearLimit = 8

    /// Creates an empty dict.
    public init() {
        super.init(kind: .dict, type: BuiltinTypes.shared.dict)
    }

    /// Creates an empty instance of a `dict` subclass (with an attribute dict), or, during
    /// bootstrap, a plain dict of the given type.
    public init(type: PyType, withAttributes: Bool = true) {
        super.init(kind: .dict, type: type)
        if withAttributes { instanceAttributes = PyDict() }
    }

    /// A dict whose type is set afterwards (the bootstrap of the first types' dicts).
    init(bootstrap: ()) {
        super.init(bootstrapKind: .dict)
    }

    override public var attributes: PyDict? { instanceAttributes }

    // MARK: - Lookup

    /// The entry index of `key`, or -1; with an index, also the slot where it is or would go.
    @inline(__always)
    func find(_ key: Value, hash: Int, _ vm: VM) throws(PyException) -> (slot: Int, entry: Int) {
        if indices.isEmpty {
            for index in 0..<entries.count where entries[index].hash == hash {
                let stored = entries[index].key
                if !stored.isUndefined, try vm.keysEqual(stored, key) { return (-1, index) }
            }
            return (-1, -1)
        }
        let mask = indices.count - 1
        var slot = hash & mask
        var perturb = UInt(bitPattern: hash)
        var firstDeleted = -1
        while true {
            let index = indices[slot]
            if index == PyDict.empty { return (firstDeleted >= 0 ? firstDeleted : slot, -1) }
            if index == PyDict.deleted {
                if firstDeleted < 0 { firstDeleted = slot }
            } else if entries[Int(index)].hash == hash, try vm.keysEqual(entries[Int(index)].key, key) {
                return (slot, Int(index))
            }
            perturb >>= 5
            slot = (slot &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    /// Finds a `str` key without calling any Python code (str keys only compare with str keys).
    @inline(__always)
    func find(string key: PyStr) -> (slot: Int, entry: Int) {
        if indices.isEmpty {
            for index in 0..<entries.count {
                if case .object(let object) = entries[index].key, object === key { return (-1, index) }
            }
            let hash = key.hashValue
            for index in 0..<entries.count where entries[index].hash == hash {
                if case .object(let object) = entries[index].key, object.kind == .str,
                   unsafeDowncast(object, to: PyStr.self).equals(key) {
                    return (-1, index)
                }
            }
            return (-1, -1)
        }
        let hash = key.hashValue
        let mask = indices.count - 1
        var slot = hash & mask
        var perturb = UInt(bitPattern: hash)
        var firstDeleted = -1
        while true {
            let index = indices[slot]
            if index == PyDict.empty { return (firstDeleted >= 0 ? firstDeleted : slot, -1) }
            if index == PyDict.deleted {
                if firstDeleted < 0 { firstDeleted = slot }
            } else if case .object(let object) = entries[Int(index)].key {
                if object === key { return (slot, Int(index)) }
                if entries[Int(index)].hash == hash, object.kind == .str, unsafeDowncast(object, to: PyStr.self).equals(key) {
                    return (slot, Int(index))
                }
            }
            perturb >>= 5
            slot = (slot &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    /// The value for `key`, or nil.
    public func lookup(_ key: Value, _ vm: VM) throws(PyException) -> Value? {
        if case .object(let object) = key, object.kind == .str {
            return lookup(string: unsafeDowncast(object, to: PyStr.self))
        }
        let (_, entry) = try find(key, hash: try vm.hash(key), vm)
        return entry >= 0 ? entries[entry].value : nil
    }

    /// The value for a `str` key, or nil.
    @inline(__always)
    public func lookup(string key: PyStr) -> Value? {
        let (_, entry) = find(string: key)
        return entry >= 0 ? entries[entry].value : nil
    }

    /// The entry index of a `str` key, or -1 (for inline caches).
    public func entryIndex(string key: PyStr) -> Int { find(string: key).entry }

    /// The value of entry `index` if its key is `key` (an inline-cache check).
    @inline(__always)
    public func value(atEntry index: Int, ifKeyIs key: PyStr) -> Value? {
        guard index < entries.count, case .object(let object) = entries[index].key, object === key else { return nil }
        return entries[index].value
    }

    // MARK: - Mutation

    /// Sets `key` to `value`.
    public func store(_ key: Value, _ value: Value, _ vm: VM) throws(PyException) {
        if case .object(let object) = key, object.kind == .str {
            store(string: unsafeDowncast(object, to: PyStr.self), value)
            return
        }
        let hash = try vm.hash(key)
        let (slot, entry) = try find(key, hash: hash, vm)
        if entry >= 0 {
            entries[entry].value = value
            return
        }
        insert(key, value, hash: hash, slot: slot)
    }

    /// Sets a `str` key to `value`.
    public func store(string key: PyStr, _ value: Value) {
        let (slot, entry) = find(string: key)
        if entry >= 0 {
            entries[entry].value = value
            return
        }
        insert(.object(key), value, hash: key.hashValue, slot: slot)
    }

    /// Sets the value of entry `index` if its key is `key` (an inline-cache hit); false otherwise.
    @inline(__always)
    public func setValue(atEntry index: Int, ifKeyIs key: PyStr, _ value: Value) -> Bool {
        guard index < entries.count, case .object(let object) = entries[index].key, object === key else { return false }
        entries[index].value = value
        return true
    }

    /// Adds a key known to be absent; `slot` is where the index said it would go.
    func insert(_ key: Value, _ value: Value, hash: Int, slot: Int) {
        if entries.isEmpty { entries.reserveCapacity(4) }
        if !indices.isEmpty { indices[slot] = Int32(entries.count) }
        entries.append(DictEntry(hash: hash, key: key, value: value))
        count += 1
        version &+= 1
        if indices.isEmpty {
            if entries.count > PyDict.linearLimit { rebuild() }
        } else if entries.count * 3 >= indices.count * 2 {
            rebuild()
        }
    }

    /// Sets the value of an existing entry.
    @inline(__always)
    public func setValue(atEntry index: Int, _ value: Value) {
        entries[index].value = value
    }

    /// Removes `key` and returns its value, or nil if absent.
    @discardableResult
    public func remove(_ key: Value, _ vm: VM) throws(PyException) -> Value? {
        let (slot, entry): (Int, Int)
        if case .object(let object) = key, object.kind == .str {
            (slot, entry) = find(string: unsafeDowncast(object, to: PyStr.self))
        } else {
            (slot, entry) = try find(key, hash: try vm.hash(key), vm)
        }
        guard entry >= 0 else { return nil }
        return removeEntry(entry, slot: slot)
    }

    func removeEntry(_ entry: Int, slot: Int) -> Value {
        let value = entries[entry].value
        if slot >= 0 { indices[slot] = PyDict.deleted }
        entries[entry].key = .undefined
        entries[entry].value = .undefined
        count -= 1
        version &+= 1
        if count == 0 {
            removeAll()
        } else if entry == entries.count - 1 && indices.isEmpty {
            entries.removeLast()
        }
        return value
    }

    /// Removes and returns the last entry (`popitem`).
    public func removeLast() -> (Value, Value)? {
        guard count > 0 else { return nil }
        var entry = entries.count - 1
        while entries[entry].key.isUndefined { entry -= 1 }
        let key = entries[entry].key
        let value = entries[entry].value
        var slot = -1
        if !indices.isEmpty {
            let mask = indices.count - 1
            slot = entries[entry].hash & mask
            var perturb = UInt(bitPattern: entries[entry].hash)
            while indices[slot] != Int32(entry) {
                perturb >>= 5
                slot = (slot &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
            }
        }
        _ = removeEntry(entry, slot: slot)
        if count > 0 && indices.isEmpty { entries.removeLast(entries.count - entry) }
        return (key, value)
    }

    /// Removes every entry.
    public func removeAll() {
        entries.removeAll()
        indices = []
        count = 0
        version &+= 1
    }

    /// Compacts the entries and rebuilds the index (or drops it when the dict is small again).
    func rebuild() {
        if entries.count != count {
            entries = entries.filter { !$0.key.isUndefined }
        }
        guard entries.count > PyDict.linearLimit else {
            indices = []
            return
        }
        var capacity = 16
        while capacity * 2 <= entries.count * 3 + 3 { capacity <<= 1 }
        indices = ContiguousArray(repeating: PyDict.empty, count: capacity)
        let mask = capacity - 1
        for entry in 0..<entries.count {
            var slot = entries[entry].hash & mask
            var perturb = UInt(bitPattern: entries[entry].hash)
            while indices[slot] != PyDict.empty {
                perturb >>= 5
                slot = (slot &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
            }
            indices[slot] = Int32(entry)
        }
    }

    // MARK: - Iteration

    /// The live keys in insertion order.
    public var keys: [Value] {
        var result: [Value] = []
        result.reserveCapacity(count)
        for entry in entries where !entry.key.isUndefined { result.append(entry.key) }
        return result
    }
    /// The live values in insertion order.
    public var values: [Value] {
        var result: [Value] = []
        result.reserveCapacity(count)
        for entry in entries where !entry.key.isUndefined { result.append(entry.value) }
        return result
    }
    /// The live (key, value) pairs in insertion order.
    public var items: [(Value, Value)] {
        var result: [(Value, Value)] = []
        result.reserveCapacity(count)
        for entry in entries where !entry.key.isUndefined { result.append((entry.key, entry.value)) }
        return result
    }

    /// The number of entry slots (live and deleted), for iterators.
    public var entryCount: Int { entries.count }

    /// The key of entry `index`, `.undefined` if deleted.
    public func key(atEntry index: Int) -> Value { entries[index].key }
    /// The value of entry `index`.
    public func value(atEntry index: Int) -> Value { entries[index].value }
    /// The hash of entry `index`.
    public func hash(atEntry index: Int) -> Int { entries[index].hash }

    /// A copy with the same entries in the same order.
    public func copy() -> PyDict {
        let result = PyDict()
        result.entries = entries
        result.indices = indices
        result.count = count
        return result
    }
}
