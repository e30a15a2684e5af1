import Columnar
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A CSV table (Spark's `spark.read.csv`): files are memory-mapped and parsed as bytes; partitions
/// are byte ranges of the files, each reading the lines that start inside it.
///
/// Records are single lines (`\n` or `\r\n`; Spark's `multiLine=false`): a newline inside quotes
/// ends the record. Blank lines and lines starting with the comment byte are skipped. The empty
/// field, a quoted empty field and the `nullValue` text are null for every type.
/// Malformed records (a field that does not parse as its column's type, or — except in PERMISSIVE
/// mode — a wrong number of fields) are handled by `options.mode`; FAILFAST errors name the file,
/// the 1-based line and the 1-based byte column of the field in that line.
public final class CSVSource: TableSource, @unchecked Sendable {
    /// The columns: from `options.schema`, or named by the header (else `_c0`, `_c1`, ...) and typed
    /// by inference (else all strings).
    public let schema: Schema
    /// What `explain()` shows, e.g. "csv [/data/a.csv, /data/b]".
    public var label: String
    /// The files read, in order, with their sizes when the source was made.
    let files: [(path: String, size: Int)]
    /// The reader's options.
    let options: CSVOptions
    /// The sum of the files' sizes.
    let totalBytes: Int

    /// Partitions are at least this large (unless the data is smaller).
    static let minPartitionBytes = 4 << 20

    /// A source reading `paths`: each a file, a folder (all files inside not starting with "." or
    /// "_", sorted) or a glob (`*`, `?`, `[...]`). Reads the header line and, with
    /// `options.inferSchema`, all data (in parallel) to type the columns. Throws
    /// `ColumnarError(.pathNotFound, ...)` for a path that matches nothing.
    public init(paths: [String], options: CSVOptions) throws {
        self.options = options
        files = try CSVPaths.files(paths)
        totalBytes = files.reduce(0) { $0 + $1.size }
        label = "csv [" + paths.map(CSVPaths.absolute).joined(separator: ", ") + "]"
        if let given = options.schema {
            schema = given
            return
        }
        let lexer = CSVLexer(options)
        var firstFields: [String]? = nil
        for file in files where file.size > 0 {
            let mapped = try CSVMappedFile(path: file.path)
            guard let base = mapped.base else { continue }
            if let start = CSVSource.nextRecordLine(base, CSVSource.bomEnd(base, mapped.count), mapped.count, options.comment) {
                firstFields = lexer.strings(base, start, mapped.count)
                break
            }
        }
        guard let firstFields else {
            // No file, or no record in any file: Spark cannot infer a schema without files, and reads
            // empty files as a table without columns.
            if files.isEmpty {
                throw ColumnarError(.analysis, "[UNABLE_TO_INFER_SCHEMA] Unable to infer schema for CSV. It must be specified manually.")
            }
            schema = Schema([])
            return
        }
        let names = options.header ? CSVSource.safeHeader(firstFields, nullValue: options.nullValue)
            : (0 ..< firstFields.count).map { "_c\($0)" }
        var types = [DataType](repeating: .string, count: names.count)
        if options.inferSchema && !names.isEmpty {
            types = try CSVSource.infer(files: files, totalBytes: totalBytes, columns: names.count, options: options)
        }
        schema = Schema(zip(names, types).map { Field($0, $1) })
    }

    /// Header names as Spark makes them safe: an empty (or null) name becomes `_c<i>`, and names that
    /// occur more than once (ignoring case) get their index appended.
    static func safeHeader(_ fields: [String], nullValue: String) -> [String] {
        let names = fields.enumerated().map { i, name in name.isEmpty || name == nullValue ? "_c\(i)" : name }
        var counts: [String: Int] = [:]
        for name in names { counts[name.lowercased(), default: 0] += 1 }
        return names.enumerated().map { i, name in (counts[name.lowercased()] ?? 0) > 1 ? name + String(i) : name }
    }

    /// One partition per `minPartitionBytes` of data, at most `preferred`, at least one.
    public func partitionCount(preferred: Int) -> Int {
        max(1, min(preferred, (totalBytes + CSVSource.minPartitionBytes - 1) / CSVSource.minPartitionBytes))
    }

    /// Reads partition `partition` of `partitionCount`: the lines starting in its byte range of the
    /// files (any `partitionCount` works, not only the one `partitionCount(preferred:)` chose).
    public func scan(partition: Int, of partitionCount: Int, columns: [Int], sink: (Batch) throws -> Void) throws {
        for column in columns where column < 0 || column >= schema.count {
            throw ColumnarError(.argument, "CSV scan: column \(column) is out of range (\(schema.count) columns)")
        }
        let reader = CSVReader(options: options, schema: schema, columns: columns)
        try CSVSource.forEachSegment(files: files, totalBytes: totalBytes, partition: partition, of: partitionCount,
                                     options: options) { file, begin, end in
            try reader.read(file, begin, end, sink: sink)
        }
        try reader.flush(sink: sink)
    }

    // MARK: - Partitions

    /// Calls `body` with each file overlapping partition `partition` of `count`, mapped, and the range
    /// of line-start positions the partition owns in it (after the file's header line).
    static func forEachSegment(files: [(path: String, size: Int)], totalBytes: Int, partition: Int, of count: Int,
                               options: CSVOptions, _ body: (CSVMappedFile, Int, Int) throws -> Void) throws {
        guard count > 0, partition >= 0, partition < count, totalBytes > 0 else { return }
        let rangeStart = Int((Double(totalBytes) * Double(partition) / Double(count)).rounded(.down))
        let rangeEnd = partition == count - 1 ? totalBytes : Int((Double(totalBytes) * Double(partition + 1) / Double(count)).rounded(.down))
        var offset = 0
        for file in files {
            defer { offset += file.size }
            let localStart = max(rangeStart - offset, 0)
            var localEnd = min(rangeEnd - offset, file.size)
            guard localStart < localEnd else { continue }
            let mapped = try CSVMappedFile(path: file.path)
            guard let p = mapped.base else { continue }
            let limit = mapped.count
            if localEnd >= file.size { localEnd = limit }  // the last partition of a file reads to its end
            localEnd = min(localEnd, limit)
            var begin = localStart
            if begin > 0 {
                // The line that started before the range belongs to the previous partition.
                guard begin <= limit, let newline = memchr(p + (begin - 1), 0x0A, limit - (begin - 1)) else { continue }
                begin = UnsafePointer<UInt8>(newline.assumingMemoryBound(to: UInt8.self)) - p + 1
            }
            begin = max(begin, dataStart(p, limit, options))
            guard begin < localEnd else { continue }
            mapped.willRead(begin ..< min(limit, localEnd + 4096))
            try body(mapped, begin, localEnd)
        }
    }

    /// The position after a UTF-8 byte order mark at the start of the data, else 0.
    static func bomEnd(_ p: UnsafePointer<UInt8>, _ limit: Int) -> Int {
        limit >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF ? 3 : 0
    }

    /// Where a file's data lines start: after its header line when there is one.
    static func dataStart(_ p: UnsafePointer<UInt8>, _ limit: Int, _ options: CSVOptions) -> Int {
        let start = bomEnd(p, limit)
        guard options.header else { return start }
        guard let header = nextRecordLine(p, start, limit, options.comment) else { return limit }
        return lineEnd(p, header, limit) + 1
    }

    /// The position of the `\n` ending the line at `position`, or `limit`.
    @inline(__always) static func lineEnd(_ p: UnsafePointer<UInt8>, _ position: Int, _ limit: Int) -> Int {
        guard position < limit, let newline = memchr(p + position, 0x0A, limit - position) else { return limit }
        return UnsafePointer<UInt8>(newline.assumingMemoryBound(to: UInt8.self)) - p
    }

    /// The first line at or after `position` that is neither blank nor a comment, or nil.
    static func nextRecordLine(_ p: UnsafePointer<UInt8>, _ position: Int, _ limit: Int, _ comment: UInt8?) -> Int? {
        var pos = position
        while pos < limit {
            let end = lineEnd(p, pos, limit)
            let blank = end == pos || (end == pos + 1 && p[pos] == 0x0D)
            if !blank && !(comment != nil && p[pos] == comment) { return pos }
            pos = end + 1
        }
        return nil
    }

    /// The 1-based line number of `position` in a file (counted only for error messages).
    static func lineNumber(_ p: UnsafePointer<UInt8>, _ position: Int) -> Int {
        var line = 1
        for i in 0 ..< position where p[i] == 0x0A { line += 1 }
        return line
    }

    // MARK: - Inference

    /// The inferred types of `columns` columns over all data, partitions read in parallel.
    static func infer(files: [(path: String, size: Int)], totalBytes: Int, columns: Int, options: CSVOptions) throws -> [DataType] {
        let threads = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let parts = max(1, min(threads, totalBytes / minPartitionBytes))
        let slots = CSVInferenceSlots(parts)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let inferrer = CSVInferrer(options: options, columns: columns)
            do {
                try forEachSegment(files: files, totalBytes: totalBytes, partition: part, of: parts, options: options) { file, begin, end in
                    try inferInWindows(inferrer, file, begin, end)
                }
                slots.results[part] = inferrer.states
            } catch let error as ColumnarError {
                slots.errors[part] = error
            } catch {
                slots.errors[part] = ColumnarError(.input, "\(error)")
            }
        }
        if let error = slots.errors.lazy.compactMap({ $0 }).first { throw error }
        let results = slots.results
        var merged = [CSVInferred](repeating: .null, count: columns)
        for states in results where states.count == columns {
            for c in 0 ..< columns { merged[c] = CSVInferred.merge(merged[c], states[c]) }
        }
        return merged.map(\.dataType)
    }
}

