import Columnar
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes tables as CSV folders the way Spark's `df.write.csv` does: one `part-<i>-<job>-c000.csv`
/// per partition, numbers in Java's forms, timestamps as `yyyy-MM-dd'T'HH:mm:ss.SSSXXX` (UTC, so
/// ending in `Z`), dates as `yyyy-MM-dd`, nulls as `nullValue` (empty by default), the empty string as
/// `""`; a string is quoted only when it contains the separator, the quote or a line break, with quotes
/// (and the escape byte) inside it escaped by the escape byte. String values lose leading and
/// trailing white space unless `writeIgnoreLeadingWhiteSpace`/`writeIgnoreTrailingWhiteSpace` are off
/// (Spark's writer defaults).
public enum CSVWriter {
    /// Writes the batches of each partition (partition i -> part file i) to folder `path` via
    /// `FolderCommit` (atomic: on any error nothing is left behind); with `options.header` each part
    /// starts with the column names. Partitions without rows get no file, unless all are empty, when
    /// one part (with just the header, if any) is written.
    public static func write(partitions: [[Batch]], schema: Schema, to path: String, mode: SaveMode, options: CSVOptions) throws {
        let target = CSVPaths.absolute(path)
        guard let commit = try FolderCommit(target: target, mode: mode) else { return }
        do {
            let job = UUID().uuidString.lowercased()
            var parts: [(Int, [Batch])] = []
            for (index, batches) in partitions.enumerated() where batches.contains(where: { $0.count > 0 }) {
                parts.append((index, batches))
            }
            if parts.isEmpty { parts = [(0, [])] }
            for (index, batches) in parts {
                try writePart(batches, schema: schema, to: commit.partPath(index, job: job, suffix: "-c000.csv"), options: options)
            }
            try commit.commit()
        } catch {
            commit.abandon()
            throw error
        }
    }

    /// Writes one part file.
    static func writePart(_ batches: [Batch], schema: Schema, to path: String, options: CSVOptions) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw ColumnarError(.input, "cannot write \(path): \(String(cString: strerror(errno)))") }
        var output = CSVOutput(fd: fd, path: path, options: options)
        do {
            if options.header {
                for (i, field) in schema.fields.enumerated() {
                    if i > 0 { output.buffer.append(options.separator) }
                    Array(field.name.utf8).withUnsafeBufferPointer { output.appendString($0[...]) }
                }
                output.buffer.append(0x0A)
            }
            for batch in batches {
                guard batch.columns.count == schema.count else {
                    throw ColumnarError(.argument, "CSV write: a batch has \(batch.columns.count) columns, the schema \(schema.count)")
                }
                for (column, field) in zip(batch.columns, schema.fields) where column.type.physical != field.type.physical {
                    throw ColumnarError(.argument, "CSV write: column '\(field.name)' holds \(column.type.simpleString) values, the schema says \(field.type.simpleString)")
                }
                for i in 0 ..< batch.count {
                    let row = batch.row(i)
                    for (c, field) in schema.fields.enumerated() {
                        if c > 0 { output.buffer.append(options.separator) }
                        output.appendValue(batch.columns[c], row, field.type)
                    }
                    output.buffer.append(0x0A)
                    if output.buffer.count >= CSVOutput.flushBytes { try output.flush() }
                }
            }
            try output.flush()
        } catch {
            close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw ColumnarError(.input, "cannot write \(path): \(String(cString: strerror(errno)))") }
    }
}

/// The bytes of a part file being written, flushed to the file in large writes.
struct CSVOutput {
    static let flushBytes = 1 << 20
    let fd: Int32
    let path: String
    let separator: UInt8
    let quote: UInt8
    let escape: UInt8
    let nullValue: [UInt8]
    let trimLeading: Bool
    let trimTrailing: Bool
    var buffer: [UInt8] = []

    init(fd: Int32, path: String, options: CSVOptions) {
        self.fd = fd
        self.path = path
        separator = options.separator
        quote = options.quote
        escape = options.escape
        nullValue = Array(options.nullValue.utf8)
        trimLeading = options.writeIgnoreLeadingWhiteSpace
        trimTrailing = options.writeIgnoreTrailingWhiteSpace
        buffer.reserveCapacity(CSVOutput.flushBytes + 4096)
    }

