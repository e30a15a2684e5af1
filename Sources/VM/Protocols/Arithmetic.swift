import BigInt
#if canImport(Glibc)
import Glibc
#endif

/// The binary operators, with their symbols and special method names.
public enum BinaryOp: Int, Sendable {
    case add, subtract, multiply, trueDivide, floorDivide, modulo, power, matrixMultiply
    case leftShift, rightShift, bitAnd, bitOr, bitXor

    /// The operator as written.
    public var symbol: String {
        ["+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^"][rawValue]
    }

    /// The special method name without underscores, e.g. `add`.
    var stem: String {
        ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "matmul", "lshift", "rshift", "and", "or", "xor"][rawValue]
    }
}

/// The unary operators.
public enum UnaryOp: Sendable {
    case negate, positive, invert

    var method: String {
        switch self {
        case .negate: return "__neg__"
        case .positive: return "__pos__"
        case .invert: return "__invert__"
        }
    }

    var symbol: String {
        switch self {
        case .negate: return "-"
        case .positive: return "+"
        case .invert: return "~"
        }
    }
}

extension VM {
    // MARK: - Binary operators

    /// `a op b` (or `a op= b` when `inPlace`) with Python's full dispatch.
    @inline(never)
    public func binary(_ op: BinaryOp, _ a: Value, _ b: Value, inPlace: Bool = false) throws(PyException) -> Value {
        if isExactBuiltin(a) && isExactBuiltin(b) {
            if let result = try numericBinary(op, a, b) { return result }
            if let result = try builtinBinary(op, a, b, inPlace: inPlace) { return result }
        }
        return try binaryDispatch(op, a, b, inPlace: inPlace)
    }

    /// Whether a value's type is a builtin type (not a class defined by the program).
    @inline(__always)
    func isExactBuiltin(_ value: Value) -> Bool {
        if case .object(let object) = value { return object.type.isBuiltin }
        return true
    }

    /// The special-method protocol: `__iop__`, then `__op__`, then the reflected `__rop__`.
    func binaryDispatch(_ op: BinaryOp, _ a: Value, _ b: Value, inPlace: Bool) throws(PyException) -> Value {
        let notImplemented = BuiltinTypes.shared.notImplemented
        if inPlace, let method = typeOf(a).lookup(names.binaryInPlace[op.rawValue]) {
            let result = try call(method, [a, b])
            if result.asObject !== notImplemented { return result }
        }
        let leftType = typeOf(a)
        let rightType = typeOf(b)
        let forward = leftType.lookup(names.binaryForward[op.rawValue])
        let reflected = leftType === rightType ? nil : rightType.lookup(names.binaryReflected[op.rawValue])
        if let reflected, rightType.isSubtype(of: leftType), !rightType.isBuiltin {
            let result = try call(reflected, [b, a])
            if result.asObject !== notImplemented { return result }
        }
        if let forward {
            let result = try call(forward, [a, b])
            if result.asObject !== notImplemented { return result }
        }
        if let reflected {
            let result = try call(reflected, [b, a])
            if result.asObject !== notImplemented { return result }
        }
        if op == .multiply {
            if let repeated = try repeatWithIndex(a, b) { return repeated }
            if let repeated = try repeatWithIndex(b, a) { return repeated }
        }
        throw unsupportedOperands(op, a, b, inPlace: inPlace)
    }

    /// `sequence * n` where `n` has `__index__` (after the operands' own methods declined).
    func repeatWithIndex(_ sequence: Value, _ count: Value) throws(PyException) -> Value? {
        guard case .object(let object) = sequence, [ObjectKind.str, .list, .tuple].contains(object.kind),
              case .object(let countObject) = count, countObject.type.lookup(names.indexMethod) != nil,
              let times = try index(count) else { return nil }
        return try repeatSequence(object, .small(times))
    }

