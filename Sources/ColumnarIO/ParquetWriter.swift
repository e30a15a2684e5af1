import Columnar
import Foundation

/// Writes tables as Parquet files: every column optional, PLAIN values (dictionary-encoded strings
/// while the dictionary stays under `dictionaryBytes`), RLE definition levels, data page v1,
/// per-column statistics (min, max, null count).
public enum ParquetWriter {
    /// The `created_by` string of the footer.
    static let createdBy = "prism version 0.1.0"
    /// The value bytes after which a page is cut.
    static let pageBytes = 1 << 20
    /// The dictionary size after which a string column chunk falls back to PLAIN pages.
    static let dictionaryBytes = 1 << 20

    /// Writes partition i to part file i (`part-00000-<uuid>-c000.snappy.parquet`, Spark's naming) in
    /// folder `path` via FolderCommit (atomic; on error abandon() and rethrow).
    public static func write(partitions: [[Batch]], schema: Schema, to path: String, mode: SaveMode, compression: ParquetCompression) throws {
        guard let commit = try FolderCommit(target: path, mode: mode) else { return }
        do {
            let job = UUID().uuidString.lowercased() + "-c000"
            // Spark writes no file for an empty partition, but one (holding the schema) when all are empty.
            var parts = partitions.enumerated().filter { $0.element.contains { $0.count > 0 } }.map { ($0.offset, $0.element) }
            if parts.isEmpty { parts = [(0, [])] }
            let paths = parts.map { commit.partPath($0.0, job: job, suffix: compression.fileSuffix) }
            _ = try parallelMap(parts.count) { i in
                try writeFile(batches: parts[i].1, schema: schema, to: paths[i], compression: compression)
            }
            try commit.commit()
        } catch {
            commit.abandon()
            throw error
        }
    }

    /// One file (used by tests and single-file writes).
    public static func writeFile(batches: [Batch], schema: Schema, to file: String, compression: ParquetCompression, rowGroupRows: Int = 1 << 20) throws {
        let output = try ParquetOutputFile(path: file)
        do {
            try writeFile(batches: batches, schema: schema, output: output, compression: compression, rowGroupRows: max(1, rowGroupRows))
            try output.finish()
        } catch {
            try? output.finish()
            try? FileManager.default.removeItem(atPath: file)
            throw error
        }
    }

    private static func writeFile(batches: [Batch], schema: Schema, output: ParquetOutputFile, compression: ParquetCompression, rowGroupRows: Int) throws {
        try output.write([0x50, 0x41, 0x52, 0x31])
        var meta = ParquetFileMetaData()
        meta.schema = ParquetSchemaMapping.elements(for: schema)
        meta.createdBy = createdBy
        var pieces: [([Column], Range<Int>)] = []
        var groupRows = 0
        func flush() throws {
            let chunks = try parallelMap(schema.count) { c -> ParquetChunkEncoder in
                var encoder = ParquetChunkEncoder(type: schema.fields[c].type, compression: compression)
                for (columns, range) in pieces { try encoder.append(columns[c], range) }
                try encoder.finish()
                return encoder
            }
            var group = ParquetRowGroup()
            group.numRows = Int64(groupRows)
            group.fileOffset = Int64(output.offset)
            var compressed: Int64 = 0
            for (c, chunk) in chunks.enumerated() {
                let offset = Int64(output.offset)
                try output.write(chunk.dictionaryPage)
                try output.write(chunk.output)
                var m = ParquetColumnMetaData()
                m.type = meta.schema[c + 1].type!.rawValue
                m.encodings = chunk.encodings
                m.path = [schema.fields[c].name]
                m.codec = compression.codecId
                m.numValues = Int64(chunk.rows)
                m.totalUncompressedSize = Int64(chunk.uncompressedSize)
                m.totalCompressedSize = Int64(chunk.dictionaryPage.count + chunk.output.count)
                m.dataPageOffset = offset + Int64(chunk.dictionaryPage.count)
                if !chunk.dictionaryPage.isEmpty { m.dictionaryPageOffset = offset }
                m.statistics = chunk.statistics
                group.columns.append(ParquetColumnChunk(filePath: nil, fileOffset: offset, metaData: m))
                group.totalByteSize += Int64(chunk.uncompressedSize)
                compressed += Int64(chunk.dictionaryPage.count + chunk.output.count)
            }
            group.totalCompressedSize = compressed
            meta.rowGroups.append(group)
            meta.numRows += Int64(groupRows)
            pieces = []
            groupRows = 0
        }
        for batch in batches {
            guard batch.columns.count == schema.count else {
                throw ColumnarError(.argument, "cannot write Parquet: a batch has \(batch.columns.count) columns, the schema \(schema.count)")
            }
            let columns = (0 ..< schema.count).map { batch.column($0) }
            for (c, column) in columns.enumerated() where column.type.physical != schema.fields[c].type.physical {
                throw ColumnarError(.argument, "cannot write Parquet: column '\(schema.fields[c].name)' holds \(column.type), the schema says \(schema.fields[c].type)")
            }
            let count = batch.count
            var start = 0
            while start < count {
                let take = min(count - start, rowGroupRows - groupRows)
                pieces.append((columns, start ..< start + take))
                groupRows += take
                start += take
                if groupRows == rowGroupRows { try flush() }
            }
        }
        if groupRows > 0 { try flush() }
        let footer = meta.encode()
        try output.write(footer)
        let n = UInt32(footer.count)
        try output.write([UInt8(n & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n >> 16 & 0xFF), UInt8(n >> 24), 0x50, 0x41, 0x52, 0x31])
    }
}

