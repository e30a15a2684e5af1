import Foundation

/// Vectorized kernels of the expression operators: arithmetic, comparison, boolean logic,
/// null tests, CASE, IN and random numbers.
enum Kernels {
    // MARK: Binary operators

    static func binary(_ op: BinaryOperator, _ a: Operand, _ b: Operand, count: Int) throws -> Column {
        if op == .and || op == .or { return logic(op, a, b, count: count) }
        if op == .nullSafeEqual { return nullSafeEqual(a, b, count: count) }
        if a.isNullConstant || b.isNullConstant {
            let type: DataType = op.isComparison ? .bool : (op == .divide || op == .power ? .float64 : a.type)
            return Column.repeating(.null, type: type, count: count)
        }
        let validity = Bitmap.and(a.validity, b.validity)
        switch a.type.physical {
        case .int:
            if op.isComparison { return Column(type: .bool, values: .bools(compareInts(op, a, b, count)), validity: validity) }
            return try intArithmetic(op, a, b, count: count, validity: validity)
        case .double:
            if op.isComparison { return Column(type: .bool, values: .bools(compareDoubles(op, a, b, count)), validity: validity) }
            return doubleArithmetic(op, a, b, count: count, validity: validity)
        case .string:
            guard op.isComparison else { throw ColumnarError(.type, "operator \(op.rawValue) does not apply to strings") }
            return Column(type: .bool, values: .bools(compareStrings(op, a, b, count)), validity: validity)
        case .bool:
            guard op.isComparison else { throw ColumnarError(.type, "operator \(op.rawValue) does not apply to booleans") }
            let ints = { (o: Operand) -> Operand in
                switch o {
                case .column(let c):
                    guard case .bools(let v) = c.values else { return o }
                    return .column(Column(type: .int64, values: .ints(ContiguousArray(v.lazy.map { $0 ? 1 : 0 })), validity: c.validity))
                case .constant(let s, _): return .constant(.int(s.boolValue == true ? 1 : 0), .int64)
                }
            }
            return Column(type: .bool, values: .bools(compareInts(op, ints(a), ints(b), count)), validity: validity)
        }
    }

    @inline(__always)
    static func map2<T, R>(_ a: Operand, _ b: Operand, _ count: Int, _ extract: (Operand) -> (ContiguousArray<T>?, T),
                           _ f: (T, T) -> R) -> ContiguousArray<R> {
        let (av, ac) = extract(a), (bv, bc) = extract(b)
        return ContiguousArray(unsafeUninitializedCapacity: count) { out, initialized in
            if let av, let bv {
                av.withUnsafeBufferPointer { x in bv.withUnsafeBufferPointer { y in
                    for i in 0 ..< count { out.initializeElement(at: i, to: f(x[i], y[i])) }
                } }
            } else if let av {
                av.withUnsafeBufferPointer { x in for i in 0 ..< count { out.initializeElement(at: i, to: f(x[i], bc)) } }
            } else if let bv {
                bv.withUnsafeBufferPointer { y in for i in 0 ..< count { out.initializeElement(at: i, to: f(ac, y[i])) } }
            } else {
                let r = f(ac, bc)
                for i in 0 ..< count { out.initializeElement(at: i, to: r) }
            }
            initialized = count
        }
    }

    static func ints(_ o: Operand) -> (ContiguousArray<Int64>?, Int64) {
        switch o {
        case .column(let c): if case .ints(let v) = c.values { return (v, 0) } else { return (ContiguousArray(repeating: 0, count: c.count), 0) }
        case .constant(let s, _): return (nil, s.intValue ?? 0)
        }
    }

    static func doubles(_ o: Operand) -> (ContiguousArray<Double>?, Double) {
        switch o {
        case .column(let c): if case .doubles(let v) = c.values { return (v, 0) } else { return (ContiguousArray(repeating: 0, count: c.count), 0) }
        case .constant(let s, _): return (nil, s.doubleValue ?? 0)
        }
    }

