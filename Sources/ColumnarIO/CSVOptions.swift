import Columnar

/// What the CSV reader does with a malformed record (Spark's `mode` option).
public enum CSVMode: Sendable {
    /// Keeps the record: missing fields and values that do not parse become null, extra fields are dropped.
    case permissive
    /// Drops the record.
    case dropMalformed
    /// Stops the read with a `ColumnarError(.input, ...)` naming file, line and column.
    case failFast

    /// The mode named `sparkName` ("PERMISSIVE", "DROPMALFORMED", "FAILFAST", any case), or nil.
    public init?(sparkName: String) {
        switch sparkName.uppercased() {
        case "PERMISSIVE": self = .permissive
        case "DROPMALFORMED": self = .dropMalformed
        case "FAILFAST": self = .failFast
        default: return nil
        }
    }
}

/// The options of the CSV reader and writer, with Spark's defaults (`spark.read.csv`, `df.write.csv`).
/// Records are single lines (Spark's default `multiLine=false`): a newline always ends a record, even
/// inside quotes.
public struct CSVOptions: Sendable {
    /// Whether the first line of each file holds the column names (and is not data).
    public var header = false
    /// The field separator byte.
    public var separator: UInt8 = UInt8(ascii: ",")
    /// The quote byte; a field is quoted only when it starts with it.
    public var quote: UInt8 = UInt8(ascii: "\"")
    /// The escape byte inside quoted fields: `\"` is a quote and `\\` a backslash.
    public var escape: UInt8 = UInt8(ascii: "\\")
    /// The text read as null (the empty field is always null); written for nulls.
    public var nullValue = ""
    /// Whether to infer column types with a pass over all data (otherwise every column is a string).
    public var inferSchema = false
    /// The columns' names and types, instead of the header or inference.
    public var schema: Schema? = nil
    /// What to do with malformed records.
    public var mode = CSVMode.permissive
    /// Whether leading spaces and tabs of fields are skipped when reading.
    public var ignoreLeadingWhiteSpace = false
    /// Whether trailing spaces and tabs of fields are skipped when reading.
    public var ignoreTrailingWhiteSpace = false
    /// Whether leading white space of string values is dropped when writing (Spark's default: true).
    public var writeIgnoreLeadingWhiteSpace = true
    /// Whether trailing white space of string values is dropped when writing (Spark's default: true).
    public var writeIgnoreTrailingWhiteSpace = true
    /// Lines starting with this byte are skipped; nil for none.
    public var comment: UInt8? = nil

    /// The default options.
    public init() {}

    /// Applies one option of Spark's reader or writer option map. Keys are case-insensitive:
    /// "header", "sep"/"delimiter", "quote", "escape", "nullValue", "inferSchema", "mode", "comment",
    /// "ignoreLeadingWhiteSpace", "ignoreTrailingWhiteSpace", "multiLine" (only "false"). Other keys
    /// are ignored. Throws `ColumnarError(.argument, ...)` for a value it cannot use.
    public mutating func apply(option key: String, value: String) throws {
        switch key.lowercased() {
        case "header": header = try Self.bool(key, value)
        case "sep", "delimiter":
            guard let byte = try Self.byte(key, value, allowEmpty: false) else {
                throw ColumnarError(.argument, "Delimiter cannot be empty string")
            }
            guard byte != 0x0A && byte != 0x0D else {
                throw ColumnarError(.argument, "CSV option \(key): a line break cannot be the separator")
            }
            separator = byte
        case "quote": quote = try Self.byte(key, value, allowEmpty: true) ?? 0
        case "escape": escape = try Self.byte(key, value, allowEmpty: true) ?? 0
        case "comment": comment = try Self.byte(key, value, allowEmpty: true).flatMap { $0 == 0 ? nil : $0 }
        case "nullvalue": nullValue = value
        case "inferschema": inferSchema = try Self.bool(key, value)
        case "mode":
            guard let parsed = CSVMode(sparkName: value) else {
                throw ColumnarError(.argument, "CSV option mode: '\(value)' is not one of PERMISSIVE, DROPMALFORMED, FAILFAST")
            }
            mode = parsed
        case "ignoreleadingwhitespace":
            ignoreLeadingWhiteSpace = try Self.bool(key, value)
            writeIgnoreLeadingWhiteSpace = ignoreLeadingWhiteSpace
        case "ignoretrailingwhitespace":
            ignoreTrailingWhiteSpace = try Self.bool(key, value)
            writeIgnoreTrailingWhiteSpace = ignoreTrailingWhiteSpace
        case "multiline":
            if try Self.bool(key, value) {
                throw ColumnarError(.argument, "CSV option multiLine=true is not supported: records are single lines")
            }
        default: break
        }
    }

    /// "true" or "false", any case.
    static func bool(_ key: String, _ value: String) throws -> Bool {
        switch value.lowercased() {
        case "true": return true
        case "false": return false
        default: throw ColumnarError(.argument, "CSV option \(key): '\(value)' is not a boolean (true or false)")
        }
    }

    /// A single-byte character option: one ASCII character, or `\t`, `\n`, `\r`, `\0`, `\\` written with
    /// a backslash; nil for the empty string when allowed.
    static func byte(_ key: String, _ value: String, allowEmpty: Bool) throws -> UInt8? {
        let bytes = Array(value.utf8)
        if bytes.isEmpty {
            if allowEmpty { return nil }
            throw ColumnarError(.argument, "CSV option \(key) cannot be empty")
        }
        if bytes.count == 1, bytes[0] < 0x80 { return bytes[0] }
        if bytes.count == 2, bytes[0] == UInt8(ascii: "\\") {
            switch bytes[1] {
            case UInt8(ascii: "t"): return 0x09
            case UInt8(ascii: "n"): return 0x0A
            case UInt8(ascii: "r"): return 0x0D
            case UInt8(ascii: "0"): return 0
            case UInt8(ascii: "\\"): return UInt8(ascii: "\\")
            default: break
            }
        }
        throw ColumnarError(.argument, "CSV option \(key): '\(value)' is not a single ASCII character")
    }
}
