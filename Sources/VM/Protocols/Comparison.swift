import BigInt

/// The rich comparison operators.
public enum CompareOp: Sendable {
    case less, lessEqual, greater, greaterEqual, equal, notEqual

    /// The operator with its operands swapped (`a < b` is `b > a`).
    var reflected: CompareOp {
        switch self {
        case .less: return .greater
        case .lessEqual: return .greaterEqual
        case .greater: return .less
        case .greaterEqual: return .lessEqual
        case .equal: return .equal
        case .notEqual: return .notEqual
        }
    }

    var method: String {
        switch self {
        case .less: return "__lt__"
        case .lessEqual: return "__le__"
        case .greater: return "__gt__"
        case .greaterEqual: return "__ge__"
        case .equal: return "__eq__"
        case .notEqual: return "__ne__"
        }
    }

    var symbol: String {
        switch self {
        case .less: return "<"
        case .lessEqual: return "<="
        case .greater: return ">"
        case .greaterEqual: return ">="
        case .equal: return "=="
        case .notEqual: return "!="
        }
    }

    /// Applies the operator to an ordering result (-1, 0, 1).
    func holds(_ ordering: Int) -> Bool {
        switch self {
        case .less: return ordering < 0
        case .lessEqual: return ordering <= 0
        case .greater: return ordering > 0
        case .greaterEqual: return ordering >= 0
        case .equal: return ordering == 0
        case .notEqual: return ordering != 0
        }
    }
}

extension VM {
    // MARK: - Entry points

    /// `a op b` as a value (user `__eq__` may return anything).
    @inline(never)
    public func compare(_ op: CompareOp, _ a: Value, _ b: Value) throws(PyException) -> Value {
        if let result = try builtinCompare(op, a, b, exactOnly: true) { return .bool(result) }
        return try compareDispatch(op, a, b)
    }

    /// `bool(a op b)`.
    public func compareBool(_ op: CompareOp, _ a: Value, _ b: Value) throws(PyException) -> Bool {
        if let result = try builtinCompare(op, a, b, exactOnly: true) { return result }
        return try isTrue(try compareDispatch(op, a, b))
    }

    /// Equality as containers use it: identical objects are equal without calling `__eq__`.
    public func equals(_ a: Value, _ b: Value) throws(PyException) -> Bool {
        if case .object(let x) = a, case .object(let y) = b, x === y { return true }
        if case .float(let x) = a, case .float(let y) = b, x.bitPattern == y.bitPattern { return true }
        return try compareBool(.equal, a, b)
    }

