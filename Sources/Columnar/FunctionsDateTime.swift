import Foundation

/// Spark's date and time functions, in the session time zone UTC. Date arguments accept
/// timestamps (truncated to their day) and strings (cast as Spark casts them); timestamp
/// arguments accept dates (midnight) and strings.
enum FunctionsDateTime {
    static func register(_ table: inout [String: FunctionResolver]) {
        table["to_date"] = toDate
        table["to_timestamp"] = toTimestamp
        table["date_format"] = dateFormat
        table["year"] = dayField { Calendar.civil(days: $0).year }
        table["quarter"] = dayField { (Calendar.civil(days: $0).month - 1) / 3 + 1 }
        table["month"] = dayField { Calendar.civil(days: $0).month }
        table["dayofmonth"] = dayField { Calendar.civil(days: $0).day }
        table["day"] = table["dayofmonth"]
        table["dayofweek"] = dayField { (weekday($0) + 1) % 7 + 1 }
        table["weekday"] = dayField { weekday($0) }
        table["dayofyear"] = dayField { $0 - Calendar.days(year: Calendar.civil(days: $0).year, month: 1, day: 1) + 1 }
        table["weekofyear"] = dayField(isoWeek)
        table["hour"] = timeField { Calendar.microsOfDay($0) / 3_600_000_000 }
        table["minute"] = timeField { Calendar.microsOfDay($0) / 60_000_000 % 60 }
        table["second"] = timeField { Calendar.microsOfDay($0) / 1_000_000 % 60 }
        table["datediff"] = datediff
        table["date_diff"] = datediff
        table["date_add"] = dateAdd(sign: 1)
        table["dateadd"] = table["date_add"]
        table["date_sub"] = dateAdd(sign: -1)
        table["add_months"] = addMonths
        table["months_between"] = monthsBetween
        table["last_day"] = dayToDay { days in
            let (y, m, _) = Calendar.civil(days: days)
            return Calendar.days(year: y, month: m, day: FnKernel.monthLength(year: y, month: m))
        }
        table["unix_timestamp"] = unixTimestamp(allowNoArguments: true)
        table["to_unix_timestamp"] = unixTimestamp(allowNoArguments: false)
        table["from_unixtime"] = fromUnixtime
        table["current_date"] = { call in
            try call.arity(0)
            return call.function(.date) { _, count in
                let now = Int64(Date().timeIntervalSince1970 * 1_000_000)
                return Column(type: .date, values: .ints(ContiguousArray(repeating: Calendar.day(ofMicros: now), count: count)))
            }
        }
        table["current_timestamp"] = { call in
            try call.arity(0)
            return call.function(.timestamp) { _, count in
                let now = Int64(Date().timeIntervalSince1970 * 1_000_000)
                return Column(type: .timestamp, values: .ints(ContiguousArray(repeating: now, count: count)))
            }
        }
        table["now"] = table["current_timestamp"]
        table["trunc"] = trunc
        table["date_trunc"] = dateTrunc
        table["make_date"] = makeDate
        table["unix_date"] = { call in
            try call.arity(1)
            guard call.types[0] == .date else { throw call.mismatch(0, "\"DATE\"") }
            return call.function(.int32) { args, _ in Column(type: .int32, values: args[0].values, validity: args[0].validity) }
        }
        table["date_from_unix_date"] = { call in
            try call.arity(1)
            try call.requireIntegral(0)
            return call.function(.date) { args, _ in
                let (v, validity) = FnKernel.int32s(args[0])
                return Column(type: .date, values: .ints(v), validity: validity)
            }
        }
        table["timestamp_seconds"] = { call in
            try call.arity(1)
            try call.requireNumeric(0, "\"NUMERIC\"")
            return call.function(.timestamp) { args, _ in secondsToTimestamp(args[0]) }
        }
    }

    /// Monday = 0 ... Sunday = 6.
    @inline(__always) static func weekday(_ days: Int64) -> Int64 { ((days + 3) % 7 + 7) % 7 }

    /// The ISO-8601 week of the year (weeks start on Monday; week 1 holds the year's first Thursday).
    static func isoWeek(_ days: Int64) -> Int64 {
        let thursday = days - weekday(days) + 3
        let year = Calendar.civil(days: thursday).year
        return (thursday - Calendar.days(year: year, month: 1, day: 1)) / 7 + 1
    }

    // MARK: Kernel shapes

