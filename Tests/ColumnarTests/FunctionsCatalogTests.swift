import Foundation
import Testing
@testable import Columnar

/// Resolution errors, null handling over many rows, LIKE against DuckDB, and the date pattern
/// compiler. Error texts are Spark 3.5.3's (`spark.sql("select sqrt(1, 2)")` etc. in PySpark).
@Suite struct FunctionsCatalogTests {
    static func strings(_ values: [String?]) -> Column {
        var builder = ColumnBuilder(type: .string, capacity: values.count)
        for v in values { if let v { builder.append(v) } else { builder.appendNull() } }
        return builder.finish()
    }

    static func ints(_ values: [Int64?], _ type: DataType = .int32) -> Column {
        var builder = ColumnBuilder(type: type, capacity: values.count)
        for v in values { if let v { builder.append(v) } else { builder.appendNull() } }
        return builder.finish()
    }

    static func call(_ name: String, _ columns: [Column], constants: [Scalar?]? = nil) throws -> Column {
        let f = try FunctionCatalog.resolve(name, argumentTypes: columns.map(\.type),
                                            constants: constants ?? Array(repeating: nil, count: columns.count))
        return try f.evaluate(columns, columns.first?.count ?? 0)
    }

    // MARK: Errors, in Spark 3.5.3's words

