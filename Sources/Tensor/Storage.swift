/// The memory behind one or more tensors: a contiguous, 64-byte aligned buffer of `count` elements
/// of one dtype, freed when the last tensor using it goes away.
///
/// Views (`reshape`, `detach`, `narrow`/`select` on the first dimension) share a storage; every
/// other operation allocates a new one. Writes through one view are visible through the others, as in
/// PyTorch.
public final class Storage: @unchecked Sendable {
    /// The first byte of the buffer.
    public let data: UnsafeMutableRawPointer
    /// The element type.
    public let dtype: DType
    /// The number of elements.
    public let count: Int

    /// Allocates an uninitialized buffer of `count` elements (zero-filled when `zeroed`).
    public init(dtype: DType, count: Int, zeroed: Bool = false) {
        let bytes = max(count * dtype.itemSize, 8)
        data = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
        if zeroed { data.initializeMemory(as: UInt8.self, repeating: 0, count: bytes) }
        self.dtype = dtype
        self.count = count
    }

    /// The size of the buffer in bytes.
    public var byteCount: Int { count * dtype.itemSize }

    deinit { data.deallocate() }
}
