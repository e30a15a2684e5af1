import Columnar

/// Text-to-value conversions of the CSV reader, on raw bytes (no Strings on the hot path), with the
/// syntax of Spark's (Java's) parsers.
enum CSVValues {
    /// Powers of ten exactly representable as doubles.
    static let exactPowers: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// `[+-]?[0-9]+` as an Int64 (Java's `Long.parseLong`), or nil on bad syntax or overflow.
    @inline(__always)
    static func parseInt64(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int64? {
        guard n > 0 else { return nil }
        var i = 0
        var negative = false
        let first = p[0]
        if first == UInt8(ascii: "-") { negative = true; i = 1 } else if first == UInt8(ascii: "+") { i = 1 }
        guard i < n else { return nil }
        var value: UInt64 = 0
        // 18 digits never overflow; check only past them.
        let safeEnd = min(n, i + 18)
        while i < safeEnd {
            let d = p[i] &- 0x30
            guard d < 10 else { return nil }
            value = value &* 10 &+ UInt64(d)
            i += 1
        }
        let limit: UInt64 = negative ? 9_223_372_036_854_775_808 : 9_223_372_036_854_775_807
        while i < n {
            let d = p[i] &- 0x30
            guard d < 10 else { return nil }
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(UInt64(d))
            guard !o1, !o2, sum <= limit else { return nil }
            value = sum
            i += 1
        }
        return negative ? Int64(bitPattern: 0 &- value) : Int64(bitPattern: value)
    }

    /// Whether `p[0..<n]` equals the ASCII text `word`, ignoring ASCII case.
    @inline(__always)
    static func equalsIgnoringCase(_ p: UnsafePointer<UInt8>, _ n: Int, _ word: StaticString) -> Bool {
        guard n == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for i in 0 ..< n where p[i] | 0x20 != w[i] | 0x20 { return false }
        return true
    }

    /// Whether `p[0..<n]` equals the ASCII text `word` exactly.
    @inline(__always)
    static func equals(_ p: UnsafePointer<UInt8>, _ n: Int, _ word: StaticString) -> Bool {
        guard n == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for i in 0 ..< n where p[i] != w[i] { return false }
        return true
    }

    /// "true" / "false" in any case (Scala's `toBoolean`), or nil.
    @inline(__always)
    static func parseBool(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool? {
        if equalsIgnoringCase(p, n, "true") { return true }
        if equalsIgnoringCase(p, n, "false") { return false }
        return nil
    }

    /// A double as Spark reads one: Spark's `nanValue` "NaN", `positiveInf` "Inf" and `negativeInf`
    /// "-Inf", then Java's `Double.parseDouble` syntax: surrounding white space (bytes <= 0x20) ignored,
    /// `[+-]?(NaN|Infinity|(d+[.d*]|.d+)([eE][+-]?d+)?[fFdD]?)`. Hexadecimal floats are not accepted.
    /// Correctly rounded. With `convert` false only the syntax is checked (the result is 0).
    @inline(__always)
    static func parseDouble(_ p: UnsafePointer<UInt8>, _ n: Int, convert: Bool = true) -> Double? {
        // The common form `-?d+(.d*)?` with at most 19 digits, converted exactly.
        if n > 0 {
            var i = 0
            let negative = p[0] == UInt8(ascii: "-")
            if negative { i = 1 }
            var mantissa: UInt64 = 0
            let digitsStart = i
            while i < n {
                let d = p[i] &- 0x30
                guard d < 10 else { break }
                mantissa = mantissa &* 10 &+ UInt64(d)
                i += 1
            }
            let integerDigits = i - digitsStart
            var fractionDigits = 0
            if i < n && p[i] == UInt8(ascii: ".") {
                i += 1
                let fractionStart = i
                while i < n {
                    let d = p[i] &- 0x30
                    guard d < 10 else { break }
                    mantissa = mantissa &* 10 &+ UInt64(d)
                    i += 1
                }
                fractionDigits = i - fractionStart
            }
            if i == n && integerDigits + fractionDigits > 0 && integerDigits + fractionDigits <= 19
                && mantissa < (1 << 53) && fractionDigits <= 22 {
                guard convert else { return 0 }
                let value = Double(mantissa) / exactPowers[fractionDigits]
                return negative ? -value : value
            }
        }
        // Spark's `positiveInf` and `negativeInf` option values, compared before Java's parser.
        if n <= 4 {
            if equals(p, n, "Inf") { return .infinity }
            if equals(p, n, "-Inf") { return -.infinity }
        }
        var i = 0
        var end = n
        // Java trims white space.
        while i < end && p[i] <= 0x20 { i += 1 }
        while end > i && p[end - 1] <= 0x20 { end -= 1 }
        guard i < end else { return nil }
        let textStart = i
        var negative = false
        if p[i] == UInt8(ascii: "-") || p[i] == UInt8(ascii: "+") { negative = p[i] == UInt8(ascii: "-"); i += 1 }
        guard i < end else { return nil }
        let c = p[i]
        if c == UInt8(ascii: "N") || c == UInt8(ascii: "I") {
            if equals(p + i, end - i, "NaN") { return .nan }
            if equals(p + i, end - i, "Infinity") { return negative ? -.infinity : .infinity }
            return nil
        }
        var mantissa: UInt64 = 0
        var significant = 0
        var scale = 0  // value = mantissa * 10^(scale + exponent)
        var digits = 0
        var manyDigits = false
        while i < end {
            let d = p[i] &- 0x30
            guard d < 10 else { break }
            digits += 1
            if mantissa != 0 || d != 0 {
                if significant < 19 { mantissa = mantissa &* 10 &+ UInt64(d); significant += 1 } else { manyDigits = true; scale += 1 }
            }
            i += 1
        }
        if i < end && p[i] == UInt8(ascii: ".") {
            i += 1
            while i < end {
                let d = p[i] &- 0x30
                guard d < 10 else { break }
                digits += 1
                if mantissa != 0 || d != 0 {
                    if significant < 19 { mantissa = mantissa &* 10 &+ UInt64(d); significant += 1; scale -= 1 } else { manyDigits = true }
                } else {
                    scale -= 1
                }
                i += 1
            }
        }
        guard digits > 0 else { return nil }
        var exponent = 0
        if i < end && (p[i] | 0x20) == UInt8(ascii: "e") {
            i += 1
            var expNegative = false
            if i < end && (p[i] == UInt8(ascii: "-") || p[i] == UInt8(ascii: "+")) { expNegative = p[i] == UInt8(ascii: "-"); i += 1 }
            var expDigits = 0
            while i < end {
                let d = p[i] &- 0x30
                guard d < 10 else { break }
                if exponent < 100_000 { exponent = exponent * 10 + Int(d) }
                expDigits += 1
                i += 1
            }
            guard expDigits > 0 else { return nil }
            if expNegative { exponent = -exponent }
        }
        let numberEnd = i  // before Java's optional type suffix
        if i < end {
            let s = p[i] | 0x20
            guard s == UInt8(ascii: "f") || s == UInt8(ascii: "d"), i + 1 == end else { return nil }
        }
        guard convert else { return 0 }
        if mantissa == 0 { return negative ? -0.0 : 0.0 }
        let power = scale + exponent
        if !manyDigits && mantissa < (1 << 53) && power >= -22 && power <= 22 {
            let m = Double(mantissa)
            let value = power >= 0 ? m * exactPowers[power] : m / exactPowers[-power]
            return negative ? -value : value
        }
        // Rare: more than 19 significant digits or a large exponent. Swift's parser is correctly
        // rounded and locale-independent; the syntax was checked above.
        return Double(String(decoding: UnsafeBufferPointer(start: p + textStart, count: numberEnd - textStart), as: UTF8.self))
    }

    /// A timestamp (microseconds, UTC) in the forms of `Calendar.parseTimestamp`; the common
    /// `yyyy-MM-dd HH:mm:ss[ UTC|Z]` shape is parsed inline.
    @inline(__always)
    static func parseTimestamp(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int64? {
        if n == 19 || n == 23 || n == 20 {
            if let value = fastTimestamp(p, n) { return value }
        }
        return Calendar.parseTimestamp(UnsafeBufferPointer(start: p, count: n))
    }

    /// `yyyy-MM-dd[ T]HH:mm:ss` followed by nothing, " UTC" or "Z"; nil for anything else (which may
    /// still be a timestamp in another form).
    @inline(__always)
    static func fastTimestamp(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int64? {
        @inline(__always) func two(_ at: Int) -> Int64? {
            let a = p[at] &- 0x30, b = p[at + 1] &- 0x30
            guard a < 10, b < 10 else { return nil }
            return Int64(a) * 10 + Int64(b)
        }
        if n == 23 {
            guard p[19] == 0x20, p[20] == UInt8(ascii: "U"), p[21] == UInt8(ascii: "T"), p[22] == UInt8(ascii: "C") else { return nil }
        } else if n == 20 {
            guard p[19] == UInt8(ascii: "Z") else { return nil }
        }
        guard p[4] == 0x2D, p[7] == 0x2D, p[10] == 0x20 || p[10] == UInt8(ascii: "T"), p[13] == 0x3A, p[16] == 0x3A,
              let y1 = two(0), let y2 = two(2), let month = two(5), let day = two(8),
              let hour = two(11), let minute = two(14), let second = two(17) else { return nil }
        let year = y1 * 100 + y2
        guard month >= 1, month <= 12, day >= 1, hour < 24, minute < 60, second < 60 else { return nil }
        guard day <= daysInMonth(year, month) else { return nil }
        return Calendar.days(year: year, month: month, day: day) * Calendar.microsPerDay
            + ((hour * 60 + minute) * 60 + second) * 1_000_000
    }

    /// `yyyy-MM-dd` exactly (ten bytes), as days; nil otherwise.
    @inline(__always)
    static func strictDate(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int64? {
        guard n == 10, p[4] == 0x2D, p[7] == 0x2D else { return nil }
        var year: Int64 = 0
        for k in 0 ..< 4 {
            let d = p[k] &- 0x30
            guard d < 10 else { return nil }
            year = year * 10 + Int64(d)
        }
        let m1 = p[5] &- 0x30, m2 = p[6] &- 0x30, d1 = p[8] &- 0x30, d2 = p[9] &- 0x30
        guard m1 < 10, m2 < 10, d1 < 10, d2 < 10 else { return nil }
        let month = Int64(m1) * 10 + Int64(m2), day = Int64(d1) * 10 + Int64(d2)
        guard month >= 1, month <= 12, day >= 1, day <= daysInMonth(year, month) else { return nil }
        return Calendar.days(year: year, month: month, day: day)
    }

    /// The number of days in `month` of `year`.
    @inline(__always)
    static func daysInMonth(_ year: Int64, _ month: Int64) -> Int64 {
        switch month {
        case 2: return Calendar.isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// The type a field or column is inferred as, narrowest first; `null` is a field that says nothing.
enum CSVInferred: UInt8, Sendable {
    case null, int, bigint, double, bool, date, timestamp, string

    /// The common type of two inferred types (Spark's `compatibleType` for CSV inference).
    @inline(__always)
    static func merge(_ a: CSVInferred, _ b: CSVInferred) -> CSVInferred {
        if a == b || b == .null { return a }
        if a == .null { return b }
        if a.rawValue <= CSVInferred.double.rawValue && b.rawValue <= CSVInferred.double.rawValue {
            return a.rawValue > b.rawValue ? a : b
        }
        if (a == .date && b == .timestamp) || (a == .timestamp && b == .date) { return .timestamp }
        return .string
    }

    /// The engine's type for the inferred type (an all-null column is a string).
    var dataType: DataType {
        switch self {
        case .int: .int32
        case .bigint: .int64
        case .double: .float64
        case .bool: .bool
        case .date: .date
        case .timestamp: .timestamp
        case .null, .string: .string
        }
    }

    /// The narrowest type of a non-empty field `p[0..<n]` (Spark's CSV inference order: int, bigint,
    /// double, date, timestamp, boolean, string).
    @inline(__always)
    static func classify(_ p: UnsafePointer<UInt8>, _ n: Int) -> CSVInferred {
        let c = p[0]
        let isDigit = c &- 0x30 < 10
        if isDigit || c == UInt8(ascii: "-") {
            // Fast path: `-?d+` (9 digits fit int) or `-?d+.d+` (a double).
            var i = c == UInt8(ascii: "-") ? 1 : 0
            let digitsStart = i
            while i < n && p[i] &- 0x30 < 10 { i += 1 }
            let digits = i - digitsStart
            if i == n && digits > 0 && digits <= 9 { return .int }
            if digits > 0 && i < n && p[i] == UInt8(ascii: ".") {
                i += 1
                let fractionStart = i
                while i < n && p[i] &- 0x30 < 10 { i += 1 }
                if i == n && i > fractionStart { return .double }
            }
        }
        if isDigit || c == UInt8(ascii: "-") || c == UInt8(ascii: "+") {
            if let value = CSVValues.parseInt64(p, n) {
                return value >= Int64(Int32.min) && value <= Int64(Int32.max) ? .int : .bigint
            }
        }
        if isDigit || c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: ".") || c == UInt8(ascii: "N")
            || c == UInt8(ascii: "I") || c <= 0x20 {
            if CSVValues.parseDouble(p, n, convert: false) != nil { return .double }
        }
        if isDigit && n >= 8 {
            if CSVValues.strictDate(p, n) != nil { return .date }
            if CSVValues.parseTimestamp(p, n) != nil { return .timestamp }
            return .string
        }
        if CSVValues.parseBool(p, n) != nil { return .bool }
        return .string
    }
}
