/// The identity of one object in the store: a number handed out in increasing order, never reused.
public struct ObjectID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The number behind the id; the store hands them out from 1 upward.
    public let raw: UInt64

    /// Wraps a raw number, e.g. one read back from a serialized payload.
    public init(raw: UInt64) {
        self.raw = raw
    }

    /// Orders ids by their raw number, that is by creation.
    public static func < (lhs: ObjectID, rhs: ObjectID) -> Bool {
        lhs.raw < rhs.raw
    }

    /// 40 hex digits in the shape of Ray's `ObjectRef.hex()`: the raw number as 16 digits, then a fixed suffix.
    public var description: String {
        let digits = String(raw, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits + "ffffffffffffffff01000000"
    }
}
