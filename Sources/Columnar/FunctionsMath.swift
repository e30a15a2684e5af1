import Foundation

/// Spark's math functions. Arguments of any numeric type are accepted (strings are read as
/// doubles, as Spark's implicit cast does); transcendental functions return double.
enum FunctionsMath {
    static func register(_ table: inout [String: FunctionResolver]) {
        table["sqrt"] = unary { sqrt($0) }
        table["cbrt"] = unary { cbrt($0) }
        table["exp"] = unary { Foundation.exp($0) }
        table["expm1"] = unary { Foundation.expm1($0) }
        table["sin"] = unary { Foundation.sin($0) }
        table["cos"] = unary { Foundation.cos($0) }
        table["tan"] = unary { Foundation.tan($0) }
        table["asin"] = unary { Foundation.asin($0) }
        table["acos"] = unary { Foundation.acos($0) }
        table["atan"] = unary { Foundation.atan($0) }
        table["sinh"] = unary { Foundation.sinh($0) }
        table["cosh"] = unary { Foundation.cosh($0) }
        table["tanh"] = unary { Foundation.tanh($0) }
        table["cot"] = unary { 1 / Foundation.tan($0) }
        table["sec"] = unary { 1 / Foundation.cos($0) }
        table["csc"] = unary { 1 / Foundation.sin($0) }
        table["asinh"] = unary { x in x == -.infinity ? x : Foundation.log(x + (x * x + 1).squareRoot()) }
        table["acosh"] = unary { x in Foundation.log(x + (x * x - 1).squareRoot()) }
        table["atanh"] = unary { x in 0.5 * Foundation.log((1 + x) / (1 - x)) }
        table["radians"] = unary { $0 * 0.017453292519943295 }
        table["degrees"] = unary { $0 * 57.29577951308232 }
        table["rint"] = unary { $0.rounded(.toNearestOrEven) }
        table["signum"] = unary { $0.isNaN ? $0 : ($0 > 0 ? 1 : ($0 < 0 ? -1 : $0)) }
        table["sign"] = table["signum"]
        // Spark's logarithms are null outside their domain (x <= asymptote).
        table["ln"] = unaryOrNull { $0 <= 0 ? nil : Foundation.log($0) }
        table["log10"] = unaryOrNull { $0 <= 0 ? nil : Foundation.log10($0) }
        table["log2"] = unaryOrNull { $0 <= 0 ? nil : Foundation.log($0) / Foundation.log(2.0) }
        table["log1p"] = unaryOrNull { $0 <= -1 ? nil : Foundation.log1p($0) }
        table["log"] = { call in
            if call.count == 1 { return try unaryOrNull { $0 <= 0 ? nil : Foundation.log($0) }(call) }
            return try binaryOrNull { base, x in base <= 0 || x <= 0 ? nil : Foundation.log(x) / Foundation.log(base) }(call)
        }
        table["pow"] = binary { javaPow($0, $1) }
        table["power"] = table["pow"]
        table["atan2"] = binary { Foundation.atan2($0, $1) }
        table["hypot"] = binary { Foundation.hypot($0, $1) }
        table["e"] = nullary(M_E)
        table["pi"] = nullary(Double.pi)
        table["abs"] = signPreserving(name: "abs", int: { $0 < 0 ? 0 &- $0 : $0 }, double: { Swift.abs($0) })
        table["negative"] = signPreserving(name: "negative", int: { 0 &- $0 }, double: { -$0 })
        table["positive"] = signPreserving(name: "positive", int: { $0 }, double: { $0 })
        table["floor"] = floorCeil { Foundation.floor($0) }
        table["ceil"] = floorCeil { Foundation.ceil($0) }
        table["ceiling"] = table["ceil"]
        table["round"] = rounding(halfEven: false)
        table["bround"] = rounding(halfEven: true)
        table["pmod"] = pmod
    }

    /// Java's `Math.pow`, which differs from C's where the exponent is NaN or the base is ±1 with
    /// an infinite exponent.
    @inline(__always) static func javaPow(_ x: Double, _ y: Double) -> Double {
        if y.isNaN { return .nan }
        if y.isInfinite && Swift.abs(x) == 1 { return .nan }
        return Foundation.pow(x, y)
    }

