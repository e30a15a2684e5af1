import BigInt

/// The bounds of a `range` whose bounds or length do not fit in an `Int` (`range(10**20)`).
/// Ranges that fit, nearly all of them, use `PyRange`'s `Int` fields instead.
public struct BigRange {
    /// The bounds; `step` is not zero.
    public let start: BigInt, stop: BigInt, step: BigInt
    /// The number of values.
    public let length: BigInt

    /// Creates the bounds and computes the length.
    init(start: BigInt, stop: BigInt, step: BigInt) {
        self.start = start
        self.stop = stop
        self.step = step
        if step > 0 {
            length = start < stop ? (stop - start - 1) / step + 1 : 0
        } else {
            length = start > stop ? (start - stop - 1) / (-step) + 1 : 0
        }
    }

    /// The value at an index in `0..<length`.
    func value(at index: BigInt) -> BigInt { start + index * step }

    /// The index of `number` if the range holds it.
    func index(of number: BigInt) -> BigInt? {
        let inside = step > 0 ? (number >= start && number < stop) : (number <= start && number > stop)
        guard inside else { return nil }
        let (quotient, remainder) = (number - start).quotientAndRemainder(dividingBy: step)
        return remainder == 0 ? quotient : nil
    }

    /// The sub-range a slice selects, with CPython's clamping of the slice's bounds.
    func sliced(start sliceStart: BigInt?, stop sliceStop: BigInt?, step sliceStep: BigInt) -> BigRange {
        let descending = sliceStep < 0
        func bound(_ given: BigInt?, _ defaultValue: BigInt) -> BigInt {
            guard var position = given else { return defaultValue }
            if position < 0 {
                position += length
                if position < 0 { position = descending ? -1 : 0 }
            } else if position >= length {
                position = descending ? length - 1 : length
            }
            return position
        }
        let first = bound(sliceStart, descending ? length - 1 : 0)
        let last = bound(sliceStop, descending ? -1 : length)
        let newStep = step * sliceStep
        return BigRange(start: value(at: first), stop: value(at: last), step: newStep)
    }
}
