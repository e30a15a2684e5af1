import BigInt
#if canImport(Glibc)
import Glibc
#endif

/// The methods of `int`, `bool` and `float`.
enum NumberMethods {
    static func install() {
        let types = BuiltinTypes.shared
        let all: [BinaryOp] = [.add, .subtract, .multiply, .trueDivide, .floorDivide, .modulo, .power, .leftShift,
                               .rightShift, .bitAnd, .bitOr, .bitXor]
        types.operatorMethods(types.int, binary: all, reflected: true, compare: true)
        types.operatorMethods(types.float, binary: [.add, .subtract, .multiply, .trueDivide, .floorDivide, .modulo, .power],
                              reflected: true, compare: true)
        for type in [types.int, types.float] {
            for (name, op) in [("__neg__", UnaryOp.negate), ("__pos__", .positive)] {
                types.method(type, name) { (vm: VM, args: Arguments) throws(PyException) -> Value in try vm.unary(op, args[0]) }
            }
            types.method(type, "__abs__") { (vm: VM, args: Arguments) throws(PyException) -> Value in try vm.absolute(args[0]) }
            types.method(type, "__bool__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                if let integer = Integers.integer(args[0]) { return .bool(!integer.big.isZero) }
                return .bool(try vm.floatArgument(args[0]) != 0)
            }
            types.method(type, "__hash__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                switch Integers.integer(args[0]) {
                case .small(let number)?: return .int(VM.hashInteger(number))
                case .big(let number)?: return .int(VM.hashBig(number))
                case nil: return .int(VM.hashDouble(try vm.floatArgument(args[0])))
                }
            }
            types.method(type, "__repr__") { (vm: VM, args: Arguments) throws(PyException) -> Value in .string(try vm.repr(args[0])) }
            types.method(type, "__str__") { (vm: VM, args: Arguments) throws(PyException) -> Value in .string(try vm.repr(args[0])) }
            types.method(type, "__format__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expectMethod(vm, "__format__", 1, 1)
                return .string(try vm.format(args[0], try vm.stringArgument(args[1], "format spec must be str")))
            }
            types.method(type, "__int__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try vm.makeInteger(Arguments(base: args.base, count: 1))
            }
            types.method(type, "__float__") { (vm: VM, args: Arguments) throws(PyException) -> Value in .float(try vm.floatArgument(args[0])) }
            types.method(type, "__trunc__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try vm.makeInteger(Arguments(base: args.base, count: 1))
            }
            types.method(type, "__round__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try vm.round(args[0], args.positional(1) ?? .none)
            }
            types.method(type, "conjugate") { (vm: VM, args: Arguments) throws(PyException) -> Value in args[0] }
            types.method(type, "__getnewargs__") { (vm: VM, args: Arguments) throws(PyException) -> Value in .object(PyTuple([args[0]])) }
        }
        installIntegerMethods()
        installFloatMethods()
        types.method(types.bool, "__repr__") { (vm: VM, args: Arguments) throws(PyException) -> Value in .string(try vm.repr(args[0])) }
        types.method(types.bool, "__str__") { (vm: VM, args: Arguments) throws(PyException) -> Value in .string(try vm.repr(args[0])) }
    }

    static func installIntegerMethods() {
        let types = BuiltinTypes.shared
        let int = types.int
        for name in ["real", "imag", "numerator", "denominator"] {
            let getter = PyNativeFunction(name: name, qualifiedName: "int.\(name)") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                switch name {
                case "imag": return .int(0)
                case "denominator": return .int(1)
                default: return try vm.unary(.positive, args[0])
                }
            }
            int.dict.store(string: PyStr(name), .object(PyDescriptor(kind: .property, type: types.property, getter: .object(getter))))
        }
        types.method(int, "__index__") { (vm: VM, args: Arguments) throws(PyException) -> Value in try vm.unary(.positive, args[0]) }
        types.method(int, "__invert__") { (vm: VM, args: Arguments) throws(PyException) -> Value in try vm.unary(.invert, args[0]) }
        types.method(int, "__floor__") { (vm: VM, args: Arguments) throws(PyException) -> Value in try vm.unary(.positive, args[0]) }
        types.method(int, "__ceil__") { (vm: VM, args: Arguments) throws(PyException) -> Value in try vm.unary(.positive, args[0]) }
        types.method(int, "__divmod__") { (vm: VM, args: Arguments) throws(PyException) -> Value in try vm.divmod(args[0], args[1]) }
        types.method(int, "__rdivmod__") { (vm: VM, args: Arguments) throws(PyException) -> Value in try vm.divmod(args[1], args[0]) }
        types.method(int, "bit_length") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let value = try vm.integerValue(args[0])
            return .int(value.magnitude.bitWidth)
        }
        types.method(int, "bit_count") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let value = try vm.integerValue(args[0])
            return .int(value.magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
        }
        types.method(int, "as_integer_ratio") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            .object(PyTuple([try vm.unary(.positive, args[0]), .int(1)]))
        }
        types.method(int, "is_integer") { (vm: VM, args: Arguments) throws(PyException) -> Value in .bool(true) }
        types.method(int, "to_bytes") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let value = try vm.integerValue(args[0])
            let length = try vm.integerArgument(args.argument(1, "length") ?? .int(1))
            let order = args.argument(2, "byteorder")?.asString?.value ?? "big"
            let signed = try vm.isTrue(args.keyword("signed") ?? .bool(false))
            if value.sign == .minus && !signed { throw vm.raise("OverflowError", "can't convert negative int to unsigned") }
            var words = Integers.twosComplement(value, count: length / 8 + 2)
            var bytes: [UInt8] = []
            for _ in 0..<length {
                bytes.append(UInt8(truncatingIfNeeded: words[0]))
                words = Integers.twosComplement(Integers.shiftRight(Integers.fromTwosComplement(words), 8), count: words.count)
            }
            let back = Integers.fromTwosComplement(words)
            if !(back.isZero || (signed && back == -1)) { throw vm.raise("OverflowError", "int too big to convert") }
            return .object(PyBytes(order == "little" ? bytes : bytes.reversed()))
        }
        types.classMethod(int, "from_bytes") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            guard let source = args.argument(1, "bytes") else { throw vm.typeError("from_bytes() missing required argument 'bytes' (pos 1)") }
            var bytes: [UInt8] = []
            try vm.forEach(source) { (item: Value) throws(PyException) in bytes.append(UInt8(truncatingIfNeeded: try vm.integerArgument(item))) }
            let order = args.argument(2, "byteorder")?.asString?.value ?? "big"
            if order == "little" { bytes.reverse() }
            var value = BigInt(0)
            for byte in bytes { value = value << 8 | BigInt(byte) }
            if try vm.isTrue(args.keyword("signed") ?? .bool(false)), let first = bytes.first, first & 0x80 != 0 {
                value -= BigInt(1) << (8 * bytes.count)
            }
            return Integers.value(value)
        }
    }

    static func installFloatMethods() {
        let types = BuiltinTypes.shared
        let float = types.float
        types.method(float, "is_integer") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let value = try vm.floatArgument(args[0])
            return .bool(value.isFinite && value == value.rounded(.towardZero))
        }
        types.method(float, "as_integer_ratio") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let value = try vm.floatArgument(args[0])
            if value.isNaN { throw vm.valueError("cannot convert NaN to integer ratio") }
            if value.isInfinite { throw vm.raise("OverflowError", "cannot convert Infinity to integer ratio") }
            return .object(PyTuple(vm.integerRatio(value).map(Integers.value)))
        }
        types.method(float, "__floor__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try vm.round(.float(floor(try vm.floatArgument(args[0]))), .none)
        }
        types.method(float, "__ceil__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try vm.round(.float(ceil(try vm.floatArgument(args[0]))), .none)
        }
        types.method(float, "__divmod__") { (vm: VM, args: Arguments) throws(PyException) -> Value in try vm.divmod(args[0], args[1]) }
        types.method(float, "__rdivmod__") { (vm: VM, args: Arguments) throws(PyException) -> Value in try vm.divmod(args[1], args[0]) }
        types.method(float, "hex") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            .string(FloatFormatting.cFormat(try vm.floatArgument(args[0]), type: "a", precision: 13)
                .replacingOccurrences("p", with: "p"))
        }
        types.classMethod(float, "fromhex") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let text = try vm.stringArgument(args[1], "fromhex() argument must be str")
            guard let value = Double(text.trimmingCharacters()) else { throw vm.valueError("invalid hexadecimal floating-point string") }
            return .float(value)
        }
    }
}

extension VM {
    /// The exact numerator and denominator of a finite float.
    func integerRatio(_ value: Double) -> [BigInt] {
        var numerator = BigIntConversion.fromDouble(value.rounded(.towardZero))
        if value == value.rounded(.towardZero) { return [numerator, 1] }
        var exponent: Int32 = 0
        let mantissa = frexp(value, &exponent)
        let bits = 53
        let scaled = ldexp(mantissa, Int32(bits))
        numerator = BigIntConversion.fromDouble(scaled)
        let shift = bits - Int(exponent)
        var denominator = BigInt(1) << shift
        let common = numerator.greatestCommonDivisor(with: denominator)
        numerator /= common
        denominator /= common
        return [numerator, denominator]
    }
}

extension String {
    /// The text without leading and trailing ASCII whitespace.
    func trimmingCharacters() -> String {
        String(Substring(self).trimmingPythonWhitespace())
    }
}