    @inline(never)
    func unsupportedOperands(_ op: BinaryOp, _ a: Value, _ b: Value, inPlace: Bool) -> PyException {
        if op == .add, a.asString != nil, b.asString == nil {
            return typeError("can only concatenate str (not \"\(typeName(b))\") to str")
        }
        if op == .multiply {
            for (sequence, other) in [(a, b), (b, a)] {
                if case .object(let object) = sequence, [ObjectKind.str, .list, .tuple, .bytes].contains(object.kind),
                   Integers.integer(other) == nil {
                    return typeError("can't multiply sequence by non-int of type '\(typeName(other))'")
                }
            }
        }
        if op == .add, let list = a.asObject, list.kind == .list, b.asObject?.kind != .list {
            return typeError("can only concatenate list (not \"\(typeName(b))\") to list")
        }
        if op == .add, let tuple = a.asObject, tuple.kind == .tuple, b.asObject?.kind != .tuple {
            return typeError("can only concatenate tuple (not \"\(typeName(b))\") to tuple")
        }
        if op == .power {
            return typeError("unsupported operand type(s) for \(inPlace ? "**=" : "** or pow()"): '\(typeName(a))' and '\(typeName(b))'")
        }
        let symbol = inPlace ? op.symbol + "=" : op.symbol
        return typeError("unsupported operand type(s) for \(symbol): '\(typeName(a))' and '\(typeName(b))'")
    }

    // MARK: - Numbers

    /// Arithmetic when both operands are numbers (bool, int, float); nil otherwise.
    @inline(__always)
    func numericBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws(PyException) -> Value? {
        if case .bool(let x) = a, case .bool(let y) = b {
            switch op {
            case .bitAnd: return .bool(x && y)
            case .bitOr: return .bool(x || y)
            case .bitXor: return .bool(x != y)
            default: break
            }
        }
        if let x = Integers.integer(a), let y = Integers.integer(b) {
            return try integerBinary(op, x, y)
        }
        guard let x = try floatOperand(a, other: b), let y = try floatOperand(b, other: a) else { return nil }
        return try floatBinary(op, x, y)
    }

    /// A float operand for mixed arithmetic: a float, or an int when the other side is a float.
    func floatOperand(_ value: Value, other: Value) throws(PyException) -> Double? {
        switch value {
        case .float(let number): return number
        case .int(let number):
            if case .float = other { return Double(number) }
            return nil
        case .bool(let flag):
            if case .float = other { return flag ? 1 : 0 }
            return nil
        case .object(let object) where object.kind == .long:
            guard case .float = other else { return nil }
            guard let converted = Integers.double(unsafeDowncast(object, to: PyLong.self).value) else {
                throw raise("OverflowError", "int too large to convert to float")
            }
            return converted
        default:
            return nil
        }
    }

    /// Integer arithmetic with a 64-bit fast path and BigInt beyond.
    func integerBinary(_ op: BinaryOp, _ x: IntegerValue, _ y: IntegerValue) throws(PyException) -> Value? {
        if case .small(let a) = x, case .small(let b) = y, let result = try smallIntegerBinary(op, a, b) {
            return result
        }
        let a = x.big
        let b = y.big
        chargeBigIntegerWork(bits: max(a.magnitude.bitWidth, b.magnitude.bitWidth))
        switch op {
        case .add: return Integers.value(a + b)
        case .subtract: return Integers.value(a - b)
        case .multiply: return Integers.value(a * b)
        case .floorDivide:
            if b.isZero { throw raise("ZeroDivisionError", "integer division or modulo by zero") }
            return Integers.value(Integers.floorDivMod(a, b).0)
        case .modulo:
            if b.isZero { throw raise("ZeroDivisionError", "integer modulo by zero") }
            return Integers.value(Integers.floorDivMod(a, b).1)
        case .trueDivide:
            if b.isZero { throw raise("ZeroDivisionError", "division by zero") }
            guard let result = Integers.trueDivide(a, b) else {
                throw raise("OverflowError", "integer division result too large for a float")
            }
            return .float(result)
        case .power:
            return try integerPower(a, b)
        case .leftShift:
            if b.sign == .minus { throw valueError("negative shift count") }
            guard let shift = Int(exactly: b) else { throw raise("OverflowError", "too many digits in integer") }
            if a.isZero { return .int(0) }
            let (bits, overflow) = a.magnitude.bitWidth.addingReportingOverflow(shift)
            if overflow { throw raise("MemoryError") }
            try checkIntegerSize(bits: bits)
            return Integers.value(a << shift)
        case .rightShift:
            if b.sign == .minus { throw valueError("negative shift count") }
            guard let shift = Int(exactly: b) else { return .int(a.sign == .minus ? -1 : 0) }
            return Integers.value(Integers.shiftRight(a, shift))
        case .bitAnd: return Integers.value(Integers.bitwise(a, b, &))
        case .bitOr: return Integers.value(Integers.bitwise(a, b, |))
        case .bitXor: return Integers.value(Integers.bitwise(a, b, ^))
        case .matrixMultiply: return nil
        }
    }

