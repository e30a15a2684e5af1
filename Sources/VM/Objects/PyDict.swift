/// A `dict`: insertion-ordered entries plus an open-addressing index (the layout of CPython's
/// compact dict). Deleted entries keep their place as `.undefined` keys until the next resize.
public final class PyDict: PyObject {
    @usableFromInline var entryKeys: ContiguousArray<Value> = []
    @usableFromInline var entryValues: ContiguousArray<Value> = []
    @usableFromInline var entryHashes: ContiguousArray<Int> = []
    @usableFromInline var indices: ContiguousArray<Int32>
    /// The number of live entries.
    public private(set) var count = 0
    /// Bumped by every insertion or removal, to detect mutation during iteration.
    public private(set) var version = 0
    /// Attributes of a subclass instance.
    public var instanceAttributes: PyDict?

    static let empty: Int32 = -1
    static let deleted: Int32 = -2

    /// Creates an empty dict.
    public init() {
        indices = ContiguousArray(repeating: PyDict.empty, count: 8)
        super.init(kind: .dict, type: BuiltinTypes.shared.dict)
    }

    /// Creates an empty instance of a `dict` subclass (with an attribute dict), or, during
    /// bootstrap, a plain dict of the given type.
    public init(type: PyType, withAttributes: Bool = true) {
        indices = ContiguousArray(repeating: PyDict.empty, count: 8)
        super.init(kind: .dict, type: type)
        if withAttributes { instanceAttributes = PyDict() }
    }

    /// A dict whose type is set afterwards (the bootstrap of the first types' dicts).
    init(bootstrap: ()) {
        indices = ContiguousArray(repeating: PyDict.empty, count: 8)
        super.init(bootstrapKind: .dict)
    }

    /// An attribute dictionary for types, modules and instances (never a subclass instance).
    public static func attributeDictionary() -> PyDict { PyDict() }

    override public var attributes: PyDict? { instanceAttributes }

    // MARK: - Lookup

