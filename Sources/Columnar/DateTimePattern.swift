import Foundation

/// A Java `DateTimeFormatter` pattern as Spark 3 uses it (`yyyy-MM-dd HH:mm:ss`), compiled once to
/// tokens that parse and format on UTF-8 bytes without Foundation's date APIs. Parsing follows
/// Spark's rules: case-insensitive text, strict field ranges, the whole input consumed, missing
/// fields defaulting to 1970-01-01 00:00:00, second fractions of 1 to n digits for `S`×n, and the
/// session time zone UTC.
final class DateTimePattern: Sendable {
    enum Field: UInt8, Sendable {
        case year, month, day, dayOfYear, hourOfDay, clockHourOfDay, hourOfAmPm, clockHourOfAmPm, minute, second, quarter
    }

    enum Text: UInt8, Sendable {
        case monthShort, monthFull, monthNarrow, dayShort, dayFull, dayNarrow, ampm, eraShort, eraFull, quarterShort, quarterFull
    }

    enum Zone: Sendable {
        /// `X`…`XXXXX` (zero as "Z"), `x`…`xxxxx` (zero as digits): count letters.
        case offset(count: Int, zeroAsZ: Bool)
        /// `Z`…`ZZZZZ`.
        case offsetZ(count: Int)
        /// `z` (short name), `zzzz` (long name), `VV` (zone id), `O` (localized offset).
        case name(long: Bool), id, localized(long: Bool)
    }

    indirect enum Token: Sendable {
        case literal([UInt8])
        case number(Field, min: Int, max: Int, exceedsPad: Bool)
        case reducedYear
        case fraction(Int)
        case text(Text)
        case zone(Zone)
        case optional([Token])
    }

    let tokens: [Token]
    let pattern: String

