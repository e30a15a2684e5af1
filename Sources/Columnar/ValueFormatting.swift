/// Text forms of values as Spark prints them (`show()`, CSV output, `str()` of cells).
public enum ValueFormatting {
    /// Java's `Double.toString`: shortest round-trip digits; plain notation for 1e-3 <= |x| < 1e7
    /// (always with a fraction, "1.0"), otherwise "d.dddE±n"; "NaN", "Infinity", "-Infinity".
    public static func javaDouble(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        let (negative, digits, exponent) = decimalDigits(value)
        let sign = negative ? "-" : ""
        let magnitude = abs(value)
        if magnitude >= 1e-3 && magnitude < 1e7 {
            // exponent: value = 0.d1d2... * 10^exponent
            if exponent <= 0 {
                return sign + "0." + String(repeating: "0", count: -exponent) + digits
            }
            if digits.count <= exponent {
                return sign + digits + String(repeating: "0", count: exponent - digits.count) + ".0"
            }
            let cut = digits.index(digits.startIndex, offsetBy: exponent)
            return sign + digits[..<cut] + "." + digits[cut...]
        }
        let first = digits.prefix(1)
        let rest = digits.dropFirst()
        return sign + first + "." + (rest.isEmpty ? "0" : rest) + "E" + String(exponent - 1)
    }

    /// Java's `Float.toString` of a float32 value held in a double.
    public static func javaFloat(_ value: Double) -> String {
        let single = Float(value)
        if single.isNaN || single.isInfinite || single == 0 { return javaDouble(Double(single)) }
        // Shortest digits of the float, re-read as a double so `javaDouble` formats those digits.
        return javaDouble(Double(single.description) ?? value)
    }

    /// The shortest round-trip decimal digits of `value` (no leading or trailing zeros) and the
    /// exponent `e` such that value = 0.digits × 10^e.
    static func decimalDigits(_ value: Double) -> (Bool, String, Int) {
        var text = abs(value).description  // "123.45", "1.2345e-05", "1e+20"
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = String(text[..<e])
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let integer = String(parts[0]), fraction = parts.count > 1 ? String(parts[1]) : ""
        var digits = integer + fraction
        var pointPosition = integer.count + exponent
        while digits.hasPrefix("0") && digits.count > 1 { digits.removeFirst(); pointPosition -= 1 }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        return (value < 0, digits, pointPosition)
    }

    /// A cell as `show()` prints it: "null" for nulls, Java's number forms, dates and timestamps.
    public static func cell(_ scalar: Scalar, type: DataType) -> String {
        switch scalar {
        case .null: return "null"
        case .bool(let v): return v ? "true" : "false"
        case .string(let v): return v
        case .double(let v): return type == .float32 ? javaFloat(v) : javaDouble(v)
        case .int(let v):
            switch type {
            case .date: return Calendar.formatDate(v)
            case .timestamp: return Calendar.formatTimestamp(v)
            case .float32: return javaFloat(Double(v))
            case .float64: return javaDouble(Double(v))
            default: return String(v)
            }
        }
    }
}
