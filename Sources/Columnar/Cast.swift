import Foundation

/// CAST between types with Spark's non-ANSI rules: a string that does not parse becomes null,
/// doubles truncate toward zero into integers (saturating), timestamps cast to numbers as seconds.
public enum Cast {
    /// Whether Spark allows casting `from` to `to`.
    public static func isSupported(from: DataType, to: DataType) -> Bool {
        if from == to || from == .string || to == .string { return true }
        switch (from, to) {
        case (.date, .int32), (.date, .int64), (.date, .float32), (.date, .float64), (.date, .bool): return false
        case (.int32, .date), (.int64, .date), (.float32, .date), (.float64, .date), (.bool, .date): return false
        case (.bool, .timestamp), (.timestamp, .bool): return true
        default: return true
        }
    }

    /// Casts one value.
    public static func scalar(_ value: Scalar, from: DataType, to: DataType) throws -> Scalar {
        var builder = ColumnBuilder(type: from, capacity: 1)
        builder.append(value)
        let column = try self.column(builder.finish(), to: to)
        return column.scalar(at: 0)
    }

    /// Casts a column.
    public static func column(_ column: Column, to type: DataType) throws -> Column {
        let from = column.type
        if from == type { return column }
        let count = column.count
        switch (column.values, type.physical) {
        case (.ints(let v), .int):
            let converted: ContiguousArray<Int64>
            switch (from, type) {
            case (.timestamp, .date): converted = ContiguousArray(v.lazy.map { Calendar.day(ofMicros: $0) })
            case (.date, .timestamp): converted = ContiguousArray(v.lazy.map { $0 &* Calendar.microsPerDay })
            case (.timestamp, _): converted = ContiguousArray(v.lazy.map { $0 >= 0 ? $0 / 1_000_000 : ($0 - 999_999) / 1_000_000 })
            case (_, .timestamp): converted = ContiguousArray(v.lazy.map { $0 &* 1_000_000 })
            case (_, .int32): converted = ContiguousArray(v.lazy.map { Int64(Int32(truncatingIfNeeded: $0)) })
            default: converted = v
            }
            return Column(type: type, values: .ints(converted), validity: column.validity)
        case (.ints(let v), .double):
            if from == .timestamp { return Column(type: type, values: .doubles(ContiguousArray(v.lazy.map { Double($0) / 1e6 })), validity: column.validity) }
            if type == .float32 { return Column(type: type, values: .doubles(ContiguousArray(v.lazy.map { Double(Float($0)) })), validity: column.validity) }
            return Column(type: type, values: .doubles(ContiguousArray(v.lazy.map { Double($0) })), validity: column.validity)
        case (.doubles(let v), .int):
            if type == .timestamp {
                return Column(type: type, values: .ints(ContiguousArray(v.lazy.map { saturate($0 * 1e6) })), validity: validityDroppingNonFinite(column, v))
            }
            if type == .int32 { return Column(type: type, values: .ints(ContiguousArray(v.lazy.map { Int64(saturate32($0)) })), validity: column.validity) }
            return Column(type: type, values: .ints(ContiguousArray(v.lazy.map { saturate($0) })), validity: column.validity)
        case (.doubles(let v), .double):
            if type == .float32 { return Column(type: type, values: .doubles(ContiguousArray(v.lazy.map { Double(Float($0)) })), validity: column.validity) }
            return Column(type: type, values: .doubles(v), validity: column.validity)
        case (.bools(let v), .int):
            return Column(type: type, values: .ints(ContiguousArray(v.lazy.map { $0 ? (type == .timestamp ? 1_000_000 : 1) : 0 })), validity: column.validity)
        case (.bools(let v), .double):
            return Column(type: type, values: .doubles(ContiguousArray(v.lazy.map { $0 ? 1 : 0 })), validity: column.validity)
        case (.ints(let v), .bool):
            return Column(type: type, values: .bools(ContiguousArray(v.lazy.map { $0 != 0 })), validity: column.validity)
        case (.doubles(let v), .bool):
            return Column(type: type, values: .bools(ContiguousArray(v.lazy.map { $0 != 0 })), validity: column.validity)
        case (.strings(let s), _):
            return fromStrings(s, validity: column.validity, to: type)
        case (_, .string):
            var out = StringArray(capacity: count)
            for i in 0 ..< count {
                if column.isValid(i) {
                    let text = ValueFormatting.cell(column.scalar(at: i), type: from)
                    out.append(text)
                } else { out.appendEmpty() }
            }
            return Column(type: .string, values: .strings(out), validity: column.validity)
        default:
            throw ColumnarError(.type, "cannot cast \(from.simpleString) to \(type.simpleString)")
        }
    }

