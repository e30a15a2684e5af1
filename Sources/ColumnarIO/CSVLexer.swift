import Columnar
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a field lies in a line: `start ..< end` are its bytes. When `raw` is false they are the
/// value itself (a quoted field without escapes: the bytes inside the quotes); when true they are
/// the field as written, starting at its opening quote, and `CSVLexer.unescape` gives the value.
struct CSVFieldSpan {
    var start: Int
    var end: Int
    var raw: Bool
}

/// Splits lines into fields. A record is one line (`\n`, `\r\n`); a field is quoted only when it
/// starts with the quote byte (after white space when leading white space is ignored); inside
/// quotes, a doubled quote and the escape byte followed by the quote or the escape byte stand for
/// that byte. A newline always ends the record, even inside quotes (Spark's `multiLine=false`).
struct CSVLexer {
    let separator: UInt8
    let quote: UInt8
    let escape: UInt8
    let quoting: Bool
    let escaping: Bool
    let trimLeading: Bool
    let trimTrailing: Bool

    init(_ options: CSVOptions) {
        separator = options.separator
        quote = options.quote
        escape = options.escape
        quoting = options.quote != 0 && options.quote != 0x0A
        escaping = options.escape != 0 && options.escape != options.quote && options.escape != 0x0A
        trimLeading = options.ignoreLeadingWhiteSpace
        trimTrailing = options.ignoreTrailingWhiteSpace
    }

    /// Splits the line starting at `position` (which is not past `limit`, the end of the data).
    /// Stores the first `capacity` fields in `spans`; when `stopAfter` fields are stored, skips to the
    /// line end without splitting further (the count returned is then not the line's). Returns the
    /// position of the line's `\n` (or `limit`) and the number of fields.
    @inline(__always)
    func split(_ p: UnsafePointer<UInt8>, _ position: Int, _ limit: Int, _ spans: UnsafeMutablePointer<CSVFieldSpan>,
               capacity: Int, stopAfter: Int) -> (end: Int, count: Int) {
        if trimLeading { return splitByField(p, position, limit, spans, capacity: capacity, stopAfter: stopAfter) }
        return splitByMask(p, position, limit, spans, capacity: capacity, stopAfter: stopAfter)
    }

    /// `split` a field at a time (any options).
    func splitByField(_ p: UnsafePointer<UInt8>, _ position: Int, _ limit: Int, _ spans: UnsafeMutablePointer<CSVFieldSpan>,
                      capacity: Int, stopAfter: Int) -> (end: Int, count: Int) {
        var q = position
        var count = 0
        while true {
            if trimLeading { while q < limit && (p[q] == 0x20 || p[q] == 0x09) { q += 1 } }
            let span: CSVFieldSpan
            if quoting && q < limit && p[q] == quote {
                (span, q) = quotedField(p, q, limit)
            } else {
                let start = q
                q = unquotedEnd(p, q, limit)
                span = CSVFieldSpan(start: start, end: trimmedEnd(p, start, q, limit), raw: false)
            }
            if count < capacity { spans[count] = span }
            count += 1
            if q >= limit { return (limit, count) }
            if p[q] == 0x0A { return (q, count) }
            q += 1  // the separator
            if count == stopAfter { return (CSVSource.lineEnd(p, q, limit), count) }
        }
    }