    static func intArithmetic(_ op: BinaryOperator, _ a: Operand, _ b: Operand, count: Int, validity: Bitmap?) throws -> Column {
        let type = a.type
        let narrow = type == .int32
        func wrap(_ v: Int64) -> Int64 { narrow ? Int64(Int32(truncatingIfNeeded: v)) : v }
        switch op {
        case .add: return Column(type: type, values: .ints(map2(a, b, count, ints) { wrap($0 &+ $1) }), validity: validity)
        case .subtract: return Column(type: type, values: .ints(map2(a, b, count, ints) { wrap($0 &- $1) }), validity: validity)
        case .multiply: return Column(type: type, values: .ints(map2(a, b, count, ints) { wrap($0 &* $1) }), validity: validity)
        case .modulo:
            // x % 0 is null (Spark, non-ANSI).
            let values = map2(a, b, count, ints) { $1 == 0 ? 0 : ($1 == -1 ? 0 : $0 % $1) }
            let zero = map2(a, b, count, ints) { _, d in d != 0 }
            return Column(type: type, values: .ints(values), validity: Bitmap.and(validity, bitmap(zero)))
        default:
            throw ColumnarError(.type, "operator \(op.rawValue) on integers must be resolved to double")
        }
    }

    static func doubleArithmetic(_ op: BinaryOperator, _ a: Operand, _ b: Operand, count: Int, validity: Bitmap?) -> Column {
        let type = a.type
        switch op {
        case .add: return Column(type: type, values: .doubles(map2(a, b, count, doubles) { $0 + $1 }), validity: validity)
        case .subtract: return Column(type: type, values: .doubles(map2(a, b, count, doubles) { $0 - $1 }), validity: validity)
        case .multiply: return Column(type: type, values: .doubles(map2(a, b, count, doubles) { $0 * $1 }), validity: validity)
        case .power:
            // x ** 2 (the haversine's squares) without calling pow.
            if case .constant(let exponent, _) = b, exponent.doubleValue == 2 {
                return Column(type: .float64, values: .doubles(map2(a, b, count, doubles) { x, _ in x * x }), validity: validity)
            }
            return Column(type: .float64, values: .doubles(map2(a, b, count, doubles) { Foundation.pow($0, $1) }), validity: validity)
        case .divide, .modulo:
            let values = op == .divide ? map2(a, b, count, doubles) { $0 / $1 } : map2(a, b, count, doubles) { fmod($0, $1) }
            let nonzero = map2(a, b, count, doubles) { _, d in d != 0 }
            return Column(type: type, values: .doubles(values), validity: Bitmap.and(validity, bitmap(nonzero)))
        default:
            return Column.repeating(.null, type: type, count: count)
        }
    }

    /// A bitmap with the rows where `flags` holds; nil when all do.
    static func bitmap(_ flags: ContiguousArray<Bool>) -> Bitmap? {
        guard flags.contains(false) else { return nil }
        var result = Bitmap(capacity: flags.count)
        for flag in flags { result.append(flag) }
        return result
    }

    static func compareInts(_ op: BinaryOperator, _ a: Operand, _ b: Operand, _ count: Int) -> ContiguousArray<Bool> {
        switch op {
        case .equal: map2(a, b, count, ints) { $0 == $1 }
        case .notEqual: map2(a, b, count, ints) { $0 != $1 }
        case .less: map2(a, b, count, ints) { $0 < $1 }
        case .lessEqual: map2(a, b, count, ints) { $0 <= $1 }
        case .greater: map2(a, b, count, ints) { $0 > $1 }
        default: map2(a, b, count, ints) { $0 >= $1 }
        }
    }

