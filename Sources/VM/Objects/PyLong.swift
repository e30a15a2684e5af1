import BigInt

/// An `int` too large for 64 bits. Values that fit in 64 bits are never stored this way.
public final class PyLong: PyObject {
    /// The value.
    public let value: BigInt

    init(_ value: BigInt) {
        self.value = value
        super.init(kind: .long, type: BuiltinTypes.shared.int)
    }

    /// An instance of an `int` subclass (of any size).
    init(_ value: BigInt, type: PyType) {
        self.value = value
        super.init(kind: .long, type: type)
    }
}

/// An integer of any size, as the arithmetic helpers see it.
enum IntegerValue {
    case small(Int)
    case big(BigInt)

    /// As a BigInt (allocating for small values).
    var big: BigInt {
        switch self {
        case .small(let value): return BigInt(value)
        case .big(let value): return value
        }
    }
}

/// Converts between BigInt and values, keeping the invariant that 64-bit values are `.int`.
enum Integers {
    /// The value for a BigInt result: `.int` when it fits, else a `PyLong`.
    static func value(_ number: BigInt) -> Value {
        if let small = Int(exactly: number) { return .int(small) }
        return .object(PyLong(number))
    }

    /// The integer in a value (ints, bools and longs), or nil.
    @inline(__always)
    static func integer(_ value: Value) -> IntegerValue? {
        switch value {
        case .int(let number): return .small(number)
        case .bool(let flag): return .small(flag ? 1 : 0)
        case .object(let object) where object.kind == .long: return .big(unsafeDowncast(object, to: PyLong.self).value)
        default: return nil
        }
    }

    /// Parses decimal or 0x/0o/0b literal text (no sign, no underscores).
    static func parseLiteral(_ text: String) -> BigInt? {
        let lowered = text.lowercased()
        var radix = 10
        var body = Substring(lowered)
        if lowered.hasPrefix("0x") { radix = 16; body = body.dropFirst(2) }
        if lowered.hasPrefix("0o") { radix = 8; body = body.dropFirst(2) }
        if lowered.hasPrefix("0b") { radix = 2; body = body.dropFirst(2) }
        var digits: [Int] = []
        for character in body {
            guard let digit = character.hexDigitValue, digit < radix else { return nil }
            digits.append(digit)
        }
        return fromDigits(digits, radix: radix)
    }

    /// The integer whose digits (most significant first) in `radix` are given, for any radix up to 36.
    static func fromDigits(_ digits: [Int], radix: Int) -> BigInt {
        var chunk = 1
        var chunkScale = radix
        while chunkScale <= Int.max / radix / radix { chunkScale *= radix; chunk += 1 }
        var result = BigInt(0)
        var index = 0
        while index < digits.count {
            let end = min(index + chunk, digits.count)
            var value = 0
            var scale = 1
            for digit in digits[index..<end] {
                value = value * radix + digit
                scale *= radix
            }
            result = result * BigInt(scale) + BigInt(value)
            index = end
        }
        return result
    }

    /// Floor division and modulo with Python's signs (the remainder takes the divisor's sign).
    static func floorDivMod(_ x: BigInt, _ y: BigInt) -> (BigInt, BigInt) {
        var (quotient, remainder) = x.quotientAndRemainder(dividingBy: y)
        if !remainder.isZero && ((remainder.sign == .minus) != (y.sign == .minus)) {
            quotient -= 1
            remainder += y
        }
        return (quotient, remainder)
    }

    /// Two's complement words of `x`, `count` words long (sign-extended).
    static func twosComplement(_ x: BigInt, count: Int) -> [UInt] {
        var words = Array(x.magnitude.words)
        while words.count < count { words.append(0) }
        if x.sign == .minus && !x.magnitude.isZero {
            var carry = true
            for index in words.indices {
                words[index] = ~words[index]
                if carry {
                    let (sum, overflow) = words[index].addingReportingOverflow(1)
                    words[index] = sum
                    carry = overflow
                }
            }
        }
        return words
    }

