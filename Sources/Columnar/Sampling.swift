/// Row sampling for `sample` and `randomSplit`: each row gets a value in [0, 1) from a hash of its
/// contents and the seed, so a split is the same whatever the partitioning (identical rows share a
/// value and land on the same side). Hashes are computed a column at a time.
enum Sampling {
    /// The physical rows of `batch` whose value lies in [lower, upper).
    static func select(_ batch: Batch, lower: Double, upper: Double, seed: Int64) -> ContiguousArray<Int32> {
        let n = batch.physicalCount
        var hashes = [UInt64](repeating: Kernels.mix(UInt64(bitPattern: seed)), count: n)
        hashes.withUnsafeMutableBufferPointer { h in
            for column in batch.columns { mixColumn(column, into: h) }
        }
        var out = ContiguousArray<Int32>()
        out.reserveCapacity(batch.count)
        for k in 0 ..< batch.count {
            let row = batch.row(k)
            let u = Kernels.unitDouble(Kernels.mix(hashes[row]))
            if u >= lower && u < upper { out.append(Int32(truncatingIfNeeded: row)) }
        }
        return out
    }

    /// Folds every row's value of `column` into its hash (nulls fold a marker).
    static func mixColumn(_ column: Column, into h: UnsafeMutableBufferPointer<UInt64>) {
        @inline(__always) func fold(_ i: Int, _ bits: UInt64) { h[i] = (h[i] ^ bits) &* 0x9E37_79B9_7F4A_7C15 ^ (h[i] >> 29) }
        let validity = column.validity
        switch column.values {
        case .ints(let v):
            v.withUnsafeBufferPointer { v in for i in 0 ..< h.count { fold(i, validity?.isValid(i) == false ? 0x5EED : UInt64(bitPattern: v[i])) } }
        case .doubles(let v):
            v.withUnsafeBufferPointer { v in
                for i in 0 ..< h.count {
                    var d = v[i]
                    if d == 0 { d = 0 } else if d.isNaN { d = .nan }
                    fold(i, validity?.isValid(i) == false ? 0x5EED : d.bitPattern)
                }
            }
        case .bools(let v):
            for i in 0 ..< h.count { fold(i, validity?.isValid(i) == false ? 0x5EED : (v[i] ? 1 : 2)) }
        case .strings(let s):
            for i in 0 ..< h.count {
                if validity?.isValid(i) == false { fold(i, 0x5EED); continue }
                fold(i, s.withBytes(at: i) { KeyTable.hash($0) })
            }
        }
    }
}
