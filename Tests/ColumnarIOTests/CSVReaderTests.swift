import Columnar
import Foundation
import Testing
@testable import ColumnarIO

/// The CSV reader on the committed files in data/csv. Expected values were cross-checked with
/// DuckDB 1.x `read_csv` (values, and types up to Spark's int-vs-bigint and timestamp rules, which
/// follow Spark's CSVInferSchema: int if it fits Int32, Java's `Double.parseDouble` syntax for doubles).
@Suite struct CSVReaderTests {
    @Test func infersTypesAndValues() throws {
        // DuckDB: id BIGINT, name VARCHAR, price DOUBLE, qty BIGINT, active BOOLEAN, day DATE, ts TIMESTAMP,
        // epoch_us(ts) = 1705314600000000, 1709251199500000, 1704009600000000, 1372573258000000.
        let (schema, rows) = try csvRead([csvData("types.csv")], try csvOptions([("header", "true"), ("inferSchema", "true")]))
        #expect(csvSchemaText(schema) == ["id:int", "name:string", "price:double", "qty:bigint", "active:boolean", "day:date", "ts:timestamp"])
        #expect(rows == [
            [.int(1), .string("apple"), .double(1.5), .int(10), .bool(true), .int(19737), .int(1_705_314_600_000_000)],
            [.int(2), .string("banana, ripe"), .double(2.25), .null, .bool(false), .int(19782), .int(1_709_251_199_500_000)],
            [.int(3), .string("say \"hi\""), .double(-300), .int(3_000_000_000), .bool(true), .int(19722), .int(1_704_009_600_000_000)],
            [.int(4), .null, .double(1000), .int(7), .bool(false), .null, .int(1_372_573_258_000_000)],
        ])
    }

    @Test func withoutInferenceEveryColumnIsAString() throws {
        let (schema, rows) = try csvRead([csvData("types.csv")], try csvOptions([("HEADER", "True")]))
        #expect(schema.fields.allSatisfy { $0.type == .string })
        #expect(schema.names == ["id", "name", "price", "qty", "active", "day", "ts"])
        #expect(rows.count == 4)
        #expect(rows[3] == [.string("4"), .null, .string("1e3"), .string("7"), .string("false"), .null, .string("2013-06-30 06:20:58 UTC")])
        #expect(rows[1][1] == .string("banana, ripe"))
    }

    @Test func withoutHeaderColumnsAreNumbered() throws {
        // DuckDB: BIGINT, DOUBLE, VARCHAR, BIGINT, BIGINT, VARCHAR. Spark: the first column fits int; the
        // fourth holds 2147483648 (bigint); " 12" is no int but a double to Java's parseDouble (which trims).
        let (schema, rows) = try csvRead([csvData("numbers.csv")], try csvOptions([("inferSchema", "true")]))
        #expect(csvSchemaText(schema) == ["_c0:int", "_c1:double", "_c2:string", "_c3:bigint", "_c4:double", "_c5:string"])
        #expect(rows == [
            [.int(1), .double(1), .string("a"), .int(2_147_483_647), .double(12), .string("x")],
            [.int(-2), .double(2.5), .string("b"), .int(2_147_483_648), .double(13), .null],
            [.int(3), .double(-7), .string("c"), .int(-5), .double(14), .null],
        ])
    }

    @Test func crlfQuotesEscapesAndFieldCounts() throws {
        // DuckDB (escape '\', null_padding): (1,'x,y',3) (4,'he said "no"',6) (7,'8',NULL) (9,'10',11) (13,NULL,15);
        // Spark's PERMISSIVE mode pads short rows with nulls and drops extra fields; the blank line is skipped.
        let (schema, rows) = try csvRead([csvData("crlf.csv")], try csvOptions([("header", "true"), ("inferSchema", "true")]))
        #expect(csvSchemaText(schema) == ["a:int", "b:string", "c:int"])
        #expect(rows == [
            [.int(1), .string("x,y"), .int(3)],
            [.int(4), .string("he said \"no\""), .int(6)],
            [.int(7), .string("8"), .null],
            [.int(9), .string("10"), .int(11)],
            [.int(13), .null, .int(15)],
        ])
    }

    @Test func customSeparatorAndNullValue() throws {
        // pyarrow (null_values NA and ""): city string, pop int64, area double; Lyon's pop and the NA row null.
        let (schema, rows) = try csvRead([csvData("semicolon.csv")],
                                         try csvOptions([("header", "true"), ("sep", ";"), ("nullValue", "NA"), ("inferSchema", "true")]))
        #expect(csvSchemaText(schema) == ["city:string", "pop:int", "area:double"])
        #expect(rows == [
            [.string("Paris"), .int(2_148_000), .double(105.4)],
            [.null, .null, .null],
            [.string("Lyon"), .null, .double(47.87)],
            [.string("Saint-Étienne"), .int(171_000), .null],
        ])
    }

    @Test func commentsBlankLinesAndTimestampForms() throws {
        // DuckDB (comment '#'): epoch_us 1447445973000000, 1447445973123456, 1447445973000000.
        let (schema, rows) = try csvRead([csvData("comments.csv")],
                                         try csvOptions([("header", "true"), ("comment", "#"), ("inferSchema", "true")]))
        #expect(csvSchemaText(schema) == ["n:int", "t:timestamp"])
        #expect(rows == [
            [.int(1), .int(1_447_445_973_000_000)],
            [.int(2), .int(1_447_445_973_123_456)],
            [.int(3), .int(1_447_445_973_000_000)],
        ])
    }

    @Test func folderReadsVisibleFilesInNameOrder() throws {
        // part-00000.csv, part-00001.csv, part-00002.txt; not .hidden.csv or _SUCCESS. Each header is skipped.
        let source = try CSVSource(paths: [csvData("parts")], options: try csvOptions([("header", "true"), ("inferSchema", "true")]))
        #expect(source.files.map { ($0.path as NSString).lastPathComponent } == ["part-00000.csv", "part-00001.csv", "part-00002.txt"])
        #expect(csvSchemaText(source.schema) == ["k:string", "v:double"])
        #expect(try csvRows(source) == [[.string("a"), .double(1)], [.string("b"), .double(2)], [.string("c"), .double(3)], [.string("d"), .double(4.5)]])
        #expect(source.label == "csv [\(csvData("parts"))]")
    }

    @Test func globMatchesFiles() throws {
        // DuckDB read_csv('parts/part-0000[01].csv'): ('a', 1), ('b', 2), ('c', 3).
        let (schema, rows) = try csvRead([csvData("parts/part-*.csv")], try csvOptions([("header", "true"), ("inferSchema", "true")]))
        #expect(csvSchemaText(schema) == ["k:string", "v:int"])
        #expect(rows == [[.string("a"), .int(1)], [.string("b"), .int(2)], [.string("c"), .int(3)]])
        let (_, two) = try csvRead([csvData("parts/part-0000[01].csv"), csvData("parts/part-0000?.txt")], try csvOptions([("header", "true")]))
        #expect(two.map { $0[0] } == [.string("a"), .string("b"), .string("c"), .string("d")])
    }

    @Test func missingPathIsPathNotFound() throws {
        let missing = csvData("no-such-file.csv")
        let error = #expect(throws: ColumnarError.self) { try CSVSource(paths: [missing], options: CSVOptions()) }
        #expect(error?.kind == .pathNotFound)
        #expect(error?.message == "[PATH_NOT_FOUND] Path does not exist: file:\(missing).")
        let glob = #expect(throws: ColumnarError.self) { try CSVSource(paths: [csvData("parts/nothing-*.csv")], options: CSVOptions()) }
        #expect(glob?.kind == .pathNotFound)
    }

    @Test func emptyFolderNeedsASchema() throws {
        let error = #expect(throws: ColumnarError.self) { try CSVSource(paths: [csvData("empty_dir")], options: CSVOptions()) }
        #expect(error?.message.contains("UNABLE_TO_INFER_SCHEMA") == true)
        var options = CSVOptions()
        options.schema = Schema([Field("a", .int32)])
        let source = try CSVSource(paths: [csvData("empty_dir")], options: options)
        #expect(try csvRows(source, partitions: 3).isEmpty)
    }

    @Test func permissiveModeNullsWhatDoesNotParse() throws {
        var options = try csvOptions([("header", "true"), ("mode", "permissive")])
        options.schema = Schema([Field("x", .int32), Field("y", .string)])
        let (_, rows) = try csvRead([csvData("malformed.csv")], options)
        #expect(rows == [
            [.int(1), .string("one")], [.null, .string("two")], [.int(3), .null], [.int(4), .string("four")], [.int(5), .string("five")],
        ])
    }

    @Test func dropMalformedModeDropsRows() throws {
        var options = try csvOptions([("header", "true"), ("mode", "DROPMALFORMED")])
        options.schema = Schema([Field("x", .int32), Field("y", .string)])
        let (_, rows) = try csvRead([csvData("malformed.csv")], options)
        #expect(rows == [[.int(1), .string("one")], [.int(5), .string("five")]])
        // Only the requested columns are converted; field counts still count.
        let source = try CSVSource(paths: [csvData("malformed.csv")], options: options)
        #expect(try csvRows(source, columns: [1]) == [[.string("one")], [.string("two")], [.string("five")]])
    }

    @Test func failFastNamesFileLineAndColumn() throws {
        var options = try csvOptions([("header", "true"), ("mode", "failfast")])
        options.schema = Schema([Field("x", .int32), Field("y", .string)])
        let source = try CSVSource(paths: [csvData("malformed.csv")], options: options)
        let error = #expect(throws: ColumnarError.self) { try csvRows(source) }
        #expect(error?.kind == .input)
        #expect(error?.message == "\(csvData("malformed.csv")):3:1: malformed CSV record: cannot parse 'abc' as int for column 'x'")
        // Without column x, the first malformed record is the short line 4; the column is the byte after its end.
        let counts = #expect(throws: ColumnarError.self) { try csvRows(source, columns: [1], partitions: 2) }
        #expect(counts?.message == "\(csvData("malformed.csv")):4:2: malformed CSV record: expected 2 fields, found 1")
        // The byte column points at the field.
        var typed = try csvOptions([("header", "true"), ("mode", "FAILFAST")])
        typed.schema = Schema([Field("a", .int32), Field("b", .int32), Field("c", .int32)])
        let crlf = try CSVSource(paths: [csvData("crlf.csv")], options: typed)
        let field = #expect(throws: ColumnarError.self) { try csvRows(crlf) }
        #expect(field?.message == "\(csvData("crlf.csv")):2:3: malformed CSV record: cannot parse 'x,y' as int for column 'b'")
    }

    @Test func projectionReturnsColumnsInTheOrderAsked() throws {
        let source = try CSVSource(paths: [csvData("types.csv")], options: try csvOptions([("header", "true"), ("inferSchema", "true")]))
        var schemas: [Schema] = []
        try source.scan(partition: 0, of: 1, columns: [3, 0]) { schemas.append($0.schema) }
        #expect(schemas.map(\.names) == [["qty", "id"]])
        #expect(try csvRows(source, columns: [3, 0]) == [[.int(10), .int(1)], [.null, .int(2)], [.int(3_000_000_000), .int(3)], [.int(7), .int(4)]])
        var counted = 0
        try source.scan(partition: 0, of: 1, columns: []) { counted += $0.count }
        #expect(counted == 4)
        #expect(throws: ColumnarError.self) { try source.scan(partition: 0, of: 1, columns: [7]) { _ in } }
    }

    @Test func partitionsSplitFilesAtLineStarts() throws {
        for name in ["types.csv", "crlf.csv", "comments.csv", "parts"] {
            let source = try CSVSource(paths: [csvData(name)], options: try csvOptions([("header", "true"), ("comment", "#")]))
            let one = try csvRows(source)
            #expect(!one.isEmpty)
            for count in [2, 7, 40] { #expect(try csvRows(source, partitions: count) == one, "\(name) in \(count) partitions") }
        }
    }

    @Test func partitionsOfAGeneratedFile() throws {
        // 5000 records with quoted separators, escapes, CRLF, blank lines, nulls and a comment line.
        let folder = try csvTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var text = "id,word,amount,when\n"
        var expected: [[Scalar]] = []
        for i in 0 ..< 5000 {
            let word: String, value: Scalar
            switch i % 5 {
            case 0: word = "\"w,\(i)\""; value = .string("w,\(i)")
            case 1: word = "\"say \\\"\(i)\\\"\""; value = .string("say \"\(i)\"")
            case 2: word = ""; value = .null
            case 3: word = "\"\"\"\(i)\"\"\""; value = .string("\"\(i)\"")
            default: word = "plain\(i)"; value = .string("plain\(i)")
            }
            let amount = i % 7 == 0 ? "" : "\(i).25"
            text += "\(i),\(word),\(amount),2020-01-0\(i % 9 + 1) 00:00:0\(i % 10)" + (i % 3 == 0 ? "\r\n" : "\n")
            if i % 100 == 0 { text += "\n#comment,with,fields\n" }
            expected.append([.int(Int64(i)), value, i % 7 == 0 ? .null : .double(Double(i) + 0.25),
                             .int(csvMicros(2020, 1, Int64(i % 9 + 1), 0, 0, Int64(i % 10)))])
        }
        let path = folder + "/gen.csv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let source = try CSVSource(paths: [path], options: try csvOptions([("header", "true"), ("inferSchema", "true"), ("comment", "#")]))
        #expect(csvSchemaText(source.schema) == ["id:int", "word:string", "amount:double", "when:timestamp"])
        for count in [1, 2, 7, 64] { #expect(try csvRows(source, partitions: count) == expected, "\(count) partitions") }
        #expect(try csvRows(source, columns: [1], partitions: 3) == expected.map { [$0[1]] })
        var batches = 0
        try source.scan(partition: 0, of: 1, columns: [0]) { _ in batches += 1 }
        #expect(batches == 3)  // 2048 + 2048 + 904 rows
    }

    @Test func headerNamesAreMadeSafe() throws {
        let folder = try csvTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "a,,A,b,NA\n1,2,3,4,5\n".write(toFile: folder + "/h.csv", atomically: true, encoding: .utf8)
        let source = try CSVSource(paths: [folder + "/h.csv"], options: try csvOptions([("header", "true"), ("nullValue", "NA")]))
        // Spark: empty and null names become _c<i>; duplicates (case-insensitively) get their index.
        #expect(source.schema.names == ["a0", "_c1", "A2", "b", "_c4"])
    }

    @Test func byteOrderMarkAndEmptyFile() throws {
        let folder = try csvTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data([0xEF, 0xBB, 0xBF] + Array("x,y\n1,2\n".utf8)).write(to: URL(fileURLWithPath: folder + "/bom.csv"))
        let (schema, rows) = try csvRead([folder + "/bom.csv"], try csvOptions([("header", "true"), ("inferSchema", "true")]))
        #expect(schema.names == ["x", "y"])
        #expect(rows == [[.int(1), .int(2)]])
        try Data().write(to: URL(fileURLWithPath: folder + "/empty.csv"))
        let (emptySchema, emptyRows) = try csvRead([folder + "/empty.csv"], CSVOptions())
        #expect(emptySchema.count == 0 && emptyRows.isEmpty)
    }

    @Test func whiteSpaceOptionsAndQuotedEmpty() throws {
        let folder = try csvTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "  1 , \"a b\"  ,\"\"\n2,x,\n".write(toFile: folder + "/w.csv", atomically: true, encoding: .utf8)
        let (plainSchema, plain) = try csvRead([folder + "/w.csv"], try csvOptions([("inferSchema", "true")]))
        #expect(csvSchemaText(plainSchema) == ["_c0:double", "_c1:string", "_c2:string"])
        #expect(plain == [[.double(1), .string(" \"a b\"  "), .null], [.double(2), .string("x"), .null]])
        let (trimmedSchema, trimmed) = try csvRead([folder + "/w.csv"], try csvOptions([
            ("inferSchema", "true"), ("ignoreLeadingWhiteSpace", "true"), ("ignoreTrailingWhiteSpace", "true"),
        ]))
        #expect(csvSchemaText(trimmedSchema) == ["_c0:int", "_c1:string", "_c2:string"])
        #expect(trimmed == [[.int(1), .string("a b"), .null], [.int(2), .string("x"), .null]])
    }

    @Test func lastLineWithoutNewlineAndNewlinesInsideQuotes() throws {
        let folder = try csvTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Records are lines (Spark's multiLine=false): the quote left open on line 2 runs to its end
        // (the value is what follows the quote), and line 3 is a record of its own. The last line has no newline but a CR.
        try "a,b\n1,\"open\n2\",x\r\n3,\"q\"\r".write(toFile: folder + "/m.csv", atomically: true, encoding: .utf8)
        for partitions in [1, 3, 9] {
            let source = try CSVSource(paths: [folder + "/m.csv"], options: CSVOptions())
            #expect(try csvRows(source, partitions: partitions) == [
                [.string("a"), .string("b")], [.string("1"), .string("open")], [.string("2\""), .string("x")], [.string("3"), .string("q")],
            ])
        }
        // A line longer than one 64-byte block, with fields of every length around the word size.
        var line: [String] = []
        for length in 0 ..< 40 { line.append(String(repeating: "x", count: length)) }
        try (line.joined(separator: ",") + "\n" + line.reversed().joined(separator: ",")).write(toFile: folder + "/long.csv", atomically: true, encoding: .utf8)
        let (_, rows) = try csvRead([folder + "/long.csv"], CSVOptions())
        let expected = line.map { $0.isEmpty ? Scalar.null : .string($0) }
        #expect(rows == [expected, expected.reversed()])
    }

    @Test func userSchemaTypes() throws {
        var options = try csvOptions([("header", "true")])
        options.schema = Schema([
            Field("id", .int64), Field("name", .string), Field("price", .float32), Field("qty", .float64),
            Field("active", .bool), Field("day", .date), Field("ts", .string),
        ])
        let (schema, rows) = try csvRead([csvData("types.csv")], options)
        #expect(schema == options.schema)
        #expect(rows[0] == [.int(1), .string("apple"), .double(1.5), .double(10), .bool(true), .int(19737), .string("2024-01-15 10:30:00")])
        #expect(rows[3][2] == .double(1000))
    }
}

