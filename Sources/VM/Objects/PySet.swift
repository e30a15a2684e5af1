/// A `set` or `frozenset`, laid out exactly as CPython's set table (linear probes of 9, then
/// perturbation; dummies for deleted entries; the same resize rule), so that iterating a set of
/// integers visits them in the order CPython does.
public final class PySet: PyObject {
    @usableFromInline var tableKeys: ContiguousArray<Value>
    @usableFromInline var tableHashes: ContiguousArray<Int>
    /// Active plus dummy slots.
    var fill = 0
    /// Active slots.
    public private(set) var count = 0
    var mask = 7
    var finger = 0
    /// Bumped on every change, to detect mutation during iteration.
    public private(set) var version = 0
    /// Attributes of a subclass instance.
    public var instanceAttributes: PyDict?

    static let linearProbes = 9
    static let perturbShift = 5

    /// Creates an empty set (or frozenset when `frozen`).
    public init(frozen: Bool = false) {
        tableKeys = ContiguousArray(repeating: .undefined, count: 8)
        tableHashes = ContiguousArray(repeating: 0, count: 8)
        super.init(kind: frozen ? .frozenset : .set, type: frozen ? BuiltinTypes.shared.frozenset : BuiltinTypes.shared.set)
    }

    /// Creates an empty instance of a set or frozenset subclass.
    public init(type: PyType, frozen: Bool) {
        tableKeys = ContiguousArray(repeating: .undefined, count: 8)
        tableHashes = ContiguousArray(repeating: 0, count: 8)
        super.init(kind: frozen ? .frozenset : .set, type: type)
        instanceAttributes = PyDict()
    }

    override public var attributes: PyDict? { instanceAttributes }

    /// Whether the slot is active (holds a key).
    @inline(__always) func isActive(_ slot: Int) -> Bool { !tableKeys[slot].isUndefined }
    /// Whether the slot was never used.
    @inline(__always) func isUnused(_ slot: Int) -> Bool { tableKeys[slot].isUndefined && tableHashes[slot] == 0 }

    // MARK: - Lookup