    /// A date -> int field.
    static func dayField(_ f: @escaping @Sendable (Int64) -> Int64) -> FunctionResolver {
        { call in
            try call.arity(1)
            try call.requireDateLike(0)
            return call.function(.int32) { args, _ in
                let (days, validity) = FnKernel.days(args[0])
                return Column(type: .int32, values: .ints(FnKernel.map(days, f)), validity: validity)
            }
        }
    }

    /// A timestamp -> int field.
    static func timeField(_ f: @escaping @Sendable (Int64) -> Int64) -> FunctionResolver {
        { call in
            try call.arity(1)
            try call.requireTimestampLike(0)
            return call.function(.int32) { args, _ in
                let (micros, validity) = FnKernel.micros(args[0])
                return Column(type: .int32, values: .ints(FnKernel.map(micros, f)), validity: validity)
            }
        }
    }

    /// A date -> date function.
    static func dayToDay(_ f: @escaping @Sendable (Int64) -> Int64) -> FunctionResolver {
        { call in
            try call.arity(1)
            try call.requireDateLike(0)
            return call.function(.date) { args, _ in
                let (days, validity) = FnKernel.days(args[0])
                return Column(type: .date, values: .ints(FnKernel.map(days, f)), validity: validity)
            }
        }
    }

    /// Numbers of seconds as a timestamp.
    static func secondsToTimestamp(_ column: Column) -> Column {
        switch column.values {
        case .doubles(let v):
            var nulls = FnNulls(column.validity, count: v.count)
            var out = ContiguousArray<Int64>(repeating: 0, count: v.count)
            for i in 0 ..< v.count {
                let micros = v[i] * 1_000_000
                if micros.isFinite && Swift.abs(micros) < 9.2e18 { out[i] = Int64(micros) } else if nulls.isValid(i) { nulls.setNull(i) }
            }
            return Column(type: .timestamp, values: .ints(out), validity: nulls.bitmap)
        default:
            let (v, validity) = FnKernel.ints(column)
            return Column(type: .timestamp, values: .ints(FnKernel.map(v) { $0 &* 1_000_000 }), validity: validity)
        }
    }

    /// The pattern of argument `index`: the literal one compiled once, else one per distinct value.
    struct PatternSource {
        let literal: DateTimePattern?
        let strings: StringArray?
        var last: DateTimePattern? = nil

        init(literal: DateTimePattern?, column: Column?) {
            self.literal = literal
            strings = literal == nil ? column.map { FnKernel.strings($0) } : nil
        }

        mutating func pattern(_ i: Int) throws -> DateTimePattern? {
            if let literal { return literal }
            guard let strings else { return nil }
            let text = strings.string(at: i)
            if let last, last.pattern == text { return last }
            let p = try DateTimePattern(text)
            last = p
            return p
        }
    }

    /// Parses strings with an optional pattern: `default` without one.
    static func parseStrings(_ column: Column, pattern: DateTimePattern?, patternColumn: Column?, count: Int,
                             default parseDefault: (UnsafeBufferPointer<UInt8>) -> Int64?) throws -> (ContiguousArray<Int64>, Bitmap?) {
        let strings = FnKernel.strings(column)
        var nulls = FnNulls(FnKernel.and(column.validity, patternColumn?.validity), count: count)
        var source = PatternSource(literal: pattern, column: patternColumn)
        var out = ContiguousArray<Int64>(repeating: 0, count: count)
        let usesPattern = pattern != nil || patternColumn != nil
        try FnKernel.withStrings(strings) { values in
            try out.withUnsafeMutableBufferPointer { dst in
                for i in 0 ..< count where nulls.isValid(i) {
                    let parsed: Int64?
                    if usesPattern {
                        parsed = try source.pattern(i)?.parse(values[i])
                    } else {
                        parsed = parseDefault(values[i])
                    }
                    if let parsed { dst[i] = parsed } else { nulls.setNull(i) }
                }
            }
        }
        return (out, nulls.bitmap)
    }

    // MARK: Conversions

    static let toTimestamp: FunctionResolver = { call in
        try call.arity(1 ... 2)
        switch call.types[0] {
        case .string, .date, .timestamp, .int32, .int64, .float32, .float64: break
        default: throw call.mismatch(0, "\"STRING\"")
        }
        let pattern = try call.count == 2 ? call.constantString(1).map { try DateTimePattern($0) } : nil
        return call.function(.timestamp) { args, count in
            let column = args[0]
            switch column.type {
            case .string:
                let (v, validity) = try parseStrings(column, pattern: pattern, patternColumn: args.count == 2 && pattern == nil ? args[1] : nil,
                                                     count: count, default: FnKernel.castStringToTimestamp)
                return Column(type: .timestamp, values: .ints(v), validity: args.count == 2 ? FnKernel.and(validity, args[1].validity) : validity)
            case .date, .timestamp:
                let (v, validity) = FnKernel.micros(column)
                return Column(type: .timestamp, values: .ints(v), validity: validity)
            default:
                return secondsToTimestamp(column)
            }
        }
    }

