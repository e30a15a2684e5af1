import Columnar
import Foundation
import Testing
@testable import ColumnarIO

/// Writing Parquet and reading it back through ParquetSource (pyarrow checked the same output during
/// development; CI has no pyarrow).
@Suite struct ParquetWriteTests {
    static let schema = Schema([
        Field("b", .bool), Field("i32", .int32), Field("i64", .int64, nullable: false), Field("f32", .float32),
        Field("f64", .float64), Field("s", .string), Field("d", .date), Field("ts", .timestamp),
    ])

    /// `count` rows of every type, about one in seven null (except i64), from a fixed seed.
    static func batch(rows count: Int, seed: UInt64) -> Batch {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 11
        }
        var builders = schema.fields.map { ColumnBuilder(type: $0.type, capacity: count) }
        let words = ["", "a", "héllo", "prism 🙂", "zz", String(repeating: "x", count: 70)]
        for row in 0 ..< count {
            for (c, field) in schema.fields.enumerated() {
                if field.nullable && next() % 7 == 0 { builders[c].appendNull(); continue }
                let r = next()
                switch field.type {
                case .bool: builders[c].append(r & 1 == 1)
                case .int32: builders[c].append(Int64(Int32(truncatingIfNeeded: r)))
                case .int64: builders[c].append(row % 3 == 0 ? Int64(bitPattern: r << 11) : Int64(row))
                case .float32: builders[c].append(Double(Float(Int64(r % 2001) - 1000) / 8))
                case .float64: builders[c].append(Double(Int64(r % 2_000_001) - 1_000_000) / 1000 + (row == 5 ? .infinity : 0))
                case .string: builders[c].append(words[Int(r % UInt64(words.count))] + (r & 8 == 0 ? String(row) : ""))
                case .date: builders[c].append(Int64(r % 80_000) - 40_000)
                case .timestamp: builders[c].append(Int64(r % (1 << 52)) - (1 << 51))
                }
            }
        }
        return Batch(schema: schema, columns: builders.indices.map { builders[$0].finish() }, count: count)
    }

    /// The rows of `batches` (selections applied) per column.
    static func columns(_ batches: [Batch]) -> [Column] {
        (0 ..< schema.count).map { c in Column.concatenate(batches.map { $0.column(c) }, type: schema.fields[c].type) }
    }

    static func expectSameValues(_ actual: [Column], _ expected: [Column], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(actual.count == expected.count, sourceLocation: sourceLocation)
        for (c, (a, e)) in zip(actual, expected).enumerated() {
            #expect(a.type == e.type, sourceLocation: sourceLocation)
            #expect(a.count == e.count, "column \(c)", sourceLocation: sourceLocation)
            var mismatches = 0
            for i in 0 ..< min(a.count, e.count) where ParquetFixtures.text(a, i) != ParquetFixtures.text(e, i) {
                mismatches += 1
                if mismatches <= 3 {
                    Issue.record("column \(c) row \(i): expected \(ParquetFixtures.text(e, i) ?? "null"), got \(ParquetFixtures.text(a, i) ?? "null")",
                                 sourceLocation: sourceLocation)
                }
            }
        }
    }

    static func withTemporaryFolder(_ body: (String) throws -> Void) throws {
        let dir = ParquetFixtures.temporaryPath("")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try body(dir)
    }

    @Test(arguments: [ParquetCompression.none, .snappy, .gzip, .zstd])
    func roundTripsEveryTypeWithNulls(_ compression: ParquetCompression) throws {
        try Self.withTemporaryFolder { dir in
            var filtered = Self.batch(rows: 400, seed: 2)
            filtered.selection = ContiguousArray(stride(from: 0, to: 400, by: 3).map { Int32($0) })
            let batches = [Self.batch(rows: 700, seed: 1), filtered, Self.batch(rows: 0, seed: 3), Self.batch(rows: 5, seed: 4)]
            let file = dir + "all.parquet"
            try ParquetWriter.writeFile(batches: batches, schema: Self.schema, to: file, compression: compression, rowGroupRows: 300)
            let source = try ParquetSource(paths: [file])
            #expect(source.schema.names == Self.schema.names)
            #expect(source.schema.fields.map(\.type) == Self.schema.fields.map(\.type))
            #expect(source.schema.fields.allSatisfy { $0.nullable })  // written optional, as Spark does
            let total = 700 + 134 + 5
            #expect(source.rowCount == total)
            #expect(source.partitionCount(preferred: 2) == (total + 299) / 300)
            let (_, meta) = try ParquetSource.readFooter(file)
            #expect(meta.createdBy?.hasPrefix("prism version ") == true)
            #expect(meta.rowGroups.map(\.numRows) == [300, 300, 239])
            #expect(meta.rowGroups.allSatisfy { $0.columns.allSatisfy { $0.metaData?.codec == compression.codecId } })
            Self.expectSameValues(try ParquetFixtures.readAll(source), Self.columns(batches))
            Self.expectSameValues(try ParquetFixtures.readAll(source, partitions: 1), Self.columns(batches))
        }
    }

    @Test func writesStatisticsPerColumnChunk() throws {
        try Self.withTemporaryFolder { dir in
            let schema = Schema([Field("i", .int32), Field("s", .string), Field("f", .float64), Field("n", .int64), Field("b", .bool)])
            let columns = [
                Column(type: .int32, values: .ints([5, -3, 0, 9]), validity: nil),
                Column(type: .string, values: .strings(StringArray(["pear", "apple", "", "zebra"])), validity: nil),
                Column(type: .float64, values: .doubles([0.5, .nan, -2.25, 0]), validity: nil),
                Column(type: .int64, values: .ints([0, 0, 0, 0]), validity: Bitmap(count: 4, valid: false)),
                Column(type: .bool, values: .bools([true, true, false, true]), validity: nil),
            ]
            let file = dir + "stats.parquet"
            try ParquetWriter.writeFile(batches: [Batch(schema: schema, columns: columns)], schema: schema, to: file, compression: .snappy)
            let (_, meta) = try ParquetSource.readFooter(file)
            let stats = meta.rowGroups[0].columns.map { $0.metaData?.statistics }
            func le<T>(_ v: T) -> [UInt8] { withUnsafeBytes(of: v) { Array($0) } }
            #expect(stats[0]?.minValue == le(Int32(-3)) && stats[0]?.maxValue == le(Int32(9)))
            #expect(stats[1]?.minValue == [] && stats[1]?.maxValue == Array("zebra".utf8))
            #expect(stats[2]?.minValue == le((-2.25).bitPattern) && stats[2]?.maxValue == le(0.5.bitPattern))
            #expect(stats[3]?.nullCount == 4 && stats[3]?.minValue == nil && stats[3]?.maxValue == nil)
            #expect(stats[4]?.minValue == [0] && stats[4]?.maxValue == [1])
            #expect(stats.allSatisfy { $0?.nullCount != nil })
            #expect(stats[0]?.nullCount == 0)
            // Strings are dictionary-encoded; other types are PLAIN.
            let chunks = meta.rowGroups[0].columns.compactMap(\.metaData)
            #expect(chunks[1].encodings.contains(ParquetEncoding.plainDictionary))
            #expect(chunks[1].dictionaryPageOffset != nil)
            #expect(chunks[0].encodings == [ParquetEncoding.plain, ParquetEncoding.rle])
            #expect(chunks[0].dictionaryPageOffset == nil)
        }
    }

    @Test func largeColumnsSpanSeveralPages() throws {
        try Self.withTemporaryFolder { dir in
            let schema = Schema([Field("s", .string), Field("x", .float64)])
            let n = 20_000
            var strings = StringArray()
            for i in 0 ..< n { strings.append(String(repeating: "p", count: 60) + String(i)) }
            var validity = Bitmap(count: n, valid: true)
            for i in stride(from: 0, to: n, by: 11) { validity.set(i, false) }
            let columns = [Column(type: .string, values: .strings(strings)),
                           Column(type: .float64, values: .doubles(ContiguousArray((0 ..< n).map { Double($0) / 4 })), validity: validity)]
            let file = dir + "pages.parquet"
            try ParquetWriter.writeFile(batches: [Batch(schema: schema, columns: columns)], schema: schema, to: file, compression: .zstd)
            // About 1.3 MB of distinct strings: the dictionary fills up and later pages fall back to PLAIN.
            let (_, meta) = try ParquetSource.readFooter(file)
            let stringChunk = try #require(meta.rowGroups[0].columns[0].metaData)
            #expect(stringChunk.encodings == [ParquetEncoding.plainDictionary, ParquetEncoding.plain, ParquetEncoding.rle])
            let source = try ParquetSource(paths: [file])
            for partitions in [1, 3, 8] {
                let read = try ParquetFixtures.readAll(source, partitions: partitions)
                #expect(read[0].count == n && read[1].count == n)
                #expect(read[1].nullCount == (n + 10) / 11)
                var bad = 0
                for i in 0 ..< n where ParquetFixtures.text(read[0], i) != ParquetFixtures.text(columns[0], i)
                    || ParquetFixtures.text(read[1], i) != ParquetFixtures.text(columns[1], i) { bad += 1 }
                #expect(bad == 0)
            }
        }
    }

    @Test func specialFloatsRoundTrip() throws {
        try Self.withTemporaryFolder { dir in
            let schema = Schema([Field("f", .float32), Field("d", .float64)])
            let values: ContiguousArray<Double> = [.nan, .infinity, -.infinity, -0.0, 1.5, Double(Float.greatestFiniteMagnitude)]
            let batch = Batch(schema: schema, columns: [Column(type: .float32, values: .doubles(values)), Column(type: .float64, values: .doubles(values))])
            let file = dir + "floats.parquet"
            try ParquetWriter.writeFile(batches: [batch], schema: schema, to: file, compression: .none)
            let read = try ParquetFixtures.readAll(try ParquetSource(paths: [file]))
            for column in read {
                guard case .doubles(let v) = column.values else { Issue.record("not doubles"); continue }
                #expect(v[0].isNaN)
                #expect(Array(v.dropFirst()).map(\.bitPattern) == Array(values.dropFirst()).map(\.bitPattern))
            }
        }
    }

    @Test func saveModes() throws {
        try Self.withTemporaryFolder { dir in
            let target = dir + "out"
            let one = [[Self.batch(rows: 10, seed: 1)]]
            try ParquetWriter.write(partitions: one, schema: Self.schema, to: target, mode: .errorIfExists, compression: .snappy)
            #expect(try ParquetSource(paths: [target]).rowCount == 10)
            do {
                try ParquetWriter.write(partitions: one, schema: Self.schema, to: target, mode: .errorIfExists, compression: .snappy)
                Issue.record("expected an error")
            } catch let error as ColumnarError {
                #expect(error.message.contains("PATH_ALREADY_EXISTS"))
            }
            try ParquetWriter.write(partitions: [[Self.batch(rows: 99, seed: 2)]], schema: Self.schema, to: target, mode: .ignore, compression: .snappy)
            #expect(try ParquetSource(paths: [target]).rowCount == 10)
            try ParquetWriter.write(partitions: [[Self.batch(rows: 7, seed: 3)], [Self.batch(rows: 8, seed: 4)]],
                                    schema: Self.schema, to: target, mode: .append, compression: .gzip)
            let appended = try FileManager.default.contentsOfDirectory(atPath: target).filter { $0.hasPrefix("part-") }
            #expect(appended.count == 3)
            #expect(appended.filter { $0.hasSuffix(".gz.parquet") }.count == 2)
            #expect(try ParquetSource(paths: [target]).rowCount == 25)
            try ParquetWriter.write(partitions: [[Self.batch(rows: 4, seed: 5)]], schema: Self.schema, to: target, mode: .overwrite, compression: .zstd)
            let replaced = try FileManager.default.contentsOfDirectory(atPath: target).filter { $0.hasPrefix("part-") }
            #expect(replaced.count == 1 && replaced[0].hasSuffix("-c000.zstd.parquet"))
            #expect(try ParquetSource(paths: [target]).rowCount == 4)
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["out"])
        }
    }

    @Test func failedWriteLeavesNothingBehind() throws {
        try Self.withTemporaryFolder { dir in
            let target = dir + "out"
            // The second partition's column 1 holds strings where the schema says int32.
            var bad = Self.batch(rows: 5, seed: 1)
            bad.columns[1] = Column(type: .string, values: .strings(StringArray(["a", "b", "c", "d", "e"])))
            let partitions = [[Self.batch(rows: 5, seed: 2)], [bad]]
            #expect(throws: ColumnarError.self) {
                try ParquetWriter.write(partitions: partitions, schema: Self.schema, to: target, mode: .errorIfExists, compression: .snappy)
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
            // A failed overwrite keeps the old data.
            try ParquetWriter.write(partitions: [[Self.batch(rows: 3, seed: 3)]], schema: Self.schema, to: target, mode: .overwrite, compression: .snappy)
            #expect(throws: ColumnarError.self) {
                try ParquetWriter.write(partitions: partitions, schema: Self.schema, to: target, mode: .overwrite, compression: .snappy)
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["out"])
            #expect(try ParquetSource(paths: [target]).rowCount == 3)
            // A single-file write that fails removes its partial file.
            #expect(throws: ColumnarError.self) {
                try ParquetWriter.writeFile(batches: [bad], schema: Self.schema, to: dir + "single.parquet", compression: .none)
            }
            #expect(!FileManager.default.fileExists(atPath: dir + "single.parquet"))
        }
    }

    @Test func emptyWriteKeepsSchema() throws {
        try Self.withTemporaryFolder { dir in
            let target = dir + "empty"
            try ParquetWriter.write(partitions: [[], [Batch.empty(Self.schema)]], schema: Self.schema, to: target, mode: .errorIfExists, compression: .snappy)
            let parts = try FileManager.default.contentsOfDirectory(atPath: target).filter { $0.hasPrefix("part-") }
            #expect(parts.count == 1)
            let source = try ParquetSource(paths: [target])
            #expect(source.schema.names == Self.schema.names)
            #expect(source.schema.fields.map(\.type) == Self.schema.fields.map(\.type))
            #expect(source.rowCount == 0)
            var batches = 0
            let count = source.partitionCount(preferred: 2)
            for p in 0 ..< count { try source.scan(partition: p, of: count, columns: [0, 5]) { _ in batches += 1 } }
            #expect(batches == 0)
        }
    }

    @Test func compressionNames() {
        #expect(ParquetCompression(sparkName: "none") == ParquetCompression.none)
        #expect(ParquetCompression(sparkName: "uncompressed") == ParquetCompression.none)
        #expect(ParquetCompression(sparkName: "SNAPPY") == .snappy)
        #expect(ParquetCompression(sparkName: "gzip") == .gzip)
        #expect(ParquetCompression(sparkName: "zstd") == .zstd)
        #expect(ParquetCompression(sparkName: "lz4") == nil)
        #expect(ParquetCompression.none.rawValue == "uncompressed")
    }
}
