import BigInt
#if canImport(Glibc)
import Glibc
#endif

/// abs, round, divmod, pow, hex, oct, bin, chr, ord.
extension VM {
    func installNumericFunctions() {
        define(builtins, "abs") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "abs", 1, 1)
            return try vm.absolute(args[0])
        }
        define(builtins, "round") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.allowKeywords(vm, "round", ["number", "ndigits"])
            guard let number = args.argument(0, "number") else {
                throw vm.typeError("round() missing required argument 'number' (pos 1)")
            }
            let digits = args.argument(1, "ndigits") ?? .none
            return try vm.round(number, digits)
        }
        define(builtins, "divmod") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "divmod", 2, 2)
            return try vm.divmod(args[0], args[1])
        }
        define(builtins, "pow") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.allowKeywords(vm, "pow", ["base", "exp", "mod"])
            guard let base = args.argument(0, "base"), let exponent = args.argument(1, "exp") else {
                throw vm.typeError("pow() missing required argument 'exp' (pos 2)")
            }
            let modulus = args.argument(2, "mod") ?? .none
            if modulus.isNone { return try vm.binary(.power, base, exponent) }
            return try vm.modularPower(base, exponent, modulus)
        }
        for (name, radix, prefix) in [("hex", 16, "0x"), ("oct", 8, "0o"), ("bin", 2, "0b")] {
            define(builtins, name) { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expect(vm, name, 1, 1)
                let number = try vm.integerValue(args[0])
                let digits = String(number.magnitude, radix: radix)
                return .string((number.sign == .minus && !number.isZero ? "-" : "") + prefix + digits)
            }
        }
        define(builtins, "chr") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "chr", 1, 1)
            let code = try vm.integerArgument(args[0])
            guard code >= 0, code <= 0x10FFFF else { throw vm.valueError("chr() arg not in range(0x110000)") }
            guard let scalar = Unicode.Scalar(UInt32(code)) else { return .string("\u{FFFD}") }
            return .object(vm.character(scalar))
        }
        define(builtins, "ord") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "ord", 1, 1)
            guard let text = args[0].asString else {
                if case .object(let object) = args[0], object.kind == .bytes {
                    let bytes = unsafeDowncast(object, to: PyBytes.self).bytes
                    if bytes.count == 1 { return .int(Int(bytes[0])) }
                }
                throw vm.typeError("ord() expected string of length 1, but \(vm.typeName(args[0])) found")
            }
            guard text.count == 1 else {
                throw vm.typeError("ord() expected a character, but string of length \(text.count) found")
            }
            return .int(Int(text.scalar(at: 0).value))
        }
    }

    /// An integer argument of any size (`__index__` honoured), or TypeError.
    func integerValue(_ value: Value) throws(PyException) -> BigInt {
        if let integer = Integers.integer(value) { return integer.big }
        if case .object(let object) = value, let method = object.type.lookup(names.indexMethod),
           let integer = Integers.integer(try call(method, [value])) {
            return integer.big
        }
        throw typeError("'\(typeName(value))' object cannot be interpreted as an integer")
    }

    /// `abs(value)`.
    func absolute(_ value: Value) throws(PyException) -> Value {
        switch value {
        case .int(let number): return number == Int.min ? Integers.value(-BigInt(number)) : .int(abs(number))
        case .bool(let flag): return .int(flag ? 1 : 0)
        case .float(let number): return .float(abs(number))
        case .object(let object):
            if object.kind == .long { return Integers.value(BigInt(unsafeDowncast(object, to: PyLong.self).value.magnitude)) }
            if let method = object.type.lookup(names.absMethod) { return try call(method, [value]) }
        default: break
        }
        throw typeError("bad operand type for abs(): '\(typeName(value))'")
    }

    /// `round(number, ndigits)`.
    func round(_ number: Value, _ digits: Value) throws(PyException) -> Value {
        switch number {
        case .float(let value):
            if digits.isNone {
                if value.isNaN { throw valueError("cannot convert float NaN to integer") }
                if value.isInfinite { throw raise("OverflowError", "cannot convert float infinity to integer") }
                return Integers.value(BigIntConversion.fromDouble(value.rounded(.toNearestOrEven)))
            }
            let places = try integerArgument(digits)
            return .float(FloatFormatting.round(value, digits: places))
        case .int, .bool:
            if digits.isNone { return try unary(.positive, number) }
            return try roundInteger(Integers.integer(number)!.big, try integerArgument(digits))
        case .object(let object):
            if object.kind == .long {
                if digits.isNone { return number }
                return try roundInteger(unsafeDowncast(object, to: PyLong.self).value, try integerArgument(digits))
            }
            if let method = object.type.lookup(names.roundMethod) {
                return try call(method, digits.isNone ? [number] : [number, digits])
            }
        default: break
        }
        throw typeError("type \(typeName(number)) doesn't define __round__ method")
    }

    /// Rounds an integer to a negative number of decimal places, half to even.
    func roundInteger(_ value: BigInt, _ digits: Int) throws(PyException) -> Value {
        if digits >= 0 { return Integers.value(value) }
        let scale = BigInt(10).power(-digits)
        var (quotient, remainder) = Integers.floorDivMod(value, scale)
        let twice = remainder * 2
        if twice > scale || (twice == scale && quotient.words[0] & 1 == 1) { quotient += 1 }
        remainder = 0
        return Integers.value(quotient * scale)
    }

    /// `divmod(a, b)`.
    func divmod(_ a: Value, _ b: Value) throws(PyException) -> Value {
        if let x = Integers.integer(a), let y = Integers.integer(b) {
            let divisor = y.big
            if divisor.isZero { throw raise("ZeroDivisionError", "integer division or modulo by zero") }
            let (quotient, remainder) = Integers.floorDivMod(x.big, divisor)
            return .object(PyTuple([Integers.value(quotient), Integers.value(remainder)]))
        }
        if let x = try floatOperand(a, other: .float(0)), let y = try floatOperand(b, other: .float(0)),
           Integers.integer(a) != nil || { if case .float = a { return true } else { return false } }(),
           Integers.integer(b) != nil || { if case .float = b { return true } else { return false } }() {
            if y == 0 { throw raise("ZeroDivisionError", "float divmod()") }
            let (quotient, remainder) = floatDivMod(x, y)
            return .object(PyTuple([.float(quotient), .float(remainder)]))
        }
        if let method = typeOf(a).lookup(intern("__divmod__")) {
            let result = try call(method, [a, b])
            if result.asObject !== BuiltinTypes.shared.notImplemented { return result }
        }
        if let method = typeOf(b).lookup(intern("__rdivmod__")) {
            let result = try call(method, [b, a])
            if result.asObject !== BuiltinTypes.shared.notImplemented { return result }
        }
        throw typeError("unsupported operand type(s) for divmod(): '\(typeName(a))' and '\(typeName(b))'")
    }

    /// `pow(base, exp, mod)` for integers, including modular inverses for negative exponents.
    func modularPower(_ base: Value, _ exponent: Value, _ modulus: Value) throws(PyException) -> Value {
        guard let b = Integers.integer(base), let e = Integers.integer(exponent), let m = Integers.integer(modulus) else {
            throw typeError("pow() 3rd argument not allowed unless all arguments are integers")
        }
        var mod = m.big
        if mod.isZero { throw valueError("pow() 3rd argument cannot be 0") }
        let negativeModulus = mod.sign == .minus
        if negativeModulus { mod = -mod }
        var value = Integers.floorDivMod(b.big, mod).1
        var power = e.big
        if power.sign == .minus {
            guard let inverse = modularInverse(value, mod) else { throw valueError("base is not invertible for the given modulus") }
            value = inverse
            power = -power
        }
        var result = value.power(power, modulus: mod)
        if negativeModulus && !result.isZero { result -= mod }
        return Integers.value(result)
    }

    func modularInverse(_ value: BigInt, _ modulus: BigInt) -> BigInt? {
        var (oldR, r) = (value, modulus)
        var (oldS, s) = (BigInt(1), BigInt(0))
        while !r.isZero {
            let quotient = Integers.floorDivMod(oldR, r).0
            (oldR, r) = (r, oldR - quotient * r)
            (oldS, s) = (s, oldS - quotient * s)
        }
        guard oldR == 1 else { return nil }
        return Integers.floorDivMod(oldS, modulus).1
    }
}
