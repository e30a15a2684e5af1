import Columnar
import Foundation
import Testing
@testable import ColumnarIO

/// The CSV writer: Spark's text forms (`df.write.csv`), part files, save modes and atomicity.
@Suite struct CSVWriterTests {
    static let schema = Schema([
        Field("id", .int32), Field("name", .string), Field("price", .float64), Field("f", .float32),
        Field("big", .int64), Field("ok", .bool), Field("day", .date), Field("ts", .timestamp),
    ])

    /// Rows covering every type, nulls, and strings that need quoting, escaping or trimming.
    static func batch() -> Batch {
        let ts = csvMicros(2015, 11, 13, 20, 19, 33)
        let rows: [[Scalar]] = [
            [.int(1), .string("plain"), .double(1.5), .double(Double(Float(0.1))), .int(10_000_000_000), .bool(true), .int(19737), .int(ts)],
            [.null, .null, .null, .null, .null, .null, .null, .null],
            [.int(-3), .string("a,b"), .double(1e10), .double(3.5), .int(-1), .bool(false), .int(0), .int(ts + 123_456)],
            [.int(4), .string("say \"hi\""), .double(-0.001), .double(-2), .int(0), .bool(true), .int(-1), .int(-1)],
            [.int(5), .string(""), .double(.nan), .double(.infinity), .int(Int64.min), .bool(false), .int(11016), .int(0)],
            [.int(6), .string("  padded "), .double(100), .double(1e-5), .int(Int64.max), .bool(true), .int(19782), .int(ts)],
            [.int(7), .string("c:\\dir,x"), .double(0), .double(0), .int(7), .bool(true), .int(19782), .int(ts)],
            [.int(8), .string("two\nlines"), .double(2), .double(2), .int(8), .bool(true), .int(19782), .int(ts)],
        ]
        var builders = schema.fields.map { ColumnBuilder(type: $0.type) }
        for row in rows { for (c, value) in row.enumerated() { builders[c].append(value) } }
        return Batch(schema: schema, columns: builders.indices.map { builders[$0].finish() })
    }

