/// Copies that share no storage with their source, so the store never keeps a caller's heap
/// object nor hands out one of its own (see docs/ARCHITECTURE.md, "Threads and reference counting").
enum Fresh {
    /// A string with newly allocated storage (small strings have none at all).
    static func string(_ text: String) -> String {
        String(decoding: Array(text.utf8), as: UTF8.self)
    }

    /// An array with a newly allocated buffer (`Array(array)` would share the buffer).
    static func array<Element>(_ elements: [Element]) -> [Element] {
        var copy: [Element] = []
        copy.reserveCapacity(elements.count)
        for element in elements {
            copy.append(element)
        }
        return copy
    }
}

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