/// Runs `inferrer` over the lines starting in `begin ..< end` of `file`, reading the file in windows
/// with `pread` rather than through its mapping, so the inference pass neither grows the process's
/// memory by the file's size nor makes the scan that follows fault the pages in a second time.
func inferInWindows(_ inferrer: CSVInferrer, _ file: CSVMappedFile, _ begin: Int, _ end: Int) throws {
    let fd = open(file.path, O_RDONLY)
    guard fd >= 0 else { throw ColumnarError(.input, "cannot read \(file.path): \(String(cString: strerror(errno)))") }
    defer { close(fd) }
    var capacity = 8 << 20
    var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    defer { buffer.deallocate() }
    var start = begin
    while start < end {
        var got = 0
        let wanted = min(file.count - start, capacity)
        while got < wanted {
            let n = pread(fd, buffer + got, wanted - got, off_t(start + got))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw ColumnarError(.input, "cannot read \(file.path): \(n < 0 ? String(cString: strerror(errno)) : "unexpected end of file")") }
            got += n
        }
        var cut = start + got
        if cut < file.count {
            // Process whole lines only: up to the last newline of the window.
            var last = got - 1
            while last >= 0 && buffer[last] != 0x0A { last -= 1 }
            if last < 0 {
                // One line longer than the window: read it whole with a larger window.
                buffer.deallocate()
                capacity *= 2
                buffer = .allocate(capacity: capacity)
                continue
            }
            cut = start + last + 1
        }
        let window = CSVMappedFile(window: UnsafePointer(buffer) - start, count: cut, path: file.path)
        inferrer.infer(window, start, min(end, cut))
        start = cut
    }
}