    static let toDate: FunctionResolver = { call in
        try call.arity(1 ... 2)
        try call.requireDateLike(0)
        let pattern = try call.count == 2 ? call.constantString(1).map { try DateTimePattern($0) } : nil
        return call.function(.date) { args, count in
            let column = args[0]
            if column.type == .string && args.count == 2 {
                let (v, validity) = try parseStrings(column, pattern: pattern, patternColumn: pattern == nil ? args[1] : nil,
                                                     count: count, default: FnKernel.castStringToTimestamp)
                return Column(type: .date, values: .ints(FnKernel.map(v) { Calendar.day(ofMicros: $0) }), validity: FnKernel.and(validity, args[1].validity))
            }
            let (v, validity) = FnKernel.days(column)
            return Column(type: .date, values: .ints(v), validity: validity)
        }
    }

    static let dateFormat: FunctionResolver = { call in
        try call.arity(2)
        try call.requireTimestampLike(0)
        let pattern = try call.constantString(1).map { try DateTimePattern($0) }
        return call.function(.string) { args, count in
            let (micros, vm) = FnKernel.micros(args[0])
            return try format(micros, validity: FnKernel.and(vm, args[1].validity), pattern: pattern, patternColumn: args[1], count: count)
        }
    }

    static func format(_ micros: ContiguousArray<Int64>, validity: Bitmap?, pattern: DateTimePattern?, patternColumn: Column?, count: Int) throws -> Column {
        var source = PatternSource(literal: pattern, column: patternColumn)
        var out = FnStringBuilder(capacity: count, averageLength: 20)
        for i in 0 ..< count {
            if validity?.isValid(i) ?? true, let p = try source.pattern(i) { p.format(micros[i], into: &out) }
            out.endValue()
        }
        return out.column(validity)
    }

    static let defaultPattern: DateTimePattern? = try? DateTimePattern("yyyy-MM-dd HH:mm:ss")

    /// unix_timestamp(x[, fmt]): seconds since the epoch of a timestamp, date, or string parsed
    /// with fmt (default `yyyy-MM-dd HH:mm:ss`); no argument: now.
    static func unixTimestamp(allowNoArguments: Bool) -> FunctionResolver {
        { call in
            try call.arity(allowNoArguments ? 0 ... 2 : 1 ... 2)
            if call.count == 0 {
                return call.function(.int64) { _, count in
                    Column(type: .int64, values: .ints(ContiguousArray(repeating: Int64(Date().timeIntervalSince1970.rounded(.down)), count: count)))
                }
            }
            try call.requireTimestampLike(0)
            let pattern = try call.count == 2 ? call.constantString(1).map { try DateTimePattern($0) } : defaultPattern
            return call.function(.int64) { args, count in
                let column = args[0]
                var micros: ContiguousArray<Int64>, validity: Bitmap?
                if column.type == .string {
                    (micros, validity) = try parseStrings(column, pattern: pattern, patternColumn: pattern == nil && args.count == 2 ? args[1] : nil,
                                                          count: count, default: FnKernel.castStringToTimestamp)
                } else {
                    (micros, validity) = FnKernel.micros(column)
                }
                if args.count == 2 { validity = FnKernel.and(validity, args[1].validity) }
                // Spark divides with truncation (1969-12-31 23:59:59.5 gives 0).
                return Column(type: .int64, values: .ints(FnKernel.map(micros) { $0 / 1_000_000 }), validity: validity)
            }
        }
    }

    @inline(__always) static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    static let fromUnixtime: FunctionResolver = { call in
        try call.arity(1 ... 2)
        try call.requireIntegral(0)
        let pattern = try call.count == 2 ? call.constantString(1).map { try DateTimePattern($0) } : defaultPattern
        return call.function(.string) { args, count in
            let (seconds, vs) = FnKernel.ints(args[0])
            let validity = args.count == 2 ? FnKernel.and(vs, args[1].validity) : vs
            return try format(FnKernel.map(seconds) { $0 &* 1_000_000 }, validity: validity, pattern: pattern,
                              patternColumn: args.count == 2 ? args[1] : nil, count: count)
        }
    }

    // MARK: Arithmetic

