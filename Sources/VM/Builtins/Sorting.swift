/// `list.sort()` and `sorted()`: a stable merge sort whose comparisons may call Python code
/// (and raise), with direct paths for lists of only ints, only floats or only strings.
extension VM {
    /// Sorts values in place by `<` of their keys; stable; `reverse` keeps equal items in order.
    func sortValues(_ values: inout ContiguousArray<Value>, key: Value, reverse: Bool) throws(PyException) {
        if values.count < 2 { return }
        var keys = values
        if !key.isNone {
            for index in keys.indices { keys[index] = try call(key, [values[index]]) }
        }
        if reverse {
            values.reverse()
            keys.reverse()
        }
        if key.isNone, let sorted = sortHomogeneous(values) {
            values = sorted
        } else {
            var order = Array(0..<values.count)
            try mergeSort(&order, keys)
            values = ContiguousArray(order.map { values[$0] })
        }
        if reverse { values.reverse() }
    }

    /// Sorts arrays of only ints, only floats (no NaN) or only strings without calling Python code.
    func sortHomogeneous(_ values: ContiguousArray<Value>) -> ContiguousArray<Value>? {
        switch values[0] {
        case .int:
            var numbers: [Int] = []
            numbers.reserveCapacity(values.count)
            for value in values {
                guard case .int(let number) = value else { return nil }
                numbers.append(number)
            }
            numbers.sort()
            return ContiguousArray(numbers.map { .int($0) })
        case .float:
            var numbers: [Double] = []
            numbers.reserveCapacity(values.count)
            for value in values {
                guard case .float(let number) = value, !number.isNaN else { return nil }
                numbers.append(number)
            }
            var indexed = Array(numbers.enumerated())
            indexed.sort { $0.element < $1.element || ($0.element == $1.element && $0.offset < $1.offset) }
            return ContiguousArray(indexed.map { values[$0.offset] })
        case .object(let first) where first.kind == .str && first.type.isBuiltin:
            var strings: [(PyStr, Int)] = []
            strings.reserveCapacity(values.count)
            for (index, value) in values.enumerated() {
                guard case .object(let object) = value, object.kind == .str, object.type.isBuiltin else { return nil }
                strings.append((unsafeDowncast(object, to: PyStr.self), index))
            }
            strings.sort { left, right in
                let order = compareCodePoints(left.0.value, right.0.value)
                return order < 0 || (order == 0 && left.1 < right.1)
            }
            return ContiguousArray(strings.map { values[$0.1] })
        default:
            return nil
        }
    }

    /// Stable merge sort of positions by their keys, comparing with `<` only.
    func mergeSort(_ order: inout [Int], _ keys: ContiguousArray<Value>) throws(PyException) {
        var buffer = order
        var width = 1
        let count = order.count
        // Insertion sort runs of 16 first.
        let run = 16
        var start = 0
        while start < count {
            let end = min(start + run, count)
            if end - start > 1 {
                for index in (start + 1)..<end {
                    let item = order[index]
                    var position = index
                    while position > start, try lessThan(keys[item], keys[order[position - 1]]) {
                        order[position] = order[position - 1]
                        position -= 1
                    }
                    order[position] = item
                }
            }
            start = end
        }
        width = run
        while width < count {
            var left = 0
            while left < count {
                let middle = min(left + width, count)
                let right = min(left + 2 * width, count)
                var i = left
                var j = middle
                var k = left
                while i < middle && j < right {
                    if try lessThan(keys[order[j]], keys[order[i]]) {
                        buffer[k] = order[j]
                        j += 1
                    } else {
                        buffer[k] = order[i]
                        i += 1
                    }
                    k += 1
                }
                while i < middle { buffer[k] = order[i]; i += 1; k += 1 }
                while j < right { buffer[k] = order[j]; j += 1; k += 1 }
                left = right
            }
            swap(&order, &buffer)
            width *= 2
        }
    }

    /// `a < b` as sorting uses it.
    @inline(__always)
    func lessThan(_ a: Value, _ b: Value) throws(PyException) -> Bool {
        if case .int(let x) = a, case .int(let y) = b { return x < y }
        return try compareBool(.less, a, b)
    }
}