    /// 64-bit integer arithmetic; nil when the result needs BigInt.
    @inline(__always)
    func smallIntegerBinary(_ op: BinaryOp, _ a: Int, _ b: Int) throws(PyException) -> Value? {
        switch op {
        case .add:
            let (result, overflow) = a.addingReportingOverflow(b)
            return overflow ? nil : .int(result)
        case .subtract:
            let (result, overflow) = a.subtractingReportingOverflow(b)
            return overflow ? nil : .int(result)
        case .multiply:
            let (result, overflow) = a.multipliedReportingOverflow(by: b)
            return overflow ? nil : .int(result)
        case .floorDivide:
            if b == 0 { throw raise("ZeroDivisionError", "integer division or modulo by zero") }
            if a == Int.min && b == -1 { return nil }
            var quotient = a / b
            if a % b != 0 && ((a < 0) != (b < 0)) { quotient -= 1 }
            return .int(quotient)
        case .modulo:
            if b == 0 { throw raise("ZeroDivisionError", "integer modulo by zero") }
            if b == -1 { return .int(0) }
            var remainder = a % b
            if remainder != 0 && ((remainder < 0) != (b < 0)) { remainder += b }
            return .int(remainder)
        case .trueDivide:
            if b == 0 { throw raise("ZeroDivisionError", "division by zero") }
            if a.magnitude <= 1 << 53 && b.magnitude <= 1 << 53 { return .float(Double(a) / Double(b)) }
            return nil
        case .power:
            if b < 0 { return nil }
            var result = 1
            var base = a
            var exponent = b
            while exponent > 0 {
                if exponent & 1 != 0 {
                    let (product, overflow) = result.multipliedReportingOverflow(by: base)
                    if overflow { return nil }
                    result = product
                }
                exponent >>= 1
                if exponent > 0 {
                    let (square, overflow) = base.multipliedReportingOverflow(by: base)
                    if overflow { return nil }
                    base = square
                }
            }
            return .int(result)
        case .leftShift:
            if b < 0 { throw valueError("negative shift count") }
            if a == 0 { return .int(0) }
            if b >= 63 { return nil }
            let shifted = a << b
            return shifted >> b == a ? .int(shifted) : nil
        case .rightShift:
            if b < 0 { throw valueError("negative shift count") }
            return .int(b >= 64 ? (a < 0 ? -1 : 0) : a >> b)
        case .bitAnd: return .int(a & b)
        case .bitOr: return .int(a | b)
        case .bitXor: return .int(a ^ b)
        case .matrixMultiply: return nil
        }
    }

    /// `a ** b` for integers: exact for non-negative exponents, a float for negative ones.
    func integerPower(_ a: BigInt, _ b: BigInt) throws(PyException) -> Value {
        if b.sign == .minus {
            if a.isZero { throw raise("ZeroDivisionError", "0.0 cannot be raised to a negative power") }
            guard let base = Integers.double(a), let exponent = Integers.double(b) else {
                throw raise("OverflowError", "int too large to convert to float")
            }
            return try floatBinary(.power, base, exponent) ?? .none
        }
        if a.isZero || a == 1 { return Integers.value(b.isZero ? 1 : a) }
        if a == -1 { return .int(b.words[0] & 1 == 0 ? 1 : -1) }
        guard let exponent = Int(exactly: b) else { throw raise("MemoryError") }
        let (bits, overflow) = a.magnitude.bitWidth.multipliedReportingOverflow(by: exponent)
        if overflow { throw raise("MemoryError") }
        try checkIntegerSize(bits: bits)
        chargeBigIntegerWork(bits: bits)
        return Integers.value(a.power(exponent))
    }