    /// `split` without leading white space to skip: finds the separators, newlines and quotes of 64
    /// bytes at a time as a bit mask (SWAR on eight words), then walks its bits; a quote opening a
    /// field is parsed byte by byte and the masks restart after it.
    @inline(__always)
    func splitByMask(_ p: UnsafePointer<UInt8>, _ position: Int, _ limit: Int, _ spans: UnsafeMutablePointer<CSVFieldSpan>,
                     capacity: Int, stopAfter: Int) -> (end: Int, count: Int) {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let separators = ones &* UInt64(separator)
        let newlines = ones &* 0x0A
        let quotes = quoting ? ones &* UInt64(quote) : separators
        let raw = UnsafeRawPointer(p)
        var fieldStart = position
        var count = 0
        var block = position
        while true {
            var mask: UInt64 = 0
            if block &+ 64 <= limit {
                for k in 0 ..< 8 {
                    let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: block &+ k &* 8, as: UInt64.self))
                    let x1 = word ^ separators, x2 = word ^ newlines, x3 = word ^ quotes
                    // High bit of a byte set when the byte differs from the pattern (exact, no borrows).
                    let n1 = ((x1 & low) &+ low) | x1, n2 = ((x2 & low) &+ low) | x2, n3 = ((x3 & low) &+ low) | x3
                    let found = (~(n1 & n2 & n3) & ~low) &>> 7
                    mask |= ((found &* 0x0102_0408_1020_4080) &>> 56) &<< UInt64(k &* 8)
                }
            } else {
                var i = block
                while i < limit {
                    let c = p[i]
                    if c == separator || c == 0x0A || (quoting && c == quote) { mask |= 1 &<< UInt64(i &- block) }
                    i &+= 1
                }
            }
            var restart = false
            while mask != 0 {
                let b = block &+ mask.trailingZeroBitCount
                mask &= mask &- 1
                let c = p[b]
                var span: CSVFieldSpan
                var next: Int
                if c != separator && c != 0x0A {
                    // A quote: it opens a quoted field only at the field's start.
                    guard b == fieldStart else { continue }
                    (span, next) = quotedField(p, b, limit)
                    restart = true
                } else {
                    span = CSVFieldSpan(start: fieldStart, end: trimmedEnd(p, fieldStart, b, limit), raw: false)
                    next = b
                }
                if count < capacity { spans[count] = span }
                count &+= 1
                if next >= limit { return (limit, count) }
                if p[next] == 0x0A { return (next, count) }
                fieldStart = next &+ 1
                if count == stopAfter { return (CSVSource.lineEnd(p, fieldStart, limit), count) }
                if restart { block = fieldStart; break }
            }
            if restart { continue }
            block &+= 64
            if block >= limit {
                if count < capacity { spans[count] = CSVFieldSpan(start: fieldStart, end: trimmedEnd(p, fieldStart, limit, limit), raw: false) }
                return (limit, count &+ 1)
            }
        }
    }

    /// Parses the quoted field whose opening quote is at `open`; returns its span and the position of
    /// the separator, `\n` or `limit` that ends it.
    @inline(__always)
    func quotedField(_ p: UnsafePointer<UInt8>, _ open: Int, _ limit: Int) -> (CSVFieldSpan, Int) {
        let sep = separator
        var q = open + 1
        var dirty = false
        var closed = false
        while q < limit {
            let c = p[q]
            if c == quote {
                if q + 1 < limit && p[q + 1] == quote { dirty = true; q += 2; continue }
                closed = true
                break
            }
            if c == 0x0A { break }
            if escaping && c == escape && q + 1 < limit && (p[q + 1] == quote || p[q + 1] == escape) {
                dirty = true; q += 2; continue
            }
            q += 1
        }
        guard closed else {
            // No closing quote before the line ends: the value runs to the line end.
            var end = q
            if end > open + 1 && p[end - 1] == 0x0D { end -= 1 }
            return (CSVFieldSpan(start: open, end: end, raw: true), q)
        }
        let close = q
        q += 1
        if trimTrailing { while q < limit && (p[q] == 0x20 || p[q] == 0x09) { q += 1 } }
        if q >= limit || p[q] == sep || p[q] == 0x0A || (p[q] == 0x0D && (q + 1 >= limit || p[q + 1] == 0x0A)) {
            if q < limit && p[q] == 0x0D { q += 1 }
            return dirty ? (CSVFieldSpan(start: open, end: close + 1, raw: true), q) : (CSVFieldSpan(start: open + 1, end: close, raw: false), q)
        }
        // Text after the closing quote joins the value.
        while q < limit && p[q] != sep && p[q] != 0x0A { q += 1 }
        return (CSVFieldSpan(start: open, end: trimmedEnd(p, open, q, limit), raw: true), q)
    }

    /// The position of the first separator or `\n` at or after `position`, or `limit`; eight bytes
    /// at a time (SWAR: a byte equal to the one sought becomes zero, and the lowest zero byte of a
    /// word is found exactly by the borrow trick).
    @inline(__always)
    func unquotedEnd(_ p: UnsafePointer<UInt8>, _ position: Int, _ limit: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let separators = ones &* UInt64(separator)
        let newlines = ones &* 0x0A
        var q = position
        let raw = UnsafeRawPointer(p)
        while q &+ 8 <= limit {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: q, as: UInt64.self))
            let x = word ^ separators, y = word ^ newlines
            let found = ((x &- ones) & ~x | (y &- ones) & ~y) & highs
            if found != 0 { return q &+ (found.trailingZeroBitCount &>> 3) }
            q &+= 8
        }
        let sep = separator
        while q < limit {
            let c = p[q]
            if c == sep || c == 0x0A { return q }
            q += 1
        }
        return limit
    }

    /// The end of an unquoted field ending at `q` (a separator, newline or `limit`): without the
    /// `\r` of a `\r\n` and, when asked, trailing white space.
    @inline(__always)
    func trimmedEnd(_ p: UnsafePointer<UInt8>, _ start: Int, _ q: Int, _ limit: Int) -> Int {
        var end = q
        if end > start && p[end - 1] == 0x0D && (q >= limit || p[q] == 0x0A) { end -= 1 }
        if trimTrailing { while end > start && (p[end - 1] == 0x20 || p[end - 1] == 0x09) { end -= 1 } }
        return end
    }

    /// The value of a raw field `p[start..<end]` (starting at its opening quote), written to `out`
    /// (which has room for `end - start` bytes); returns its length.
    func unescape(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int, into out: UnsafeMutablePointer<UInt8>) -> Int {
        var i = start + 1
        var n = 0
        var inQuotes = true
        while i < end {
            let c = p[i]
            if inQuotes {
                if c == quote {
                    if i + 1 < end && p[i + 1] == quote { out[n] = quote; n += 1; i += 2; continue }
                    inQuotes = false
                    i += 1
                    continue
                }
                if escaping && c == escape && i + 1 < end && (p[i + 1] == quote || p[i + 1] == escape) {
                    out[n] = p[i + 1]; n += 1; i += 2; continue
                }
            }
            out[n] = c
            n += 1
            i += 1
        }
        return n
    }

    /// The fields of the line at `position` as strings (the header line), nil standing for none.
    func strings(_ p: UnsafePointer<UInt8>, _ position: Int, _ limit: Int) -> [String] {
        // Count first, then split into room for all fields.
        var probe = CSVFieldSpan(start: 0, end: 0, raw: false)
        let (_, count) = split(p, position, limit, &probe, capacity: 0, stopAfter: -1)
        var spans = [CSVFieldSpan](repeating: probe, count: max(count, 1))
        _ = spans.withUnsafeMutableBufferPointer { split(p, position, limit, $0.baseAddress!, capacity: count, stopAfter: -1) }
        var result: [String] = []
        for span in spans.prefix(count) {
            if span.raw {
                var bytes = [UInt8](repeating: 0, count: span.end - span.start)
                let n = bytes.withUnsafeMutableBufferPointer { unescape(p, span.start, span.end, into: $0.baseAddress!) }
                result.append(String(decoding: bytes.prefix(n), as: UTF8.self))
            } else {
                result.append(String(decoding: UnsafeBufferPointer(start: p + span.start, count: span.end - span.start), as: UTF8.self))
            }
        }
        return result
    }
}

