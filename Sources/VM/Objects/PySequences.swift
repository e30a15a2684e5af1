import BigInt

/// A `list`: a growable array of values.
public final class PyList: PyObject {
    /// The items.
    public var items: ContiguousArray<Value>
    /// Attributes of a subclass instance.
    public var instanceAttributes: PyDict?

    /// Creates a list of items.
    public init(_ items: ContiguousArray<Value> = []) {
        self.items = items
        super.init(kind: .list, type: BuiltinTypes.shared.list)
    }

    /// Creates an instance of a `list` subclass.
    public init(type: PyType) {
        self.items = []
        self.instanceAttributes = PyDict()
        super.init(kind: .list, type: type)
    }

    /// Creates a list from an array.
    public convenience init(_ items: [Value]) {
        self.init(ContiguousArray(items))
    }

    override public var attributes: PyDict? { instanceAttributes }
}

/// A `tuple`: an immutable array of values.
public final class PyTuple: PyObject {
    /// The items.
    public let items: ContiguousArray<Value>
    /// Attributes of a subclass instance.
    public var instanceAttributes: PyDict?

    /// Creates a tuple of items.
    public init(_ items: ContiguousArray<Value>) {
        self.items = items
        super.init(kind: .tuple, type: BuiltinTypes.shared.tuple)
    }

    /// Creates a tuple from an array.
    public convenience init(_ items: [Value]) {
        self.init(ContiguousArray(items))
    }

    /// Creates an instance of a `tuple` subclass.
    public init(_ items: ContiguousArray<Value>, type: PyType) {
        self.items = items
        self.instanceAttributes = PyDict()
        super.init(kind: .tuple, type: type)
    }

    override public var attributes: PyDict? { instanceAttributes }

    /// The empty tuple, shared.
    nonisolated(unsafe) public static let empty = PyTuple(ContiguousArray<Value>())
}

/// `bytes`: an immutable byte string (kept minimal: literals, len, indexing, decode).
public final class PyBytes: PyObject {
    /// The bytes.
    public let bytes: [UInt8]

    /// Creates a bytes object.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        super.init(kind: .bytes, type: BuiltinTypes.shared.bytes)
    }
}

/// A `slice` object.
public final class PySlice: PyObject {
    /// The start, stop and step as given (None when omitted).
    public let start: Value, stop: Value, step: Value

    /// Creates a slice.
    public init(start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(kind: .slice, type: BuiltinTypes.shared.slice)
    }
}

/// A `range`: start, stop and step, never materialized.
public final class PyRange: PyObject {
    /// The bounds.
    public let start: Int, stop: Int, step: Int
    /// The number of values.
    public let count: Int
    /// The bounds when they or the length do not fit in an `Int`; the `Int` fields are then zero
    /// (an empty range), and every operation on ranges checks this first.
    public let big: BigRange?

    /// Creates a range, or returns nil when its length does not fit in an `Int`; `step` is not zero.
    public static func make(start: Int, stop: Int, step: Int) -> PyRange? {
        guard let count = length(start: start, stop: stop, step: step) else { return nil }
        return PyRange(start: start, stop: stop, step: step, count: count)
    }

    /// Creates a range of any size; `step` is not zero.
    static func make(start: BigInt, stop: BigInt, step: BigInt) -> PyRange {
        if let first = Int(exactly: start), let last = Int(exactly: stop), let stride = Int(exactly: step),
           let range = make(start: first, stop: last, step: stride) {
            return range
        }
        return PyRange(big: BigRange(start: start, stop: stop, step: step))
    }

    private init(start: Int, stop: Int, step: Int, count: Int) {
        self.start = start
        self.stop = stop
        self.step = step
        self.count = count
        self.big = nil
        super.init(kind: .range, type: BuiltinTypes.shared.range)
    }

    private init(big: BigRange) {
        start = 0
        stop = 0
        step = 1
        count = 0
        self.big = big
        super.init(kind: .range, type: BuiltinTypes.shared.range)
    }

    /// The number of values from `start` towards `stop`, computed without overflow.
    static func length(start: Int, stop: Int, step: Int) -> Int? {
        let ascending = step > 0
        guard ascending ? start < stop : start > stop else { return 0 }
        let distance = ascending ? UInt(bitPattern: stop &- start) : UInt(bitPattern: start &- stop)
        let count = (distance - 1) / step.magnitude + 1
        return count <= UInt(Int.max) ? Int(count) : nil
    }

    /// The value at a non-negative index below `count`.
    public func value(at index: Int) -> Int { start &+ index &* step }
}

/// A cell holding a variable captured by an inner function.
public final class PyCell: PyObject {
    /// The variable's value, or `.undefined` while unassigned.
    public var value: Value

    /// Creates a cell.
    public init(_ value: Value) {
        self.value = value
        super.init(kind: .cell, type: BuiltinTypes.shared.cell)
    }
}
