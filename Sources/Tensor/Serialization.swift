/// A versioned binary format for an ordered dictionary of named tensors (the payload of
/// `torch.save`/`torch.load` of a `state_dict`).
///
/// Layout, all integers little-endian:
///
///     "PRSMTNSR"                 8-byte magic
///     version      UInt32        currently 1
///     entryCount   UInt64
///     entryCount times:
///         nameLength UInt64, name (UTF-8)
///         dtype UInt8 (1 float32, 2 float64, 3 int64), requiresGrad UInt8 (0/1)
///         rank UInt64, rank × size Int64
///         byteCount UInt64 (= count × itemSize), the elements
///     checksum     UInt64        FNV-1a of every preceding byte
///
/// Decoding validates everything and throws `TensorError` (kind `.value`) naming what is wrong.
public enum TensorSerialization {
    /// The current format version.
    public static let version: UInt32 = 1
    private static let magic: [UInt8] = Array("PRSMTNSR".utf8)

    /// Encodes named tensors, in order.
    public static func encode(_ entries: [(name: String, tensor: Tensor)]) -> [UInt8] {
        var out = magic
        func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        withUnsafeBytes(of: version.littleEndian) { out.append(contentsOf: $0) }
        u64(UInt64(entries.count))
        for (name, tensor) in entries {
            let utf8 = Array(name.utf8)
            u64(UInt64(utf8.count))
            out.append(contentsOf: utf8)
            out.append(tensor.dtype.rawValue)
            out.append(tensor.requiresGrad ? 1 : 0)
            u64(UInt64(tensor.rank))
            for d in tensor.shape { u64(UInt64(bitPattern: Int64(d))) }
            let bytes = tensor.count * tensor.dtype.itemSize
            u64(UInt64(bytes))
            // Elements are stored in the machine's order, which is little-endian on every supported target.
            out.append(contentsOf: UnsafeRawBufferPointer(start: tensor.rawPointer, count: bytes))
        }
        u64(fnv1a(out[...]))
        return out
    }

    /// Decodes bytes written by `encode`, or throws a `TensorError` describing the corruption.
    public static func decode(_ bytes: [UInt8]) throws(TensorError) -> [(name: String, tensor: Tensor)] {
        func fail(_ why: String) -> TensorError { TensorError("invalid tensor file: \(why)", kind: .value) }
        guard bytes.count >= magic.count + 4 + 8 + 8, Array(bytes[0..<magic.count]) == magic else {
            throw fail("not a Prism tensor file (bad magic)")
        }
        let body = bytes[0..<(bytes.count - 8)]
        var position = magic.count
        func read(_ n: Int) throws(TensorError) -> ArraySlice<UInt8> {
            guard n >= 0, position + n <= body.count else { throw fail("truncated data") }
            defer { position += n }
            return body[position..<(position + n)]
        }
        func u64() throws(TensorError) -> UInt64 {
            var v: UInt64 = 0
            for (i, b) in try read(8).enumerated() { v |= UInt64(b) << (8 * UInt64(i)) }
            return v
        }
        var storedSum: UInt64 = 0
        for (i, b) in bytes[(bytes.count - 8)...].enumerated() { storedSum |= UInt64(b) << (8 * UInt64(i)) }
        var v: UInt32 = 0
        for (i, b) in try read(4).enumerated() { v |= UInt32(b) << (8 * UInt32(i)) }
        guard v == version else { throw fail("unsupported version \(v) (this build reads version \(version))") }
        guard fnv1a(body) == storedSum else { throw fail("checksum mismatch (the data is corrupt)") }
        let count = try u64()
        guard count <= UInt64(body.count) else { throw fail("implausible entry count \(count)") }
        var entries: [(name: String, tensor: Tensor)] = []
        for index in 0..<Int(count) {
            let nameLength = try u64()
            guard nameLength <= UInt64(body.count) else { throw fail("entry \(index): implausible name length") }
            guard let name = String(validating: try read(Int(nameLength)), as: UTF8.self) else {
                throw fail("entry \(index): name is not UTF-8")
            }
            guard let dtype = DType(rawValue: try read(1).first ?? 0xFF) else { throw fail("entry '\(name)': unknown dtype") }
            let flag = try read(1).first ?? 0
            guard flag <= 1 else { throw fail("entry '\(name)': bad requires_grad flag") }
            let rank = try u64()
            guard rank <= 64 else { throw fail("entry '\(name)': implausible rank \(rank)") }
            var shape: [Int] = []
            var elements = 1
            for _ in 0..<Int(rank) {
                let d = Int64(bitPattern: try u64())
                guard d >= 0, d <= Int64(body.count) else { throw fail("entry '\(name)': bad dimension \(d)") }
                shape.append(Int(d))
                let (product, overflow) = elements.multipliedReportingOverflow(by: Int(d))
                guard !overflow else { throw fail("entry '\(name)': shape too large") }
                elements = product
            }
            let byteCount = try u64()
            guard byteCount == UInt64(elements) * UInt64(dtype.itemSize) else {
                throw fail("entry '\(name)': \(byteCount) data bytes for shape \(Shape.describe(shape)) of \(dtype)")
            }
            let data = try read(Int(byteCount))
            let tensor = Tensor(uninitialized: shape, dtype: dtype)
            data.withUnsafeBytes { tensor.rawPointer.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
            if flag == 1 { try tensor.requiresGrad_() }
            entries.append((name, tensor))
        }
        guard position == body.count else { throw fail("\(body.count - position) unexpected trailing bytes") }
        return entries
    }

    /// The 64-bit FNV-1a hash.
    static func fnv1a(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}