    static let datediff: FunctionResolver = { call in
        try call.arity(2)
        try call.requireDateLike(0)
        try call.requireDateLike(1)
        return call.function(.int32) { args, _ in
            let (end, ve) = FnKernel.days(args[0])
            let (start, vs) = FnKernel.days(args[1])
            return Column(type: .int32, values: .ints(FnKernel.map2(end, start) { $0 - $1 }), validity: FnKernel.and(ve, vs))
        }
    }

    static func dateAdd(sign: Int64) -> FunctionResolver {
        { call in
            try call.arity(2)
            try call.requireDateLike(0)
            switch call.types[1] {
            case .int32, .int64, .string: break
            default: throw call.mismatch(1, "(\"INT\" or \"SMALLINT\" or \"TINYINT\")")
            }
            return call.function(.date) { args, _ in
                let (days, vd) = FnKernel.days(args[0])
                let (n, vn) = FnKernel.int32s(args[1])
                return Column(type: .date, values: .ints(FnKernel.map2(days, n) { $0 &+ sign &* $1 }), validity: FnKernel.and(vd, vn))
            }
        }
    }

    /// add_months(d, n): the day kept, or clamped to the end of a shorter month.
    static func addMonths(_ days: Int64, _ n: Int64) -> Int64 {
        let (y, m, d) = Calendar.civil(days: days)
        let total = y * 12 + (m - 1) + n
        let year = floorDiv(total, 12), month = total - year * 12 + 1
        return Calendar.days(year: year, month: month, day: min(d, FnKernel.monthLength(year: year, month: month)))
    }

    static let addMonths: FunctionResolver = { call in
        try call.arity(2)
        try call.requireDateLike(0)
        try call.requireIntegral(1)
        return call.function(.date) { args, _ in
            let (days, vd) = FnKernel.days(args[0])
            let (n, vn) = FnKernel.int32s(args[1])
            return Column(type: .date, values: .ints(FnKernel.map2(days, n) { addMonths($0, $1) }), validity: FnKernel.and(vd, vn))
        }
    }

    /// Spark's `monthsBetween`: whole months when the days of month match or both are month ends,
    /// otherwise a fraction of 31-day months, rounded to 8 digits unless roundOff is false.
    static func monthsBetween(_ t1: Int64, _ t2: Int64, roundOff: Bool) -> Double {
        let d1 = Calendar.day(ofMicros: t1), d2 = Calendar.day(ofMicros: t2)
        let (y1, m1, day1) = Calendar.civil(days: d1), (y2, m2, day2) = Calendar.civil(days: d2)
        let monthDiff = Double((y1 * 12 + m1) - (y2 * 12 + m2))
        let end1 = day1 == FnKernel.monthLength(year: y1, month: m1), end2 = day2 == FnKernel.monthLength(year: y2, month: m2)
        if day1 == day2 || (end1 && end2) { return monthDiff }
        let seconds1 = (t1 - d1 * Calendar.microsPerDay) / 1_000_000, seconds2 = (t2 - d2 * Calendar.microsPerDay) / 1_000_000
        let secondsDiff = Double((day1 - day2) * 86_400 + seconds1 - seconds2)
        let diff = monthDiff + secondsDiff / Double(31 * 86_400)
        return roundOff ? (diff * 1e8 + 0.5).rounded(.down) / 1e8 : diff
    }

    static let monthsBetween: FunctionResolver = { call in
        try call.arity(2 ... 3)
        try call.requireTimestampLike(0)
        try call.requireTimestampLike(1)
        if call.count == 3, call.types[2] != .bool { throw call.mismatch(2, "\"BOOLEAN\"") }
        return call.function(.float64) { args, count in
            let (a, va) = FnKernel.micros(args[0])
            let (b, vb) = FnKernel.micros(args[1])
            var validity = FnKernel.and(va, vb)
            var roundOff = ContiguousArray<Bool>(repeating: true, count: count)
            if args.count == 3, case .bools(let r) = args[2].values {
                roundOff = r
                validity = FnKernel.and(validity, args[2].validity)
            }
            var out = ContiguousArray<Double>(repeating: 0, count: count)
            for i in 0 ..< count { out[i] = monthsBetween(a[i], b[i], roundOff: roundOff[i]) }
            return Column(type: .float64, values: .doubles(out), validity: validity)
        }
    }

    // MARK: Truncation and construction

    enum Unit { case year, quarter, month, week, day, hour, minute, second, millisecond, microsecond }

    static func unit(_ text: String) -> Unit? {
        switch text.lowercased() {
        case "year", "yyyy", "yy": .year
        case "quarter": .quarter
        case "month", "mm", "mon": .month
        case "week": .week
        case "day", "dd": .day
        case "hour": .hour
        case "minute": .minute
        case "second": .second
        case "millisecond": .millisecond
        case "microsecond": .microsecond
        default: nil
        }
    }