    /// Spark orders NaN above every other double and treats NaN = NaN as true.
    static func compareDoubles(_ op: BinaryOperator, _ a: Operand, _ b: Operand, _ count: Int) -> ContiguousArray<Bool> {
        @inline(__always) func order(_ x: Double, _ y: Double) -> Int {
            if x < y { return -1 }
            if x > y { return 1 }
            if x == y { return 0 }
            return x.isNaN ? (y.isNaN ? 0 : 1) : -1
        }
        switch op {
        case .equal: return map2(a, b, count, doubles) { $0 == $1 || ($0.isNaN && $1.isNaN) }
        case .notEqual: return map2(a, b, count, doubles) { !($0 == $1 || ($0.isNaN && $1.isNaN)) }
        case .less: return map2(a, b, count, doubles) { $0 < $1 || (!$0.isNaN && $1.isNaN) }
        case .lessEqual: return map2(a, b, count, doubles) { order($0, $1) <= 0 }
        case .greater: return map2(a, b, count, doubles) { $0 > $1 || ($0.isNaN && !$1.isNaN) }
        default: return map2(a, b, count, doubles) { order($0, $1) >= 0 }
        }
    }

    static func compareStrings(_ op: BinaryOperator, _ a: Operand, _ b: Operand, _ count: Int) -> ContiguousArray<Bool> {
        let left = stringColumn(a, count), right = stringColumn(b, count)
        var out = ContiguousArray<Bool>(repeating: false, count: count)
        for i in 0 ..< count {
            let c: Int
            if op == .equal || op == .notEqual {
                c = left.equals(i, right, i) ? 0 : 1
            } else {
                c = left.compare(i, right, i)
            }
            switch op {
            case .equal: out[i] = c == 0
            case .notEqual: out[i] = c != 0
            case .less: out[i] = c < 0
            case .lessEqual: out[i] = c <= 0
            case .greater: out[i] = c > 0
            default: out[i] = c >= 0
            }
        }
        return out
    }

    static func stringColumn(_ o: Operand, _ count: Int) -> StringArray {
        switch o {
        case .column(let c): if case .strings(let s) = c.values { return s }; return StringArray()
        case .constant(let s, let t):
            if case .strings(let a) = Column.repeating(s, type: t, count: count).values { return a }
            return StringArray()
        }
    }

    static func column(_ o: Operand, _ count: Int) -> Column {
        switch o {
        case .column(let c): c
        case .constant(let s, let t): Column.repeating(s, type: t, count: count)
        }
    }

    /// Three-valued AND / OR.
    static func logic(_ op: BinaryOperator, _ a: Operand, _ b: Operand, count: Int) -> Column {
        let x = column(a, count), y = column(b, count)
        guard case .bools(let xv) = x.values, case .bools(let yv) = y.values else {
            return Column.repeating(.null, type: .bool, count: count)
        }
        var values = ContiguousArray<Bool>(repeating: false, count: count)
        if x.validity == nil && y.validity == nil {
            for i in 0 ..< count { values[i] = op == .and ? (xv[i] && yv[i]) : (xv[i] || yv[i]) }
            return Column(type: .bool, values: .bools(values))
        }
        var validity = Bitmap(count: count, valid: true)
        for i in 0 ..< count {
            let xn = !x.isValid(i), yn = !y.isValid(i)
            let xb = xv[i], yb = yv[i]
            if op == .and {
                if (!xn && !xb) || (!yn && !yb) { values[i] = false }
                else if xn || yn { validity.set(i, false) }
                else { values[i] = true }
            } else {
                if (!xn && xb) || (!yn && yb) { values[i] = true }
                else if xn || yn { validity.set(i, false) }
                else { values[i] = false }
            }
        }
        return Column(type: .bool, values: .bools(values), validity: validity)
    }

    static func nullSafeEqual(_ a: Operand, _ b: Operand, count: Int) -> Column {
        let x = column(a, count), y = column(b, count)
        var values = ContiguousArray<Bool>(repeating: false, count: count)
        for i in 0 ..< count {
            let xv = x.isValid(i), yv = y.isValid(i)
            values[i] = !xv || !yv ? (xv == yv) : x.scalar(at: i) == y.scalar(at: i) || (x.scalar(at: i).doubleValue?.isNaN == true && y.scalar(at: i).doubleValue?.isNaN == true)
        }
        return Column(type: .bool, values: .bools(values))
    }

