import BigInt
#if canImport(Glibc)
import Glibc
#endif

/// `hash()` with CPython's values for numbers, tuples and frozensets.
extension VM {
    static let hashModulus = (1 << 61) - 1

    /// The hash of a value, or TypeError for unhashable ones.
    @inline(__always)
    public func hash(_ value: Value) throws(PyException) -> Int {
        switch value {
        case .int(let number): return VM.hashInteger(number)
        case .object(let object) where object.kind == .str: return unsafeDowncast(object, to: PyStr.self).hashValue
        default: return try hashSlow(value)
        }
    }

    @inline(never)
    func hashSlow(_ value: Value) throws(PyException) -> Int {
        switch value {
        case .none: return 0x5F5E_1001
        case .bool(let flag): return flag ? 1 : 0
        case .int(let number): return VM.hashInteger(number)
        case .float(let number): return VM.hashDouble(number)
        case .undefined: return 0
        case .object(let object): return try hashObject(object)
        }
    }

    func hashObject(_ object: PyObject) throws(PyException) -> Int {
        if object.type.isBuiltin {
            switch object.kind {
            case .str: return unsafeDowncast(object, to: PyStr.self).hashValue
            case .long: return VM.hashBig(unsafeDowncast(object, to: PyLong.self).value)
            case .tuple: return try hashTuple(unsafeDowncast(object, to: PyTuple.self).items)
            case .frozenset: return unsafeDowncast(object, to: PySet.self).frozenHash()
            case .bytes:
                let bytes = unsafeDowncast(object, to: PyBytes.self).bytes
                if bytes.isEmpty { return 0 }
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
                let result = Int(bitPattern: UInt(hash >> 1))
                return result == -1 ? -2 : result
            case .list, .dict, .set, .slice, .dictView:
                throw typeError("unhashable type: '\(object.type.name)'")
            case .range:
                return try hashTuple(ContiguousArray(rangeIdentity(unsafeDowncast(object, to: PyRange.self))))
            default:
                return VM.identityHash(object)
            }
        }
        guard let method = object.type.lookup(names.hashMethod) else { return VM.identityHash(object) }
        if method.isNone { throw typeError("unhashable type: '\(object.type.name)'") }
        if case .object(let function) = method, function.kind == .nativeFunction,
           unsafeDowncast(function, to: PyNativeFunction.self).qualifiedName == "object.__hash__" {
            return VM.identityHash(object)
        }
        let result = try call(method, [.object(object)])
        guard let integer = Integers.integer(result) else { throw typeError("__hash__ method should return an integer") }
        switch integer {
        case .small(let number): return number == -1 ? -2 : number
        case .big(let number): return VM.hashBig(number)
        }
    }

    /// CPython's pointer hash: the address rotated right by four bits.
    static func identityHash(_ object: PyObject) -> Int {
        let address = UInt(bitPattern: ObjectIdentifier(object))
        let rotated = (address >> 4) | (address << (UInt.bitWidth - 4))
        let result = Int(bitPattern: rotated)
        return result == -1 ? -2 : result
    }

    /// `hash(n)` for a 64-bit integer: n modulo 2**61 - 1 with the sign kept; -1 becomes -2.
    @inline(__always)
    static func hashInteger(_ number: Int) -> Int {
        if number > -hashModulus && number < hashModulus { return number == -1 ? -2 : number }
        let magnitude = Int(number.magnitude % UInt(hashModulus))
        let result = number < 0 ? -magnitude : magnitude
        return result == -1 ? -2 : result
    }

    static func hashBig(_ number: BigInt) -> Int {
        let magnitude = Int(number.magnitude % BigUInt(hashModulus))
        let result = number.sign == .minus ? -magnitude : magnitude
        return result == -1 ? -2 : result
    }

    /// CPython's `_Py_HashDouble`. CPython hashes a NaN by its object's address; a NaN's identity
    /// here is its bit pattern (see `VM.nextNaNPayload`), so it hashes by that.
    static func hashDouble(_ value: Double) -> Int {
        if value.isNaN { return Int(truncatingIfNeeded: value.bitPattern >> 4) }
        if value.isInfinite { return value > 0 ? 314_159 : -314_159 }
        var exponent: Int32 = 0
        var mantissa = frexp(value, &exponent)
        var sign = 1
        if mantissa < 0 {
            sign = -1
            mantissa = -mantissa
        }
        let modulus = UInt(hashModulus)
        var x: UInt = 0
        var e = Int(exponent)
        while mantissa != 0 {
            x = ((x << 28) & modulus) | x >> (61 - 28)
            mantissa *= 268_435_456.0
            e -= 28
            let y = UInt(mantissa)
            mantissa -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
        x = ((x << UInt(e)) & modulus) | x >> UInt(61 - e)
        var result = Int(bitPattern: x) * sign
        if result == -1 { result = -2 }
        return result
    }

    /// CPython's tuple hash (xxHash-based, 3.8+).
    func hashTuple(_ items: ContiguousArray<Value>) throws(PyException) -> Int {
        let prime1: UInt = 11_400_714_785_074_694_791
        let prime2: UInt = 14_029_467_366_897_019_727
        let prime5: UInt = 2_870_177_450_012_600_261
        var accumulator = prime5
        for item in items {
            let lane = UInt(bitPattern: try hash(item))
            accumulator = accumulator &+ lane &* prime2
            accumulator = (accumulator << 31) | (accumulator >> 33)
            accumulator = accumulator &* prime1
        }
        accumulator = accumulator &+ (UInt(items.count) ^ (prime5 ^ 3_527_539))
        if accumulator == UInt.max { return 1_546_275_796 }
        return Int(bitPattern: accumulator)
    }
}