    /// The slot holding `key`, or nil.
    func findSlot(_ key: Value, hash: Int, _ vm: VM) throws(PyException) -> Int? {
        var perturb = UInt(bitPattern: hash)
        var index = Int(UInt(bitPattern: hash) & UInt(mask))
        while true {
            var slot = index
            var probes = index + PySet.linearProbes <= mask ? PySet.linearProbes : 0
            while true {
                if isUnused(slot) { return nil }
                if tableHashes[slot] == hash && isActive(slot), try vm.keysEqual(tableKeys[slot], key) { return slot }
                if probes == 0 { break }
                probes -= 1
                slot += 1
            }
            perturb >>= UInt(PySet.perturbShift)
            index = Int((UInt(index) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    /// Whether the set contains `key`.
    public func contains(_ key: Value, _ vm: VM) throws(PyException) -> Bool {
        try findSlot(key, hash: try vm.hash(key), vm) != nil
    }

    // MARK: - Insertion and removal

    /// Adds `key` (no effect if present).
    public func add(_ key: Value, _ vm: VM) throws(PyException) {
        try add(key, hash: try vm.hash(key), vm)
    }

    /// Adds a key whose hash is known (set_add_entry).
    public func add(_ key: Value, hash: Int, _ vm: VM) throws(PyException) {
        var perturb = UInt(bitPattern: hash)
        var index = Int(UInt(bitPattern: hash) & UInt(mask))
        var freeSlot = -1
        while true {
            var slot = index
            var probes = index + PySet.linearProbes <= mask ? PySet.linearProbes : 0
            while true {
                if isUnused(slot) {
                    if freeSlot >= 0 {
                        tableKeys[freeSlot] = key
                        tableHashes[freeSlot] = hash
                        count += 1
                        version &+= 1
                        return
                    }
                    tableKeys[slot] = key
                    tableHashes[slot] = hash
                    fill += 1
                    count += 1
                    version &+= 1
                    if fill * 5 >= mask * 3 { resize(minimumUsed: count > 50000 ? count * 2 : count * 4) }
                    return
                }
                if tableHashes[slot] == hash && isActive(slot) {
                    if try vm.keysEqual(tableKeys[slot], key) { return }
                } else if tableHashes[slot] == -1 && !isActive(slot) && freeSlot < 0 {
                    freeSlot = slot
                }
                if probes == 0 { break }
                probes -= 1
                slot += 1
            }
            perturb >>= UInt(PySet.perturbShift)
            index = Int((UInt(index) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    /// Removes `key`; returns whether it was present (set_discard_entry).
    @discardableResult
    public func discard(_ key: Value, _ vm: VM) throws(PyException) -> Bool {
        try discard(key, hash: try vm.hash(key), vm)
    }

    /// Removes a key whose hash is known.
    @discardableResult
    public func discard(_ key: Value, hash: Int, _ vm: VM) throws(PyException) -> Bool {
        guard let slot = try findSlot(key, hash: hash, vm) else { return false }
        tableKeys[slot] = .undefined
        tableHashes[slot] = -1
        count -= 1
        version &+= 1
        return true
    }

    /// Removes and returns an arbitrary element, as CPython's `pop` picks it.
    public func popFirst() -> Value? {
        guard count > 0 else { return nil }
        var slot = finger & mask
        while !isActive(slot) {
            slot += 1
            if slot > mask { slot = 0 }
        }
        let key = tableKeys[slot]
        tableKeys[slot] = .undefined
        tableHashes[slot] = -1
        count -= 1
        finger = slot + 1
        version &+= 1
        return key
    }

    /// Overwrites the element count (after swapping in another table).
    func setCount(_ newCount: Int) {
        count = newCount
        version &+= 1
    }

    /// Removes every element.
    public func removeAll() {
        tableKeys = ContiguousArray(repeating: .undefined, count: 8)
        tableHashes = ContiguousArray(repeating: 0, count: 8)
        mask = 7
        fill = 0
        count = 0
        version &+= 1
    }

    /// Rebuilds the table with room for `minimumUsed` (set_table_resize).
    func resize(minimumUsed: Int) {
        var size = 8
        while size <= minimumUsed { size <<= 1 }
        let oldKeys = tableKeys
        let oldHashes = tableHashes
        tableKeys = ContiguousArray(repeating: .undefined, count: size)
        tableHashes = ContiguousArray(repeating: 0, count: size)
        mask = size - 1
        fill = count
        for slot in 0..<oldKeys.count where !oldKeys[slot].isUndefined {
            insertClean(oldKeys[slot], hash: oldHashes[slot])
        }
    }

    /// Inserts a key known to be absent into a table without dummies (set_insert_clean).
    func insertClean(_ key: Value, hash: Int) {
        var perturb = UInt(bitPattern: hash)
        var index = Int(UInt(bitPattern: hash) & UInt(mask))
        while true {
            if isUnused(index) {
                tableKeys[index] = key
                tableHashes[index] = hash
                return
            }
            if index + PySet.linearProbes <= mask {
                for offset in 1...PySet.linearProbes where isUnused(index + offset) {
                    tableKeys[index + offset] = key
                    tableHashes[index + offset] = hash
                    return
                }
            }
            perturb >>= UInt(PySet.perturbShift)
            index = Int((UInt(index) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    /// Adds every element of another set (set_merge).
    public func merge(_ other: PySet, _ vm: VM) throws(PyException) {
        if other === self || other.count == 0 { return }
        if (fill + other.count) * 5 >= mask * 3 { resize(minimumUsed: (count + other.count) * 2) }
        if fill == 0 && mask == other.mask && other.fill == other.count {
            tableKeys = other.tableKeys
            tableHashes = other.tableHashes
            fill = other.fill
            count = other.count
            version &+= 1
            return
        }
        if fill == 0 {
            fill = other.count
            count = other.count
            for slot in 0...other.mask where other.isActive(slot) {
                insertClean(other.tableKeys[slot], hash: other.tableHashes[slot])
            }
            version &+= 1
            return
        }
        for slot in 0...other.mask where other.isActive(slot) {
            try add(other.tableKeys[slot], hash: other.tableHashes[slot], vm)
        }
    }

    /// Makes room for `incoming` more keys in one resize (as set_update_internal does for dicts).
    func reserve(adding incoming: Int) {
        if (fill + incoming) * 5 >= mask * 3 { resize(minimumUsed: (count + incoming) * 2) }
    }

    // MARK: - Iteration

    /// The elements in table order.
    public var elements: [Value] {
        var result: [Value] = []
        result.reserveCapacity(count)
        for slot in 0...mask where isActive(slot) { result.append(tableKeys[slot]) }
        return result
    }

    /// The elements with their hashes, in table order.
    public var entries: [(Value, Int)] {
        var result: [(Value, Int)] = []
        result.reserveCapacity(count)
        for slot in 0...mask where isActive(slot) { result.append((tableKeys[slot], tableHashes[slot])) }
        return result
    }

    /// The number of table slots, for iterators.
    public var slotCount: Int { mask + 1 }
    /// The key in a slot, `.undefined` if empty.
    public func key(atSlot slot: Int) -> Value { tableKeys[slot] }

    /// CPython's frozenset hash, which depends on the table layout.
    public func frozenHash() -> Int {
        func shuffle(_ h: UInt) -> UInt { ((h ^ 89_869_747) ^ (h << 16)) &* 3_644_798_167 }
        var hash: UInt = 0
        for slot in 0...mask where isActive(slot) { hash ^= shuffle(UInt(bitPattern: tableHashes[slot])) }
        if (mask + 1 - fill) & 1 != 0 { hash ^= shuffle(0) }
        if (fill - count) & 1 != 0 { hash ^= shuffle(UInt(bitPattern: -1)) }
        hash ^= (UInt(count) &+ 1) &* 1_927_868_237
        hash ^= (hash >> 11) ^ (hash >> 25)
        hash = hash &* 69069 &+ 907_133_923
        var result = Int(bitPattern: hash)
        if result == -1 { result = 590_923_713 }
        return result
    }
}