    // MARK: Unary operators

    static func unary(_ op: UnaryOperator, _ c: Column) -> Column {
        let count = c.count
        switch op {
        case .isNull: return Column(type: .bool, values: .bools(ContiguousArray((0 ..< count).lazy.map { !c.isValid($0) })))
        case .isNotNull: return Column(type: .bool, values: .bools(ContiguousArray((0 ..< count).lazy.map { c.isValid($0) })))
        case .isNaN:
            guard case .doubles(let v) = c.values else { return Column.repeating(.bool(false), type: .bool, count: count) }
            return Column(type: .bool, values: .bools(ContiguousArray((0 ..< count).lazy.map { c.isValid($0) && v[$0].isNaN })))
        case .not:
            guard case .bools(let v) = c.values else { return c }
            return Column(type: .bool, values: .bools(ContiguousArray(v.lazy.map { !$0 })), validity: c.validity)
        case .negate:
            switch c.values {
            case .ints(let v):
                let narrow = c.type == .int32
                return Column(type: c.type, values: .ints(ContiguousArray(v.lazy.map { narrow ? Int64(Int32(truncatingIfNeeded: 0 &- $0)) : 0 &- $0 })), validity: c.validity)
            case .doubles(let v): return Column(type: c.type, values: .doubles(ContiguousArray(v.lazy.map { -$0 })), validity: c.validity)
            default: return c
            }
        }
    }

    // MARK: CASE, IN

    static func caseWhen(_ conditions: [Column], _ values: [Column], _ fallback: Column?, type: DataType, count: Int) -> Column {
        var builder = ColumnBuilder(type: type, capacity: count)
        rows: for i in 0 ..< count {
            for (k, condition) in conditions.enumerated() {
                if condition.isValid(i), case .bools(let v) = condition.values, v[i] {
                    builder.append(values[k].scalar(at: i))
                    continue rows
                }
            }
            if let fallback { builder.append(fallback.scalar(at: i)) } else { builder.appendNull() }
        }
        return builder.finish()
    }

    /// `x IN (values)`: true if equal to one, null if not found and x or a value is null.
    static func inList(_ column: Column, _ candidates: [Column], count: Int) -> Column {
        var values = ContiguousArray<Bool>(repeating: false, count: count)
        var validity = Bitmap(count: count, valid: true)
        for i in 0 ..< count {
            guard column.isValid(i) else { validity.set(i, false); continue }
            let x = column.scalar(at: i)
            var sawNull = false
            for candidate in candidates {
                let y = candidate.scalar(at: i)
                if y.isNull { sawNull = true } else if y == x { values[i] = true; break }
            }
            if !values[i] && sawNull { validity.set(i, false) }
        }
        return Column(type: .bool, values: .bools(values), validity: validity)
    }

    // MARK: Random numbers

    /// Uniform [0, 1) or standard normal values from a hash of (seed, partition, row).
    static func random(seed: Int64, gaussian: Bool, context: EvaluationContext, count: Int) -> Column {
        let base = UInt64(bitPattern: context.rowBase)
        let stream = UInt64(bitPattern: seed) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(context.partition) &* 0xD1B5_4A32_D192_ED03
        var values = ContiguousArray<Double>(repeating: 0, count: count)
        for i in 0 ..< count {
            let u1 = unitDouble(mix(stream ^ (base &+ UInt64(i))))
            if gaussian {
                let u2 = unitDouble(mix(stream ^ (base &+ UInt64(i)) ^ 0x5555_5555_5555_5555))
                values[i] = (-2 * log(max(u1, 1e-300))).squareRoot() * cos(2 * .pi * u2)
            } else {
                values[i] = u1
            }
        }
        return Column(type: .float64, values: .doubles(values))
    }

    /// SplitMix64's finalizer.
    @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always) static func unitDouble(_ x: UInt64) -> Double { Double(x >> 11) * 0x1.0p-53 }
}
