/// A growable scratch area for one row's key bytes, reused row after row (one per thread).
final class KeyBuffer {
    private(set) var base: UnsafeMutableRawPointer
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 256) {
        self.capacity = capacity
        base = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 8)
    }

    deinit { base.deallocate() }

    /// Empties the buffer.
    @inline(__always) func reset() { count = 0 }

    /// The bytes written since the last reset.
    @inline(__always) var bytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count)
    }

    @inline(__always) private func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        var newCapacity = capacity * 2
        while newCapacity < count + extra { newCapacity *= 2 }
        let grown = UnsafeMutableRawPointer.allocate(byteCount: newCapacity, alignment: 8)
        grown.copyMemory(from: base, byteCount: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }

    @inline(__always) func write(_ byte: UInt8) {
        reserve(1)
        base.storeBytes(of: byte, toByteOffset: count, as: UInt8.self)
        count += 1
    }

    @inline(__always) func write(_ word: UInt64) {
        reserve(8)
        base.storeBytes(of: word.littleEndian, toByteOffset: count, as: UInt64.self)
        count += 8
    }

    @inline(__always) func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        if let source = bytes.baseAddress, !bytes.isEmpty { (base + count).copyMemory(from: source, byteCount: bytes.count) }
        count += bytes.count
    }
}

/// Encodes the key columns of rows into bytes: per column a null flag, then 8 bytes for integers,
/// doubles (normalized: -0.0 = 0.0, one NaN) and booleans, or a length and the bytes of a string.
struct KeyEncoder {
    let columns: [Column]

    /// Writes the key of physical row `row` into `buffer` (after the caller's `reset`); returns false
    /// when a key column is null.
    @inline(__always)
    func encode(_ row: Int, into buffer: KeyBuffer) -> Bool {
        var allValid = true
        for column in columns {
            guard column.isValid(row) else { buffer.write(UInt8(0)); allValid = false; continue }
            buffer.write(UInt8(1))
            switch column.values {
            case .ints(let v): buffer.write(UInt64(bitPattern: v[row]))
            case .doubles(let v):
                var d = v[row]
                if d == 0 { d = 0 } else if d.isNaN { d = .nan }
                buffer.write(d.bitPattern)
            case .bools(let v): buffer.write(UInt8(v[row] ? 1 : 0))
            case .strings(let s):
                buffer.write(UInt64(s.length(at: row)))
                s.withBytes(at: row) { buffer.write($0) }
            }
        }
        return allValid
    }
}

/// An open-addressing hash table from byte-string keys to dense group numbers 0, 1, 2, ...
struct KeyTable {
    private var slots: [Int32]          // group + 1, 0 = empty
    private var hashes: [UInt64] = []   // per group
    private var keyOffsets: [Int] = [0] // per group, into keyBytes
    private var keyBytes: [UInt8] = []
    private var mask: Int

    /// An empty table.
    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// The number of distinct keys.
    var count: Int { hashes.count }

    /// Bytes held.
    var byteSize: Int { slots.count * 4 + hashes.count * 16 + keyBytes.count }

    /// The key bytes of group `group`.
    func key(_ group: Int) -> ArraySlice<UInt8> { keyBytes[keyOffsets[group] ..< keyOffsets[group + 1]] }

    /// The group of `key`, adding it when new; `isNew` tells which.
    @inline(__always)
    mutating func findOrInsert(_ key: UnsafeBufferPointer<UInt8>, isNew: inout Bool) -> Int {
        let hash = KeyTable.hash(key)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 {
                let group = hashes.count
                slots[slot] = Int32(group + 1)
                hashes.append(hash)
                keyBytes.append(contentsOf: key)
                keyOffsets.append(keyBytes.count)
                isNew = true
                if hashes.count * 2 > slots.count { grow() }
                return group
            }
            let group = entry - 1
            if hashes[group] == hash && equals(group, key) {
                isNew = false
                return group
            }
            slot = (slot + 1) & mask
        }
    }

    /// The group of `key`, or nil.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = KeyTable.hash(key)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            let group = entry - 1
            if hashes[group] == hash && equals(group, key) { return group }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always) private func equals(_ group: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = keyOffsets[group], end = keyOffsets[group + 1]
        guard end - start == key.count else { return false }
        return keyBytes.withUnsafeBufferPointer { stored in
            var i = 0
            while i < key.count {
                if stored[start + i] != key[i] { return false }
                i += 1
            }
            return true
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        for (group, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(group + 1)
        }
    }

    /// A 64-bit hash of bytes (8 bytes at a time, multiply-xorshift mixing).
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        var i = 0
        let raw = UnsafeRawBufferPointer(key)
        while i + 8 <= key.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < key.count { tail |= UInt64(key[i]) << shift; shift += 8; i += 1 }
        h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 31
        return h
    }
}
