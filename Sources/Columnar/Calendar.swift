/// Dates and timestamps as the engine stores them: days since 1970-01-01 and microseconds since
/// the epoch, UTC (the session time zone is UTC). Proleptic Gregorian calendar.
public enum Calendar {
    /// Microseconds per day.
    public static let microsPerDay: Int64 = 86_400_000_000

    /// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
    public static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date of `days` since 1970-01-01.
    public static func civil(days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Floor division of a timestamp into days.
    @inline(__always) public static func day(ofMicros micros: Int64) -> Int64 {
        micros >= 0 ? micros / microsPerDay : (micros - microsPerDay + 1) / microsPerDay
    }

    /// Microseconds into the day of a timestamp.
    @inline(__always) public static func microsOfDay(_ micros: Int64) -> Int64 {
        micros - day(ofMicros: micros) * microsPerDay
    }

    /// Whether `year` is a leap year.
    public static func isLeap(_ year: Int64) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// Parses `yyyy-MM-dd` (returns days) from `bytes`, or nil.
    public static func parseDate(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var scanner = DigitScanner(bytes)
        guard let (y, m, d) = scanner.date(), scanner.atEnd else { return nil }
        return days(year: y, month: m, day: d)
    }

    /// Parses a timestamp (returns microseconds, UTC) in the forms Spark reads by default:
    /// `yyyy-MM-dd`, `yyyy-MM-dd[ |T]HH:mm[:ss[.f{1,6}]]` followed by nothing, `Z`, ` UTC`, `UTC`, or
    /// an offset `+hh:mm` / `-hh:mm` / `+hhmm`. Returns nil for anything else.
    public static func parseTimestamp(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var scanner = DigitScanner(bytes)
        guard let (y, m, d) = scanner.date() else { return nil }
        var micros = days(year: y, month: m, day: d) * microsPerDay
        if scanner.atEnd { return micros }
        guard scanner.take(0x20) || scanner.take(0x54) else { return nil }  // ' ' or 'T'
        guard let h = scanner.digits(2), scanner.take(0x3A), let mi = scanner.digits(2), h < 24, mi < 60 else { return nil }
        var seconds: Int64 = 0, fraction: Int64 = 0
        if scanner.take(0x3A) {
            guard let s = scanner.digits(2), s < 60 else { return nil }
            seconds = s
            if scanner.take(0x2E) {
                var scale: Int64 = 100_000, count = 0
                while let digit = scanner.digit() {
                    count += 1
                    guard count <= 6 else { return nil }
                    fraction += digit * scale
                    scale /= 10
                }
                guard count > 0 else { return nil }
            }
        }
        micros += ((h * 60 + mi) * 60 + seconds) * 1_000_000 + fraction
        guard let offset = scanner.zone() else { return nil }
        return micros - offset * 1_000_000
    }

    /// `yyyy-MM-dd HH:mm:ss[.ffffff]` as Spark's `show()` prints a timestamp (fraction trimmed of zeros).
    public static func formatTimestamp(_ micros: Int64) -> String {
        let d = day(ofMicros: micros)
        let (y, m, dd) = civil(days: d)
        let inDay = micros - d * microsPerDay
        let seconds = inDay / 1_000_000, fraction = inDay % 1_000_000
        var text = "\(pad(y, 4))-\(pad(m, 2))-\(pad(dd, 2)) \(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2))"
        if fraction != 0 {
            var digits = pad(fraction, 6)
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text
    }

    /// `yyyy-MM-dd`.
    public static func formatDate(_ days: Int64) -> String {
        let (y, m, d) = civil(days: days)
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    static func pad(_ value: Int64, _ width: Int) -> String {
        let text = String(abs(value))
        let padded = text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
        return value < 0 ? "-" + padded : padded
    }
}

/// Reads fixed-width digit groups from bytes (date and time parsing).
struct DigitScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { position == bytes.count }

    mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    mutating func digit() -> Int64? {
        guard position < bytes.count, bytes[position] &- 0x30 < 10 else { return nil }
        defer { position += 1 }
        return Int64(bytes[position] &- 0x30)
    }

    mutating func digits(_ count: Int) -> Int64? {
        var value: Int64 = 0
        for _ in 0 ..< count {
            guard let d = digit() else { return nil }
            value = value * 10 + d
        }
        return value
    }

    /// `yyyy-M[M]-d[d]`, validated.
    mutating func date() -> (Int64, Int64, Int64)? {
        guard let y = digits(4), take(0x2D), let m = oneOrTwo(), take(0x2D), let d = oneOrTwo() else { return nil }
        guard m >= 1, m <= 12, d >= 1 else { return nil }
        let lengths: [Int64] = [31, Calendar.isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard d <= lengths[Int(m - 1)] else { return nil }
        return (y, m, d)
    }

    mutating func oneOrTwo() -> Int64? {
        guard let first = digit() else { return nil }
        if let second = digit() { return first * 10 + second }
        return first
    }

    /// The zone suffix as seconds east of UTC: none, `Z`, `UTC`, ` UTC`, `±hh:mm`, `±hhmm`, `±hh`.
    mutating func zone() -> Int64? {
        if atEnd { return 0 }
        _ = take(0x20)
        if take(0x5A) { return atEnd ? 0 : nil }
        if take(0x55) { return take(0x54) && take(0x43) && atEnd ? 0 : nil }
        let sign: Int64
        if take(0x2B) { sign = 1 } else if take(0x2D) { sign = -1 } else { return nil }
        guard let h = digits(2) else { return nil }
        _ = take(0x3A)
        let m = atEnd ? 0 : digits(2)
        guard let m, atEnd, h < 24, m < 60 else { return nil }
        return sign * (h * 3600 + m * 60)
    }
}