    @Test func unknownFunctionIsUnresolvedRoutine() {
        // Spark: [UNRESOLVED_ROUTINE] Cannot resolve function `foo` on search path [`system`.`builtin`, ...
        do {
            _ = try FunctionCatalog.resolve("foo", argumentTypes: [.int32], constants: [nil])
            Issue.record("resolved an unknown function")
        } catch let error as ColumnarError {
            #expect(error.kind == .analysis)
            #expect(error.message.hasPrefix("[UNRESOLVED_ROUTINE] Cannot resolve function `foo` on search path [`system`.`builtin`"))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func wrongArityIsWrongNumArgs() {
        do {
            _ = try FunctionCatalog.resolve("sqrt", argumentTypes: [.float64, .float64], constants: [nil, nil])
            Issue.record("resolved sqrt with two arguments")
        } catch let error as ColumnarError {
            #expect(error.kind == .analysis)
            #expect(error.message == "[WRONG_NUM_ARGS.WITHOUT_SUGGESTION] The `sqrt` requires 1 parameters but the actual number is 2. Please, refer to 'https://spark.apache.org/docs/latest/sql-ref-functions.html' for a fix.")
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func wrongTypeIsDataTypeMismatch() {
        // Spark: ... Cannot resolve "SQRT(true)" due to data type mismatch: Parameter 1 requires the
        // "DOUBLE" type, however "true" has the type "BOOLEAN".
        do {
            _ = try FunctionCatalog.resolve("sqrt", argumentTypes: [.bool], constants: [.bool(true)])
            Issue.record("resolved sqrt(boolean)")
        } catch let error as ColumnarError {
            #expect(error.kind == .type)
            #expect(error.message == "[DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE] Cannot resolve \"sqrt(true)\" due to data type mismatch: Parameter 1 requires the \"DOUBLE\" type, however \"true\" has the type \"BOOLEAN\".")
        } catch { Issue.record("unexpected \(error)") }
        do {
            _ = try FunctionCatalog.resolve("year", argumentTypes: [.int32], constants: [nil], argumentSQL: ["age"])
            Issue.record("resolved year(int)")
        } catch let error as ColumnarError {
            #expect(error.message.contains("Cannot resolve \"year(age)\""))
            #expect(error.message.contains("however \"age\" has the type \"INT\""))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func namesAreCaseInsensitiveAndListed() throws {
        for name in ["sqrt", "upper", "to_timestamp", "regexp_extract", "weekofyear", "coalesce", "date_trunc", "concat_ws"] {
            #expect(FunctionCatalog.names.contains(name), "\(name) missing from names")
        }
        let f = try FunctionCatalog.resolve("SqRt", argumentTypes: [.int32], constants: [nil])
        #expect(f.name == "sqrt")
        #expect(f.resultType == .float64)
    }

    @Test func invalidLiteralPatternsThrowAtResolve() {
        // Spark 3: week-based letters are rejected; an unbalanced regex is INVALID_PARAMETER_VALUE.
        #expect(throws: ColumnarError.self) {
            try FunctionCatalog.resolve("date_format", argumentTypes: [.timestamp, .string], constants: [nil, .string("YYYY-ww")])
        }
        #expect(throws: ColumnarError.self) {
            try FunctionCatalog.resolve("rlike", argumentTypes: [.string, .string], constants: [nil, .string("(a")])
        }
        #expect(throws: ColumnarError.self) {
            try FunctionCatalog.resolve("regexp_extract", argumentTypes: [.string, .string, .int32], constants: [nil, .string("(a)"), .int(2)])
        }
    }

    // MARK: Validity over more than one bitmap word

    @Test func nullPropagationAcrossManyRows() throws {
        let n = 200
        let a = Self.strings((0 ..< n).map { $0 % 3 == 0 ? nil : "r\($0)" })
        let b = Self.strings((0 ..< n).map { $0 % 5 == 0 ? nil : "-" })
        let joined = try Self.call("concat", [a, b])
        let separated = try Self.call("concat_ws", [Self.strings(Array(repeating: "+", count: n)), a, b])
        for i in 0 ..< n {
            let expectNull = i % 3 == 0 || i % 5 == 0
            #expect(joined.isValid(i) == !expectNull, "concat row \(i)")
            if !expectNull { #expect(joined.scalar(at: i) == .string("r\(i)-")) }
            let parts = [i % 3 == 0 ? nil : "r\(i)", i % 5 == 0 ? nil : "-"].compactMap { $0 }
            #expect(separated.scalar(at: i) == .string(parts.joined(separator: "+")), "concat_ws row \(i)")
        }
        let greatest = try Self.call("greatest", [Self.ints((0 ..< Int64(n)).map { $0 % 2 == 0 ? nil : $0 }), Self.ints((0 ..< Int64(n)).map { $0 % 4 == 0 ? nil : 100 })])
        for i in 0 ..< n {
            let x: Int64? = i % 2 == 0 ? nil : Int64(i), y: Int64? = i % 4 == 0 ? nil : 100
            let expected = [x, y].compactMap { $0 }.max()
            #expect(greatest.scalar(at: i) == (expected.map { .int($0) } ?? .null), "greatest row \(i)")
        }
    }

    // MARK: LIKE against DuckDB

    @Test func likeMatchesDuckDB() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("golden/functions/like_duckdb.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        var checked = 0
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3 else { continue }
            let literal = try Self.call("like", [Self.strings([fields[0]]), Self.strings([fields[1]])], constants: [nil, .string(fields[1])])
            let perRow = try Self.call("like", [Self.strings([fields[0]]), Self.strings([fields[1]])])
            #expect(literal.scalar(at: 0) == .bool(fields[2] == "true"), "'\(fields[0])' LIKE '\(fields[1])'")
            #expect(perRow.scalar(at: 0) == .bool(fields[2] == "true"), "'\(fields[0])' LIKE '\(fields[1])' (per row)")
            checked += 1
        }
        #expect(checked == 400)
    }

    // MARK: Date patterns

    /// date_format and to_timestamp with the same pattern are inverses over many instants,
    /// including before the epoch and across leap days.
    @Test func formatThenParseRoundTrips() throws {
        var micros: [Int64?] = []
        var x: Int64 = -2_000_000_000_000_000
        for i in 0 ..< 500 {
            micros.append(i == 7 ? nil : (x / 1000) * 1000)
            x = x &+ 8_123_456_789_123
        }
        let column = Self.ints(micros, .timestamp)
        for pattern in ["yyyy-MM-dd HH:mm:ss.SSS 'UTC'", "dd/MM/yyyy hh:mm:ss.SSS a", "yyyyMMddHHmmssSSS", "EEE, d MMM yyyy HH:mm:ss.SSS"] {
            let text = try Self.call("date_format", [column, Self.strings(Array(repeating: pattern, count: 500))], constants: [nil, .string(pattern)])
            let back = try Self.call("to_timestamp", [text, Self.strings(Array(repeating: pattern, count: 500))], constants: [nil, .string(pattern)])
            for i in 0 ..< 500 {
                #expect(back.scalar(at: i) == (micros[i].map { .int($0) } ?? .null), "\(pattern) row \(i): \(text.scalar(at: i))")
            }
        }
    }

    @Test func patternParsingFailuresAreNull() throws {
        let pattern = "yyyy-MM-dd HH:mm:ss 'UTC'"
        let inputs: [String?] = ["2015-11-13 20:19:33 UTC", "2015-11-13 20:19:33", "2015-13-13 20:19:33 UTC", "2015-02-29 00:00:00 UTC",
                                 "2016-02-29 00:00:00 utc", "", nil, "2015-11-13 20:19:33 UTC ", "15-11-13 20:19:33 UTC"]
        let result = try Self.call("to_timestamp", [Self.strings(inputs), Self.strings(Array(repeating: pattern, count: inputs.count))],
                                   constants: [nil, .string(pattern)])
        let valid = (0 ..< inputs.count).map { result.isValid($0) }
        // Spark 3.5.3 gives a value for rows 0 and 4 only (text is matched case-insensitively) and
        // null for rows 1, 2, 3, 5, 6. For rows 7 and 8 it raises INCONSISTENT_BEHAVIOR_CROSS_VERSION
        // (Spark 2's lenient parser would have accepted them); we give null, the new parser's answer.
        #expect(valid == [true, false, false, false, true, false, false, false, false])
        #expect(ValueFormatting.cell(result.scalar(at: 0), type: .timestamp) == "2015-11-13 20:19:33")
        #expect(ValueFormatting.cell(result.scalar(at: 4), type: .timestamp) == "2016-02-29 00:00:00")
    }
}