/// Runs `body` for 0 ..< count on the available cores; rethrows the first error.
func parallelMap<T>(_ count: Int, _ body: (Int) throws -> T) throws -> [T] {
    if count <= 1 { return try (0 ..< count).map(body) }
    let results = ParallelResults<T>(count)
    withoutActuallyEscaping(body) { body in
        let box = UnsafeSendableBox(body)
        DispatchQueue.concurrentPerform(iterations: count) { i in
            do {
                let value = try box.value(i)
                results.lock.lock(); results.values[i] = value; results.lock.unlock()
            } catch {
                results.lock.lock(); if results.error == nil { results.error = error }; results.lock.unlock()
            }
        }
    }
    if let error = results.error { throw error }
    return results.values.map { $0! }
}

/// The results of `parallelMap`, filled from several threads under a lock.
private final class ParallelResults<T>: @unchecked Sendable {
    var values: [T?]
    var error: Error?
    let lock = NSLock()
    init(_ count: Int) { values = Array(repeating: nil, count: count) }
}

/// Carries a non-Sendable value into `concurrentPerform` (the callers share nothing mutable).
private struct UnsafeSendableBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// Encodes one column chunk: PLAIN pages of about `ParquetWriter.pageBytes`, with statistics.
struct ParquetChunkEncoder {
    let type: DataType
    let compression: ParquetCompression
    /// The encoded data pages (headers included).
    private(set) var output: [UInt8] = []
    /// The encoded dictionary page (header included), written before the data pages; empty if none.
    private(set) var dictionaryPage: [UInt8] = []
    /// The chunk's size with pages uncompressed (headers included).
    private(set) var uncompressedSize = 0
    /// The rows written.
    private(set) var rows = 0
    private var nulls = 0
    // The current page.
    private var levels: [UInt32] = []
    private var values: [UInt8] = []
    private var bools: [Bool] = []
    private var indices: [UInt32] = []
    private var pageRows = 0
    /// The dictionary of a string chunk, and whether values still go into it.
    private var dictionary = ParquetDictionaryBuilder()
    private var useDictionary: Bool
    private var dictionaryPages = 0, plainPages = 0
    // Statistics.
    private var minInt = Int64.max, maxInt = Int64.min
    private var minDouble = Double.infinity, maxDouble = -Double.infinity
    private var anyDouble = false
    private var anyTrue = false, anyFalse = false
    private var minString: [UInt8]? = nil, maxString: [UInt8]? = nil
    private var scratch: [UInt8] = []

    init(type: DataType, compression: ParquetCompression) {
        self.type = type
        self.compression = compression
        useDictionary = type == .string
    }

    /// The encodings of the chunk's pages.
    var encodings: [Int32] {
        var result: [Int32] = []
        if dictionaryPages > 0 { result.append(ParquetEncoding.plainDictionary) }
        if plainPages > 0 || dictionaryPages == 0 { result.append(ParquetEncoding.plain) }
        result.append(ParquetEncoding.rle)
        return result
    }

    /// Appends rows `range` of `column`.
    mutating func append(_ column: Column, _ range: Range<Int>) throws {
        var start = range.lowerBound
        while start < range.upperBound {
            let end = min(range.upperBound, start + 4096)
            appendSlice(column, start ..< end)
            if useDictionary && dictionary.plainSize > ParquetWriter.dictionaryBytes {
                try flushPage()
                useDictionary = false
            }
            if values.count >= ParquetWriter.pageBytes || bools.count >= ParquetWriter.pageBytes * 8
                || indices.count * 4 >= ParquetWriter.pageBytes { try flushPage() }
            start = end
        }
    }