/// Per-partition results of parallel inference; each thread writes only its own slot.
final class CSVInferenceSlots: @unchecked Sendable {
    let results: UnsafeMutableBufferPointer<[CSVInferred]>
    let errors: UnsafeMutableBufferPointer<ColumnarError?>

    init(_ count: Int) {
        results = .allocate(capacity: count)
        results.initialize(repeating: [])
        errors = .allocate(capacity: count)
        errors.initialize(repeating: nil)
    }

    deinit {
        results.deinitialize(); results.deallocate()
        errors.deinitialize(); errors.deallocate()
    }
}

/// Infers column types over line ranges, keeping one state per column; splits lines only as far as
/// the last column that is not yet a string.
final class CSVInferrer {
    let lexer: CSVLexer
    let columns: Int
    let comment: UInt8?
    let nullValue: [UInt8]
    var states: [CSVInferred]
    var spans: UnsafeMutablePointer<CSVFieldSpan>
    var scratch: UnsafeMutablePointer<UInt8>
    var scratchCapacity = 256

    init(options: CSVOptions, columns: Int) {
        lexer = CSVLexer(options)
        self.columns = columns
        comment = options.comment
        nullValue = Array(options.nullValue.utf8)
        states = [CSVInferred](repeating: .null, count: columns)
        spans = .allocate(capacity: max(columns, 1))
        scratch = .allocate(capacity: scratchCapacity)
    }

    deinit {
        spans.deallocate()
        scratch.deallocate()
    }

