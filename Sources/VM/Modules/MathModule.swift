import BigInt
#if canImport(Glibc)
import Glibc
#endif

/// The `math` module.
extension VM {
    func makeMathModule() -> PyModule {
        nativeModule("math") { module in
            constant(module, "pi", .float(Double.pi))
            constant(module, "e", .float(M_E))
            constant(module, "tau", .float(2 * Double.pi))
            constant(module, "inf", .float(.infinity))
            constant(module, "nan", .float(.nan))
            let unary: [(String, (Double) -> Double)] = [
                ("exp", exp), ("expm1", expm1), ("sin", sin), ("cos", cos), ("tan", tan), ("asin", asin), ("acos", acos),
                ("atan", atan), ("sinh", sinh), ("cosh", cosh), ("tanh", tanh), ("asinh", asinh), ("acosh", acosh),
                ("atanh", atanh), ("fabs", fabs), ("erf", erf), ("erfc", erfc), ("gamma", tgamma), ("lgamma", lgamma),
                ("log1p", log1p), ("sqrt", sqrt), ("degrees", { $0 * 180 / Double.pi }), ("radians", { $0 * Double.pi / 180 }),
                ("cbrt", cbrt), ("exp2", exp2),
            ]
            for (name, operation) in unary {
                function(module, name) { (vm: VM, args: Arguments) throws(PyException) -> Value in
                    try args.expect(vm, name, 1, 1)
                    return .float(try vm.checkedMath(operation(try vm.floatArgument(args[0])), input: try vm.floatArgument(args[0]), name: name))
                }
            }
            installMathLogarithms(module)
            installMathRounding(module)
            installMathIntegers(module)
            installMathMisc(module)
        }
    }

    /// CPython's errors for math results: NaN from a non-NaN input is a domain error, infinity from a
    /// finite input a range error.
    func checkedMath(_ result: Double, input: Double, name: String) throws(PyException) -> Double {
        if result.isNaN && !input.isNaN { throw valueError("math domain error") }
        if result.isInfinite && input.isFinite {
            if ["log1p", "gamma", "lgamma", "atanh"].contains(name) && (input == -1 || input <= 0 && input == input.rounded() || abs(input) == 1) {
                throw valueError("math domain error")
            }
            throw raise("OverflowError", "math range error")
        }
        return result
    }