    /// Finds `key`: the index slot of its entry (or where it would go) and its entry index, or -1.
    @inline(__always)
    func find(_ key: Value, hash: Int, _ vm: VM) throws(PyException) -> (slot: Int, entry: Int) {
        let mask = indices.count - 1
        var slot = hash & mask
        var perturb = UInt(bitPattern: hash)
        var firstDeleted = -1
        while true {
            let index = indices[slot]
            if index == PyDict.empty {
                return (firstDeleted >= 0 ? firstDeleted : slot, -1)
            }
            if index == PyDict.deleted {
                if firstDeleted < 0 { firstDeleted = slot }
            } else {
                let entry = Int(index)
                if entryHashes[entry] == hash {
                    if try vm.keysEqual(entryKeys[entry], key) { return (slot, entry) }
                }
            }
            perturb >>= 5
            slot = (slot &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    /// Finds a `str` key without calling any Python code (str keys only compare with str keys).
    @inline(__always)
    func find(string key: PyStr) -> (slot: Int, entry: Int) {
        let hash = key.hashValue
        let mask = indices.count - 1
        var slot = hash & mask
        var perturb = UInt(bitPattern: hash)
        var firstDeleted = -1
        while true {
            let index = indices[slot]
            if index == PyDict.empty {
                return (firstDeleted >= 0 ? firstDeleted : slot, -1)
            }
            if index == PyDict.deleted {
                if firstDeleted < 0 { firstDeleted = slot }
            } else {
                let entry = Int(index)
                if case .object(let object) = entryKeys[entry] {
                    if object === key { return (slot, entry) }
                    if entryHashes[entry] == hash, object.kind == .str, unsafeDowncast(object, to: PyStr.self).equals(key) {
                        return (slot, entry)
                    }
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
        let hash = try vm.hash(key)
        let (_, entry) = try find(key, hash: hash, vm)
        return entry >= 0 ? entryValues[entry] : nil
    }

    /// The value for a `str` key, or nil.
    @inline(__always)
    public func lookup(string key: PyStr) -> Value? {
        let (_, entry) = find(string: key)
        return entry >= 0 ? entryValues[entry] : nil
    }

    /// The entry index of a `str` key, or -1 (for inline caches).
    public func entryIndex(string key: PyStr) -> Int { find(string: key).entry }

    /// The value of entry `index` if its key is `key` (an inline-cache check).
    @inline(__always)
    public func value(atEntry index: Int, ifKeyIs key: PyStr) -> Value? {
        guard index < entryKeys.count, case .object(let object) = entryKeys[index], object === key else { return nil }
        return entryValues[index]
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
            entryValues[entry] = value
            return
        }
        insert(key, value, hash: hash, slot: slot)
    }

    /// Sets a `str` key to `value`.
    public func store(string key: PyStr, _ value: Value) {
        let (slot, entry) = find(string: key)
        if entry >= 0 {
            entryValues[entry] = value
            return
        }
        insert(.object(key), value, hash: key.hashValue, slot: slot)
    }

    /// Stores a key whose hash is already known and that is known to be absent.
    func insert(_ key: Value, _ value: Value, hash: Int, slot: Int) {
        indices[slot] = Int32(entryKeys.count)
        entryKeys.append(key)
        entryValues.append(value)
        entryHashes.append(hash)
        count += 1
        version &+= 1
        if entryKeys.count * 3 >= indices.count * 2 { rebuild(capacityFor: count) }
    }

    /// Sets the value of an existing entry.
    @inline(__always)
    public func setValue(atEntry index: Int, _ value: Value) {
        entryValues[index] = value
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
        let value = entryValues[entry]
        indices[slot] = PyDict.deleted
        entryKeys[entry] = .undefined
        entryValues[entry] = .undefined
        count -= 1
        version &+= 1
        if count == 0 { removeAll() }
        return value
    }

    /// Removes and returns the last entry (`popitem`).
    public func removeLast() -> (Value, Value)? {
        guard count > 0 else { return nil }
        var entry = entryKeys.count - 1
        while entryKeys[entry].isUndefined { entry -= 1 }
        let key = entryKeys[entry]
        let value = entryValues[entry]
        let mask = indices.count - 1
        var slot = entryHashes[entry] & mask
        var perturb = UInt(bitPattern: entryHashes[entry])
        while indices[slot] != Int32(entry) {
            perturb >>= 5
            slot = (slot &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
        _ = removeEntry(entry, slot: slot)
        if count > 0 {
            entryKeys.removeLast(entryKeys.count - entry)
            entryValues.removeLast(entryValues.count - entry)
            entryHashes.removeLast(entryHashes.count - entry)
        }
        return (key, value)
    }

    /// Removes every entry.
    public func removeAll() {
        entryKeys.removeAll()
        entryValues.removeAll()
        entryHashes.removeAll()
        indices = ContiguousArray(repeating: PyDict.empty, count: 8)
        count = 0
        version &+= 1
    }

    /// Compacts the entries and rebuilds the index for at least `minimum` live entries.
    func rebuild(capacityFor minimum: Int) {
        var capacity = 8
        while capacity * 2 <= minimum * 3 + 3 { capacity <<= 1 }
        if entryKeys.count != count {
            var keys = ContiguousArray<Value>()
            var values = ContiguousArray<Value>()
            var hashes = ContiguousArray<Int>()
            keys.reserveCapacity(count)
            values.reserveCapacity(count)
            hashes.reserveCapacity(count)
            for entry in 0..<entryKeys.count where !entryKeys[entry].isUndefined {
                keys.append(entryKeys[entry])
                values.append(entryValues[entry])
                hashes.append(entryHashes[entry])
            }
            entryKeys = keys
            entryValues = values
            entryHashes = hashes
        }
        indices = ContiguousArray(repeating: PyDict.empty, count: capacity)
        let mask = capacity - 1
        for entry in 0..<entryKeys.count {
            var slot = entryHashes[entry] & mask
            var perturb = UInt(bitPattern: entryHashes[entry])
            while indices[slot] != PyDict.empty {
                perturb >>= 5
                slot = (slot &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
            }
            indices[slot] = Int32(entry)
        }
    }

    // MARK: - Iteration

    /// The live keys in insertion order.
    public var keys: [Value] { entryKeys.filter { !$0.isUndefined } }
    /// The live values in insertion order.
    public var values: [Value] {
        var result: [Value] = []
        result.reserveCapacity(count)
        for entry in 0..<entryKeys.count where !entryKeys[entry].isUndefined { result.append(entryValues[entry]) }
        return result
    }
    /// The live (key, value) pairs in insertion order.
    public var items: [(Value, Value)] {
        var result: [(Value, Value)] = []
        result.reserveCapacity(count)
        for entry in 0..<entryKeys.count where !entryKeys[entry].isUndefined {
            result.append((entryKeys[entry], entryValues[entry]))
        }
        return result
    }

    /// The number of entry slots (live and deleted), for iterators.
    public var entryCount: Int { entryKeys.count }

    /// The key of entry `index`, `.undefined` if deleted.
    public func key(atEntry index: Int) -> Value { entryKeys[index] }
    /// The value of entry `index`.
    public func value(atEntry index: Int) -> Value { entryValues[index] }
    /// The hash of entry `index`.
    public func hash(atEntry index: Int) -> Int { entryHashes[index] }

    /// A copy with the same entries in the same order.
    public func copy() -> PyDict {
        let result = PyDict()
        result.entryKeys = entryKeys
        result.entryValues = entryValues
        result.entryHashes = entryHashes
        result.indices = indices
        result.count = count
        return result
    }
}