    func infer(_ file: CSVMappedFile, _ begin: Int, _ end: Int) {
        guard let p = file.base, columns > 0 else { return }
        let limit = file.count
        let hasComment = comment != nil
        let commentByte = comment ?? 0
        let nullCount = nullValue.count
        states.withUnsafeMutableBufferPointer { stateBuffer in
            nullValue.withUnsafeBufferPointer { nullBuffer in
                let states = stateBuffer.baseAddress!
                var needed = columns
                while needed > 0 && states[needed - 1] == .string { needed -= 1 }
                var pos = begin
                while pos < end && needed > 0 {
                    let c0 = p[pos]
                    if c0 == 0x0A { pos += 1; continue }
                    if c0 == 0x0D && (pos + 1 >= limit || p[pos + 1] == 0x0A) { pos += 2; continue }
                    if hasComment && c0 == commentByte { pos = CSVSource.lineEnd(p, pos, limit) + 1; continue }
                    let (lineEnd, count) = lexer.split(p, pos, limit, spans, capacity: needed, stopAfter: needed)
                    let fields = min(count, needed)
                    var shrink = false
                    for c in 0 ..< fields {
                        let state = states[c]
                        if state == .string { continue }
                        let span = spans[c]
                        var fp = p + span.start
                        var fn = span.end - span.start
                        if span.raw {
                            if fn > scratchCapacity {
                                scratch.deallocate()
                                scratchCapacity = fn * 2
                                scratch = .allocate(capacity: scratchCapacity)
                            }
                            fn = lexer.unescape(p, span.start, span.end, into: scratch)
                            fp = UnsafePointer(scratch)
                        }
                        if fn == 0 { continue }
                        if nullCount > 0 && fn == nullCount && memcmp(fp, nullBuffer.baseAddress!, fn) == 0 { continue }
                        let merged = CSVInferred.merge(state, CSVInferred.classify(fp, fn))
                        if merged != state {
                            states[c] = merged
                            if merged == .string && c == needed - 1 { shrink = true }
                        }
                    }
                    if shrink { while needed > 0 && states[needed - 1] == .string { needed -= 1 } }
                    pos = lineEnd + 1
                }
            }
        }
    }
}

/// Reads line ranges into batches of the requested columns: splits each line (only up to the last
/// requested column in PERMISSIVE mode), converts the requested fields and hands full batches on.
final class CSVReader {
    let lexer: CSVLexer
    let schema: Schema
    let projected: Schema
    let mode: CSVMode
    let comment: UInt8?
    let nullValue: [UInt8]
    let columnCount: Int
    let requested: UnsafeMutablePointer<Int>
    let requestedCount: Int
    let chunks: UnsafeMutablePointer<CSVChunk>
    let spans: UnsafeMutablePointer<CSVFieldSpan>
    let spanCapacity: Int
    let stopAfter: Int
    var scratch: UnsafeMutablePointer<UInt8>
    var scratchCapacity = 256
    var rows = 0
    var batchBytes = 0
    let batchRows = Batch.preferredRows
    /// A batch is also handed on when its lines exceed this many bytes.
    static let batchByteLimit = 32 << 20

    init(options: CSVOptions, schema: Schema, columns: [Int]) {
        lexer = CSVLexer(options)
        self.schema = schema
        projected = schema.project(columns)
        mode = options.mode
        comment = options.comment
        nullValue = Array(options.nullValue.utf8)
        columnCount = schema.count
        requestedCount = columns.count
        requested = .allocate(capacity: max(columns.count, 1))
        requested.initialize(from: columns, count: columns.count)
        chunks = .allocate(capacity: max(columns.count, 1))
        for (j, column) in columns.enumerated() {
            (chunks + j).initialize(to: CSVChunk(type: schema.fields[column].type, capacity: Batch.preferredRows))
        }
        let maxRequested = columns.max() ?? -1
        if options.mode == .permissive {
            stopAfter = maxRequested + 1
            spanCapacity = max(maxRequested + 1, 1)
        } else {
            stopAfter = -1
            spanCapacity = columnCount + 1
        }
        spans = .allocate(capacity: spanCapacity)
        scratch = .allocate(capacity: scratchCapacity)
    }

    deinit {
        for j in 0 ..< requestedCount { chunks[j].deallocate() }
        (chunks).deinitialize(count: requestedCount)
        chunks.deallocate()
        requested.deallocate()
        spans.deallocate()
        scratch.deallocate()
    }

