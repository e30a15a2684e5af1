/// A validity bitmap (Arrow's layout: bit `i` of word `i / 64` set when row `i` holds a value).
public struct Bitmap: Sendable, Equatable {
    /// The words, least significant bit first.
    public var words: ContiguousArray<UInt64>
    /// The number of rows described.
    public private(set) var count: Int

    /// A bitmap of `count` rows, all valid or all null.
    public init(count: Int, valid: Bool) {
        self.count = count
        words = ContiguousArray(repeating: valid ? ~0 : 0, count: (count + 63) / 64)
    }

    /// An empty bitmap with room for `capacity` rows.
    public init(capacity: Int) {
        count = 0
        words = []
        words.reserveCapacity((capacity + 63) / 64)
    }

    /// Whether row `i` holds a value.
    @inline(__always) public func isValid(_ i: Int) -> Bool {
        words[i &>> 6] & (1 &<< UInt64(i & 63)) != 0
    }

    /// Marks row `i` valid or null.
    @inline(__always) public mutating func set(_ i: Int, _ valid: Bool) {
        if valid { words[i &>> 6] |= 1 &<< UInt64(i & 63) } else { words[i &>> 6] &= ~(1 &<< UInt64(i & 63)) }
    }

    /// Appends one row.
    @inline(__always) public mutating func append(_ valid: Bool) {
        if count & 63 == 0 { words.append(0) }
        if valid { words[count &>> 6] |= 1 &<< UInt64(count & 63) }
        count += 1
    }

    /// The number of null rows.
    public var nullCount: Int {
        var valid = 0
        for word in words { valid += word.nonzeroBitCount }
        // Bits past `count` in the last word may be set by `init(count:valid:)`.
        if count & 63 != 0, let last = words.last {
            valid -= (last & ~((1 &<< UInt64(count & 63)) &- 1)).nonzeroBitCount
        }
        return count - valid
    }

    /// The bitmap of the rows at `indices`.
    public func gather(_ indices: UnsafeBufferPointer<Int32>) -> Bitmap {
        var result = Bitmap(capacity: indices.count)
        for index in indices { result.append(isValid(Int(index))) }
        return result
    }

    /// Rows `range` of this bitmap.
    public func slice(_ range: Range<Int>) -> Bitmap {
        var result = Bitmap(capacity: range.count)
        for i in range { result.append(isValid(i)) }
        return result
    }

    /// The rows valid in both (nil stands for all valid).
    public static func and(_ a: Bitmap?, _ b: Bitmap?) -> Bitmap? {
        guard var a else { return b }
        guard let b else { return a }
        for i in a.words.indices { a.words[i] &= b.words[i] }
        return a
    }
}
