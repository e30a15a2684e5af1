import Columnar
import Foundation
import Testing
@testable import ColumnarIO

/// The committed Parquet files (written by pyarrow, see data/parquet/make_files.py) and helpers.
enum ParquetFixtures {
    /// The folder of the test files.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("data/parquet").path

    static func path(_ name: String) -> String { folder + "/" + name + ".parquet" }

    /// What pyarrow read from a file: its schema, row count and values as text.
    struct Expected {
        var schema: [(name: String, type: String, nullable: Bool)]
        var rows: Int
        var columns: [String: [String?]]
    }

    static func expected(_ name: String) throws -> Expected {
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name + ".json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let schema = try #require(json["schema"] as? [[Any]]).map { f in
            (name: f[0] as? String ?? "", type: f[1] as? String ?? "", nullable: (f[2] as? Bool) ?? false)
        }
        let rows = try #require(json["rows"] as? Int)
        let raw = try #require(json["columns"] as? [String: [Any]])
        var columns: [String: [String?]] = [:]
        for (k, v) in raw { columns[k] = v.map { $0 as? String } }
        return Expected(schema: schema, rows: rows, columns: columns)
    }

    /// Every partition of `source` (as `partitions` partitions), its columns joined per column.
    static func readAll(_ source: ParquetSource, columns: [Int]? = nil, partitions: Int? = nil) throws -> [Column] {
        let wanted = columns ?? Array(0 ..< source.schema.count)
        let count = partitions ?? source.partitionCount(preferred: 2)
        var chunks = [[Column]](repeating: [], count: wanted.count)
        for p in 0 ..< count {
            try source.scan(partition: p, of: count, columns: wanted) { batch in
                #expect(batch.count <= Batch.preferredRows)
                #expect(batch.columns.count == wanted.count)
                #expect(batch.schema == source.schema.project(wanted))
                for (i, column) in batch.columns.enumerated() {
                    #expect(column.count == batch.count)
                    chunks[i].append(column)
                }
            }
        }
        return wanted.enumerated().map { i, c in Column.concatenate(chunks[i], type: source.schema.fields[c].type) }
    }

    /// Row `i` of `column` as the text the expected dumps use (nil for null).
    static func text(_ column: Column, _ i: Int) -> String? {
        guard column.isValid(i) else { return nil }
        switch column.values {
        case .bools(let v): return v[i] ? "true" : "false"
        case .ints(let v): return String(v[i])
        case .doubles(let v): return String(v[i])
        case .strings(let s): return s.string(at: i)
        }
    }

    /// Whether row `i` of `column` holds `expected` (floats compared as numbers).
    static func matches(_ expected: String?, _ column: Column, _ i: Int) -> Bool {
        let actual = text(column, i)
        guard let expected, let actual else { return expected == nil && actual == nil }
        if case .doubles(let v) = column.values, let e = Double(expected) {
            return e == v[i] || (e.isNaN && v[i].isNaN)
        }
        return expected == actual
    }

    /// Checks that `columns` (named `names`) hold the expected values; returns the number of mismatches.
    @discardableResult
    static func compare(_ columns: [Column], names: [String], with expected: Expected,
                        sourceLocation: SourceLocation = #_sourceLocation) -> Int {
        var mismatches = 0
        for (column, name) in zip(columns, names) {
            guard let values = expected.columns[name] else {
                Issue.record("no expected values for \(name)", sourceLocation: sourceLocation)
                return 1
            }
            #expect(column.count == values.count, "column \(name)", sourceLocation: sourceLocation)
            for i in 0 ..< min(column.count, values.count) where !matches(values[i], column, i) {
                mismatches += 1
                if mismatches <= 5 {
                    Issue.record("\(name)[\(i)]: expected \(values[i] ?? "null"), got \(text(column, i) ?? "null")",
                                 sourceLocation: sourceLocation)
                }
            }
        }
        return mismatches
    }

    /// A fresh temporary folder path (not created).
    static func temporaryPath(_ name: String) -> String {
        NSTemporaryDirectory() + "prism-parquet-tests-\(UInt64.random(in: 0 ... .max))/" + name
    }
}
