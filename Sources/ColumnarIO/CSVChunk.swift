import Columnar
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How the CSV reader converts a field, by column type.
enum CSVKind: UInt8 {
    case string, int32, int64, float64, float32, bool, date, timestamp

    init(_ type: DataType) {
        switch type {
        case .string: self = .string
        case .int32: self = .int32
        case .int64: self = .int64
        case .float64: self = .float64
        case .float32: self = .float32
        case .bool: self = .bool
        case .date: self = .date
        case .timestamp: self = .timestamp
        }
    }
}

/// The values of one column of the batch being read, in raw buffers written by row index, so that
/// a dropped row is undone by not advancing the row count (a `ColumnBuilder` only appends).
struct CSVChunk {
    let kind: CSVKind
    let type: DataType
    let capacity: Int
    var ints: UnsafeMutablePointer<Int64>
    var doubles: UnsafeMutablePointer<Double>
    var bools: UnsafeMutablePointer<Bool>
    var validity: UnsafeMutablePointer<UInt64>
    var offsets: UnsafeMutablePointer<Int32>
    var bytes: UnsafeMutablePointer<UInt8>
    var byteCapacity: Int
    var byteCount: Int

    init(type: DataType, capacity: Int) {
        self.type = type
        kind = CSVKind(type)
        self.capacity = capacity
        let physical = type.physical
        ints = .allocate(capacity: physical == .int ? capacity : 1)
        doubles = .allocate(capacity: physical == .double ? capacity : 1)
        bools = .allocate(capacity: physical == .bool ? capacity : 1)
        validity = .allocate(capacity: (capacity + 63) / 64)
        validity.initialize(repeating: 0, count: (capacity + 63) / 64)
        offsets = .allocate(capacity: physical == .string ? capacity + 1 : 1)
        offsets[0] = 0
        byteCapacity = physical == .string ? capacity * 16 : 1
        bytes = .allocate(capacity: byteCapacity)
        byteCount = 0
    }

    func deallocate() {
        ints.deallocate(); doubles.deallocate(); bools.deallocate(); validity.deallocate()
        offsets.deallocate(); bytes.deallocate()
    }

    @inline(__always) mutating func setValid(_ row: Int) {
        validity[row &>> 6] |= 1 &<< UInt64(row & 63)
    }

    @inline(__always) mutating func setNull(_ row: Int) {
        validity[row &>> 6] &= ~(1 &<< UInt64(row & 63))
        switch kind {
        case .string: offsets[row + 1] = Int32(truncatingIfNeeded: byteCount)
        case .float64, .float32: doubles[row] = 0
        case .bool: bools[row] = false
        default: ints[row] = 0
        }
    }

    /// Undoes a partly written row (only strings keep state past the row).
    @inline(__always) mutating func rollback(_ row: Int) {
        if kind == .string { byteCount = Int(offsets[row]) }
    }

    @inline(__always) mutating func appendString(_ row: Int, _ p: UnsafePointer<UInt8>, _ n: Int) {
        if byteCount + n > byteCapacity { grow(byteCount + n) }
        (bytes + byteCount).update(from: p, count: n)
        byteCount += n
        offsets[row + 1] = Int32(truncatingIfNeeded: byteCount)
        setValid(row)
    }

    mutating func grow(_ needed: Int) {
        var newCapacity = byteCapacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBytes.update(from: bytes, count: byteCount)
        bytes.deallocate()
        bytes = newBytes
        byteCapacity = newCapacity
    }

    /// Converts field `p[0..<n]` (not empty, not null) into row `row`; false when it does not parse.
    @inline(__always) mutating func convert(_ row: Int, _ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        switch kind {
        case .string:
            appendString(row, p, n)
            return true
        case .float64:
            guard let value = CSVValues.parseDouble(p, n) else { return false }
            doubles[row] = value
        case .int32:
            guard let value = CSVValues.parseInt64(p, n), value >= Int64(Int32.min), value <= Int64(Int32.max) else { return false }
            ints[row] = value
        case .int64:
            guard let value = CSVValues.parseInt64(p, n) else { return false }
            ints[row] = value
        case .timestamp:
            guard let value = CSVValues.parseTimestamp(p, n) else { return false }
            ints[row] = value
        case .date:
            guard let value = CSVValues.strictDate(p, n) ?? Calendar.parseDate(UnsafeBufferPointer(start: p, count: n)) else { return false }
            ints[row] = value
        case .float32:
            guard let value = CSVValues.parseDouble(p, n) else { return false }
            doubles[row] = Double(Float(value))
        case .bool:
            guard let value = CSVValues.parseBool(p, n) else { return false }
            bools[row] = value
        }
        setValid(row)
        return true
    }

    /// The first `rows` rows as a column; the chunk is reset for the next batch.
    mutating func finish(_ rows: Int) -> Column {
        let words = (rows + 63) / 64
        if rows & 63 != 0 { validity[words - 1] &= (1 &<< UInt64(rows & 63)) &- 1 }
        var valid = 0
        for i in 0 ..< words { valid += validity[i].nonzeroBitCount }
        var bitmap: Bitmap? = nil
        if valid < rows {
            var b = Bitmap(count: rows, valid: false)
            b.words = ContiguousArray(UnsafeBufferPointer(start: validity, count: words))
            bitmap = b
        }
        let values: ColumnValues
        switch type.physical {
        case .int: values = .ints(ContiguousArray(UnsafeBufferPointer(start: ints, count: rows)))
        case .double: values = .doubles(ContiguousArray(UnsafeBufferPointer(start: doubles, count: rows)))
        case .bool: values = .bools(ContiguousArray(UnsafeBufferPointer(start: bools, count: rows)))
        case .string:
            var strings = StringArray()
            strings.offsets = ContiguousArray(UnsafeBufferPointer(start: offsets, count: rows + 1))
            strings.bytes = ContiguousArray(UnsafeBufferPointer(start: bytes, count: byteCount))
            values = .strings(strings)
            byteCount = 0
        }
        return Column(type: type, values: values, validity: bitmap)
    }
}
