/// A payload's bytes in memory the store allocated itself.
struct OwnedBytes {
    /// The first byte, or nil for an empty payload.
    let base: UnsafeMutableRawPointer?
    /// The payload's size in bytes.
    let count: Int

    /// Copies the caller's bytes into a new allocation.
    init(copying bytes: UnsafeRawBufferPointer) {
        count = bytes.count
        if let source = bytes.baseAddress, bytes.count > 0 {
            let target = UnsafeMutableRawPointer.allocate(byteCount: bytes.count, alignment: 16)
            target.copyMemory(from: source, byteCount: bytes.count)
            base = target
        } else {
            base = nil
        }
    }

    /// Wraps an allocation of `count` bytes made by the store.
    init(base: UnsafeMutableRawPointer?, count: Int) {
        self.base = base
        self.count = count
    }

    /// Frees the allocation.
    func free() {
        base?.deallocate()
    }
}