    private mutating func appendSlice(_ column: Column, _ range: Range<Int>) {
        let validity = column.validity
        for i in range { levels.append(validity == nil || validity!.isValid(i) ? 1 : 0) }
        let sliceNulls = validity == nil ? 0 : range.reduce(0) { $0 + (validity!.isValid($1) ? 0 : 1) }
        nulls += sliceNulls
        pageRows += range.count
        rows += range.count
        @inline(__always) func valid(_ i: Int) -> Bool { validity == nil || validity!.isValid(i) }
        switch column.values {
        case .ints(let v):
            v.withUnsafeBufferPointer { v in
                var lo = minInt, hi = maxInt
                if type == .int32 || type == .date {
                    var narrow = ContiguousArray<Int32>()
                    narrow.reserveCapacity(range.count)
                    for i in range where valid(i) {
                        let x = Int64(Int32(truncatingIfNeeded: v[i]))
                        lo = min(lo, x); hi = max(hi, x)
                        narrow.append(Int32(truncatingIfNeeded: v[i]).littleEndian)
                    }
                    narrow.withUnsafeBytes { values.append(contentsOf: $0) }
                } else if sliceNulls == 0 {
                    for i in range { lo = min(lo, v[i]); hi = max(hi, v[i]) }
                    values.append(contentsOf: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: v[range])))
                } else {
                    for i in range where valid(i) {
                        lo = min(lo, v[i]); hi = max(hi, v[i])
                        withUnsafeBytes(of: v[i].littleEndian) { values.append(contentsOf: $0) }
                    }
                }
                minInt = lo; maxInt = hi
            }
        case .doubles(let v):
            v.withUnsafeBufferPointer { v in
                var lo = minDouble, hi = maxDouble, any = anyDouble
                for i in range where valid(i) && !v[i].isNaN {
                    let x = type == .float32 ? Double(Float(v[i])) : v[i]
                    lo = min(lo, x); hi = max(hi, x); any = true
                }
                minDouble = lo; maxDouble = hi; anyDouble = any
                if type == .float32 {
                    var narrow = ContiguousArray<UInt32>()
                    narrow.reserveCapacity(range.count)
                    for i in range where valid(i) { narrow.append(Float(v[i]).bitPattern.littleEndian) }
                    narrow.withUnsafeBytes { values.append(contentsOf: $0) }
                } else if sliceNulls == 0 {
                    values.append(contentsOf: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: v[range])))
                } else {
                    for i in range where valid(i) { withUnsafeBytes(of: v[i].bitPattern.littleEndian) { values.append(contentsOf: $0) } }
                }
            }
        case .bools(let v):
            for i in range where valid(i) {
                bools.append(v[i])
                if v[i] { anyTrue = true } else { anyFalse = true }
            }
        case .strings(let s):
            s.offsets.withUnsafeBufferPointer { o in
                s.bytes.withUnsafeBufferPointer { b in
                    for i in range where valid(i) {
                        let start = Int(o[i]), end = Int(o[i + 1])
                        let bytes = UnsafeBufferPointer(rebasing: b[start ..< end])
                        if useDictionary {
                            indices.append(dictionary.index(of: bytes))
                        } else {
                            withUnsafeBytes(of: UInt32(end - start).littleEndian) { values.append(contentsOf: $0) }
                            values.append(contentsOf: bytes)
                        }
                        if minString == nil || lessThan(bytes, minString!) { minString = Array(bytes) }
                        if maxString == nil || lessThan(maxString!, bytes) { maxString = Array(bytes) }
                    }
                }
            }
        }
    }

    private func lessThan<A: Collection<UInt8>, B: Collection<UInt8>>(_ a: A, _ b: B) -> Bool {
        a.lexicographicallyPrecedes(b)
    }

    /// Writes the current page.
    private mutating func flushPage() throws {
        guard pageRows > 0 else { return }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: [0, 0, 0, 0])
        levels.withUnsafeBufferPointer { RLEEncoder(bitWidth: 1).encode($0, into: &scratch) }
        let levelLength = UInt32(scratch.count - 4)
        for k in 0 ..< 4 { scratch[k] = UInt8(truncatingIfNeeded: levelLength >> UInt32(8 * k)) }
        let dictionaryEncoded = !indices.isEmpty
        if dictionaryEncoded {
            let width = parquetBitWidth(UInt64(dictionary.count - 1))
            scratch.append(UInt8(width))
            indices.withUnsafeBufferPointer { RLEEncoder(bitWidth: width).encode($0, into: &scratch) }
            dictionaryPages += 1
        } else if type == .bool {
            var byte: UInt8 = 0
            for (i, b) in bools.enumerated() {
                if b { byte |= 1 << UInt8(i & 7) }
                if i & 7 == 7 { scratch.append(byte); byte = 0 }
            }
            if bools.count & 7 != 0 { scratch.append(byte) }
        } else {
            scratch.append(contentsOf: values)
        }
        if !dictionaryEncoded { plainPages += 1 }
        var page: [UInt8] = []
        try scratch.withUnsafeBytes { try ParquetCodecs.compress(compression, $0, into: &page) }
        guard scratch.count <= Int(Int32.max), page.count <= Int(Int32.max) else {
            throw ColumnarError(.input, "cannot write Parquet: page too large")
        }
        var header = ParquetPageHeader()
        header.type = ParquetPageHeader.dataPage
        header.uncompressedSize = Int32(scratch.count)
        header.compressedSize = Int32(page.count)
        header.numValues = Int32(pageRows)
        header.encoding = dictionaryEncoded ? ParquetEncoding.plainDictionary : ParquetEncoding.plain
        let headerBytes = header.encode()
        output.append(contentsOf: headerBytes)
        output.append(contentsOf: page)
        uncompressedSize += headerBytes.count + scratch.count
        levels.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        bools.removeAll(keepingCapacity: true)
        indices.removeAll(keepingCapacity: true)
        pageRows = 0
    }

    /// Writes the last page, and the dictionary page if any page uses it.
    mutating func finish() throws {
        try flushPage()
        guard dictionaryPages > 0 else { return }
        let plain = dictionary.plainBytes()
        var page: [UInt8] = []
        try plain.withUnsafeBytes { try ParquetCodecs.compress(compression, $0, into: &page) }
        guard plain.count <= Int(Int32.max), page.count <= Int(Int32.max) else {
            throw ColumnarError(.input, "cannot write Parquet: dictionary page too large")
        }
        var header = ParquetPageHeader()
        header.type = ParquetPageHeader.dictionaryPage
        header.uncompressedSize = Int32(plain.count)
        header.compressedSize = Int32(page.count)
        header.numValues = Int32(dictionary.count)
        header.encoding = ParquetEncoding.plainDictionary
        let headerBytes = header.encode()
        dictionaryPage = headerBytes + page
        uncompressedSize += headerBytes.count + plain.count
    }

    /// The chunk's statistics.
    var statistics: ParquetStatistics {
        var s = ParquetStatistics()
        s.nullCount = Int64(nulls)
        guard nulls < rows else { return s }
        func le<T>(_ v: T) -> [UInt8] { withUnsafeBytes(of: v) { Array($0) } }
        switch type {
        case .bool:
            s.minValue = [anyFalse ? 0 : 1]
            s.maxValue = [anyTrue ? 1 : 0]
        case .int32, .date:
            s.minValue = le(Int32(truncatingIfNeeded: minInt).littleEndian)
            s.maxValue = le(Int32(truncatingIfNeeded: maxInt).littleEndian)
        case .int64, .timestamp:
            s.minValue = le(minInt.littleEndian)
            s.maxValue = le(maxInt.littleEndian)
        case .float32, .float64:
            guard anyDouble else { return s }
            // Parquet's rule: a zero minimum is written -0.0, a zero maximum +0.0.
            let lo = minDouble == 0 ? -0.0 : minDouble, hi = maxDouble == 0 ? 0.0 : maxDouble
            if type == .float32 {
                s.minValue = le(Float(lo).bitPattern.littleEndian)
                s.maxValue = le(Float(hi).bitPattern.littleEndian)
            } else {
                s.minValue = le(lo.bitPattern.littleEndian)
                s.maxValue = le(hi.bitPattern.littleEndian)
            }
        case .string:
            // Very long values are left out rather than truncated (a truncated bound is inexact).
            if let lo = minString, let hi = maxString, lo.count <= 4096, hi.count <= 4096 {
                s.minValue = lo
                s.maxValue = hi
            }
        }
        return s
    }
}

/// A file written sequentially, tracking the offset.
final class ParquetOutputFile {
    let path: String
    private var descriptor: Int32
    /// The bytes written so far.
    private(set) var offset = 0

    init(path: String) throws {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw ColumnarError(.input, "cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { buf in
            var done = 0
            while done < buf.count {
                let n = Foundation.write(descriptor, buf.baseAddress! + done, buf.count - done)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw ColumnarError(.input, "cannot write \(path): \(String(cString: strerror(errno)))") }
                done += n
            }
        }
        offset += bytes.count
    }

    func finish() throws {
        guard descriptor >= 0 else { return }
        let status = close(descriptor)
        descriptor = -1
        guard status == 0 else { throw ColumnarError(.input, "cannot write \(path): \(String(cString: strerror(errno)))") }
    }
}