    /// Compiles `pattern`; throws for letters Java rejects or Spark does not support.
    init(_ pattern: String) throws {
        self.pattern = pattern
        let chars = Array(pattern.unicodeScalars)
        var i = 0
        func error(_ message: String) -> ColumnarError {
            ColumnarError(.argument, "[INVALID_DATETIME_PATTERN] Unrecognized datetime pattern: \(pattern). \(message)")
        }
        func compile(untilClose: Bool) throws -> [Token] {
            var tokens: [Token] = []
            var literal: [UInt8] = []
            func flush() { if !literal.isEmpty { tokens.append(.literal(literal)); literal = [] } }
            func appendLiteral(_ s: Unicode.Scalar) { literal.append(contentsOf: Array(String(s).utf8)) }
            while i < chars.count {
                let c = chars[i]
                if c == "'" {
                    // Quoted text; '' is a quote.
                    if i + 1 < chars.count && chars[i + 1] == "'" { appendLiteral("'"); i += 2; continue }
                    i += 1
                    var closed = false
                    while i < chars.count {
                        if chars[i] == "'" {
                            if i + 1 < chars.count && chars[i + 1] == "'" { appendLiteral("'"); i += 2; continue }
                            closed = true; i += 1; break
                        }
                        appendLiteral(chars[i]); i += 1
                    }
                    if !closed { throw error("Pattern ends with an incomplete string literal.") }
                    continue
                }
                if c == "[" { flush(); i += 1; tokens.append(.optional(try compile(untilClose: true))); continue }
                if c == "]" {
                    if untilClose { flush(); i += 1; return tokens }
                    throw error("Pattern invalid as it contains ] without previous [.")
                }
                guard c.properties.isAlphabetic && c.isASCII else { appendLiteral(c); i += 1; continue }
                var count = 1
                while i + count < chars.count && chars[i + count] == c { count += 1 }
                i += count
                flush()
                func tooMany() -> ColumnarError { error("Too many pattern letters: \(c)") }
                switch c {
                case "y":
                    if count == 2 { tokens.append(.reducedYear) }
                    else { tokens.append(.number(.year, min: count, max: 10, exceedsPad: count >= 4)) }
                case "M", "L":
                    switch count {
                    case 1: tokens.append(.number(.month, min: 1, max: 10, exceedsPad: false))
                    case 2: tokens.append(.number(.month, min: 2, max: 2, exceedsPad: false))
                    case 3: tokens.append(.text(.monthShort))
                    case 4: tokens.append(.text(.monthFull))
                    case 5: tokens.append(.text(.monthNarrow))
                    default: throw tooMany()
                    }
                case "d", "H", "h", "k", "K", "m", "s":
                    let field: Field = switch c {
                    case "d": .day
                    case "H": .hourOfDay
                    case "h": .clockHourOfAmPm
                    case "k": .clockHourOfDay
                    case "K": .hourOfAmPm
                    case "m": .minute
                    default: .second
                    }
                    guard count <= 2 else { throw tooMany() }
                    tokens.append(.number(field, min: count, max: count == 1 ? 10 : 2, exceedsPad: false))
                case "D":
                    guard count <= 3 else { throw tooMany() }
                    tokens.append(.number(.dayOfYear, min: count, max: count == 1 ? 10 : 3, exceedsPad: false))
                case "Q", "q":
                    switch count {
                    case 1, 2: tokens.append(.number(.quarter, min: count, max: count == 1 ? 10 : 2, exceedsPad: false))
                    case 3: tokens.append(.text(.quarterShort))
                    case 4: tokens.append(.text(.quarterFull))
                    default: throw tooMany()
                    }
                case "E":
                    switch count {
                    case 1, 2, 3: tokens.append(.text(.dayShort))
                    case 4: tokens.append(.text(.dayFull))
                    case 5: tokens.append(.text(.dayNarrow))
                    default: throw tooMany()
                    }
                case "a":
                    guard count == 1 else { throw tooMany() }
                    tokens.append(.text(.ampm))
                case "G":
                    switch count {
                    case 1, 2, 3: tokens.append(.text(.eraShort))
                    case 4: tokens.append(.text(.eraFull))
                    default: throw tooMany()
                    }
                case "S":
                    guard count <= 9 else { throw tooMany() }
                    tokens.append(.fraction(count))
                case "X", "x":
                    guard count <= 5 else { throw tooMany() }
                    tokens.append(.zone(.offset(count: count, zeroAsZ: c == "X")))
                case "Z":
                    guard count <= 5 else { throw tooMany() }
                    tokens.append(.zone(.offsetZ(count: count)))
                case "z":
                    guard count <= 4 else { throw tooMany() }
                    tokens.append(.zone(.name(long: count == 4)))
                case "V":
                    guard count == 2 else { throw error("Pattern letter count must be 2: V") }
                    tokens.append(.zone(.id))
                case "O":
                    guard count == 1 || count == 4 else { throw error("Pattern letter count must be 1 or 4: O") }
                    tokens.append(.zone(.localized(long: count == 4)))
                case "Y", "w", "W", "u", "e", "c":
                    throw ColumnarError(.argument, "[INVALID_DATETIME_PATTERN] All week-based patterns are unsupported since Spark 3.0, detected: \(c), Please use the SQL function EXTRACT instead.")
                default:
                    throw error("Illegal pattern character: \(c)")
                }
            }
            if untilClose { throw error("Pattern invalid as it contains [ without following ].") }
            flush()
            return tokens
        }
        tokens = DateTimePattern.reserveAdjacent(try compile(untilClose: false))
        (fastOps, fastLiterals) = DateTimePattern.flatten(tokens)
    }

    // MARK: Fast path for numeric patterns

    /// One step of a pattern made only of literals, numbers and fractions (`yyyy-MM-dd HH:mm:ss`).
    struct Op: Sendable {
        /// 0: literal, 1: number, 2: reduced year, 3: fraction.
        var kind: UInt8
        var field: Field
        var min: Int
        var max: Int
        var literalStart: Int
        var literalCount: Int
        var exceedsPad: Bool
    }

    /// The pattern as flat steps, when it has no text, zone or optional section.
    let fastOps: [Op]?
    /// The bytes of every literal of `fastOps`, back to back.
    let fastLiterals: [UInt8]

