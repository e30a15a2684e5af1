/// The logical types of the dataframe engine, with Spark's names. Storage is Arrow-like: a values
/// buffer, a validity bitmap and offsets for strings; the integer family (int32, int64, date in days,
/// timestamp in microseconds since the epoch, UTC) is stored as `Int64`, the float family as `Double`.
public enum DataType: Sendable, Hashable, CustomStringConvertible {
    case bool, int32, int64, float32, float64, string, date, timestamp

    /// Spark's `simpleString` (`df.dtypes`, `printSchema`): "int", "bigint", "double", ...
    public var simpleString: String {
        switch self {
        case .bool: "boolean"
        case .int32: "int"
        case .int64: "bigint"
        case .float32: "float"
        case .float64: "double"
        case .string: "string"
        case .date: "date"
        case .timestamp: "timestamp"
        }
    }

    /// Spark's `typeName` (`printSchema`): "integer", "long", "double", ...
    public var typeName: String {
        switch self {
        case .int32: "integer"
        case .int64: "long"
        default: simpleString
        }
    }

    /// Spark's type class name (`IntegerType()` etc.), used by `StructField` reprs.
    public var className: String {
        switch self {
        case .bool: "BooleanType"
        case .int32: "IntegerType"
        case .int64: "LongType"
        case .float32: "FloatType"
        case .float64: "DoubleType"
        case .string: "StringType"
        case .date: "DateType"
        case .timestamp: "TimestampType"
        }
    }

    public var description: String { simpleString }

    /// How the type is stored.
    public var physical: PhysicalType {
        switch self {
        case .bool: .bool
        case .int32, .int64, .date, .timestamp: .int
        case .float32, .float64: .double
        case .string: .string
        }
    }

    /// Whether arithmetic applies.
    public var isNumeric: Bool { self == .int32 || self == .int64 || self == .float32 || self == .float64 }

    /// Whether the type is an integer type (not date or timestamp).
    public var isIntegral: Bool { self == .int32 || self == .int64 }

    /// The type named by a Spark type string ("int", "integer", "bigint", "long", "double", "float",
    /// "string", "boolean", "date", "timestamp", "decimal(10,2)" as double), or nil.
    public init?(sparkName: String) {
        let name = sparkName.trimmingCharacters(in: .whitespaces).lowercased()
        switch name {
        case "boolean", "bool": self = .bool
        case "int", "integer", "int32", "smallint", "short", "tinyint", "byte": self = .int32
        case "bigint", "long", "int64": self = .int64
        case "float", "real", "float32": self = .float32
        case "double", "float64": self = .float64
        case "string", "varchar", "str": self = .string
        case "date": self = .date
        case "timestamp", "timestamp_ntz", "timestamp_ltz": self = .timestamp
        default:
            if name.hasPrefix("decimal") || name.hasPrefix("numeric") { self = .float64 }
            else if name.hasPrefix("varchar(") || name.hasPrefix("char(") { self = .string }
            else { return nil }
        }
    }

    /// The common type of two operands of arithmetic or comparison, as Spark widens them.
    public static func widened(_ a: DataType, _ b: DataType) -> DataType? {
        if a == b { return a }
        switch (a, b) {
        case (.int32, .int64), (.int64, .int32): return .int64
        case (.float32, .float64), (.float64, .float32): return .float64
        case (.int32, .float32), (.float32, .int32), (.int64, .float32), (.float32, .int64): return .float64
        case (.int32, .float64), (.float64, .int32), (.int64, .float64), (.float64, .int64): return .float64
        case (.date, .timestamp), (.timestamp, .date): return .timestamp
        default: return nil
        }
    }
}

/// How values of a `DataType` are laid out in memory.
public enum PhysicalType: Sendable, Hashable {
    case bool, int, double, string
}

import Foundation