    /// Hands on the rows read so far as a batch.
    func flush(sink: (Batch) throws -> Void) throws {
        guard rows > 0 else { return }
        var columns: [Column] = []
        columns.reserveCapacity(requestedCount)
        for j in 0 ..< requestedCount { columns.append(chunks[j].finish(rows)) }
        let batch = Batch(schema: projected, columns: columns, count: rows)
        rows = 0
        batchBytes = 0
        try sink(batch)
    }

    /// Reads the lines starting in `begin ..< end` of `file`.
    func read(_ file: CSVMappedFile, _ begin: Int, _ end: Int, sink: (Batch) throws -> Void) throws {
        guard let p = file.base else { return }
        let limit = file.count
        let hasComment = comment != nil
        let commentByte = comment ?? 0
        let nullCount = nullValue.count
        let permissive = mode == .permissive
        try nullValue.withUnsafeBufferPointer { nullBuffer in
            var pos = begin
            var batchStart = begin
            var released = begin
            while pos < end {
                // Every value before `pos` is copied into the batch being built.
                if pos - released >= 4 << 20 { released = file.release(released ..< pos) }
                let c0 = p[pos]
                if c0 == 0x0A { pos += 1; continue }
                if c0 == 0x0D && (pos + 1 >= limit || p[pos + 1] == 0x0A) { pos += 2; continue }
                if hasComment && c0 == commentByte { pos = CSVSource.lineEnd(p, pos, limit) + 1; continue }
                if requestedCount == 0 && permissive {
                    // Only the number of rows is wanted.
                    pos = CSVSource.lineEnd(p, pos, limit) + 1
                    rows += 1
                    if rows == batchRows { try flush(sink: sink) }
                    continue
                }
                let row = rows
                let (lineEnd, count) = lexer.split(p, pos, limit, spans, capacity: spanCapacity, stopAfter: stopAfter)
                var ok = true
                if !permissive && count != columnCount {
                    if mode == .failFast {
                        let column = count > columnCount ? spans[columnCount].start - pos + 1 : lineEnd - pos + 1
                        throw malformed(file, pos, column, "expected \(columnCount) fields, found \(count)")
                    }
                    ok = false
                }
                var j = 0
                while ok && j < requestedCount {
                    let column = requested[j]
                    let chunk = chunks + j
                    j += 1
                    if column >= count { chunk.pointee.setNull(row); continue }
                    let span = spans[column]
                    var fp = p + span.start
                    var fn = span.end - span.start
                    if span.raw {
                        if fn > scratchCapacity {
                            scratch.deallocate()
                            scratchCapacity = fn * 2
                            scratch = .allocate(capacity: scratchCapacity)
                        }
                        fn = lexer.unescape(p, span.start, span.end, into: scratch)
                        fp = UnsafePointer(scratch)
                    }
                    if fn == 0 || (nullCount > 0 && fn == nullCount && memcmp(fp, nullBuffer.baseAddress!, fn) == 0) {
                        chunk.pointee.setNull(row)
                        continue
                    }
                    if !chunk.pointee.convert(row, fp, fn) {
                        switch mode {
                        case .permissive: chunk.pointee.setNull(row)
                        case .dropMalformed: ok = false
                        case .failFast:
                            let field = schema.fields[column]
                            let text = String(decoding: UnsafeBufferPointer(start: fp, count: fn), as: UTF8.self)
                            // A quoted field's span starts inside the quotes; point at the opening quote.
                            let quoted = !span.raw && lexer.quoting && span.start > pos && p[span.start - 1] == lexer.quote
                            throw malformed(file, pos, span.start - pos + (quoted ? 0 : 1),
                                            "cannot parse '\(text)' as \(field.type.simpleString) for column '\(field.name)'")
                        }
                    }
                }
                if ok {
                    rows += 1
                } else {
                    for k in 0 ..< requestedCount { chunks[k].rollback(row) }
                }
                pos = lineEnd + 1
                if rows == batchRows || pos - batchStart > CSVReader.batchByteLimit {
                    try flush(sink: sink)
                    batchStart = pos
                }
            }
        }
    }

    /// The FAILFAST error for the record at `lineStart`, pointing at byte `column` (1-based) of the line.
    func malformed(_ file: CSVMappedFile, _ lineStart: Int, _ column: Int, _ what: String) -> ColumnarError {
        let line = file.base.map { CSVSource.lineNumber($0, lineStart) } ?? 1
        return ColumnarError(.input, "\(file.path):\(line):\(column): malformed CSV record: \(what)")
    }
}
