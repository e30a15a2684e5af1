import Columnar

/// The dictionary of a string column chunk being written: distinct values in order of first
/// appearance, found by an open-addressing hash table over their bytes (no allocation per lookup).
struct ParquetDictionaryBuilder {
    /// The distinct values.
    private(set) var values = StringArray()
    /// Slots holding value indices, -1 when empty; the count is a power of two.
    private var slots = ContiguousArray<Int32>(repeating: -1, count: 1024)
    private var hashes = ContiguousArray<UInt64>()

    /// The number of distinct values.
    var count: Int { values.count }

    /// The PLAIN size of the dictionary page in bytes.
    var plainSize: Int { values.bytes.count + 4 * values.count }

    @inline(__always) private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        // FNV-1a, eight bytes at a time where possible.
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = 0
        let n = bytes.count
        let raw = UnsafeRawBufferPointer(bytes)
        while i + 8 <= n {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x100_0000_01b3
            h ^= h >> 29
            i += 8
        }
        while i < n {
            h = (h ^ UInt64(bytes[i])) &* 0x100_0000_01b3
            i += 1
        }
        return h ^ (h >> 32) ^ UInt64(n)
    }

    /// The index of `bytes`, adding it when new.
    mutating func index(of bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let h = Self.hash(bytes)
        var mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let existing = slots[slot]
            if existing < 0 { break }
            if hashes[Int(existing)] == h && values.withBytes(at: Int(existing), { $0.elementsEqual(bytes) }) {
                return UInt32(existing)
            }
            slot = (slot + 1) & mask
        }
        let index = Int32(values.count)
        values.append(bytes: bytes)
        hashes.append(h)
        slots[slot] = index
        if values.count * 2 > slots.count {
            slots = ContiguousArray(repeating: -1, count: slots.count * 2)
            mask = slots.count - 1
            for (i, h) in hashes.enumerated() {
                var s = Int(truncatingIfNeeded: h) & mask
                while slots[s] >= 0 { s = (s + 1) & mask }
                slots[s] = Int32(i)
            }
        }
        return UInt32(index)
    }

    /// The dictionary page's content: PLAIN byte arrays.
    func plainBytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(plainSize)
        values.offsets.withUnsafeBufferPointer { o in
            values.bytes.withUnsafeBufferPointer { b in
                for i in 0 ..< values.count {
                    let start = Int(o[i]), end = Int(o[i + 1])
                    withUnsafeBytes(of: UInt32(end - start).littleEndian) { out.append(contentsOf: $0) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[start ..< end]))
                }
            }
        }
        return out
    }
}