@Suite struct CSVOptionTests {
    @Test func sparkOptionMap() throws {
        let options = try csvOptions([
            ("Header", "TRUE"), ("delimiter", "\\t"), ("QUOTE", "'"), ("escape", "'"), ("nullValue", "-"),
            ("inferschema", "false"), ("mode", "dropMalformed"), ("comment", "%"), ("multiLine", "false"), ("encoding", "utf-8"),
        ])
        #expect(options.header && options.separator == 0x09 && options.quote == UInt8(ascii: "'") && options.escape == UInt8(ascii: "'"))
        #expect(options.nullValue == "-" && !options.inferSchema && options.mode == .dropMalformed && options.comment == UInt8(ascii: "%"))
        #expect(CSVMode(sparkName: "FailFast") == .failFast && CSVMode(sparkName: "permissive") == .permissive && CSVMode(sparkName: "lenient") == nil)
    }

    @Test func badValuesAreArgumentErrors() throws {
        var options = CSVOptions()
        for (key, value) in [("header", "yes"), ("sep", "ab"), ("sep", ""), ("mode", "lenient"), ("inferSchema", "1"), ("quote", "é"), ("multiLine", "true"), ("sep", "\\n")] {
            let error = #expect(throws: ColumnarError.self, "\(key)=\(value)") { try options.apply(option: key, value: value) }
            #expect(error?.kind == .argument)
        }
        try options.apply(option: "noSuchOption", value: "whatever")
        try options.apply(option: "sep", value: "|")
        #expect(options.separator == UInt8(ascii: "|"))
    }

    @Test func singleQuoteWithDoubledQuotes() throws {
        let folder = try csvTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "'it''s',2\n".write(toFile: folder + "/q.csv", atomically: true, encoding: .utf8)
        let (_, rows) = try csvRead([folder + "/q.csv"], try csvOptions([("quote", "'"), ("escape", "'")]))
        #expect(rows == [[.string("it's"), .string("2")]])
    }
}