    /// The integer whose two's complement words (sign taken from the top bit) are `words`.
    static func fromTwosComplement(_ words: [UInt]) -> BigInt {
        guard let top = words.last else { return 0 }
        if top >> (UInt.bitWidth - 1) == 0 { return BigInt(sign: .plus, magnitude: BigUInt(words: words)) }
        var inverted = words.map { ~$0 }
        var carry = true
        for index in inverted.indices where carry {
            let (sum, overflow) = inverted[index].addingReportingOverflow(1)
            inverted[index] = sum
            carry = overflow
        }
        return BigInt(sign: .minus, magnitude: BigUInt(words: inverted))
    }

    /// `&`, `|`, `^` on integers of any size with infinite two's complement semantics.
    static func bitwise(_ x: BigInt, _ y: BigInt, _ operation: (UInt, UInt) -> UInt) -> BigInt {
        let count = max(x.magnitude.words.count, y.magnitude.words.count) + 1
        let left = twosComplement(x, count: count)
        let right = twosComplement(y, count: count)
        return fromTwosComplement(zip(left, right).map(operation))
    }

    /// `x >> shift` rounding toward negative infinity.
    static func shiftRight(_ x: BigInt, _ shift: Int) -> BigInt {
        if x.sign == .minus {
            return -(((-x) - 1) >> shift) - 1
        }
        return x >> shift
    }

    /// The nearest double to `x` (round half to even), or nil when it overflows.
    static func double(_ x: BigInt) -> Double? {
        let magnitude = x.magnitude
        let bits = magnitude.bitWidth
        if bits <= 63 {
            let small = Double(UInt64(magnitude))
            return x.sign == .minus ? -small : small
        }
        let shift = bits - 55
        let top = magnitude >> shift
        var mantissa = UInt64(top)
        let sticky = !(magnitude & ((BigUInt(1) << shift) - 1)).isZero
        if sticky { mantissa |= 1 }
        // 55 significant bits plus a sticky bit: converting to Double rounds half to even exactly once.
        let rounded = Double(mantissa)
        let result = rounded * pow2(shift)
        if !result.isFinite { return nil }
        return x.sign == .minus ? -result : result
    }

    /// 2 raised to a non-negative power, as a double (inf when too large).
    static func pow2(_ exponent: Int) -> Double {
        exponent > 1100 ? .infinity : Double(sign: .plus, exponent: exponent, significand: 1)
    }

    /// Correctly rounded true division of two integers (CPython's long_true_divide semantics).
    static func trueDivide(_ x: BigInt, _ y: BigInt) -> Double? {
        let negative = (x.sign == .minus) != (y.sign == .minus)
        let a = x.magnitude
        let b = y.magnitude
        if a.isZero { return negative ? -0.0 : 0.0 }
        let aBits = a.bitWidth
        let bBits = b.bitWidth
        // Scale so the quotient has 55 to 56 bits.
        let shift = 55 - (aBits - bBits)
        let numerator = shift >= 0 ? a << shift : a
        let denominator = shift >= 0 ? b : b << (-shift)
        let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        var mantissa = UInt64(quotient)
        if !remainder.isZero { mantissa |= 1 }
        let exponent = -shift
        var result: Double
        if exponent < -1074 - 64 {
            result = 0
        } else {
            result = Double(mantissa)
            result = scale(result, by: exponent)
        }
        if !result.isFinite { return nil }
        return negative ? -result : result
    }

    /// `value * 2**exponent` without intermediate overflow or double rounding in normal ranges.
    static func scale(_ value: Double, by exponent: Int) -> Double {
        var result = value
        var remaining = exponent
        while remaining > 1000 { result *= pow2(1000); remaining -= 1000 }
        while remaining < -1000 { result *= Double(sign: .plus, exponent: -1000, significand: 1); remaining += 1000 }
        return result * Double(sign: .plus, exponent: remaining, significand: 1)
    }
}

extension VM {
    /// The value of an integer literal too large for 64 bits.
    func parseIntegerLiteral(_ text: String) -> Value {
        guard let number = Integers.parseLiteral(text) else { return .int(0) }
        return Integers.value(number)
    }
}