    /// Refuses integers whose size would exhaust memory.
    func checkIntegerSize(bits: Int) throws(PyException) {
        if bits > 1 << 34 { throw raise("MemoryError") }
    }

    /// Float arithmetic with Python's rules for zero division, floor division and modulo.
    func floatBinary(_ op: BinaryOp, _ a: Double, _ b: Double) throws(PyException) -> Value? {
        switch op {
        case .add: return .float(a + b)
        case .subtract: return .float(a - b)
        case .multiply: return .float(a * b)
        case .trueDivide:
            if b == 0 { throw raise("ZeroDivisionError", "float division by zero") }
            return .float(a / b)
        case .floorDivide:
            if b == 0 { throw raise("ZeroDivisionError", "float floor division by zero") }
            return .float(floatDivMod(a, b).0)
        case .modulo:
            if b == 0 { throw raise("ZeroDivisionError", "float modulo") }
            return .float(floatDivMod(a, b).1)
        case .power:
            return .float(try floatPower(a, b))
        default:
            return nil
        }
    }

    /// CPython's float_divmod: floor quotient and a remainder with the divisor's sign.
    func floatDivMod(_ vx: Double, _ wx: Double) -> (Double, Double) {
        var mod = fmod(vx, wx)
        var div = (vx - mod) / wx
        if mod != 0 {
            if (wx < 0) != (mod < 0) {
                mod += wx
                div -= 1
            }
        } else {
            mod = copysign(0, wx)
        }
        var floorDiv: Double
        if div != 0 {
            floorDiv = floor(div)
            if div - floorDiv > 0.5 { floorDiv += 1 }
        } else {
            floorDiv = copysign(0, vx / wx)
        }
        return (floorDiv, mod)
    }

    /// `a ** b` for floats with CPython's errors.
    func floatPower(_ a: Double, _ b: Double) throws(PyException) -> Double {
        if a == 0 && b < 0 { throw raise("ZeroDivisionError", "0.0 cannot be raised to a negative power") }
        if a < 0 && b != b.rounded() && b.isFinite {
            throw valueError("complex numbers are not supported: negative number cannot be raised to a fractional power")
        }
        let result = pow(a, b)
        if result.isInfinite && a.isFinite && b.isFinite {
            throw raise("OverflowError", "(34, 'Numerical result out of range')")
        }
        return result
    }

    // MARK: - Unary operators

    /// `-a`, `+a`, `~a`.
    @inline(never)
    public func unary(_ op: UnaryOp, _ a: Value) throws(PyException) -> Value {
        switch (op, a) {
        case (.negate, .int(let x)):
            return x == Int.min ? Integers.value(-BigInt(x)) : .int(-x)
        case (.negate, .bool(let flag)): return .int(flag ? -1 : 0)
        case (.negate, .float(let x)): return .float(-x)
        case (.positive, .int), (.positive, .float): return a
        case (.positive, .bool(let flag)): return .int(flag ? 1 : 0)
        case (.invert, .int(let x)): return .int(~x)
        case (.invert, .bool(let flag)): return .int(flag ? -2 : -1)
        default: break
        }
        if case .object(let object) = a, object.kind == .long, object.type.isBuiltin || object.type.lookupWithOwner(intern(op.method))?.0.isBuiltin == true {
            let value = unsafeDowncast(object, to: PyLong.self).value
            switch op {
            case .negate: return Integers.value(-value)
            case .positive: return a
            case .invert: return Integers.value(-value - 1)
            }
        }
        if let method = typeOf(a).lookup(intern(op.method)) { return try call(method, [a]) }
        throw typeError("bad operand type for unary \(op.symbol): '\(typeName(a))'")
    }
}
