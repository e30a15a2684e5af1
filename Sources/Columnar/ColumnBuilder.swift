/// Builds a column value by value: readers (CSV, Parquet) and operators append, then `finish`.
public struct ColumnBuilder: Sendable {
    /// The type of the column being built.
    public let type: DataType
    private var ints = ContiguousArray<Int64>()
    private var doubles = ContiguousArray<Double>()
    private var bools = ContiguousArray<Bool>()
    private var strings = StringArray()
    private var validity: Bitmap
    private var nulls = 0

    /// A builder for `type` with room for `capacity` rows.
    public init(type: DataType, capacity: Int = Batch.preferredRows) {
        self.type = type
        validity = Bitmap(capacity: capacity)
        switch type.physical {
        case .int: ints.reserveCapacity(capacity)
        case .double: doubles.reserveCapacity(capacity)
        case .bool: bools.reserveCapacity(capacity)
        case .string: strings = StringArray(capacity: capacity)
        }
    }

    /// The number of rows appended.
    public var count: Int { validity.count }

    /// Appends a null.
    public mutating func appendNull() {
        nulls += 1
        validity.append(false)
        switch type.physical {
        case .int: ints.append(0)
        case .double: doubles.append(0)
        case .bool: bools.append(false)
        case .string: strings.appendEmpty()
        }
    }

    /// Appends an integer (int32, int64, date days, timestamp microseconds).
    @inline(__always) public mutating func append(_ value: Int64) { ints.append(value); validity.append(true) }

    /// Appends a double (float32, float64).
    @inline(__always) public mutating func append(_ value: Double) { doubles.append(value); validity.append(true) }

    /// Appends a boolean.
    @inline(__always) public mutating func append(_ value: Bool) { bools.append(value); validity.append(true) }

    /// Appends a string given as UTF-8 bytes.
    @inline(__always) public mutating func append(utf8 value: UnsafeBufferPointer<UInt8>) {
        strings.append(bytes: value); validity.append(true)
    }

    /// Appends a string.
    public mutating func append(_ value: String) { strings.append(value); validity.append(true) }

    /// Appends a scalar, converting it to the column's type; a scalar that does not fit is null.
    public mutating func append(_ scalar: Scalar) {
        switch (type.physical, scalar) {
        case (_, .null): appendNull()
        case (.int, _): if let v = scalar.intValue { append(v) } else { appendNull() }
        case (.double, _): if let v = scalar.doubleValue { append(v) } else { appendNull() }
        case (.bool, .bool(let v)): append(v)
        case (.string, .string(let v)): append(v)
        default: appendNull()
        }
    }

    /// The column built so far; the builder is left empty.
    public mutating func finish() -> Column {
        let values: ColumnValues
        switch type.physical {
        case .int: values = .ints(ints); ints = []
        case .double: values = .doubles(doubles); doubles = []
        case .bool: values = .bools(bools); bools = []
        case .string: values = .strings(strings); strings = StringArray()
        }
        let bitmap: Bitmap? = nulls > 0 ? validity : nil
        validity = Bitmap(capacity: Batch.preferredRows)
        nulls = 0
        return Column(type: type, values: values, validity: bitmap)
    }
}