    static func unary(_ f: @escaping @Sendable (Double) -> Double) -> FunctionResolver {
        { call in
            try call.arity(1)
            try call.requireNumeric(0)
            return call.function(.float64) { args, _ in
                let (v, validity) = FnKernel.doubles(args[0])
                return Column(type: .float64, values: .doubles(FnKernel.map(v, f)), validity: validity)
            }
        }
    }

    static func unaryOrNull(_ f: @escaping @Sendable (Double) -> Double?) -> FunctionResolver {
        { call in
            try call.arity(1)
            try call.requireNumeric(0)
            return call.function(.float64) { args, _ in
                let (v, validity) = FnKernel.doubles(args[0])
                var nulls = FnNulls(validity, count: v.count)
                var out = ContiguousArray<Double>(repeating: 0, count: v.count)
                v.withUnsafeBufferPointer { src in
                    out.withUnsafeMutableBufferPointer { dst in
                        for i in 0 ..< src.count {
                            if let r = f(src[i]) { dst[i] = r } else if nulls.isValid(i) { nulls.setNull(i) }
                        }
                    }
                }
                return Column(type: .float64, values: .doubles(out), validity: nulls.bitmap)
            }
        }
    }

    static func binary(_ f: @escaping @Sendable (Double, Double) -> Double) -> FunctionResolver {
        { call in
            try call.arity(2)
            try call.requireNumeric(0)
            try call.requireNumeric(1)
            return call.function(.float64) { args, _ in
                let (a, va) = FnKernel.doubles(args[0])
                let (b, vb) = FnKernel.doubles(args[1])
                return Column(type: .float64, values: .doubles(FnKernel.map2(a, b, f)), validity: FnKernel.and(va, vb))
            }
        }
    }

    static func binaryOrNull(_ f: @escaping @Sendable (Double, Double) -> Double?) -> FunctionResolver {
        { call in
            try call.arity(2)
            try call.requireNumeric(0)
            try call.requireNumeric(1)
            return call.function(.float64) { args, _ in
                let (a, va) = FnKernel.doubles(args[0])
                let (b, vb) = FnKernel.doubles(args[1])
                var nulls = FnNulls(FnKernel.and(va, vb), count: a.count)
                var out = ContiguousArray<Double>(repeating: 0, count: a.count)
                for i in 0 ..< min(a.count, b.count) {
                    if let r = f(a[i], b[i]) { out[i] = r } else if nulls.isValid(i) { nulls.setNull(i) }
                }
                return Column(type: .float64, values: .doubles(out), validity: nulls.bitmap)
            }
        }
    }

    static func nullary(_ value: Double) -> FunctionResolver {
        { call in
            try call.arity(0)
            return call.function(.float64) { _, count in FnKernel.constant(value, count: count) }
        }
    }

    /// abs, negative, positive: the type is kept (strings become doubles); integers wrap as
    /// Spark's non-ANSI arithmetic does (`abs(-2147483648)` is -2147483648 for an int).
    static func signPreserving(name: String, int: @escaping @Sendable (Int64) -> Int64,
                               double: @escaping @Sendable (Double) -> Double) -> FunctionResolver {
        { call in
            try call.arity(1)
            try call.requireNumeric(0, "(\"NUMERIC\" or \"INTERVAL DAY TO SECOND\" or \"INTERVAL YEAR TO MONTH\" or \"INTERVAL\")")
            let type = call.types[0] == .string ? DataType.float64 : call.types[0]
            return call.function(type) { args, _ in
                let column = args[0]
                switch (type, column.values) {
                case (.int32, .ints(let v)):
                    return Column(type: type, values: .ints(FnKernel.map(v) { Int64(Int32(truncatingIfNeeded: int($0))) }), validity: column.validity)
                case (_, .ints(let v)):
                    return Column(type: type, values: .ints(FnKernel.map(v, int)), validity: column.validity)
                default:
                    let (v, validity) = FnKernel.doubles(column)
                    return Column(type: type, values: .doubles(FnKernel.map(v, double)), validity: validity)
                }
            }
        }
    }

