import BigInt

/// The operations of `range` objects whose bounds do not fit in an `Int` (see `BigRange`).
extension VM {
    /// What decides a range's equality and hash, as CPython's `range_hash`: `(length, start, step)`,
    /// with `start` None for an empty range and `step` None for a range of at most one value.
    func rangeIdentity(_ range: PyRange) -> [Value] {
        guard let big = range.big else {
            return [.int(range.count), range.count == 0 ? .none : .int(range.start), range.count <= 1 ? .none : .int(range.step)]
        }
        return [Integers.value(big.length), big.length == 0 ? .none : Integers.value(big.start),
                big.length <= 1 ? .none : Integers.value(big.step)]
    }

    /// `len(range)`: OverflowError when the length does not fit in an `Int`, as in CPython.
    func bigRangeLength(_ range: BigRange) throws(PyException) -> Int {
        guard let length = Int(exactly: range.length) else {
            throw raise("OverflowError", "Python int too large to convert to C ssize_t")
        }
        return length
    }

    /// `range[key]` for an integer or a slice key.
    func bigRangeItem(_ range: BigRange, _ key: Value) throws(PyException) -> Value {
        if case .object(let object) = key, object.kind == .slice {
            let slice = unsafeDowncast(object, to: PySlice.self)
            func bound(_ value: Value) throws(PyException) -> BigInt? {
                if value.isNone { return nil }
                return try sliceInteger(value)
            }
            let step = try bound(slice.step) ?? 1
            if step == 0 { throw valueError("slice step cannot be zero") }
            let sub = range.sliced(start: try bound(slice.start), stop: try bound(slice.stop), step: step)
            return .object(PyRange.make(start: sub.start, stop: sub.stop, step: sub.step))
        }
        var position: BigInt
        do {
            position = try integerValue(key)
        } catch {
            throw typeError("range indices must be integers or slices, not \(typeName(key))")
        }
        if position < 0 { position += range.length }
        guard position >= 0 && position < range.length else { throw raise("IndexError", "range object index out of range") }
        return Integers.value(range.value(at: position))
    }

    /// Whether the range holds `item` (an int, or a float equal to one).
    func bigRangeIndex(_ range: BigRange, _ item: Value) -> BigInt? {
        if let integer = Integers.integer(item) { return range.index(of: integer.big) }
        if case .float(let number) = item, number.isFinite, number == number.rounded() {
            return range.index(of: BigIntConversion.fromDouble(number))
        }
        return nil
    }

    /// `repr(range)`.
    func bigRangeRepr(_ range: BigRange) -> String {
        range.step == 1 ? "range(\(range.start), \(range.stop))" : "range(\(range.start), \(range.stop), \(range.step))"
    }

    /// An iterator over the range, forwards or backwards.
    func bigRangeIterator(_ range: PyRange, reversed: Bool) -> PyIterator {
        PyIterator(variant: .bigRange, source: .object(range), type: BuiltinTypes.shared.rangeIterator,
                   index: 0, limit: 0, step: reversed ? -1 : 1)
    }

    /// The next value of an iterator made by `bigRangeIterator`.
    func nextBigRangeValue(_ iterator: PyIterator) -> Value? {
        guard case .object(let object) = iterator.source, let range = unsafeDowncast(object, to: PyRange.self).big,
              BigInt(iterator.index) < range.length else { return nil }
        let position = iterator.step > 0 ? BigInt(iterator.index) : range.length - 1 - BigInt(iterator.index)
        iterator.index += 1
        return Integers.value(range.value(at: position))
    }

    /// An integer slice bound of any size (`__index__` honoured).
    private func sliceInteger(_ value: Value) throws(PyException) -> BigInt {
        do {
            return try integerValue(value)
        } catch {
            throw typeError("slice indices must be integers or None or have an __index__ method")
        }
    }
}
