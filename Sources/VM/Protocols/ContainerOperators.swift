/// Operators of the builtin containers: concatenation, repetition, `%` formatting, set algebra
/// and dict union. Returns nil when the operand types do not apply (the caller falls back to the
/// special-method protocol and its error message).
extension VM {
    func builtinBinary(_ op: BinaryOp, _ a: Value, _ b: Value, inPlace: Bool) throws(PyException) -> Value? {
        guard case .object(let left) = a else {
            if op == .multiply, case .object(let right) = b, let count = Integers.integer(a) {
                return try repeatSequence(right, count)
            }
            return nil
        }
        switch left.kind {
        case .str:
            let text = unsafeDowncast(left, to: PyStr.self)
            if op == .add, let other = b.asString { return .string(StringBuilding.concatenate(text.value, other.value)) }
            if op == .multiply, let count = Integers.integer(b) { return try repeatSequence(left, count) }
            if op == .modulo { return .string(try percentFormat(text.value, b)) }
        case .list:
            let list = unsafeDowncast(left, to: PyList.self)
            if op == .add {
                if inPlace {
                    try listExtend(list, b)
                    return a
                }
                if case .object(let other) = b, other.kind == .list {
                    return .object(PyList(list.items + unsafeDowncast(other, to: PyList.self).items))
                }
            }
            if op == .multiply, let count = Integers.integer(b) {
                if inPlace {
                    let times = try repetitionCount(count, length: list.items.count)
                    let original = list.items
                    list.items.removeAll(keepingCapacity: true)
                    for _ in 0..<times { list.items.append(contentsOf: original) }
                    return a
                }
                return try repeatSequence(left, count)
            }
        case .tuple:
            let tuple = unsafeDowncast(left, to: PyTuple.self)
            if op == .add, case .object(let other) = b, other.kind == .tuple {
                return .object(PyTuple(tuple.items + unsafeDowncast(other, to: PyTuple.self).items))
            }
            if op == .multiply, let count = Integers.integer(b) { return try repeatSequence(left, count) }
        case .bytes:
            if op == .add, case .object(let other) = b, other.kind == .bytes {
                return .object(PyBytes(unsafeDowncast(left, to: PyBytes.self).bytes + unsafeDowncast(other, to: PyBytes.self).bytes))
            }
            if op == .multiply, let count = Integers.integer(b) { return try repeatSequence(left, count) }
        case .set, .frozenset:
            return try setBinary(op, unsafeDowncast(left, to: PySet.self), b, inPlace: inPlace)
        case .dict:
            let dict = unsafeDowncast(left, to: PyDict.self)
            guard op == .bitOr else { return nil }
            if inPlace {
                try dictUpdate(dict, b)
                return a
            }
            guard case .object(let other) = b, other.kind == .dict else { return nil }
            let result = dict.copy()
            try dictUpdate(result, b)
            return .object(result)
        case .dictView:
            let view = unsafeDowncast(left, to: PyDictView.self)
            guard view.variant != .values, [.bitOr, .bitAnd, .subtract, .bitXor].contains(op) else { return nil }
            let set = PySet()
            try setUpdate(set, a)
            return try setBinary(op, set, b, inPlace: false)
        default:
            break
        }
        return nil
    }

    /// Set operators; the other operand must be a set or frozenset (any iterable for in-place ones).
    func setBinary(_ op: BinaryOp, _ set: PySet, _ b: Value, inPlace: Bool) throws(PyException) -> Value? {
        let otherIsSet: Bool
        if case .object(let object) = b {
            otherIsSet = object.kind == .set || object.kind == .frozenset || object.kind == .dictView
        } else {
            otherIsSet = false
        }
        guard otherIsSet else { return nil }
        let other: Value
        if case .object(let object) = b, object.kind == .dictView {
            let converted = PySet()
            try setUpdate(converted, b)
            other = .object(converted)
        } else {
            other = b
        }
        if inPlace && set.kind == .set {
            switch op {
            case .bitOr: try setUpdate(set, other)
            case .bitAnd: try setIntersectionUpdate(set, other)
            case .subtract: try setDifferenceUpdate(set, other)
            case .bitXor: try setSymmetricDifferenceUpdate(set, other)
            default: return nil
            }
            return .object(set)
        }
        switch op {
        case .bitOr: return .object(try setUnion(set, other))
        case .bitAnd: return .object(try setIntersection(set, other))
        case .subtract: return .object(try setDifference(set, other))
        case .bitXor: return .object(try setSymmetricDifference(set, other))
        default: return nil
        }
    }

    /// The number of repetitions for `sequence * count`, refusing sizes that cannot fit in memory.
    func repetitionCount(_ count: IntegerValue, length: Int) throws(PyException) -> Int {
        guard case .small(let times) = count else {
            if count.big.sign == .minus || length == 0 { return 0 }
            throw raise("MemoryError")
        }
        if times <= 0 || length == 0 { return max(times, 0) }
        let (total, overflow) = times.multipliedReportingOverflow(by: length)
        if overflow { throw raise("MemoryError") }
        try checkAllocation(count: total, elementSize: MemoryLayout<Value>.stride)
        return times
    }

    /// `sequence * count` for str, list, tuple and bytes.
    func repeatSequence(_ object: PyObject, _ count: IntegerValue) throws(PyException) -> Value? {
        switch object.kind {
        case .str:
            let text = unsafeDowncast(object, to: PyStr.self)
            let times = try repetitionCount(count, length: text.value.utf8.count)
            return .string(String(repeating: text.value, count: times))
        case .list:
            let items = unsafeDowncast(object, to: PyList.self).items
            let times = try repetitionCount(count, length: items.count)
            var result = ContiguousArray<Value>()
            result.reserveCapacity(items.count * times)
            for _ in 0..<times { result.append(contentsOf: items) }
            return .object(PyList(result))
        case .tuple:
            let items = unsafeDowncast(object, to: PyTuple.self).items
            let times = try repetitionCount(count, length: items.count)
            var result = ContiguousArray<Value>()
            result.reserveCapacity(items.count * times)
            for _ in 0..<times { result.append(contentsOf: items) }
            return .object(PyTuple(result))
        case .bytes:
            let bytes = unsafeDowncast(object, to: PyBytes.self).bytes
            let times = try repetitionCount(count, length: bytes.count)
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count * times)
            for _ in 0..<times { result.append(contentsOf: bytes) }
            return .object(PyBytes(result))
        default:
            return nil
        }
    }
}
