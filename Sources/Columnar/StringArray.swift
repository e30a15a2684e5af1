/// Arrow's string layout: UTF-8 bytes of every value back to back, and `count + 1` offsets into them.
public struct StringArray: Sendable {
    /// `offsets[i] ..< offsets[i + 1]` are the bytes of value `i`.
    public var offsets: ContiguousArray<Int32>
    /// The UTF-8 bytes of all values.
    public var bytes: ContiguousArray<UInt8>

    /// An empty array with room for `capacity` values of about `averageLength` bytes.
    public init(capacity: Int = 0, averageLength: Int = 8) {
        offsets = [0]
        offsets.reserveCapacity(capacity + 1)
        bytes = []
        bytes.reserveCapacity(capacity * averageLength)
    }

    /// The array of `strings`.
    public init(_ strings: [String]) {
        self.init(capacity: strings.count)
        for string in strings { append(string) }
    }

    /// The number of values.
    @inline(__always) public var count: Int { offsets.count - 1 }

    /// Appends `string`.
    public mutating func append(_ string: String) {
        var string = string
        string.withUTF8 { append(bytes: $0) }
    }

    /// Appends a value made of `bytes`.
    @inline(__always) public mutating func append(bytes newBytes: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: newBytes)
        offsets.append(Int32(truncatingIfNeeded: bytes.count))
    }

    /// Appends an empty value (the slot of a null).
    @inline(__always) public mutating func appendEmpty() {
        offsets.append(Int32(truncatingIfNeeded: bytes.count))
    }

    /// Value `i` as a String.
    public func string(at i: Int) -> String {
        let start = Int(offsets[i]), end = Int(offsets[i + 1])
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start ..< end]), as: UTF8.self) }
    }

    /// Calls `body` with the bytes of value `i`.
    @inline(__always) public func withBytes<R>(at i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let start = Int(offsets[i]), end = Int(offsets[i + 1])
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start ..< end])) }
    }

    /// The byte length of value `i`.
    @inline(__always) public func length(at i: Int) -> Int { Int(offsets[i + 1] - offsets[i]) }

    /// Whether values `i` of `self` and `j` of `other` hold the same bytes.
    public func equals(_ i: Int, _ other: StringArray, _ j: Int) -> Bool {
        let n = length(at: i)
        guard n == other.length(at: j) else { return false }
        return withBytes(at: i) { a in other.withBytes(at: j) { b in n == 0 || memcmp(a.baseAddress!, b.baseAddress!, n) == 0 } }
    }

    /// Orders value `i` of `self` against `j` of `other` by bytes (which is code-point order).
    public func compare(_ i: Int, _ other: StringArray, _ j: Int) -> Int {
        withBytes(at: i) { a in
            other.withBytes(at: j) { b in
                let n = min(a.count, b.count)
                if n > 0 {
                    let c = memcmp(a.baseAddress!, b.baseAddress!, n)
                    if c != 0 { return c < 0 ? -1 : 1 }
                }
                return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
            }
        }
    }

    /// The values at `indices`.
    public func gather(_ indices: UnsafeBufferPointer<Int32>) -> StringArray {
        var result = StringArray(capacity: indices.count, averageLength: count == 0 ? 0 : bytes.count / max(count, 1))
        bytes.withUnsafeBufferPointer { all in
            for index in indices {
                let i = Int(index)
                result.append(bytes: UnsafeBufferPointer(rebasing: all[Int(offsets[i]) ..< Int(offsets[i + 1])]))
            }
        }
        return result
    }
}

import Foundation