    /// Equality of dict keys and set elements, with fast paths for the common key types.
    @inline(__always)
    func keysEqual(_ a: Value, _ b: Value) throws(PyException) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.object(let x), .object(let y)):
            if x === y { return true }
            if x.kind == .str && y.kind == .str {
                return unsafeDowncast(x, to: PyStr.self).equals(unsafeDowncast(y, to: PyStr.self))
            }
        default: break
        }
        return try equals(a, b)
    }

    /// `a is b`.
    @inline(__always)
    func isIdentical(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.none, .none): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
        case (.object(let x), .object(let y)): return x === y
        default: return false
        }
    }

    // MARK: - Builtin types

    /// Comparison of builtin values; nil when the types are not builtin or not comparable this way.
    func builtinCompare(_ op: CompareOp, _ a: Value, _ b: Value, exactOnly: Bool) throws(PyException) -> Bool? {
        if exactOnly && (!isExactBuiltin(a) || !isExactBuiltin(b)) { return nil }
        if let ordering = numericOrdering(a, b) {
            guard let ordering else { return op == .notEqual }
            return op.holds(ordering)
        }
        switch (a, b) {
        case (.none, .none): return op == .equal || op == .notEqual ? op == .equal : nil
        case (.object(let x), .object(let y)):
            if exactOnly && (!x.type.isBuiltin || !y.type.isBuiltin) { return nil }
            return try objectCompare(op, x, y)
        default:
            return nil
        }
    }

    /// The ordering of two numbers (nil inside when one is NaN); nil when not both numbers.
    func numericOrdering(_ a: Value, _ b: Value) -> Int?? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.float(let x), .float(let y)):
            if x.isNaN || y.isNaN { return .some(nil) }
            return x < y ? -1 : (x == y ? 0 : 1)
        default: break
        }
        if case .float(let x) = a, let y = Integers.integer(b) { return compareFloatInteger(x, y) }
        if let x = Integers.integer(a), case .float(let y) = b {
            guard let ordering = compareFloatInteger(y, x) else { return .some(nil) }
            return -ordering
        }
        if let x = Integers.integer(a), let y = Integers.integer(b) {
            switch (x, y) {
            case (.small(let p), .small(let q)): return p < q ? -1 : (p == q ? 0 : 1)
            default:
                let p = x.big
                let q = y.big
                return p < q ? -1 : (p == q ? 0 : 1)
            }
        }
        return nil
    }

    /// Exact comparison of a float with an integer of any size (nil for NaN).
    func compareFloatInteger(_ x: Double, _ y: IntegerValue) -> Int? {
        if x.isNaN { return nil }
        if x.isInfinite { return x > 0 ? 1 : -1 }
        if case .small(let small) = y, small.magnitude < 1 << 53 {
            let other = Double(small)
            return x < other ? -1 : (x == other ? 0 : 1)
        }
        let whole = x.rounded(.down)
        let wholeBig = BigInt(whole)
        let big = y.big
        if wholeBig != big { return wholeBig < big ? -1 : 1 }
        return x > whole ? 1 : 0
    }

    /// Comparisons between builtin heap objects (strings, sequences, dicts, sets, types).
    func objectCompare(_ op: CompareOp, _ x: PyObject, _ y: PyObject) throws(PyException) -> Bool? {
        switch (x.kind, y.kind) {
        case (.str, .str):
            let left = unsafeDowncast(x, to: PyStr.self)
            let right = unsafeDowncast(y, to: PyStr.self)
            if op == .equal { return left.equals(right) }
            if op == .notEqual { return !left.equals(right) }
            return op.holds(compareCodePoints(left.value, right.value))
        case (.list, .list):
            return try sequenceCompare(op, unsafeDowncast(x, to: PyList.self).items, unsafeDowncast(y, to: PyList.self).items)
        case (.tuple, .tuple):
            return try sequenceCompare(op, unsafeDowncast(x, to: PyTuple.self).items, unsafeDowncast(y, to: PyTuple.self).items)
        case (.dict, .dict):
            guard op == .equal || op == .notEqual else { return nil }
            let equal = try dictsEqual(unsafeDowncast(x, to: PyDict.self), unsafeDowncast(y, to: PyDict.self))
            return op == .equal ? equal : !equal
        case (.set, .set), (.set, .frozenset), (.frozenset, .set), (.frozenset, .frozenset):
            return try setCompare(op, unsafeDowncast(x, to: PySet.self), unsafeDowncast(y, to: PySet.self))
        case (.dictView, .dictView), (.dictView, .set), (.dictView, .frozenset), (.set, .dictView), (.frozenset, .dictView):
            if let view = x as? PyDictView, view.variant == .values { return op == .equal ? x === y : (op == .notEqual ? x !== y : nil) }
            if let view = y as? PyDictView, view.variant == .values { return op == .equal ? x === y : (op == .notEqual ? x !== y : nil) }
            return try setCompare(op, try asSet(.object(x)), try asSet(.object(y)))
        case (.range, .range):
            guard op == .equal || op == .notEqual else { return nil }
            let left = rangeIdentity(unsafeDowncast(x, to: PyRange.self))
            let right = rangeIdentity(unsafeDowncast(y, to: PyRange.self))
            let equal = zip(left, right).allSatisfy { isIdentical($0, $1) || Integers.integer($0)?.big == Integers.integer($1)?.big }
            return op == .equal ? equal : !equal
        case (.slice, .slice):
            let left = unsafeDowncast(x, to: PySlice.self)
            let right = unsafeDowncast(y, to: PySlice.self)
            return try sequenceCompare(op, [left.start, left.stop, left.step], [right.start, right.stop, right.step])
        case (.bytes, .bytes):
            let left = unsafeDowncast(x, to: PyBytes.self).bytes
            let right = unsafeDowncast(y, to: PyBytes.self).bytes
            let ordering = left.lexicographicallyPrecedes(right) ? -1 : (left == right ? 0 : 1)
            return op.holds(ordering)
        default:
            if op == .equal || op == .notEqual {
                if x.kind == y.kind && (x.kind == .type || x.kind == .function || x.kind == .module
                    || x.kind == .nativeFunction || x.kind == .cell || x.kind == .notImplemented || x.kind == .ellipsis) {
                    return op == .equal ? x === y : x !== y
                }
                if x.kind == .boundMethod && y.kind == .boundMethod {
                    let left = unsafeDowncast(x, to: PyBoundMethod.self)
                    let right = unsafeDowncast(y, to: PyBoundMethod.self)
                    let equal = isIdentical(left.function, right.function) && isIdentical(left.receiver, right.receiver)
                    return op == .equal ? equal : !equal
                }
            }
            return nil
        }
    }

    /// Lexicographic comparison: the first unequal items decide, else the lengths.
    func sequenceCompare(_ op: CompareOp, _ a: ContiguousArray<Value>, _ b: ContiguousArray<Value>) throws(PyException) -> Bool {
        if (op == .equal || op == .notEqual) && a.count != b.count { return op == .notEqual }
        var index = 0
        while index < a.count && index < b.count {
            if try !equals(a[index], b[index]) { break }
            index += 1
        }
        if index >= a.count || index >= b.count {
            return op.holds(a.count < b.count ? -1 : (a.count == b.count ? 0 : 1))
        }
        if op == .equal { return false }
        if op == .notEqual { return true }
        return try compareBool(op, a[index], b[index])
    }

    func dictsEqual(_ a: PyDict, _ b: PyDict) throws(PyException) -> Bool {
        guard a.count == b.count else { return false }
        for (key, value) in a.items {
            guard let other = try b.lookup(key, self) else { return false }
            if try !equals(value, other) { return false }
        }
        return true
    }

    func setCompare(_ op: CompareOp, _ a: PySet, _ b: PySet) throws(PyException) -> Bool {
        switch op {
        case .equal: return a.count == b.count ? try isSubset(a, b) : false
        case .notEqual: return a.count == b.count ? try !isSubset(a, b) : true
        case .lessEqual: return try isSubset(a, b)
        case .less: return a.count < b.count ? try isSubset(a, b) : false
        case .greaterEqual: return try isSubset(b, a)
        case .greater: return a.count > b.count ? try isSubset(b, a) : false
        }
    }

    // MARK: - Special methods

    /// The `__eq__`/`__lt__`/... protocol with reflection and the identity fallback for equality.
    func compareDispatch(_ op: CompareOp, _ a: Value, _ b: Value) throws(PyException) -> Value {
        let notImplemented = BuiltinTypes.shared.notImplemented
        let leftType = typeOf(a)
        let rightType = typeOf(b)
        var triedReflected = false
        if leftType !== rightType && rightType.isSubtype(of: leftType) && !rightType.isBuiltin {
            triedReflected = true
            let result = try callComparison(op.reflected, b, a)
            if result.asObject !== notImplemented { return result }
        }
        let forward = try callComparison(op, a, b)
        if forward.asObject !== notImplemented { return forward }
        if !triedReflected {
            let reflected = try callComparison(op.reflected, b, a)
            if reflected.asObject !== notImplemented { return reflected }
        }
        switch op {
        case .equal: return .bool(isIdentical(a, b))
        case .notEqual: return .bool(!isIdentical(a, b))
        default:
            throw typeError("'\(op.symbol)' not supported between instances of '\(typeName(a))' and '\(typeName(b))'")
        }
    }

    /// Calls `a.__op__(b)`, returning NotImplemented when the type has no such method.
    func callComparison(_ op: CompareOp, _ a: Value, _ b: Value) throws(PyException) -> Value {
        let type = typeOf(a)
        guard let (owner, method) = type.lookupWithOwner(intern(op.method)) else {
            return .object(BuiltinTypes.shared.notImplemented)
        }
        if owner === BuiltinTypes.shared.object {
            if op == .notEqual {
                let equal = try callComparison(.equal, a, b)
                if equal.asObject === BuiltinTypes.shared.notImplemented { return equal }
                return .bool(!(try isTrue(equal)))
            }
            if op == .equal && isIdentical(a, b) { return .bool(true) }
            return .object(BuiltinTypes.shared.notImplemented)
        }
        return try call(method, [a, b])
    }
}