/// A file's bytes, memory-mapped read-only (an empty file maps to nothing).
final class CSVMappedFile {
    /// The first byte (nil for an empty file).
    let base: UnsafePointer<UInt8>?
    /// The number of bytes.
    let count: Int
    /// The file's path.
    let path: String
    /// Whether `base` is this object's mapping (false for a window read into someone's buffer).
    private let owned: Bool

    /// A window of a file already read into memory: `base[i]` is byte `i` of the file for `i` in the
    /// window (`base` itself may point before the buffer); `count` ends the window.
    init(window base: UnsafePointer<UInt8>, count: Int, path: String) {
        self.base = base
        self.count = count
        self.path = path
        owned = false
    }

    /// Maps `path`; throws `ColumnarError(.input, ...)` when it cannot be read.
    init(path: String) throws {
        self.path = path
        owned = true
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw ColumnarError(.input, "cannot read \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw ColumnarError(.input, "cannot read \(path): \(String(cString: strerror(errno)))") }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw ColumnarError(.input, "cannot read \(path): it is a folder") }
        let size = Int(info.st_size)
        count = size
        guard size > 0 else { base = nil; return }
        let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0)
        guard let mapped, mapped != MAP_FAILED else {
            throw ColumnarError(.input, "cannot read \(path): \(String(cString: strerror(errno)))")
        }
        base = UnsafePointer(mapped.assumingMemoryBound(to: UInt8.self))
    }

    /// Advises the kernel that `range` will be read sequentially soon.
    func willRead(_ range: Range<Int>) {
        guard let base, !range.isEmpty else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = range.lowerBound / page * page
        let raw = UnsafeMutableRawPointer(mutating: base) + start
        _ = madvise(raw, range.upperBound - start, Int32(MADV_WILLNEED))
    }

    /// Drops the pages of `range` from memory once they are parsed (they are read again from the
    /// file if needed), so a scan holds a few MiB of the file instead of all of it.
    /// Returns the page-aligned end of what was dropped.
    func release(_ range: Range<Int>) -> Int {
        guard let base else { return range.lowerBound }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (range.lowerBound + page - 1) / page * page
        let end = range.upperBound / page * page
        guard end > start else { return range.lowerBound }
        _ = madvise(UnsafeMutableRawPointer(mutating: base) + start, end - start, Int32(MADV_DONTNEED))
        return end
    }

    deinit {
        if owned, let base { munmap(UnsafeMutableRawPointer(mutating: base), count) }
    }
}
