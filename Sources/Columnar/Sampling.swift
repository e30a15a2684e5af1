/// Row sampling for `sample` and `randomSplit`: each row gets a value in [0, 1) from a hash of its
/// contents and the seed, so a split is the same whatever the partitioning (identical rows share a
/// value and land on the same side).
enum Sampling {
    /// The physical rows of `batch` whose value lies in [lower, upper).
    static func select(_ batch: Batch, lower: Double, upper: Double, seed: Int64) -> ContiguousArray<Int32> {
        let encoder = KeyEncoder(columns: batch.columns)
        var out = ContiguousArray<Int32>()
        var buffer: [UInt8] = []
        buffer.reserveCapacity(256)
        let salt = Kernels.mix(UInt64(bitPattern: seed))
        for k in 0 ..< batch.count {
            let row = batch.row(k)
            buffer.removeAll(keepingCapacity: true)
            _ = encoder.encode(row, into: &buffer)
            let hash = buffer.withUnsafeBufferPointer { KeyTable.hash($0) }
            let u = Kernels.unitDouble(Kernels.mix(hash ^ salt))
            if u >= lower && u < upper { out.append(Int32(truncatingIfNeeded: row)) }
        }
        return out
    }
}