    /// The first day of the unit holding `days` (units of a day or longer).
    static func truncateDays(_ days: Int64, _ unit: Unit) -> Int64 {
        switch unit {
        case .year: return Calendar.days(year: Calendar.civil(days: days).year, month: 1, day: 1)
        case .quarter:
            let (y, m, _) = Calendar.civil(days: days)
            return Calendar.days(year: y, month: (m - 1) / 3 * 3 + 1, day: 1)
        case .month:
            let (y, m, _) = Calendar.civil(days: days)
            return Calendar.days(year: y, month: m, day: 1)
        case .week: return days - weekday(days)
        default: return days
        }
    }

    /// Units per argument row: the literal one, or each row's text.
    static func units(_ column: Column, literal: Unit??, count: Int) -> [Unit?] {
        if let literal { return Array(repeating: literal, count: count) }
        let strings = FnKernel.strings(column)
        var last: (String, Unit?)? = nil
        return (0 ..< count).map { i in
            let text = strings.string(at: i)
            if let last, last.0 == text { return last.1 }
            let u = unit(text)
            last = (text, u)
            return u
        }
    }

    /// trunc(date, fmt): year, quarter, month or week; null for other units.
    static let trunc: FunctionResolver = { call in
        try call.arity(2)
        try call.requireDateLike(0)
        let literal: Unit?? = call.constantString(1).map { unit($0) }
        return call.function(.date) { args, count in
            let (days, vd) = FnKernel.days(args[0])
            let us = units(args[1], literal: literal, count: count)
            var nulls = FnNulls(FnKernel.and(vd, args[1].validity), count: count)
            var out = ContiguousArray<Int64>(repeating: 0, count: count)
            for i in 0 ..< count where nulls.isValid(i) {
                switch us[i] {
                case .some(let u) where u == .year || u == .quarter || u == .month || u == .week: out[i] = truncateDays(days[i], u)
                default: nulls.setNull(i)
                }
            }
            return Column(type: .date, values: .ints(out), validity: nulls.bitmap)
        }
    }

    /// date_trunc(fmt, ts): the timestamp truncated to the unit; null for an unknown unit.
    static let dateTrunc: FunctionResolver = { call in
        try call.arity(2)
        try call.requireTimestampLike(1)
        let literal: Unit?? = call.constantString(0).map { unit($0) }
        return call.function(.timestamp) { args, count in
            let (micros, vm) = FnKernel.micros(args[1])
            let us = units(args[0], literal: literal, count: count)
            var nulls = FnNulls(FnKernel.and(vm, args[0].validity), count: count)
            var out = ContiguousArray<Int64>(repeating: 0, count: count)
            for i in 0 ..< count where nulls.isValid(i) {
                guard let u = us[i] else { nulls.setNull(i); continue }
                let t = micros[i]
                switch u {
                case .year, .quarter, .month, .week: out[i] = truncateDays(Calendar.day(ofMicros: t), u) * Calendar.microsPerDay
                case .day: out[i] = Calendar.day(ofMicros: t) * Calendar.microsPerDay
                case .hour: out[i] = floorDiv(t, 3_600_000_000) * 3_600_000_000
                case .minute: out[i] = floorDiv(t, 60_000_000) * 60_000_000
                case .second: out[i] = floorDiv(t, 1_000_000) * 1_000_000
                case .millisecond: out[i] = floorDiv(t, 1000) * 1000
                case .microsecond: out[i] = t
                }
            }
            return Column(type: .timestamp, values: .ints(out), validity: nulls.bitmap)
        }
    }

    /// make_date(y, m, d): null for a date that does not exist.
    static let makeDate: FunctionResolver = { call in
        try call.arity(3)
        for i in 0 ..< 3 { try call.requireIntegral(i) }
        return call.function(.date) { args, count in
            let (y, vy) = FnKernel.int32s(args[0]), (m, vm) = FnKernel.int32s(args[1]), (d, vd) = FnKernel.int32s(args[2])
            var nulls = FnNulls(FnKernel.and(vy, FnKernel.and(vm, vd)), count: count)
            var out = ContiguousArray<Int64>(repeating: 0, count: count)
            for i in 0 ..< count where nulls.isValid(i) {
                if let days = FnKernel.validDays(year: y[i], month: m[i], day: d[i]) { out[i] = days } else { nulls.setNull(i) }
            }
            return Column(type: .date, values: .ints(out), validity: nulls.bitmap)
        }
    }
}
