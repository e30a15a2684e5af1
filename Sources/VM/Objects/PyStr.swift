/// A `str`: a sequence of Unicode code points held as a Swift `String`.
///
/// Indexing is O(1) for ASCII text (the UTF-8 bytes are the code points); other text builds an array
/// of scalars on first indexed access. Equality and ordering compare code points (UTF-8 bytes), never
/// Swift's canonical equivalence. The hash is computed once and cached.
public final class PyStr: PyObject {
    /// The text.
    public let value: String
    private var cachedHash: Int = 0
    private var hashComputed = false
    /// 0 unknown, 1 ASCII, 2 not ASCII.
    private var asciiState: UInt8 = 0
    private var scalarCache: [Unicode.Scalar]?

    /// Creates a `str` object.
    public init(_ value: String) {
        self.value = value
        super.init(kind: .str, type: BuiltinTypes.shared.str)
    }

    /// Creates a `str` object whose ASCII-ness the caller already knows.
    public init(_ value: String, ascii: Bool) {
        self.value = value
        self.asciiState = ascii ? 1 : 2
        super.init(kind: .str, type: BuiltinTypes.shared.str)
    }

    /// Creates an instance of a `str` subclass.
    public init(_ value: String, type: PyType) {
        self.value = value
        super.init(kind: .str, type: type)
    }

    /// Whether every code point is ASCII.
    public var isASCII: Bool {
        if asciiState == 0 {
            asciiState = value.utf8.allSatisfy { $0 < 0x80 } ? 1 : 2
        }
        return asciiState == 1
    }

    /// The number of code points.
    public var count: Int {
        isASCII ? value.utf8.count : scalars.count
    }

    /// The code points, materialized once for non-ASCII text.
    public var scalars: [Unicode.Scalar] {
        if let scalarCache { return scalarCache }
        let built = Array(value.unicodeScalars)
        scalarCache = built
        return built
    }

    /// The code point at a non-negative index below `count`.
    public func scalar(at index: Int) -> Unicode.Scalar {
        if isASCII {
            return Unicode.Scalar(value.utf8[value.utf8.index(value.utf8.startIndex, offsetBy: index)])
        }
        return scalars[index]
    }

    /// The cached string hash: FNV-1a over the UTF-8 bytes, never -1; 0 for the empty string, as
    /// in CPython (other strings' hashes are seeded per process in CPython, so none can match).
    public var hashValue: Int {
        if hashComputed { return cachedHash }
        if value.isEmpty {
            cachedHash = 0
            hashComputed = true
            return 0
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in value.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        var result = Int(bitPattern: UInt(hash >> 1))
        if result == -1 { result = -2 }
        cachedHash = result
        hashComputed = true
        return result
    }

    /// Code-point equality with another string.
    @inline(__always)
    public func equals(_ other: PyStr) -> Bool {
        if self === other { return true }
        if hashComputed && other.hashComputed && cachedHash != other.cachedHash { return false }
        return value.utf8.elementsEqual(other.value.utf8)
    }
}

/// Code-point (UTF-8 byte) ordering of strings, as Python compares them.
@inline(__always)
func compareCodePoints(_ a: String, _ b: String) -> Int {
    var left = a.utf8.makeIterator()
    var right = b.utf8.makeIterator()
    while true {
        switch (left.next(), right.next()) {
        case (nil, nil): return 0
        case (nil, _): return -1
        case (_, nil): return 1
        case (let x?, let y?):
            if x != y { return x < y ? -1 : 1 }
        }
    }
}