    static func flatten(_ tokens: [Token]) -> ([Op]?, [UInt8]) {
        var ops: [Op] = [], literals: [UInt8] = []
        for token in tokens {
            switch token {
            case .literal(let bytes):
                ops.append(Op(kind: 0, field: .year, min: 0, max: 0, literalStart: literals.count, literalCount: bytes.count, exceedsPad: false))
                literals += bytes
            case .number(let field, let min, let max, let pad):
                ops.append(Op(kind: 1, field: field, min: min, max: max, literalStart: 0, literalCount: 0, exceedsPad: pad))
            case .reducedYear:
                ops.append(Op(kind: 2, field: .year, min: 2, max: 2, literalStart: 0, literalCount: 0, exceedsPad: false))
            case .fraction(let count):
                ops.append(Op(kind: 3, field: .second, min: 1, max: count, literalStart: 0, literalCount: 0, exceedsPad: false))
            default:
                return (nil, [])
            }
        }
        return (ops, literals)
    }

    /// `parse` for flat patterns: bytes compared and digits read through raw pointers.
    func parseFast(_ ops: UnsafeBufferPointer<Op>, _ literals: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var parsed = Parsed()
        var position = 0
        let n = bytes.count
        for op in ops {
            switch op.kind {
            case 0:
                guard n - position >= op.literalCount else { return nil }
                for k in 0 ..< op.literalCount {
                    let c = bytes[position + k], b = literals[op.literalStart + k]
                    if c != b && DateTimePattern.lowerASCII(c) != DateTimePattern.lowerASCII(b) { return nil }
                }
                position += op.literalCount
            case 1:
                var value: Int64 = 0, digits = 0
                while digits < op.max, position < n {
                    let d = bytes[position] &- 0x30
                    guard d < 10 else { break }
                    value = value &* 10 &+ Int64(d)
                    position += 1; digits += 1
                }
                guard digits >= op.min, parsed.set(op.field, value) else { return nil }
            case 2:
                guard n - position >= 2 else { return nil }
                let a = bytes[position] &- 0x30, b = bytes[position + 1] &- 0x30
                guard a < 10, b < 10, parsed.set(.year, 2000 + Int64(a) * 10 + Int64(b)) else { return nil }
                position += 2
            default:
                var nanos: Int64 = 0, digits = 0
                while digits < op.max, position < n {
                    let d = bytes[position] &- 0x30
                    guard d < 10 else { break }
                    nanos = nanos * 10 + Int64(d)
                    position += 1; digits += 1
                }
                guard digits >= 1 else { return nil }
                for _ in digits ..< 9 { nanos *= 10 }
                parsed.nanos = nanos
            }
        }
        guard position == n else { return nil }
        return DateTimePattern.resolve(parsed)
    }

    /// A variable-width number directly followed by another number parses only its minimum width
    /// (Java's adjacent value parsing, for `yyyyMMdd`).
    static func reserveAdjacent(_ tokens: [Token]) -> [Token] {
        var out = tokens
        for k in out.indices {
            if case .optional(let inner) = out[k] { out[k] = .optional(reserveAdjacent(inner)); continue }
            guard case .number(let field, let min, let max, let pad) = out[k], max > min, k + 1 < out.count else { continue }
            switch out[k + 1] {
            case .number, .reducedYear, .fraction: out[k] = .number(field, min: min, max: min, exceedsPad: pad)
            default: break
            }
        }
        return out
    }

    // MARK: Names

