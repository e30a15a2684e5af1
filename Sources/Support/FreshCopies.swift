/// Copies that share no storage with their source, so an engine never keeps a caller's heap
/// object nor hands out one of its own (see docs/ARCHITECTURE.md, "Threads and reference counting").
public enum Fresh {
    /// A string with newly allocated storage (small strings have none at all).
    public static func string(_ text: String) -> String {
        String(decoding: Array(text.utf8), as: UTF8.self)
    }

    /// An array with a newly allocated buffer (`Array(array)` would share the buffer).
    public static func array<Element>(_ elements: [Element]) -> [Element] {
        var copy: [Element] = []
        copy.reserveCapacity(elements.count)
        for element in elements {
            copy.append(element)
        }
        return copy
    }
}

