/// One value outside a column: a literal, an aggregate's result, a cell handed to the language.
/// Dates and timestamps are `.int` (days, microseconds); their type travels beside them.
public enum Scalar: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)

    /// Whether this is the null value.
    public var isNull: Bool { if case .null = self { true } else { false } }

    /// The value as an integer, converting doubles and booleans.
    public var intValue: Int64? {
        switch self {
        case .int(let v): v
        case .double(let v): v.isFinite && abs(v) < 9.2e18 ? Int64(v) : nil
        case .bool(let v): v ? 1 : 0
        default: nil
        }
    }

    /// The value as a double, converting integers.
    public var doubleValue: Double? {
        switch self {
        case .int(let v): Double(v)
        case .double(let v): v
        case .bool(let v): v ? 1 : 0
        default: nil
        }
    }

    /// The value as a boolean.
    public var boolValue: Bool? { if case .bool(let v) = self { v } else { nil } }

    /// The value as a string.
    public var stringValue: String? { if case .string(let v) = self { v } else { nil } }
}