    mutating func flush() throws {
        var written = 0
        let total = buffer.count
        while written < total {
            let n = buffer.withUnsafeBytes { write(fd, $0.baseAddress! + written, total - written) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ColumnarError(.input, "cannot write \(path): \(String(cString: strerror(errno)))")
            }
            written += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func appendValue(_ column: Column, _ row: Int, _ type: DataType) {
        guard column.isValid(row) else { buffer.append(contentsOf: nullValue); return }
        switch column.values {
        case .strings(let strings):
            strings.withBytes(at: row) { appendString($0[...]) }
        case .bools(let values):
            appendASCII(values[row] ? "true" : "false")
        case .doubles(let values):
            appendASCII(type == .float32 ? ValueFormatting.javaFloat(values[row]) : ValueFormatting.javaDouble(values[row]))
        case .ints(let values):
            let value = values[row]
            switch type {
            case .date: appendASCII(Calendar.formatDate(value))
            case .timestamp: appendTimestamp(value)
            case .float32: appendASCII(ValueFormatting.javaFloat(Double(value)))
            case .float64: appendASCII(ValueFormatting.javaDouble(Double(value)))
            default: appendInt(value)
            }
        }
    }

    mutating func appendASCII(_ text: String) {
        buffer.append(contentsOf: text.utf8)
    }

    mutating func appendInt(_ value: Int64) {
        if value < 0 { buffer.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 20 digits
        withUnsafeMutableBytes(of: &digits) { raw in
            var n = 0
            repeat {
                raw[n] = UInt8(magnitude % 10) + 0x30
                magnitude /= 10
                n += 1
            } while magnitude > 0
            while n > 0 { n -= 1; buffer.append(raw[n]) }
        }
    }

    /// `value` as zero-padded decimal digits of at least `width`.
    mutating func appendPadded(_ value: Int64, _ width: Int) {
        var text = String(value.magnitude)
        if text.count < width { text = String(repeating: "0", count: width - text.count) + text }
        if value < 0 { buffer.append(UInt8(ascii: "-")) }
        buffer.append(contentsOf: text.utf8)
    }

    /// `yyyy-MM-dd'T'HH:mm:ss.SSSXXX` in UTC, e.g. `2015-11-13T20:19:33.000Z`.
    mutating func appendTimestamp(_ micros: Int64) {
        let day = Calendar.day(ofMicros: micros)
        let (year, month, dayOfMonth) = Calendar.civil(days: day)
        let inDay = micros - day * Calendar.microsPerDay
        let seconds = inDay / 1_000_000
        appendPadded(year, 4); buffer.append(0x2D)
        appendPadded(month, 2); buffer.append(0x2D)
        appendPadded(dayOfMonth, 2); buffer.append(UInt8(ascii: "T"))
        appendPadded(seconds / 3600, 2); buffer.append(0x3A)
        appendPadded(seconds / 60 % 60, 2); buffer.append(0x3A)
        appendPadded(seconds % 60, 2); buffer.append(0x2E)
        appendPadded(inDay % 1_000_000 / 1000, 3)
        buffer.append(UInt8(ascii: "Z"))
    }

    /// A string value: trimmed as configured, quoted when needed.
    mutating func appendString(_ value: Slice<UnsafeBufferPointer<UInt8>>) {
        var start = value.startIndex, end = value.endIndex
        let base = value.base
        if trimLeading { while start < end && base[start] <= 0x20 { start += 1 } }
        if trimTrailing { while end > start && base[end - 1] <= 0x20 { end -= 1 } }
        if quote == 0 {
            // Quoting turned off (`quote` set to ""): values are written as they are.
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: base[start ..< end]))
            return
        }
        if start == end {
            buffer.append(quote); buffer.append(quote)
            return
        }
        var needsQuotes = false
        for i in start ..< end {
            let c = base[i]
            if c == separator || c == quote || c == 0x0A || c == 0x0D { needsQuotes = true; break }
        }
        guard needsQuotes else {
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: base[start ..< end]))
            return
        }
        buffer.append(quote)
        for i in start ..< end {
            let c = base[i]
            if c == quote || (c == escape && escape != 0 && escape != quote) {
                buffer.append(escape == 0 ? quote : escape)
            }
            buffer.append(c)
        }
        buffer.append(quote)
    }
}