    static let monthsFull = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"].map { Array($0.utf8) }
    static let monthsShort = monthsFull.map { Array($0.prefix(3)) }
    static let daysFull = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].map { Array($0.utf8) }
    static let daysShort = daysFull.map { Array($0.prefix(3)) }
    static let quartersFull = ["1st quarter", "2nd quarter", "3rd quarter", "4th quarter"].map { Array($0.utf8) }

    // MARK: Parsing

    struct Parsed {
        var year: Int64? = nil, month: Int64? = nil, day: Int64? = nil, dayOfYear: Int64? = nil
        var hourOfDay: Int64? = nil, clockHourOfDay: Int64? = nil, hourOfAmPm: Int64? = nil, clockHourOfAmPm: Int64? = nil
        var ampm: Int64? = nil, minute: Int64? = nil, second: Int64? = nil, nanos: Int64? = nil
        var offsetSeconds: Int64? = nil, dayOfWeek: Int64? = nil, quarter: Int64? = nil

        mutating func set(_ field: Field, _ value: Int64) -> Bool {
            func assign(_ slot: inout Int64?) -> Bool {
                if let old = slot, old != value { return false }
                slot = value
                return true
            }
            switch field {
            case .year: return assign(&year)
            case .month: return assign(&month)
            case .day: return assign(&day)
            case .dayOfYear: return assign(&dayOfYear)
            case .hourOfDay: return assign(&hourOfDay)
            case .clockHourOfDay: return assign(&clockHourOfDay)
            case .hourOfAmPm: return assign(&hourOfAmPm)
            case .clockHourOfAmPm: return assign(&clockHourOfAmPm)
            case .minute: return assign(&minute)
            case .second: return assign(&second)
            case .quarter: return assign(&quarter)
            }
        }
    }

    /// Parses `bytes` to microseconds since the epoch (UTC), or nil when they do not match.
    func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        if let fastOps {
            return fastOps.withUnsafeBufferPointer { ops in fastLiterals.withUnsafeBufferPointer { parseFast(ops, $0, bytes) } }
        }
        var parsed = Parsed()
        var position = 0
        guard DateTimePattern.parse(tokens, bytes, &position, &parsed), position == bytes.count else { return nil }
        return DateTimePattern.resolve(parsed)
    }

    @inline(__always) static func lowerASCII(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }

    /// Matches `word` case-insensitively at `position`.
    @inline(__always) static func matchWord(_ word: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        guard bytes.count - position >= word.count else { return false }
        for (k, w) in word.enumerated() where lowerASCII(bytes[position + k]) != lowerASCII(w) { return false }
        return true
    }

    /// Matches the longest of `words`; returns its index.
    static func matchAny(_ words: [[UInt8]], _ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int) -> Int? {
        var best: Int? = nil
        for (k, word) in words.enumerated() where matchWord(word, bytes, position) {
            if best == nil || word.count > words[best!].count { best = k }
        }
        if let best { position += words[best].count }
        return best
    }

    static func parse(_ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int, _ parsed: inout Parsed) -> Bool {
        for token in tokens {
            switch token {
            case .literal(let literal):
                guard bytes.count - position >= literal.count else { return false }
                for (k, b) in literal.enumerated() {
                    let c = bytes[position + k]
                    if c != b && lowerASCII(c) != lowerASCII(b) { return false }
                }
                position += literal.count
            case .number(let field, let min, let max, _):
                var value: Int64 = 0, digits = 0
                while digits < max, position < bytes.count, bytes[position] &- 0x30 < 10 {
                    value = value * 10 + Int64(bytes[position] &- 0x30)
                    position += 1; digits += 1
                }
                guard digits >= min, parsed.set(field, value) else { return false }
            case .reducedYear:
                guard bytes.count - position >= 2, bytes[position] &- 0x30 < 10, bytes[position + 1] &- 0x30 < 10 else { return false }
                let value = Int64(bytes[position] &- 0x30) * 10 + Int64(bytes[position + 1] &- 0x30)
                position += 2
                guard parsed.set(.year, 2000 + value) else { return false }
            case .fraction(let count):
                var nanos: Int64 = 0, digits = 0
                while digits < count, position < bytes.count, bytes[position] &- 0x30 < 10 {
                    nanos = nanos * 10 + Int64(bytes[position] &- 0x30)
                    position += 1; digits += 1
                }
                guard digits >= 1 else { return false }
                for _ in digits ..< 9 { nanos *= 10 }
                parsed.nanos = nanos
            case .text(let text):
                switch text {
                case .monthShort:
                    guard let m = matchAny(monthsShort, bytes, &position), parsed.set(.month, Int64(m + 1)) else { return false }
                case .monthFull:
                    guard let m = matchAny(monthsFull, bytes, &position), parsed.set(.month, Int64(m + 1)) else { return false }
                case .dayShort:
                    guard let d = matchAny(daysShort, bytes, &position) else { return false }
                    parsed.dayOfWeek = Int64(d)
                case .dayFull:
                    guard let d = matchAny(daysFull, bytes, &position) else { return false }
                    parsed.dayOfWeek = Int64(d)
                case .ampm:
                    guard let a = matchAny([Array("AM".utf8), Array("PM".utf8)], bytes, &position) else { return false }
                    parsed.ampm = Int64(a)
                case .eraShort:
                    guard matchAny([Array("AD".utf8)], bytes, &position) != nil else { return false }
                case .eraFull:
                    guard matchAny([Array("Anno Domini".utf8)], bytes, &position) != nil else { return false }
                case .quarterShort:
                    guard matchWord(Array("Q".utf8), bytes, position), position + 1 < bytes.count,
                          bytes[position + 1] &- 0x31 < 4 else { return false }
                    guard parsed.set(.quarter, Int64(bytes[position + 1] &- 0x30)) else { return false }
                    position += 2
                case .quarterFull:
                    guard let q = matchAny(quartersFull, bytes, &position), parsed.set(.quarter, Int64(q + 1)) else { return false }
                case .monthNarrow, .dayNarrow:
                    return false
                }
            case .zone(let zone):
                guard let offset = parseZone(zone, bytes, &position) else { return false }
                parsed.offsetSeconds = offset
            case .optional(let inner):
                var p = position, copy = parsed
                if parse(inner, bytes, &p, &copy) { position = p; parsed = copy }
            }
        }
        return true
    }

    /// Reads a zone as seconds east of UTC.
    static func parseZone(_ zone: Zone, _ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int) -> Int64? {
        func offset(colon: Bool?, _ p: inout Int) -> Int64? {
            guard p < bytes.count else { return nil }
            let sign: Int64
            if bytes[p] == 0x2B { sign = 1 } else if bytes[p] == 0x2D { sign = -1 } else { return nil }
            p += 1
            func two(_ p: inout Int) -> Int64? {
                guard bytes.count - p >= 2, bytes[p] &- 0x30 < 10, bytes[p + 1] &- 0x30 < 10 else { return nil }
                defer { p += 2 }
                return Int64(bytes[p] &- 0x30) * 10 + Int64(bytes[p + 1] &- 0x30)
            }
            guard let h = two(&p), h <= 18 else { return nil }
            var m: Int64 = 0
            var q = p
            if colon != false, q < bytes.count, bytes[q] == 0x3A { q += 1 }
            if let mm = two(&q) { m = mm; p = q }
            guard m < 60 else { return nil }
            return sign * (h * 3600 + m * 60)
        }
        var p = position
        switch zone {
        case .offset(_, let zeroAsZ):
            if zeroAsZ, p < bytes.count, bytes[p] == 0x5A || bytes[p] == 0x7A { position = p + 1; return 0 }
            guard let o = offset(colon: nil, &p) else { return nil }
            position = p
            return o
        case .offsetZ(let count):
            if count == 5, p < bytes.count, bytes[p] == 0x5A { position = p + 1; return 0 }
            if count == 4 {
                guard matchWord(Array("GMT".utf8), bytes, p) else { return nil }
                p += 3
                if let o = offset(colon: true, &p) { position = p; return o }
                position = p
                return 0
            }
            guard let o = offset(colon: nil, &p) else { return nil }
            position = p
            return o
        case .name, .id, .localized:
            for (name, length) in [("Coordinated Universal Time", 26), ("Etc/UTC", 7), ("UTC", 3), ("GMT", 3), ("UT", 2), ("Z", 1)]
            where matchWord(Array(name.utf8), bytes, p) {
                p += length
                if name != "Z", let o = offset(colon: true, &p) { position = p; return o }
                position = p
                return 0
            }
            guard let o = offset(colon: true, &p) else { return nil }
            position = p
            return o
        }
    }

    /// Microseconds of the parsed fields, with Spark's defaults and Java's strict checks.
    static func resolve(_ p: Parsed) -> Int64? {
        let year = p.year ?? 1970
        var days: Int64
        if let doy = p.dayOfYear {
            guard doy >= 1, doy <= (Calendar.isLeap(year) ? 366 : 365) else { return nil }
            days = Calendar.days(year: year, month: 1, day: 1) + doy - 1
            let civil = Calendar.civil(days: days)
            if let m = p.month, m != civil.month { return nil }
            if let d = p.day, d != civil.day { return nil }
        } else {
            guard let d = FnKernel.validDays(year: year, month: p.month ?? 1, day: p.day ?? 1) else { return nil }
            days = d
        }
        if let q = p.quarter {
            let month = Calendar.civil(days: days).month
            if p.month != nil && (month - 1) / 3 + 1 != q { return nil }
        }
        if let dow = p.dayOfWeek, dow != FunctionsDateTime.weekday(days) { return nil }
        var hour: Int64
        if let h = p.hourOfDay {
            guard h <= 23 else { return nil }
            hour = h
            if let a = p.ampm, (h >= 12 ? 1 : 0) != a { return nil }
        } else if let k = p.clockHourOfDay {
            guard k >= 1, k <= 24 else { return nil }
            hour = k == 24 ? 0 : k
        } else if let h = p.clockHourOfAmPm {
            guard h >= 1, h <= 12 else { return nil }
            hour = h % 12 + (p.ampm ?? 0) * 12
        } else if let h = p.hourOfAmPm {
            guard h <= 11 else { return nil }
            hour = h + (p.ampm ?? 0) * 12
        } else {
            hour = (p.ampm ?? 0) == 1 ? 12 : 0
        }
        let minute = p.minute ?? 0, second = p.second ?? 0
        guard minute <= 59, second <= 59 else { return nil }
        let (dayMicros, o1) = days.multipliedReportingOverflow(by: Calendar.microsPerDay)
        guard !o1 else { return nil }
        let micros = dayMicros &+ ((hour * 60 + minute) * 60 + second) * 1_000_000 + (p.nanos ?? 0) / 1000
        return micros &- (p.offsetSeconds ?? 0) * 1_000_000
    }

    // MARK: Formatting

    /// Appends the text of `micros` (UTC) to `out`.
    func format(_ micros: Int64, into out: inout FnStringBuilder) {
        let days = Calendar.day(ofMicros: micros)
        let (y, m, d) = Calendar.civil(days: days)
        let inDay = micros - days * Calendar.microsPerDay
        if let fastOps, fastOps.count <= 24 {
            formatFast(fastOps, year: y, month: m, day: d, days: days, inDay: inDay, into: &out)
            return
        }
        DateTimePattern.format(tokens, year: y, month: m, day: d, days: days, inDay: inDay, into: &out)
    }

    /// `format` for flat patterns, written through a stack buffer and appended once.
    func formatFast(_ ops: [Op], year: Int64, month: Int64, day: Int64, days: Int64, inDay: Int64, into out: inout FnStringBuilder) {
        let seconds = inDay / 1_000_000
        let hour = seconds / 3600
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 512) { buffer in
            var p = 0
            func put(_ value: Int64, _ width: Int) {
                var v = value < 0 ? 0 &- value : value
                var digits = 1, t = v
                while t >= 10 { t /= 10; digits += 1 }
                if value < 0 { buffer[p] = 0x2D; p += 1 }
                let total = Swift.max(width, digits)
                guard p + total <= 480 else { return }
                var k = p + total - 1
                for _ in 0 ..< digits { buffer[k] = UInt8(truncatingIfNeeded: v % 10) &+ 0x30; v /= 10; k -= 1 }
                while k >= p { buffer[k] = 0x30; k -= 1 }
                p += total
            }
            fastLiterals.withUnsafeBufferPointer { literals in
                for op in ops {
                    switch op.kind {
                    case 0:
                        let count = Swift.min(op.literalCount, 480 - p)
                        for k in 0 ..< Swift.max(count, 0) { buffer[p + k] = literals[op.literalStart + k] }
                        p += Swift.max(count, 0)
                    case 1:
                        let value: Int64
                        switch op.field {
                        case .year: value = year > 0 ? year : 1 - year
                        case .month: value = month
                        case .day: value = day
                        case .dayOfYear: value = days - Calendar.days(year: year, month: 1, day: 1) + 1
                        case .hourOfDay: value = hour
                        case .clockHourOfDay: value = hour == 0 ? 24 : hour
                        case .hourOfAmPm: value = hour % 12
                        case .clockHourOfAmPm: value = hour % 12 == 0 ? 12 : hour % 12
                        case .minute: value = seconds / 60 % 60
                        case .second: value = seconds % 60
                        case .quarter: value = (month - 1) / 3 + 1
                        }
                        if op.exceedsPad && value > 9999 && op.min == 4 { buffer[p] = 0x2B; p += 1 }
                        put(value, op.min)
                    case 2:
                        put((year % 100 + 100) % 100, 2)
                    default:
                        var nanos = (inDay % 1_000_000) * 1000
                        var digits = 9
                        while digits > op.max { nanos /= 10; digits -= 1 }
                        put(nanos, op.max)
                    }
                }
            }
            out.append(UnsafeBufferPointer(rebasing: buffer[0 ..< p]))
        }
    }

    static func appendNumber(_ value: Int64, width: Int, into out: inout FnStringBuilder) {
        var v = value < 0 ? -value : value
        if value < 0 { out.append(byte: 0x2D) }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { buf in
            repeat { buf[n] = UInt8(v % 10) &+ 0x30; v /= 10; n += 1 } while v > 0 && n < 20
            for _ in n ..< max(width, n) { out.append(byte: 0x30) }
            for k in stride(from: n - 1, through: 0, by: -1) { out.append(byte: buf[k]) }
        }
    }

    static func format(_ tokens: [Token], year: Int64, month: Int64, day: Int64, days: Int64, inDay: Int64, into out: inout FnStringBuilder) {
        let seconds = inDay / 1_000_000
        let hour = seconds / 3600
        for token in tokens {
            switch token {
            case .literal(let bytes): bytes.withUnsafeBufferPointer { out.append($0) }
            case .number(let field, let min, _, let exceedsPad):
                let value: Int64
                switch field {
                case .year: value = year > 0 ? year : 1 - year
                case .month: value = month
                case .day: value = day
                case .dayOfYear: value = days - Calendar.days(year: year, month: 1, day: 1) + 1
                case .hourOfDay: value = hour
                case .clockHourOfDay: value = hour == 0 ? 24 : hour
                case .hourOfAmPm: value = hour % 12
                case .clockHourOfAmPm: value = hour % 12 == 0 ? 12 : hour % 12
                case .minute: value = seconds / 60 % 60
                case .second: value = seconds % 60
                case .quarter: value = (month - 1) / 3 + 1
                }
                if exceedsPad && value > 9999 && min == 4 { out.append(byte: 0x2B) }
                appendNumber(value, width: min, into: &out)
            case .reducedYear:
                appendNumber((year % 100 + 100) % 100, width: 2, into: &out)
            case .fraction(let count):
                var nanos = (inDay % 1_000_000) * 1000
                var digits = 9
                while digits > count { nanos /= 10; digits -= 1 }
                appendNumber(nanos, width: count, into: &out)
            case .text(let text):
                let weekday = Int(FunctionsDateTime.weekday(days))
                let word: [UInt8]
                switch text {
                case .monthShort: word = monthsShort[Int(month - 1)]
                case .monthFull: word = monthsFull[Int(month - 1)]
                case .monthNarrow: word = Array(monthsShort[Int(month - 1)].prefix(1))
                case .dayShort: word = daysShort[weekday]
                case .dayFull: word = daysFull[weekday]
                case .dayNarrow: word = Array(daysShort[weekday].prefix(1))
                case .ampm: word = Array((hour >= 12 ? "PM" : "AM").utf8)
                case .eraShort: word = Array((year > 0 ? "AD" : "BC").utf8)
                case .eraFull: word = Array((year > 0 ? "Anno Domini" : "Before Christ").utf8)
                case .quarterShort: word = Array("Q\((month - 1) / 3 + 1)".utf8)
                case .quarterFull: word = quartersFull[Int((month - 1) / 3)]
                }
                word.withUnsafeBufferPointer { out.append($0) }
            case .zone(let zone):
                let text: String
                switch zone {
                case .offset(let count, let zeroAsZ):
                    text = zeroAsZ ? "Z" : (count == 1 ? "+00" : (count == 2 || count == 4 ? "+0000" : "+00:00"))
                case .offsetZ(let count): text = count <= 3 ? "+0000" : (count == 4 ? "GMT" : "Z")
                case .name(let long): text = long ? "Coordinated Universal Time" : "UTC"
                case .id: text = "UTC"
                case .localized: text = "GMT"
                }
                out.append(text)
            case .optional(let inner):
                format(inner, year: year, month: month, day: day, days: days, inDay: inDay, into: &out)
            }
        }
    }
}