    static func saturate(_ d: Double) -> Int64 {
        if d.isNaN { return 0 }
        if d >= 9.223372036854775807e18 { return .max }
        if d <= -9.223372036854775808e18 { return .min }
        return Int64(d)
    }

    static func saturate32(_ d: Double) -> Int32 {
        if d.isNaN { return 0 }
        if d >= 2147483647 { return .max }
        if d <= -2147483648 { return .min }
        return Int32(d)
    }

    static func validityDroppingNonFinite(_ column: Column, _ v: ContiguousArray<Double>) -> Bitmap? {
        guard v.contains(where: { !$0.isFinite }) else { return column.validity }
        var bitmap = column.validity ?? Bitmap(count: v.count, valid: true)
        for (i, d) in v.enumerated() where !d.isFinite { bitmap.set(i, false) }
        return bitmap
    }

    /// Parses strings into `type`; values that do not parse become null.
    static func fromStrings(_ strings: StringArray, validity: Bitmap?, to type: DataType) -> Column {
        var builder = ColumnBuilder(type: type, capacity: strings.count)
        for i in 0 ..< strings.count {
            guard validity?.isValid(i) ?? true else { builder.appendNull(); continue }
            strings.withBytes(at: i) { raw in
                let bytes = trimmed(raw)
                switch type {
                case .string: builder.append(utf8: raw)
                case .int32, .int64:
                    if let v = parseInteger(bytes) {
                        if type == .int32, v < Int64(Int32.min) || v > Int64(Int32.max) { builder.appendNull() } else { builder.append(v) }
                    } else if let d = parseDouble(bytes), d.isFinite {
                        builder.append(type == .int32 ? Int64(saturate32(d)) : saturate(d))
                    } else { builder.appendNull() }
                case .float32, .float64:
                    if let d = parseDouble(bytes) { builder.append(type == .float32 ? Double(Float(d)) : d) } else { builder.appendNull() }
                case .bool:
                    switch String(decoding: bytes, as: UTF8.self).lowercased() {
                    case "t", "true", "y", "yes", "1": builder.append(true)
                    case "f", "false", "n", "no", "0": builder.append(false)
                    default: builder.appendNull()
                    }
                case .date:
                    if let d = Calendar.parseDate(bytes) { builder.append(d) }
                    else if let t = Calendar.parseTimestamp(bytes) { builder.append(Calendar.day(ofMicros: t)) }
                    else { builder.appendNull() }
                case .timestamp:
                    if let t = Calendar.parseTimestamp(bytes) { builder.append(t) } else { builder.appendNull() }
                }
            }
        }
        return builder.finish()
    }

    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D || bytes[end - 1] == 0x0A { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start ..< end])
    }

    /// A decimal integer with optional sign, or nil (also on overflow).
    public static func parseInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard !bytes.isEmpty else { return nil }
        var i = 0
        var negative = false
        if bytes[0] == 0x2D || bytes[0] == 0x2B { negative = bytes[0] == 0x2D; i = 1 }
        guard i < bytes.count else { return nil }
        var value: Int64 = 0
        while i < bytes.count {
            let d = bytes[i] &- 0x30
            guard d < 10 else { return nil }
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (s, o2) = negative ? m.subtractingReportingOverflow(Int64(d)) : m.addingReportingOverflow(Int64(d))
            guard !o1, !o2 else { return nil }
            value = s
            i += 1
        }
        return value
    }

    /// A double in Java's forms (decimal, scientific, NaN, Infinity), or nil.
    public static func parseDouble(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard !bytes.isEmpty, bytes.count < 400 else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        switch text {
        case "NaN": return .nan
        case "Infinity", "+Infinity", "inf", "+inf": return .infinity
        case "-Infinity", "-inf": return -.infinity
        default: break
        }
        for byte in bytes where !(byte &- 0x30 < 10 || byte == 0x2E || byte == 0x2D || byte == 0x2B || byte == 0x65 || byte == 0x45 || byte == 0x64 || byte == 0x44 || byte == 0x66 || byte == 0x46) {
            return nil
        }
        var body = text
        if let last = body.last, "dDfF".contains(last) { body.removeLast() }
        return Double(body)
    }
}