    /// floor and ceil: bigint results (Java's saturating `(long)` of the double; NaN gives 0).
    static func floorCeil(_ f: @escaping @Sendable (Double) -> Double) -> FunctionResolver {
        { call in
            try call.arity(1)
            try call.requireNumeric(0, "(\"DECIMAL\" or \"DOUBLE\" or \"BIGINT\")")
            return call.function(.int64) { args, _ in
                let column = args[0]
                if case .ints(let v) = column.values { return Column(type: .int64, values: .ints(v), validity: column.validity) }
                let (v, validity) = FnKernel.doubles(column)
                return Column(type: .int64, values: .ints(FnKernel.map(v) { FnKernel.javaLong(f($0)) }), validity: validity)
            }
        }
    }

    /// round (HALF_UP) and bround (HALF_EVEN) to `scale` decimal places of the value's shortest
    /// decimal form, as Spark's `BigDecimal(d).setScale(scale, mode)` does. Integers stay integers.
    static func rounding(halfEven: Bool) -> FunctionResolver {
        { call in
            try call.arity(1 ... 2)
            try call.requireNumeric(0)
            if call.count == 2 {
                try call.requireIntegral(1)
                if call.types[1] != .int32 && call.types[1] != .int64 { throw call.mismatch(1, "\"INT\"") }
            }
            let type = call.types[0] == .string ? DataType.float64 : call.types[0]
            let constantScale = call.count == 2 ? call.constantInt(1) : 0
            return call.function(type) { args, count in
                let column = args[0]
                var scales: ContiguousArray<Int64>? = nil
                var validity = column.validity
                if constantScale == nil, args.count > 1 {
                    let (s, vs) = FnKernel.int32s(args[1])
                    scales = s
                    validity = FnKernel.and(validity, vs)
                } else if args.count > 1 {
                    validity = FnKernel.and(validity, args[1].validity)
                }
                let fixed = Int(clamping: constantScale ?? 0)
                switch (type, column.values) {
                case (_, .ints(let v)):
                    var out = ContiguousArray<Int64>(repeating: 0, count: v.count)
                    for i in 0 ..< v.count {
                        let scale = scales.map { Int($0[i]) } ?? fixed
                        var r = roundInteger(v[i], scale: scale, halfEven: halfEven)
                        if type == .int32 { r = Int64(Int32(truncatingIfNeeded: r)) }
                        out[i] = r
                    }
                    return Column(type: type, values: .ints(out), validity: validity)
                default:
                    let (v, vd) = FnKernel.doubles(column)
                    validity = FnKernel.and(validity, vd)
                    var out = ContiguousArray<Double>(repeating: 0, count: v.count)
                    for i in 0 ..< v.count {
                        let scale = scales.map { Int($0[i]) } ?? fixed
                        if type == .float32 {
                            out[i] = Double(Float(roundDouble(Double(String(Float(v[i]))) ?? v[i], scale: scale, halfEven: halfEven)))
                        } else {
                            out[i] = roundDouble(v[i], scale: scale, halfEven: halfEven)
                        }
                    }
                    _ = count
                    return Column(type: type, values: .doubles(out), validity: validity)
                }
            }
        }
    }

    static func roundInteger(_ x: Int64, scale: Int, halfEven: Bool) -> Int64 {
        if scale >= 0 { return x }
        if scale <= -19 { return 0 }
        var q: Int64 = 1
        for _ in 0 ..< -scale { q *= 10 }
        let r = x % q
        let base = x - r
        let twice = Swift.abs(r).multipliedReportingOverflow(by: 2).partialValue
        let up: Bool
        if twice > q { up = true } else if twice < q { up = false } else { up = !halfEven || (base / q) % 2 != 0 }
        guard up else { return base }
        return x < 0 ? base &- q : base &+ q
    }

