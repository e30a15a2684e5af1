import Foundation

/// Spark's scalar functions (`sqrt`, `upper`, `to_timestamp`, ...) as vectorized kernels.
///
/// Semantics are Spark 3.5's with ANSI mode off: invalid input gives null rather than an error,
/// result types follow Spark's, and arguments are implicitly cast as Spark casts them (a string
/// passed to a math function is read as a double, a number passed to a string function is
/// formatted, a timestamp passed to a date function is truncated to its day).
public enum FunctionCatalog {
    /// Resolves `name` (case-insensitive) applied to arguments of `argumentTypes`. `constants[i]`
    /// is the value of argument i when it is a literal (nil otherwise); literal patterns (regular
    /// expressions, date formats, LIKE patterns) are compiled once here.
    public static func resolve(_ name: String, argumentTypes: [DataType], constants: [Scalar?]) throws -> ScalarFunction {
        try resolve(name, argumentTypes: argumentTypes, constants: constants, argumentSQL: nil)
    }

    /// `resolve`, with the SQL text of each argument (`"name"`, `"price * 2"`) for error messages
    /// in Spark's words: `Cannot resolve "sqrt(name)" due to data type mismatch: ...`.
    public static func resolve(_ name: String, argumentTypes: [DataType], constants: [Scalar?],
                               argumentSQL: [String]?) throws -> ScalarFunction {
        let key = name.lowercased()
        guard let resolver = registry[key] else {
            throw ColumnarError(.analysis, "[UNRESOLVED_ROUTINE] Cannot resolve function `\(name)` on search path [`system`.`builtin`, `system`.`session`, `spark_catalog`.`default`].")
        }
        var padded = constants
        if padded.count < argumentTypes.count { padded += Array(repeating: nil, count: argumentTypes.count - padded.count) }
        let call = FunctionCall(name: key, types: argumentTypes, constants: padded, sql: argumentSQL)
        return try resolver(call)
    }

    /// Every name `resolve` knows.
    public static let names: Set<String> = Set(registry.keys)

    static let registry: [String: FunctionResolver] = {
        var table: [String: FunctionResolver] = [:]
        FunctionsMath.register(&table)
        FunctionsConditional.register(&table)
        FunctionsString.register(&table)
        FunctionsDateTime.register(&table)
        return table
    }()
}

/// Checks a call's arguments and builds its kernel.
typealias FunctionResolver = @Sendable (FunctionCall) throws -> ScalarFunction

/// A call being resolved: the name as written (lower case), the argument types and literal values.
struct FunctionCall: Sendable {
    let name: String
    let types: [DataType]
    let constants: [Scalar?]
    let sql: [String]?

    var count: Int { types.count }

    /// The SQL text of argument `i`.
    func argumentText(_ i: Int) -> String {
        if let sql, i < sql.count { return sql[i] }
        if i < constants.count, let constant = constants[i] {
            switch constant {
            case .null: return "NULL"
            case .string(let s): return "'" + s + "'"
            default: return ValueFormatting.cell(constant, type: types[i])
            }
        }
        return "arg\(i + 1)"
    }

    /// The SQL text of the whole call, as Spark prints it in messages.
    var callText: String { "\(name)(\((0 ..< count).map(argumentText).joined(separator: ", ")))" }

    /// Requires exactly `n` arguments.
    func arity(_ n: Int) throws { if count != n { throw wrongArity(String(n)) } }

    /// Requires between `range.lowerBound` and `range.upperBound` arguments.
    func arity(_ range: ClosedRange<Int>) throws {
        if !range.contains(count) {
            throw wrongArity(range.count == 1 ? String(range.lowerBound) : "[" + range.map(String.init).joined(separator: ", ") + "]")
        }
    }

    /// Requires at least `n` arguments.
    func arity(atLeast n: Int) throws { if count < n { throw wrongArity("> \(n - 1)") } }

    func wrongArity(_ expected: String) -> ColumnarError {
        ColumnarError(.analysis, "[WRONG_NUM_ARGS.WITHOUT_SUGGESTION] The `\(name)` requires \(expected) parameters but the actual number is \(count). Please, refer to 'https://spark.apache.org/docs/latest/sql-ref-functions.html' for a fix.")
    }

    /// A data type mismatch of argument `i`, which should have been `expected` ("DOUBLE", ...).
    func mismatch(_ i: Int, _ expected: String) -> ColumnarError {
        ColumnarError(.type, "[DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE] Cannot resolve \"\(callText)\" due to data type mismatch: Parameter \(i + 1) requires the \(expected) type, however \"\(argumentText(i))\" has the type \"\(types[i].simpleString.uppercased())\".")
    }

    /// A data type mismatch with Spark's message for arguments that must share a type.
    func differentTypes() -> ColumnarError {
        let list = types.map { "\"" + $0.simpleString.uppercased() + "\"" }.joined(separator: " or ")
        return ColumnarError(.type, "[DATATYPE_MISMATCH.DATA_DIFF_TYPES] Cannot resolve \"\(callText)\" due to data type mismatch: Input to `\(name)` should all be the same type, but it's [\(list)].")
    }

    /// Argument `i` must be a number (or a string, read as a double as Spark's implicit cast does).
    func requireNumeric(_ i: Int, _ expected: String = "\"DOUBLE\"") throws {
        switch types[i] {
        case .int32, .int64, .float32, .float64, .string: return
        default: throw mismatch(i, expected)
        }
    }

    /// Argument `i` must be an integer (numbers and strings are cast, as Spark does).
    func requireIntegral(_ i: Int) throws { try requireNumeric(i, "\"INT\"") }

    /// Argument `i` must be a value a string can be made of (every type is cast to string).
    func requireStringLike(_ i: Int) throws {}

    /// Argument `i` must be a date, or a timestamp or string cast to one.
    func requireDateLike(_ i: Int) throws {
        switch types[i] {
        case .date, .timestamp, .string: return
        default: throw mismatch(i, "\"DATE\"")
        }
    }

    /// Argument `i` must be a timestamp, or a date or string cast to one.
    func requireTimestampLike(_ i: Int) throws {
        switch types[i] {
        case .date, .timestamp, .string: return
        default: throw mismatch(i, "\"TIMESTAMP\"")
        }
    }

    /// The literal string of argument `i`, if it is one.
    func constantString(_ i: Int) -> String? {
        guard i < constants.count, let c = constants[i] else { return nil }
        if case .string(let s) = c { return s }
        return nil
    }

    /// Whether argument `i` is the null literal.
    func isNullConstant(_ i: Int) -> Bool { i < constants.count && constants[i] == .null }

    /// The literal integer of argument `i`, if it is one.
    func constantInt(_ i: Int) -> Int64? {
        guard i < constants.count, let c = constants[i] else { return nil }
        if case .string(let s) = c { return Int64(s.trimmingCharacters(in: .whitespaces)) }
        return c.intValue
    }

    /// A function of this call's name.
    func function(_ resultType: DataType,
                  _ evaluate: @escaping @Sendable (_ arguments: [Column], _ count: Int) throws -> Column) -> ScalarFunction {
        ScalarFunction(name: name, resultType: resultType, evaluate: evaluate)
    }
}
