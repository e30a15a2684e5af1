import Foundation
import Testing
@testable import Columnar

/// Every case of golden/functions/spark35.txt: a function applied to literal arguments, with the
/// result type and value that Apache Spark 3.5.3 (PySpark, ANSI off, time zone UTC) gave; the file
/// is produced by golden/functions/generate.py. Each case runs twice: with its arguments as
/// literals (constants known at resolve time), and inside a multi-row batch of every case of the
/// same function and argument types (no constants), so the vector paths and validity are covered.
@Suite struct FunctionsGoldenTests {
    struct Case {
        let line: Int
        let name: String
        let types: [DataType]
        let arguments: [Scalar]
        let expectedType: String
        let expected: String

        var description: String { "line \(line): \(name)(\(arguments.map { "\($0)" }.joined(separator: ", ")))" }
    }

    static let cases: [Case] = loadCases()

    static func loadCases() -> [Case] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("golden/functions/spark35.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var cases: [Case] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let arrow = fields.firstIndex(of: "=>"), arrow + 2 < fields.count else { continue }
            var types: [DataType] = [], arguments: [Scalar] = []
            for argument in fields[1 ..< arrow] {
                guard let (type, value) = parseArgument(argument) else { continue }
                types.append(type); arguments.append(value)
            }
            cases.append(Case(line: index + 1, name: fields[0], types: types, arguments: arguments,
                              expectedType: fields[arrow + 1], expected: fields[(arrow + 2)...].joined(separator: "\t")))
        }
        return cases
    }

    static func parseArgument(_ text: String) -> (DataType, Scalar)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let kind = String(text[..<colon]), value = String(text[text.index(after: colon)...])
        var bytes = Array(value.utf8)
        switch kind {
        case "s": return (.string, .string(value))
        case "i": return Int64(value).map { (.int32, .int($0)) }
        case "l": return Int64(value).map { (.int64, .int($0)) }
        case "d": return Double(value).map { (.float64, .double($0)) }
        case "f": return Double(value).map { (.float32, .double($0)) }
        case "b": return (.bool, .bool(value == "true"))
        case "date": return bytes.withUnsafeMutableBufferPointer { b in Calendar.parseDate(UnsafeBufferPointer(b)) }.map { (.date, .int($0)) }
        case "ts": return bytes.withUnsafeMutableBufferPointer { b in Calendar.parseTimestamp(UnsafeBufferPointer(b)) }.map { (.timestamp, .int($0)) }
        case "null": return DataType(sparkName: value).map { ($0, .null) }
        default: return nil
        }
    }

    /// A column of `values` typed `type`.
    static func column(_ values: [Scalar], _ type: DataType) -> Column {
        var builder = ColumnBuilder(type: type, capacity: values.count)
        for value in values { builder.append(value) }
        return builder.finish()
    }

    /// Whether `actual` (Spark's string form of our result) matches Spark's: exactly, or for
    /// doubles within a few ulps (Java's StrictMath and glibc may differ in the last bit).
    static func matches(_ actual: String, _ expected: String, type: DataType) -> Bool {
        if actual == expected { return true }
        guard type == .float64 || type == .float32, let a = Double(actual.replacingOccurrences(of: "E", with: "e")),
              let e = Double(expected.replacingOccurrences(of: "E", with: "e")) else { return false }
        return Swift.abs(a - e) <= 4 * e.ulp
    }

    static func text(_ column: Column, _ row: Int) -> String {
        column.isValid(row) ? ValueFormatting.cell(column.scalar(at: row), type: column.type) : "\\N"
    }

    /// Spark raised the legacy-parser upgrade error (`INCONSISTENT_BEHAVIOR_CROSS_VERSION`) where
    /// the new parser fails and Spark 2's would not; we return the new parser's answer instead.
    static func isUpgradeError(_ c: Case) -> Bool { c.expectedType == "ERROR" && c.expected.contains("INCONSISTENT_BEHAVIOR_CROSS_VERSION") }

    @Test func goldenFileIsPresentAndLarge() {
        #expect(Self.cases.count > 300)
    }

    @Test func everyCaseWithLiteralArguments() throws {
        for c in Self.cases where !Self.isUpgradeError(c) {
            let columns = zip(c.arguments, c.types).map { Self.column([$0, $0, $0], $1) }
            do {
                let function = try FunctionCatalog.resolve(c.name, argumentTypes: c.types, constants: c.arguments)
                let result = try function.evaluate(columns, 3)
                #expect(c.expectedType != "ERROR", "\(c.description): expected an error, got \(Self.text(result, 0))")
                guard c.expectedType != "ERROR" else { continue }
                #expect(function.resultType.simpleString == c.expectedType, "\(c.description): type")
                #expect(result.count == 3, "\(c.description): row count")
                #expect(result.type == function.resultType, "\(c.description): column type")
                for row in 0 ..< 3 {
                    let actual = Self.text(result, row)
                    #expect(Self.matches(actual, c.expected, type: function.resultType), "\(c.description): got \(actual), Spark \(c.expected)")
                }
            } catch {
                #expect(c.expectedType == "ERROR", "\(c.description): unexpected error \(error)")
            }
        }
    }

    @Test func everyCaseInsideBatchesOfItsFunction() throws {
        var groups: [String: [Case]] = [:]
        var order: [String] = []
        for c in Self.cases where c.expectedType != "ERROR" {
            let key = c.name + "(" + c.types.map(\.simpleString).joined(separator: ",") + ")"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(c)
        }
        for key in order {
            guard let group = groups[key], let first = group.first else { continue }
            // Each case twice, with a null row of every argument between groups of cases.
            var rows: [[Scalar]] = []
            var expectations: [(Case?, Int)] = []
            for c in group {
                rows.append(c.arguments); expectations.append((c, rows.count - 1))
                rows.append(c.arguments); expectations.append((c, rows.count - 1))
            }
            // Pad past one bitmap word so partial words are exercised.
            while rows.count < 70 { rows.append(group[rows.count % group.count].arguments); expectations.append((group[(rows.count - 1) % group.count], rows.count - 1)) }
            let columns = first.types.indices.map { k in Self.column(rows.map { $0[k] }, first.types[k]) }
            let function = try FunctionCatalog.resolve(first.name, argumentTypes: first.types,
                                                       constants: Array(repeating: nil, count: first.types.count))
            let result = try function.evaluate(columns, rows.count)
            #expect(result.count == rows.count, "\(key): row count")
            for (c, row) in expectations {
                guard let c else { continue }
                let actual = Self.text(result, row)
                #expect(Self.matches(actual, c.expected, type: function.resultType), "\(c.description) in a batch, row \(row): got \(actual), Spark \(c.expected)")
            }
        }
    }
}
