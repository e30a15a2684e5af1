import BigInt

/// Conversions between floats and big integers.
enum BigIntConversion {
    /// The integer value of a finite, already-integral double, exactly.
    static func fromDouble(_ value: Double) -> BigInt {
        if let small = Int(exactly: value) { return BigInt(small) }
        let exponent = Int(value.exponent)
        let significand = BigInt(value.significandBitPattern | (1 << 52))
        let magnitude = exponent >= 52 ? significand << (exponent - 52) : significand >> (52 - exponent)
        return value < 0 ? -magnitude : magnitude
    }
}
