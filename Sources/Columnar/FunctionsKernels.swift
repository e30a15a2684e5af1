import Foundation

/// Building blocks of the scalar-function kernels: validity, Spark's implicit casts of whole
/// columns, raw access to string bytes, UTF-8 character arithmetic.
enum FnKernel {
    // MARK: Validity

    /// The rows valid in every column (nil when all are).
    static func validity(_ columns: [Column]) -> Bitmap? {
        var result: Bitmap? = nil
        for column in columns where column.validity != nil { result = Bitmap.and(result, column.validity) }
        return result
    }

    /// The rows valid in both bitmaps.
    @inline(__always) static func and(_ a: Bitmap?, _ b: Bitmap?) -> Bitmap? { Bitmap.and(a, b) }

    // MARK: Maps without per-row allocation

    @inline(__always)
    static func map<T, R>(_ input: ContiguousArray<T>, _ f: (T) -> R) -> ContiguousArray<R> {
        let n = input.count
        return input.withUnsafeBufferPointer { src in
            ContiguousArray<R>(unsafeUninitializedCapacity: n) { out, initialized in
                for i in 0 ..< n { (out.baseAddress! + i).initialize(to: f(src[i])) }
                initialized = n
            }
        }
    }

    @inline(__always)
    static func map2<A, B, R>(_ a: ContiguousArray<A>, _ b: ContiguousArray<B>, _ f: (A, B) -> R) -> ContiguousArray<R> {
        let n = min(a.count, b.count)
        return a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                ContiguousArray<R>(unsafeUninitializedCapacity: n) { out, initialized in
                    for i in 0 ..< n { (out.baseAddress! + i).initialize(to: f(x[i], y[i])) }
                    initialized = n
                }
            }
        }
    }

    // MARK: Implicit casts of whole columns

    /// The column as doubles (integers converted, strings parsed as Spark casts them; a string that
    /// is not a number is null) and the resulting validity.
    static func doubles(_ column: Column) -> (ContiguousArray<Double>, Bitmap?) {
        switch column.values {
        case .doubles(let v): return (v, column.validity)
        case .ints(let v): return (map(v) { Double($0) }, column.validity)
        case .bools(let v): return (map(v) { $0 ? 1 : 0 }, column.validity)
        case .strings(let s):
            var nulls = FnNulls(column.validity, count: s.count)
            let out = withStrings(s) { strings in
                ContiguousArray<Double>(unsafeUninitializedCapacity: s.count) { buf, initialized in
                    for i in 0 ..< s.count {
                        if let d = parseDouble(strings[i]) { buf[i] = d } else { buf[i] = 0; nulls.setNull(i) }
                    }
                    initialized = s.count
                }
            }
            return (out, nulls.bitmap)
        }
    }

    /// The column as 64-bit integers (doubles truncated toward zero and saturated as Java's
    /// `(long) d`, NaN as 0; strings parsed as Spark casts them; dates and timestamps as stored).
    static func ints(_ column: Column) -> (ContiguousArray<Int64>, Bitmap?) {
        switch column.values {
        case .ints(let v): return (v, column.validity)
        case .doubles(let v): return (map(v) { javaLong($0) }, column.validity)
        case .bools(let v): return (map(v) { $0 ? 1 : 0 }, column.validity)
        case .strings(let s):
            var nulls = FnNulls(column.validity, count: s.count)
            let out = withStrings(s) { strings in
                ContiguousArray<Int64>(unsafeUninitializedCapacity: s.count) { buf, initialized in
                    for i in 0 ..< s.count {
                        if let v = parseInteger(strings[i]) { buf[i] = v } else { buf[i] = 0; nulls.setNull(i) }
                    }
                    initialized = s.count
                }
            }
            return (out, nulls.bitmap)
        }
    }

    /// The column as Int32-range integers (Java's `(int)` of a long wraps; of a double saturates).
    static func int32s(_ column: Column) -> (ContiguousArray<Int64>, Bitmap?) {
        switch column.values {
        case .doubles(let v): return (map(v) { javaInt($0) }, column.validity)
        default:
            let (v, validity) = ints(column)
            if column.type == .int32 { return (v, validity) }
            return (map(v) { Int64(Int32(truncatingIfNeeded: $0)) }, validity)
        }
    }

    /// Java's `(long) d`.
    @inline(__always) static func javaLong(_ d: Double) -> Int64 {
        if d.isNaN { return 0 }
        if d >= 9.223372036854775807e18 { return Int64.max }
        if d <= -9.223372036854775808e18 { return Int64.min }
        return Int64(d)
    }

    /// Java's `(int) d`.
    @inline(__always) static func javaInt(_ d: Double) -> Int64 {
        if d.isNaN { return 0 }
        if d >= 2147483647 { return Int64(Int32.max) }
        if d <= -2147483648 { return Int64(Int32.min) }
        return Int64(d)
    }

    /// The column as strings, every type formatted as Spark's cast to string does.
    static func strings(_ column: Column) -> StringArray {
        switch column.values {
        case .strings(let s): return s
        case .ints(let v):
            var out = StringArray(capacity: v.count, averageLength: 10)
            for i in 0 ..< v.count {
                if !column.isValid(i) { out.appendEmpty(); continue }
                switch column.type {
                case .date: out.append(Calendar.formatDate(v[i]))
                case .timestamp: out.append(Calendar.formatTimestamp(v[i]))
                default: out.append(String(v[i]))
                }
            }
            return out
        case .doubles(let v):
            var out = StringArray(capacity: v.count, averageLength: 10)
            for i in 0 ..< v.count {
                if !column.isValid(i) { out.appendEmpty(); continue }
                out.append(column.type == .float32 ? ValueFormatting.javaFloat(v[i]) : ValueFormatting.javaDouble(v[i]))
            }
            return out
        case .bools(let v):
            var out = StringArray(capacity: v.count, averageLength: 5)
            for i in 0 ..< v.count {
                if !column.isValid(i) { out.appendEmpty(); continue }
                out.append(v[i] ? "true" : "false")
            }
            return out
        }
    }

    /// The column as days since the epoch: dates as they are, timestamps truncated to their day,
    /// strings cast as Spark casts a string to a date (unparseable ones null).
    static func days(_ column: Column) -> (ContiguousArray<Int64>, Bitmap?) {
        switch (column.type, column.values) {
        case (.timestamp, .ints(let v)): return (map(v) { Calendar.day(ofMicros: $0) }, column.validity)
        case (_, .ints(let v)): return (v, column.validity)
        case (_, .strings(let s)):
            var nulls = FnNulls(column.validity, count: s.count)
            let out = withStrings(s) { strings in
                ContiguousArray<Int64>(unsafeUninitializedCapacity: s.count) { buf, initialized in
                    for i in 0 ..< s.count {
                        if let d = castStringToDate(strings[i]) { buf[i] = d } else { buf[i] = 0; nulls.setNull(i) }
                    }
                    initialized = s.count
                }
            }
            return (out, nulls.bitmap)
        default:
            return (ContiguousArray(repeating: 0, count: column.count), Bitmap(count: column.count, valid: false))
        }
    }

    /// The column as microseconds since the epoch: timestamps as they are, dates at midnight,
    /// strings cast as Spark casts a string to a timestamp.
    static func micros(_ column: Column) -> (ContiguousArray<Int64>, Bitmap?) {
        switch (column.type, column.values) {
        case (.date, .ints(let v)): return (map(v) { $0 &* Calendar.microsPerDay }, column.validity)
        case (_, .ints(let v)): return (v, column.validity)
        case (_, .strings(let s)):
            var nulls = FnNulls(column.validity, count: s.count)
            let out = withStrings(s) { strings in
                ContiguousArray<Int64>(unsafeUninitializedCapacity: s.count) { buf, initialized in
                    for i in 0 ..< s.count {
                        if let t = castStringToTimestamp(strings[i]) { buf[i] = t } else { buf[i] = 0; nulls.setNull(i) }
                    }
                    initialized = s.count
                }
            }
            return (out, nulls.bitmap)
        default:
            return (ContiguousArray(repeating: 0, count: column.count), Bitmap(count: column.count, valid: false))
        }
    }

    // MARK: Parsing as Spark's casts do

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b <= 0x20 }

    /// Bytes without leading and trailing whitespace (and control characters), as Spark's casts trim.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = bytes.count
        while start < end && isSpace(bytes[start]) { start += 1 }
        while end > start && isSpace(bytes[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start ..< end])
    }

    /// A string cast to double: Java's `Double.parseDouble` forms after trimming, plus Spark's
    /// case-insensitive "inf", "infinity", "nan".
    static func parseDouble(_ raw: UnsafeBufferPointer<UInt8>) -> Double? {
        var bytes = trimmed(raw)
        guard !bytes.isEmpty else { return nil }
        // Java accepts a trailing type suffix (1.5d, 2f).
        if let last = bytes.last, last == 0x64 || last == 0x44 || last == 0x66 || last == 0x46, bytes.count > 1 {
            bytes = UnsafeBufferPointer(rebasing: bytes[0 ..< bytes.count - 1])
        }
        // Fast path: [sign] digits [. digits] without exponent, up to 15 digits.
        var i = 0, negative = false
        if bytes[0] == 0x2D { negative = true; i = 1 } else if bytes[0] == 0x2B { i = 1 }
        var mantissa: Int64 = 0, digits = 0, fractionDigits = 0, seenPoint = false, simple = i < bytes.count
        while i < bytes.count {
            let b = bytes[i]
            if b &- 0x30 < 10 {
                mantissa = mantissa &* 10 &+ Int64(b &- 0x30); digits += 1
                if seenPoint { fractionDigits += 1 }
            } else if b == 0x2E && !seenPoint {
                seenPoint = true
            } else { simple = false; break }
            i += 1
        }
        if simple && digits > 0 && digits <= 15 {
            let value = fractionDigits == 0 ? Double(mantissa) : Double(mantissa) / powersOfTen[fractionDigits]
            return negative ? -value : value
        }
        let text = String(decoding: bytes, as: UTF8.self)
        switch text.lowercased() {
        case "nan", "+nan", "-nan": return .nan
        case "inf", "+inf", "infinity", "+infinity": return .infinity
        case "-inf", "-infinity": return -.infinity
        default: break
        }
        if text.contains(where: { $0 == "x" || $0 == "X" || $0 == "n" || $0 == "N" || $0 == "i" || $0 == "I" }) { return nil }
        return Double(text)
    }

    static let powersOfTen: [Double] = (0 ... 22).map { pow(10, Double($0)) }

    /// A string cast to a long: [sign] digits, optionally followed by a fraction that is dropped
    /// (Spark's `UTF8String.toLong`); nil on anything else or overflow.
    static func parseInteger(_ raw: UnsafeBufferPointer<UInt8>) -> Int64? {
        let bytes = trimmed(raw)
        guard !bytes.isEmpty else { return nil }
        var i = 0, negative = false
        if bytes[0] == 0x2D { negative = true; i = 1 } else if bytes[0] == 0x2B { i = 1 }
        guard i < bytes.count else { return nil }
        var value: Int64 = 0, any = false
        while i < bytes.count, bytes[i] &- 0x30 < 10 {
            let d = Int64(bytes[i] &- 0x30)
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (s, o2) = negative ? m.subtractingReportingOverflow(d) : m.addingReportingOverflow(d)
            if o1 || o2 { return nil }
            value = s; any = true; i += 1
        }
        if i < bytes.count {
            guard bytes[i] == 0x2E else { return nil }
            i += 1
            while i < bytes.count {
                guard bytes[i] &- 0x30 < 10 else { return nil }
                i += 1
            }
        }
        return any || bytes.count > 1 ? value : nil
    }

    /// A string cast to a date as Spark does: `yyyy`, `yyyy-[m]m`, `yyyy-[m]m-[d]d`, and a full date
    /// followed by a space or `T` and anything; leading and trailing whitespace ignored.
    static func castStringToDate(_ raw: UnsafeBufferPointer<UInt8>) -> Int64? {
        let bytes = trimmed(raw)
        var i = 0
        var segments: (Int64, Int64, Int64) = (0, 1, 1)
        var segment = 0
        while segment < 3 {
            var value: Int64 = 0, digits = 0
            while i < bytes.count, bytes[i] &- 0x30 < 10, digits < 8 {
                value = value * 10 + Int64(bytes[i] &- 0x30); digits += 1; i += 1
            }
            if segment == 0 { guard digits >= 4 && digits <= 7 else { return nil }; segments.0 = value }
            else if segment == 1 { guard digits >= 1 && digits <= 2 else { return nil }; segments.1 = value }
            else { guard digits >= 1 && digits <= 2 else { return nil }; segments.2 = value }
            if i == bytes.count { break }
            if segment < 2 {
                guard bytes[i] == 0x2D else { return nil }
                i += 1
            } else {
                guard bytes[i] == 0x20 || bytes[i] == 0x54 else { return nil }
            }
            segment += 1
        }
        if segment < 2 && i < bytes.count { return nil }
        if segment == 1 && i == bytes.count && bytes.last == 0x2D { return nil }
        return validDays(year: segments.0, month: segments.1, day: segments.2)
    }

    /// A string cast to a timestamp as Spark does (the forms of `Calendar.parseTimestamp`, plus a
    /// bare year or year-month).
    static func castStringToTimestamp(_ raw: UnsafeBufferPointer<UInt8>) -> Int64? {
        let bytes = trimmed(raw)
        if let t = Calendar.parseTimestamp(bytes) { return t }
        if !bytes.contains(0x20) && !bytes.contains(0x54) && !bytes.contains(0x3A), let d = castStringToDate(bytes) {
            return d * Calendar.microsPerDay
        }
        return nil
    }

    /// Days of a civil date, or nil when it does not exist.
    static func validDays(year: Int64, month: Int64, day: Int64) -> Int64? {
        guard month >= 1, month <= 12, day >= 1, day <= monthLength(year: year, month: month) else { return nil }
        return Calendar.days(year: year, month: month, day: day)
    }

    @inline(__always) static func monthLength(year: Int64, month: Int64) -> Int64 {
        switch month {
        case 2: return Calendar.isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // MARK: Strings

    /// Calls `body` with raw access to every value of `array`.
    @inline(__always)
    static func withStrings<R>(_ array: StringArray, _ body: (FnStrings) throws -> R) rethrows -> R {
        try array.offsets.withUnsafeBufferPointer { offsets in
            try array.bytes.withUnsafeBufferPointer { bytes in try body(FnStrings(offsets: offsets, bytes: bytes)) }
        }
    }

    /// The number of characters (code points) of UTF-8 `bytes`.
    @inline(__always) static func charCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        for b in bytes where b & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// The byte offset of character `n` (clamped to the end).
    @inline(__always) static func byteOffset(ofChar n: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if n <= 0 { return 0 }
        var seen = 0, i = 0
        while i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 {
                if seen == n { return i }
                seen += 1
            }
            i += 1
        }
        return bytes.count
    }

    /// The byte length of the UTF-8 character starting with `b`.
    @inline(__always) static func charLength(_ b: UInt8) -> Int {
        if b < 0x80 { return 1 }
        if b < 0xE0 { return 2 }
        if b < 0xF0 { return 3 }
        return 4
    }

    /// Whether every byte is ASCII.
    @inline(__always) static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in bytes where b >= 0x80 { return false }
        return true
    }

    /// The code points of UTF-8 `bytes`.
    static func scalars(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let (scalar, length) = decode(bytes, at: i)
            out.append(scalar); i += length
        }
        return out
    }

    /// The code point at byte `i` and its byte length (invalid bytes read as themselves).
    @inline(__always) static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b = bytes[i]
        let length = min(charLength(b), bytes.count - i)
        switch length {
        case 2: return ((UInt32(b & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F), 2)
        case 3: return ((UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F), 3)
        case 4: return ((UInt32(b & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12) | (UInt32(bytes[i + 2] & 0x3F) << 6) | UInt32(bytes[i + 3] & 0x3F), 4)
        default: return (UInt32(b), 1)
        }
    }

    /// Appends the UTF-8 encoding of `scalar`.
    @inline(__always) static func encode(_ scalar: UInt32, into bytes: inout ContiguousArray<UInt8>) {
        if scalar < 0x80 { bytes.append(UInt8(scalar)) }
        else if scalar < 0x800 { bytes.append(UInt8(0xC0 | (scalar >> 6))); bytes.append(UInt8(0x80 | (scalar & 0x3F))) }
        else if scalar < 0x10000 {
            bytes.append(UInt8(0xE0 | (scalar >> 12))); bytes.append(UInt8(0x80 | ((scalar >> 6) & 0x3F))); bytes.append(UInt8(0x80 | (scalar & 0x3F)))
        } else {
            bytes.append(UInt8(0xF0 | (scalar >> 18))); bytes.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((scalar >> 6) & 0x3F))); bytes.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    /// Finds `needle` in `haystack` from byte `from`; the byte offset or nil.
    static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        let n = needle.count, h = haystack.count
        if n == 0 { return from <= h ? from : nil }
        guard h - from >= n, let nb = needle.baseAddress, let hb = haystack.baseAddress else { return nil }
        let first = nb[0]
        var i = from
        let last = h - n
        while i <= last {
            if hb[i] == first && memcmp(hb + i, nb, n) == 0 { return i }
            i += 1
        }
        return nil
    }

    /// Whether `bytes` starts with `prefix`.
    @inline(__always) static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= prefix.count else { return false }
        guard prefix.count > 0, let a = bytes.baseAddress, let b = prefix.baseAddress else { return true }
        return memcmp(a, b, prefix.count) == 0
    }

    /// Whether `bytes` ends with `suffix`.
    @inline(__always) static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= suffix.count else { return false }
        guard suffix.count > 0, let a = bytes.baseAddress, let b = suffix.baseAddress else { return true }
        return memcmp(a + bytes.count - suffix.count, b, suffix.count) == 0
    }

    /// A column of `count` rows of a constant double.
    static func constant(_ value: Double, count: Int) -> Column {
        Column(type: .float64, values: .doubles(ContiguousArray(repeating: value, count: count)))
    }
}