    static func partFiles(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("part-") }.sorted()
    }

    @Test func writesSparkTextForms() throws {
        let folder = try csvTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = folder + "/out"
        var options = CSVOptions()
        options.header = true
        try CSVWriter.write(partitions: [[Self.batch()]], schema: Self.schema, to: target, mode: .errorIfExists, options: options)
        let parts = try Self.partFiles(target)
        #expect(parts.count == 1)
        let name = parts.first ?? ""
        #expect(name.hasPrefix("part-00000-") && name.hasSuffix("-c000.csv") && name.count == "part-00000-".count + 36 + "-c000.csv".count)
        #expect(FileManager.default.fileExists(atPath: target + "/_SUCCESS"))
        let text = try String(contentsOfFile: target + "/" + name, encoding: .utf8)
        // The forms of Spark 3.5's CSV writer (Java's Double/Float.toString, ISO timestamps with millis and zone).
        #expect(text == """
            id,name,price,f,big,ok,day,ts
            1,plain,1.5,0.1,10000000000,true,2024-01-15,2015-11-13T20:19:33.000Z
            ,,,,,,,
            -3,"a,b",1.0E10,3.5,-1,false,1970-01-01,2015-11-13T20:19:33.123Z
            4,"say \\"hi\\"",-0.001,-2.0,0,true,1969-12-31,1969-12-31T23:59:59.999Z
            5,"",NaN,Infinity,-9223372036854775808,false,2000-02-29,1970-01-01T00:00:00.000Z
            6,padded,100.0,1.0E-5,9223372036854775807,true,2024-02-29,2015-11-13T20:19:33.000Z
            7,"c:\\\\dir,x",0.0,0.0,7,true,2024-02-29,2015-11-13T20:19:33.000Z
            8,"two
            lines",2.0,2.0,8,true,2024-02-29,2015-11-13T20:19:33.000Z

            """)
    }

    @Test func roundTripThroughTheReader() throws {
        let folder = try csvTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = folder + "/rt"
        var options = CSVOptions()
        options.header = true
        // Without the row holding a line break (records are single lines when read).
        let original = Self.batch()
        var batch = original
        batch.selection = [0, 1, 2, 3, 4, 5, 6]
        try CSVWriter.write(partitions: [[batch], [], [batch]], schema: Self.schema, to: target, mode: .overwrite, options: options)
        #expect(try Self.partFiles(target).map { String($0.prefix(10)) } == ["part-00000", "part-00002"])
        options.inferSchema = true
        let source = try CSVSource(paths: [target], options: options)
        #expect(csvSchemaText(source.schema) == ["id:int", "name:string", "price:double", "f:double", "big:bigint", "ok:boolean", "day:date", "ts:timestamp"])
        let rows = try csvRows(source)
        #expect(rows.count == 14)
        var expected = (0 ..< 7).map { original.rowScalars($0) }
        expected[0][3] = .double(0.1)  // the float's shortest digits, read as a double
        expected[3][7] = .int(-1000)  // timestamps are written with milliseconds
        expected[2][7] = .int(csvMicros(2015, 11, 13, 20, 19, 33, 123_000))
        expected[4][1] = .null  // the empty string is written as "" and read as null
        expected[5][1] = .string("padded")  // Spark's writer trims white space
        expected[5][3] = .double(1e-5)
        for (i, row) in rows.prefix(7).enumerated() {
            for c in 0 ..< row.count {
                if case .double(let a) = row[c], case .double(let b) = expected[i][c], a.isNaN && b.isNaN { continue }
                #expect(row[c] == expected[i][c], "row \(i) column \(c)")
            }
        }
        #expect(Array(rows.prefix(7)).description == Array(rows.suffix(7)).description)
    }

    @Test func saveModes() throws {
        let folder = try csvTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = folder + "/modes"
        let small = Schema([Field("a", .int64)])
        func batch(_ values: [Int64]) -> Batch {
            var builder = ColumnBuilder(type: .int64)
            for v in values { builder.append(v) }
            return Batch(schema: small, columns: [builder.finish()])
        }
        func values() throws -> [Int64] {
            try csvRows(try CSVSource(paths: [target], options: try csvOptions([("inferSchema", "true")]))).compactMap { $0[0].intValue }.sorted()
        }
        try CSVWriter.write(partitions: [[batch([1, 2])]], schema: small, to: target, mode: .errorIfExists, options: CSVOptions())
        #expect(try values() == [1, 2])
        let exists = #expect(throws: ColumnarError.self) {
            try CSVWriter.write(partitions: [[batch([3])]], schema: small, to: target, mode: .errorIfExists, options: CSVOptions())
        }
        #expect(exists?.message.contains("PATH_ALREADY_EXISTS") == true)
        try CSVWriter.write(partitions: [[batch([3])]], schema: small, to: target, mode: .ignore, options: CSVOptions())
        #expect(try values() == [1, 2])
        try CSVWriter.write(partitions: [[batch([3])]], schema: small, to: target, mode: .append, options: CSVOptions())
        #expect(try values() == [1, 2, 3])
        #expect(try Self.partFiles(target).count == 2)
        try CSVWriter.write(partitions: [[batch([4])], [batch([5])]], schema: small, to: target, mode: .overwrite, options: CSVOptions())
        #expect(try values() == [4, 5])
        #expect(try Self.partFiles(target).count == 2)
        // All partitions empty: one part with just the header.
        var header = CSVOptions()
        header.header = true
        try CSVWriter.write(partitions: [[], []], schema: small, to: target, mode: .overwrite, options: header)
        let parts = try Self.partFiles(target)
        #expect(parts.count == 1)
        #expect(try String(contentsOfFile: target + "/" + parts[0], encoding: .utf8) == "a\n")
    }

    @Test func failedWriteLeavesNothingBehind() throws {
        let folder = try csvTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = folder + "/bad"
        let small = Schema([Field("a", .int64)])
        var good = ColumnBuilder(type: .int64)
        good.append(Int64(1))
        var wrong = ColumnBuilder(type: .string)
        wrong.append("x")
        let partitions = [[Batch(schema: small, columns: [good.finish()])], [Batch(schema: small, columns: [wrong.finish()])]]
        let error = #expect(throws: ColumnarError.self) {
            try CSVWriter.write(partitions: partitions, schema: small, to: target, mode: .errorIfExists, options: CSVOptions())
        }
        #expect(error?.message.contains("column 'a'") == true)
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)  // no staging folder either
        // A failing overwrite keeps the old data.
        try CSVWriter.write(partitions: [partitions[0]], schema: small, to: target, mode: .errorIfExists, options: CSVOptions())
        #expect(throws: ColumnarError.self) {
            try CSVWriter.write(partitions: partitions, schema: small, to: target, mode: .overwrite, options: CSVOptions())
        }
        #expect(try Self.partFiles(target).count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["bad"])
    }

    @Test func customSeparatorQuoteAndNullValue() throws {
        let folder = try csvTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let schema = Schema([Field("s", .string), Field("n", .int32)])
        var s = ColumnBuilder(type: .string), n = ColumnBuilder(type: .int32)
        for (text, value) in [("a;b", Int64(1)), ("it's", 2), ("x", 3)] { s.append(text); n.append(value) }
        s.appendNull(); n.appendNull()
        let options = try csvOptions([("sep", ";"), ("quote", "'"), ("escape", "'"), ("nullValue", "NULL")])
        try CSVWriter.write(partitions: [[Batch(schema: schema, columns: [s.finish(), n.finish()])]], schema: schema,
                            to: folder + "/o", mode: .errorIfExists, options: options)
        let part = try Self.partFiles(folder + "/o")[0]
        #expect(try String(contentsOfFile: folder + "/o/" + part, encoding: .utf8) == "'a;b';1\n'it''s';2\nx;3\nNULL;NULL\n")
        var read = options
        read.schema = schema
        #expect(try csvRead([folder + "/o"], read).1 == [[.string("a;b"), .int(1)], [.string("it's"), .int(2)], [.string("x"), .int(3)], [.null, .null]])
    }
}