    func installMathLogarithms(_ module: PyModule) {
        function(module, "log") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "log", 1, 2)
            let value = try vm.logarithm(args[0])
            if args.positionalCount == 2 {
                let base = try vm.logarithm(args[1])
                if base == 0 { throw vm.raise("ZeroDivisionError", "float division by zero") }
                return .float(value / base)
            }
            return .float(value)
        }
        function(module, "log2") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "log2", 1, 1)
            if case .int(let number) = args[0], number > 0, number & (number - 1) == 0 { return .float(Double(number.trailingZeroBitCount)) }
            return .float(try vm.logarithm(args[0]) / M_LN2)
        }
        function(module, "log10") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "log10", 1, 1)
            if case .float(let number) = args[0] {
                if number <= 0 { throw vm.valueError("math domain error") }
                return .float(log10(number))
            }
            if case .int(let number) = args[0], number > 0 { return .float(log10(Double(number))) }
            return .float(try vm.logarithm(args[0]) / M_LN10)
        }
    }

    /// Natural logarithm of a float or an integer of any size.
    func logarithm(_ value: Value) throws(PyException) -> Double {
        if let integer = Integers.integer(value) {
            let big = integer.big
            if big.sign == .minus || big.isZero { throw valueError("math domain error") }
            if let double = Integers.double(big), double.isFinite { return log(double) }
            let bits = big.magnitude.bitWidth
            let shift = bits - 60
            let top = Double(UInt64(big.magnitude >> shift))
            return log(top) + Double(shift) * M_LN2
        }
        let number = try floatArgument(value)
        if number <= 0 || number.isNaN { if number.isNaN { return number }; throw valueError("math domain error") }
        return log(number)
    }

    func installMathRounding(_ module: PyModule) {
        for (name, rule) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
            function(module, name) { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expect(vm, name, 1, 1)
                let value = args[0]
                if Integers.integer(value) != nil { return try vm.unary(.positive, value) }
                if case .object(let object) = value, let method = object.type.lookup(vm.intern("__\(name)__")) {
                    return try vm.call(method, [value])
                }
                let number = try vm.floatArgument(value)
                if number.isNaN { throw vm.valueError("cannot convert float NaN to integer") }
                if number.isInfinite { throw vm.raise("OverflowError", "cannot convert float infinity to integer") }
                return Integers.value(BigIntConversion.fromDouble(number.rounded(rule)))
            }
        }
        function(module, "fmod") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "fmod", 2, 2)
            let x = try vm.floatArgument(args[0])
            let y = try vm.floatArgument(args[1])
            if y == 0 && !x.isNaN || x.isInfinite { throw vm.valueError("math domain error") }
            return .float(fmod(x, y))
        }
        function(module, "remainder") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "remainder", 2, 2)
            let y = try vm.floatArgument(args[1])
            if y == 0 { throw vm.valueError("math domain error") }
            return .float(Glibc.remainder(try vm.floatArgument(args[0]), y))
        }
        function(module, "modf") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "modf", 1, 1)
            let x = try vm.floatArgument(args[0])
            if x.isInfinite { return .object(PyTuple([.float(copysign(0, x)), .float(x)])) }
            let whole = x.rounded(.towardZero)
            return .object(PyTuple([.float(copysign(x - whole, x)), .float(whole)]))
        }
        function(module, "frexp") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "frexp", 1, 1)
            var exponent: Int32 = 0
            let mantissa = frexp(try vm.floatArgument(args[0]), &exponent)
            return .object(PyTuple([.float(mantissa), .int(Int(exponent))]))
        }
        function(module, "ldexp") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "ldexp", 2, 2)
            let x = try vm.floatArgument(args[0])
            let exponent = try vm.integerArgument(args[1])
            let result = ldexp(x, Int32(clamping: exponent))
            if result.isInfinite && x.isFinite { throw vm.raise("OverflowError", "math range error") }
            return .float(result)
        }
        function(module, "copysign") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "copysign", 2, 2)
            return .float(copysign(try vm.floatArgument(args[0]), try vm.floatArgument(args[1])))
        }
    }

    func installMathIntegers(_ module: PyModule) {
        for name in ["gcd", "lcm"] {
            function(module, name) { (vm: VM, args: Arguments) throws(PyException) -> Value in
                var result = BigInt(name == "gcd" ? 0 : 1)
                for index in 0..<args.positionalCount {
                    let value = try vm.integerValue(args[index])
                    if name == "gcd" {
                        result = result.greatestCommonDivisor(with: value)
                    } else {
                        if value.isZero || result.isZero { result = 0; continue }
                        result = BigInt((result * value).magnitude) / result.greatestCommonDivisor(with: value)
                    }
                }
                return Integers.value(BigInt(result.magnitude))
            }
        }
        function(module, "factorial") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "factorial", 1, 1)
            let n = try vm.integerArgument(args[0])
            if n < 0 { throw vm.valueError("factorial() not defined for negative values") }
            var result = BigInt(1)
            if n > 1 { for factor in 2...n { result *= BigInt(factor) } }
            return Integers.value(result)
        }
        function(module, "isqrt") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "isqrt", 1, 1)
            let value = try vm.integerValue(args[0])
            if value.sign == .minus { throw vm.valueError("isqrt() argument must be nonnegative") }
            return Integers.value(BigInt(value.magnitude.squareRoot()))
        }
        function(module, "comb") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "comb", 2, 2)
            let n = try vm.integerArgument(args[0])
            let k = try vm.integerArgument(args[1])
            if n < 0 { throw vm.valueError("n must be a non-negative integer") }
            if k < 0 { throw vm.valueError("k must be a non-negative integer") }
            if k > n { return .int(0) }
            let r = min(k, n - k)
            var result = BigInt(1)
            if r > 0 { for i in 1...r { result = result * BigInt(n - r + i) / BigInt(i) } }
            return Integers.value(result)
        }
        function(module, "perm") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "perm", 1, 2)
            let n = try vm.integerArgument(args[0])
            let k = args.positionalCount == 2 && !args[1].isNone ? try vm.integerArgument(args[1]) : n
            if n < 0 { throw vm.valueError("n must be a non-negative integer") }
            if k < 0 { throw vm.valueError("k must be a non-negative integer") }
            if k > n { return .int(0) }
            var result = BigInt(1)
            if k > 0 { for i in 0..<k { result *= BigInt(n - i) } }
            return Integers.value(result)
        }
        function(module, "prod") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.allowKeywords(vm, "prod", ["start"])
            var result = args.keyword("start") ?? .int(1)
            try vm.forEach(args[0]) { (item: Value) throws(PyException) in result = try vm.binary(.multiply, result, item) }
            return result
        }
    }

    func installMathMisc(_ module: PyModule) {
        function(module, "pow") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "pow", 2, 2)
            let x = try vm.floatArgument(args[0])
            let y = try vm.floatArgument(args[1])
            if x == 0 && y < 0 { throw vm.valueError("math domain error") }
            if x < 0 && y != y.rounded() && y.isFinite { throw vm.valueError("math domain error") }
            let result = pow(x, y)
            if result.isInfinite && x.isFinite && y.isFinite { throw vm.raise("OverflowError", "math range error") }
            return .float(result)
        }
        function(module, "atan2") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "atan2", 2, 2)
            return .float(atan2(try vm.floatArgument(args[0]), try vm.floatArgument(args[1])))
        }
        function(module, "hypot") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            var values: [Double] = []
            for index in 0..<args.positionalCount { values.append(try vm.floatArgument(args[index])) }
            return .float(vm.euclideanNorm(values))
        }
        function(module, "dist") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "dist", 2, 2)
            let p = try vm.collect(args[0])
            let q = try vm.collect(args[1])
            guard p.count == q.count else { throw vm.valueError("both points must have the same number of dimensions") }
            var differences: [Double] = []
            for (a, b) in zip(p, q) { differences.append(try vm.floatArgument(a) - vm.floatArgument(b)) }
            return .float(vm.euclideanNorm(differences))
        }
        for (name, test) in [("isnan", { (x: Double) in x.isNaN }), ("isinf", { $0.isInfinite }), ("isfinite", { $0.isFinite })] {
            function(module, name) { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expect(vm, name, 1, 1)
                return .bool(test(try vm.floatArgument(args[0])))
            }
        }
        function(module, "isclose") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.allowKeywords(vm, "isclose", ["rel_tol", "abs_tol"])
            guard args.positionalCount == 2 else { throw vm.typeError("isclose() takes exactly 2 positional arguments") }
            let a = try vm.floatArgument(args[0])
            let b = try vm.floatArgument(args[1])
            let relative = try vm.floatArgument(args.keyword("rel_tol") ?? .float(1e-9))
            let absolute = try vm.floatArgument(args.keyword("abs_tol") ?? .float(0))
            if relative < 0 || absolute < 0 { throw vm.valueError("tolerances must be non-negative") }
            if a == b { return .bool(true) }
            if a.isInfinite || b.isInfinite { return .bool(false) }
            let difference = abs(b - a)
            return .bool(difference <= abs(relative * b) || difference <= abs(relative * a) || difference <= absolute)
        }
        function(module, "fsum") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "fsum", 1, 1)
            var values: [Double] = []
            try vm.forEach(args[0]) { (item: Value) throws(PyException) in values.append(try vm.floatArgument(item)) }
            return .float(try vm.exactSum(values))
        }
        function(module, "nextafter") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "nextafter", 2, 2)
            return .float(nextafter(try vm.floatArgument(args[0]), try vm.floatArgument(args[1])))
        }
        function(module, "ulp") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "ulp", 1, 1)
            let x = abs(try vm.floatArgument(args[0]))
            if x.isNaN || x.isInfinite { return .float(x) }
            return .float(x.ulp)
        }
    }

    /// The Euclidean norm, scaled to avoid overflow (accurate to an ulp or so).
    func euclideanNorm(_ values: [Double]) -> Double {
        if values.contains(where: { $0.isInfinite }) { return .infinity }
        if values.contains(where: { $0.isNaN }) { return .nan }
        let largest = values.map { abs($0) }.max() ?? 0
        if largest == 0 { return 0 }
        if values.count == 2 { return hypot(values[0], values[1]) }
        var total = 0.0
        var compensation = 0.0
        for value in values {
            let scaled = value / largest
            let term = scaled * scaled - compensation
            let sum = total + term
            compensation = (sum - total) - term
            total = sum
        }
        return largest * total.squareRoot()
    }

    /// A correctly rounded sum (Shewchuk's algorithm, as CPython's `math.fsum`).
    func exactSum(_ values: [Double]) throws(PyException) -> Double {
        var partials: [Double] = []
        var specialSum = 0.0
        var infinitySum = 0.0
        for value in values {
            if !value.isFinite {
                if value.isInfinite { infinitySum += value }
                specialSum += value
                continue
            }
            var x = value
            var kept = 0
            for partial in partials {
                var y = partial
                if abs(x) < abs(y) { swap(&x, &y) }
                let high = x + y
                let low = y - (high - x)
                if low != 0 {
                    partials[kept] = low
                    kept += 1
                }
                x = high
            }
            partials.removeSubrange(kept...)
            partials.append(x)
        }
        if specialSum != 0 {
            if infinitySum.isNaN { throw valueError("-inf + inf in fsum") }
            return specialSum
        }
        var high = 0.0
        var index = partials.count
        if index > 0 {
            index -= 1
            high = partials[index]
            var low = 0.0
            while index > 0 {
                let x = high
                index -= 1
                let y = partials[index]
                high = x + y
                let yr = high - x
                low = y - yr
                if low != 0 { break }
            }
            if index > 0 && ((low < 0 && partials[index - 1] < 0) || (low > 0 && partials[index - 1] > 0)) {
                let y = low * 2
                let x = high + y
                let yr = x - high
                if y == yr { high = x }
            }
        }
        return high
    }
}
