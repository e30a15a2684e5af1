import Columnar
import Foundation
import Testing
@testable import ColumnarIO

/// The committed CSV test files (Tests/ColumnarIOTests/data/csv, excluded from the target).
func csvData(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("data/csv").appendingPathComponent(name).path
}

/// A fresh empty folder under the temporary folder.
func csvTemporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "prism-csv-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Options built through Spark's option map.
func csvOptions(_ pairs: [(String, String)]) throws -> CSVOptions {
    var options = CSVOptions()
    for (key, value) in pairs { try options.apply(option: key, value: value) }
    return options
}

/// Every row of partitions `0 ..< partitions` (concatenated in partition order) of `columns` (all by default).
func csvRows(_ source: CSVSource, columns: [Int]? = nil, partitions: Int = 1) throws -> [[Scalar]] {
    let wanted = columns ?? Array(0 ..< source.schema.count)
    var rows: [[Scalar]] = []
    for partition in 0 ..< partitions {
        try source.scan(partition: partition, of: partitions, columns: wanted) { batch in
            #expect(batch.columns.count == wanted.count)
            #expect(batch.count <= Batch.preferredRows)
            for i in 0 ..< batch.count { rows.append(batch.rowScalars(i)) }
        }
    }
    return rows
}

/// The rows of the CSV files at `paths` read with `options`.
func csvRead(_ paths: [String], _ options: CSVOptions) throws -> (Schema, [[Scalar]]) {
    let source = try CSVSource(paths: paths, options: options)
    return (source.schema, try csvRows(source))
}

/// "name:type" for each field.
func csvSchemaText(_ schema: Schema) -> [String] {
    schema.fields.map { "\($0.name):\($0.type.simpleString)" }
}

/// Microseconds since the epoch of a UTC civil time.
func csvMicros(_ y: Int64, _ m: Int64, _ d: Int64, _ h: Int64 = 0, _ mi: Int64 = 0, _ s: Int64 = 0, _ us: Int64 = 0) -> Int64 {
    Calendar.days(year: y, month: m, day: d) * Calendar.microsPerDay + ((h * 60 + mi) * 60 + s) * 1_000_000 + us
}
