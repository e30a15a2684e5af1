#if canImport(Glibc)
import Glibc
#endif

/// Float to text: CPython's shortest `repr` and the fixed/exponent/general formats of format specs.
enum FloatFormatting {
    /// The shortest digits that round-trip and the decimal point position (value = 0.DIGITS × 10^point).
    static func shortestDigits(_ value: Double) -> (digits: [UInt8], point: Int) {
        let text = Array(value.magnitude.description.utf8)
        var mantissa = text[...]
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            mantissa = text[..<e]
            exponent = Int(String(decoding: text[(e + 1)...], as: UTF8.self)) ?? 0
        }
        var integerPart = mantissa[...]
        var fractionPart: ArraySlice<UInt8> = []
        if let dot = mantissa.firstIndex(of: UInt8(ascii: ".")) {
            integerPart = mantissa[..<dot]
            fractionPart = mantissa[(dot + 1)...]
        }
        var digits = Array(integerPart) + Array(fractionPart)
        var point = integerPart.count + exponent
        while let first = digits.first, first == UInt8(ascii: "0") {
            digits.removeFirst()
            point -= 1
        }
        while let last = digits.last, last == UInt8(ascii: "0") { digits.removeLast() }
        if digits.isEmpty { return ([UInt8(ascii: "0")], 1) }
        return (digits, point)
    }

    /// `repr(float)`: shortest round-trip digits, exponent form outside 1e-4 <= |x| < 1e16.
    static func repr(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        let sign = value.sign == .minus ? "-" : ""
        let (digits, point) = shortestDigits(value)
        let text = String(decoding: digits, as: UTF8.self)
        if point <= -4 || point > 16 {
            let exponent = point - 1
            let mantissa = digits.count > 1 ? "\(text.prefix(1)).\(text.dropFirst())" : text
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String(abs(exponent)).leftPadded(to: 2)
        }
        if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + text }
        if point >= digits.count { return sign + text + String(repeating: "0", count: point - digits.count) + ".0" }
        return sign + text.prefix(point) + "." + text.dropFirst(point)
    }

    /// C's `%.*<type>` formatting (correctly rounded by the C library), for e, f, g and their
    /// upper-case forms, with `#` (keep the point and trailing zeros) when `alternate`.
    static func cFormat(_ value: Double, type: Character, precision: Int, alternate: Bool = false) -> String {
        let format = "%" + (alternate ? "#" : "") + ".*" + String(type)
        var buffer = [CChar](repeating: 0, count: 512 + max(precision, 0))
        let count = withVaList([Int32(clamping: precision), value]) { arguments in
            vsnprintf(&buffer, buffer.count, format, arguments)
        }
        if count >= buffer.count {
            buffer = [CChar](repeating: 0, count: Int(count) + 1)
            _ = withVaList([Int32(clamping: precision), value]) { arguments in
                vsnprintf(&buffer, buffer.count, format, arguments)
            }
        }
        return String(cString: buffer)
    }

    /// Python's general format: `precision` significant digits, exponent form when the decimal
    /// exponent is below -4 or not below the precision (one less with `addDotZero`, the rule for
    /// a format spec without a type); trailing zeros removed unless `alternate`.
    static func general(_ value: Double, precision: Int, alternate: Bool, addDotZero: Bool) -> String {
        if !value.isFinite { return cFormat(value, type: "g", precision: precision) }
        let exponentForm = cFormat(value, type: "e", precision: precision - 1)
        // "%e" of a finite double always has an exponent; 0 keeps the fixed-point form otherwise.
        let exponent = exponentForm.firstIndex(of: "e").flatMap { Int(exponentForm[exponentForm.index(after: $0)...]) } ?? 0
        let point = exponent + 1
        let useExponent = point <= -4 || point > (addDotZero ? precision - 1 : precision)
        var body: String
        if useExponent {
            body = exponentForm
            if !alternate, let e = body.firstIndex(of: "e") {
                var mantissa = String(body[..<e])
                if mantissa.contains(".") {
                    while mantissa.hasSuffix("0") { mantissa.removeLast() }
                    if mantissa.hasSuffix(".") { mantissa.removeLast() }
                }
                body = mantissa + body[e...]
            }
        } else {
            body = cFormat(value, type: "f", precision: max(precision - point, 0), alternate: alternate)
            if !alternate && body.contains(".") {
                while body.hasSuffix("0") { body.removeLast() }
                if body.hasSuffix(".") { body.removeLast() }
            }
        }
        if addDotZero && !body.contains(".") && !body.contains("e") { body += ".0" }
        return body
    }

    /// `round(x, ndigits)` correctly rounded, half to even on the exact decimal value.
    static func round(_ value: Double, digits: Int) -> Double {
        if !value.isFinite || value == 0 { return value }
        if digits > 308 { return value }
        if digits < -308 { return 0 * value }
        let text = cFormat(value, type: "f", precision: max(digits, 0))
        if digits >= 0 { return Double(text) ?? value }
        let scale = pow(10.0, Double(-digits))
        let scaled = value / scale
        var rounded = scaled.rounded(.toNearestOrEven)
        if abs(scaled - scaled.rounded(.towardZero)) != 0.5 { rounded = scaled.rounded() }
        return rounded * scale
    }
}
