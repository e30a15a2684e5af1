/// The values of a column, by physical type.
public enum ColumnValues: Sendable {
    /// int32, int64, date (days since 1970-01-01) and timestamp (microseconds since the epoch, UTC).
    case ints(ContiguousArray<Int64>)
    /// float32 and float64.
    case doubles(ContiguousArray<Double>)
    /// booleans, one byte each.
    case bools(ContiguousArray<Bool>)
    /// UTF-8 strings.
    case strings(StringArray)
}

/// An immutable column of one chunk: a logical type, the values and a validity bitmap (nil when no
/// value is null). A null's slot holds a zero (or an empty string).
public struct Column: Sendable {
    /// The logical type.
    public let type: DataType
    /// The values.
    public let values: ColumnValues
    /// Which rows hold a value; nil when all do.
    public let validity: Bitmap?

    /// A column of `values` typed `type`; a validity bitmap without nulls is dropped.
    public init(type: DataType, values: ColumnValues, validity: Bitmap? = nil) {
        self.type = type
        self.values = values
        if let validity, validity.nullCount > 0 { self.validity = validity } else { self.validity = nil }
    }

    /// The number of rows.
    public var count: Int {
        switch values {
        case .ints(let v): v.count
        case .doubles(let v): v.count
        case .bools(let v): v.count
        case .strings(let v): v.count
        }
    }

    /// Whether row `i` holds a value.
    @inline(__always) public func isValid(_ i: Int) -> Bool { validity?.isValid(i) ?? true }

    /// The number of nulls.
    public var nullCount: Int { validity?.nullCount ?? 0 }

    /// Row `i` as a scalar.
    public func scalar(at i: Int) -> Scalar {
        guard isValid(i) else { return .null }
        switch values {
        case .ints(let v): return .int(v[i])
        case .doubles(let v): return .double(v[i])
        case .bools(let v): return .bool(v[i])
        case .strings(let v): return .string(v.string(at: i))
        }
    }

    /// The rows at `indices`, in that order.
    public func gather(_ indices: UnsafeBufferPointer<Int32>) -> Column {
        let validity = self.validity?.gather(indices)
        switch values {
        case .ints(let v):
            return Column(type: type, values: .ints(v.withUnsafeBufferPointer { b in ContiguousArray(indices.lazy.map { b[Int($0)] }) }), validity: validity)
        case .doubles(let v):
            return Column(type: type, values: .doubles(v.withUnsafeBufferPointer { b in ContiguousArray(indices.lazy.map { b[Int($0)] }) }), validity: validity)
        case .bools(let v):
            return Column(type: type, values: .bools(v.withUnsafeBufferPointer { b in ContiguousArray(indices.lazy.map { b[Int($0)] }) }), validity: validity)
        case .strings(let v):
            return Column(type: type, values: .strings(v.gather(indices)), validity: validity)
        }
    }

    /// The rows at `indices`.
    public func gather(_ indices: ContiguousArray<Int32>) -> Column {
        indices.withUnsafeBufferPointer { gather($0) }
    }

    /// A column of `count` copies of `scalar` (nulls when `scalar` is null).
    public static func repeating(_ scalar: Scalar, type: DataType, count: Int) -> Column {
        let validity: Bitmap? = scalar.isNull ? Bitmap(count: count, valid: false) : nil
        switch type.physical {
        case .int: return Column(type: type, values: .ints(ContiguousArray(repeating: scalar.intValue ?? 0, count: count)), validity: validity)
        case .double: return Column(type: type, values: .doubles(ContiguousArray(repeating: scalar.doubleValue ?? 0, count: count)), validity: validity)
        case .bool: return Column(type: type, values: .bools(ContiguousArray(repeating: scalar.boolValue ?? false, count: count)), validity: validity)
        case .string:
            var strings = StringArray(capacity: count)
            let text = scalar.stringValue ?? ""
            for _ in 0 ..< count { strings.append(text) }
            return Column(type: type, values: .strings(strings), validity: validity)
        }
    }

    /// Several chunks of one type joined into one column.
    public static func concatenate(_ columns: [Column], type: DataType) -> Column {
        let total = columns.reduce(0) { $0 + $1.count }
        let anyNull = columns.contains { $0.validity != nil }
        var validity: Bitmap? = nil
        if anyNull {
            var bitmap = Bitmap(capacity: total)
            for column in columns { for i in 0 ..< column.count { bitmap.append(column.isValid(i)) } }
            validity = bitmap
        }
        switch type.physical {
        case .int:
            var out = ContiguousArray<Int64>(); out.reserveCapacity(total)
            for column in columns { if case .ints(let v) = column.values { out.append(contentsOf: v) } }
            return Column(type: type, values: .ints(out), validity: validity)
        case .double:
            var out = ContiguousArray<Double>(); out.reserveCapacity(total)
            for column in columns { if case .doubles(let v) = column.values { out.append(contentsOf: v) } }
            return Column(type: type, values: .doubles(out), validity: validity)
        case .bool:
            var out = ContiguousArray<Bool>(); out.reserveCapacity(total)
            for column in columns { if case .bools(let v) = column.values { out.append(contentsOf: v) } }
            return Column(type: type, values: .bools(out), validity: validity)
        case .string:
            var out = StringArray(capacity: total)
            for column in columns {
                if case .strings(let v) = column.values {
                    for i in 0 ..< v.count { v.withBytes(at: i) { out.append(bytes: $0) } }
                }
            }
            return Column(type: type, values: .strings(out), validity: validity)
        }
    }

    /// Approximate memory held, in bytes.
    public var byteSize: Int {
        let base: Int
        switch values {
        case .ints(let v): base = v.count * 8
        case .doubles(let v): base = v.count * 8
        case .bools(let v): base = v.count
        case .strings(let v): base = v.bytes.count + v.offsets.count * 4
        }
        return base + (validity.map { $0.words.count * 8 } ?? 0)
    }
}