/// Raw access to the values of a `StringArray`.
struct FnStrings {
    let offsets: UnsafeBufferPointer<Int32>
    let bytes: UnsafeBufferPointer<UInt8>

    @inline(__always) subscript(i: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[Int(offsets[i]) ..< Int(offsets[i + 1])])
    }
}

/// A validity bitmap that starts as the inputs' and gains nulls where a kernel finds invalid input.
struct FnNulls {
    var bitmap: Bitmap?
    let count: Int

    init(_ base: Bitmap?, count: Int) {
        bitmap = base
        self.count = count
    }

    @inline(__always) func isValid(_ i: Int) -> Bool { bitmap?.isValid(i) ?? true }

    @inline(__always) mutating func setNull(_ i: Int) {
        if bitmap == nil { bitmap = Bitmap(count: count, valid: true) }
        bitmap?.set(i, false)
    }
}

/// Builds a string column byte by byte.
struct FnStringBuilder {
    var array: StringArray

    init(capacity: Int, averageLength: Int = 8) { array = StringArray(capacity: capacity, averageLength: averageLength) }

    @inline(__always) mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) { array.bytes.append(contentsOf: bytes) }
    @inline(__always) mutating func append(byte: UInt8) { array.bytes.append(byte) }
    @inline(__always) mutating func append(_ string: String) { var s = string; s.withUTF8 { array.bytes.append(contentsOf: $0) } }
    @inline(__always) mutating func append(scalar: UInt32) { FnKernel.encode(scalar, into: &array.bytes) }
    /// Ends the current value.
    @inline(__always) mutating func endValue() { array.offsets.append(Int32(truncatingIfNeeded: array.bytes.count)) }
    /// Appends an empty value (a null's slot).
    @inline(__always) mutating func appendEmpty() { array.offsets.append(Int32(truncatingIfNeeded: array.bytes.count)) }

    func column(_ validity: Bitmap?) -> Column { Column(type: .string, values: .strings(array), validity: validity) }
}