    static func roundDouble(_ x: Double, scale: Int, halfEven: Bool) -> Double {
        if !x.isFinite || x == 0 { return x }
        if scale >= 0 && scale <= 15 {
            let p = FnKernel.powersOfTen[scale]
            let t = x * p
            if Swift.abs(t) < 2_147_483_648 {
                let fraction = Swift.abs(t - t.rounded(.towardZero))
                if Swift.abs(fraction - 0.5) > 1e-6 {
                    let r = t.rounded(.toNearestOrAwayFromZero)
                    return r == 0 ? 0 : r / p
                }
            }
        }
        return roundDecimalDigits(x, scale: scale, halfEven: halfEven)
    }

    /// Rounds the shortest decimal form of `x` exactly.
    static func roundDecimalDigits(_ x: Double, scale: Int, halfEven: Bool) -> Double {
        let (negative, digitText, exponent) = ValueFormatting.decimalDigits(x)
        let digits = Array(digitText.utf8).map { Int($0) - 48 }
        let kept = exponent + scale  // digits kept before the rounding position
        if kept >= digits.count { return x }
        if kept < 0 { return 0 }
        var n: [Int] = Array(digits[0 ..< kept])
        let next = digits[kept]
        let rest = digits[(kept + 1)...].contains { $0 != 0 }
        let up: Bool
        if next > 5 || (next == 5 && rest) { up = true }
        else if next < 5 { up = false }
        else { up = !halfEven || (n.last.map { $0 % 2 != 0 } ?? false) }
        if up {
            var i = n.count - 1
            while i >= 0 {
                if n[i] == 9 { n[i] = 0; i -= 1 } else { n[i] += 1; break }
            }
            if i < 0 { n.insert(1, at: 0) }
        }
        if n.allSatisfy({ $0 == 0 }) { return 0 }
        // value = n × 10^(-scale)
        let text = (negative ? "-" : "") + n.map(String.init).joined() + "e" + String(-scale)
        return Double(text) ?? x
    }

    /// pmod(a, n): the positive remainder; null when n is 0. Integers stay integers.
    static let pmod: FunctionResolver = { call in
        try call.arity(2)
        try call.requireNumeric(0, "\"NUMERIC\"")
        try call.requireNumeric(1, "\"NUMERIC\"")
        let a = call.types[0] == .string ? DataType.float64 : call.types[0]
        let b = call.types[1] == .string ? DataType.float64 : call.types[1]
        guard let type = DataType.widened(a, b) else { throw call.differentTypes() }
        return call.function(type) { args, _ in
            let validity = FnKernel.and(args[0].validity, args[1].validity)
            if type.isIntegral {
                let (x, vx) = FnKernel.ints(args[0]), (n, vn) = FnKernel.ints(args[1])
                var nulls = FnNulls(FnKernel.and(validity, FnKernel.and(vx, vn)), count: x.count)
                var out = ContiguousArray<Int64>(repeating: 0, count: x.count)
                for i in 0 ..< x.count {
                    if n[i] == 0 { if nulls.isValid(i) { nulls.setNull(i) }; continue }
                    let r = x[i].remainderReportingOverflow(dividingBy: n[i]).partialValue
                    out[i] = r < 0 ? (r &+ n[i]).remainderReportingOverflow(dividingBy: n[i]).partialValue : r
                    if type == .int32 { out[i] = Int64(Int32(truncatingIfNeeded: out[i])) }
                }
                return Column(type: type, values: .ints(out), validity: nulls.bitmap)
            }
            let (x, vx) = FnKernel.doubles(args[0]), (n, vn) = FnKernel.doubles(args[1])
            var nulls = FnNulls(FnKernel.and(validity, FnKernel.and(vx, vn)), count: x.count)
            var out = ContiguousArray<Double>(repeating: 0, count: x.count)
            for i in 0 ..< x.count {
                if n[i] == 0 { if nulls.isValid(i) { nulls.setNull(i) }; continue }
                let r = x[i].truncatingRemainder(dividingBy: n[i])
                out[i] = r < 0 ? (r + n[i]).truncatingRemainder(dividingBy: n[i]) : r
            }
            return Column(type: type, values: .doubles(out), validity: nulls.bitmap)
        }
    }
}
