/// The attribute layout shared by instances of one class that were given the same attributes in
/// the same order (a hidden class): the names, and the shapes reached by adding one more.
///
/// Instances store only their values; the names live once in the shape. Attribute caches compare
/// the shape by identity and read a value by index, with no hashing.
public final class Shape {
    /// The attribute names, in the order the values are stored.
    let names: ContiguousArray<PyStr>
    private var transitions: [(PyStr, Shape)] = []

    init(names: ContiguousArray<PyStr>) {
        self.names = names
    }

    /// Instances with more attributes than this switch to a dict.
    static let limit = 48

    /// The position of `name`, or nil.
    @inline(__always)
    func index(of name: PyStr) -> Int? {
        for (position, key) in names.enumerated() where key === name { return position }
        for (position, key) in names.enumerated() where key.equals(name) { return position }
        return nil
    }

    /// The shape with `name` added at the end (shared with every instance that adds it here).
    func adding(_ name: PyStr) -> Shape {
        for (key, shape) in transitions where key === name { return shape }
        var extended = names
        extended.append(name)
        let shape = Shape(names: extended)
        transitions.append((name, shape))
        return shape
    }
}

/// An instance of a class defined in the language. Attributes live in a values buffer laid out by
/// a shared ``Shape`` until the instance needs a real dict (its `__dict__` was asked for, an
/// attribute was deleted, or it has very many attributes); from then on they live in ``dict``.
///
/// The values buffer is managed by hand rather than held as an array, so the dispatch loop's
/// cached reads and writes touch no reference count but the value's own.
public final class PyInstance: PyObject {
    /// The layout of the values, or nil once the attributes moved to a dict.
    var shape: Shape? {
        didSet { shapeKey = shape.map { UInt(bitPattern: ObjectIdentifier($0)) } ?? 0 }
    }
    /// The shape's address (0 without a shape): what attribute caches compare, with no reference counting.
    var shapeKey: UInt = 0
    /// The attribute values in shape order (`valueCount` initialized, `valueCapacity` allocated).
    var values: UnsafeMutablePointer<Value>?
    var valueCount = 0
    var valueCapacity = 0
    /// The attributes, once they live in a dict.
    var dictionary: PyDict?

    /// Creates an instance of a class with no attributes.
    public init(type: PyType) {
        let initial = type.instanceShape
        shape = initial
        shapeKey = UInt(bitPattern: ObjectIdentifier(initial))
        super.init(kind: .instance, type: type)
        let expected = type.expectedAttributeCount
        if expected > 0 {
            values = .allocate(capacity: expected)
            valueCapacity = expected
        }
    }

    deinit {
        if let values {
            values.deinitialize(count: valueCount)
            values.deallocate()
        }
    }

    /// The value at a shape position (`position < valueCount`).
    @inline(__always)
    func value(at position: Int) -> Value { values.unsafelyUnwrapped[position] }

    /// Replaces the value at a shape position.
    @inline(__always)
    func setValue(_ value: Value, at position: Int) { values.unsafelyUnwrapped[position] = value }

    /// Appends a value for the attribute a new shape adds.
    @inline(__always)
    func appendValue(_ value: Value) {
        if valueCount == valueCapacity { grow() }
        (values.unsafelyUnwrapped + valueCount).initialize(to: value)
        valueCount += 1
    }

    @inline(never)
    func grow() {
        let capacity = max(4, valueCapacity * 2)
        let buffer = UnsafeMutablePointer<Value>.allocate(capacity: capacity)
        if let values {
            buffer.moveInitialize(from: values, count: valueCount)
            values.deallocate()
        }
        values = buffer
        valueCapacity = capacity
    }

    /// The attribute dict (`__dict__`): the instance keeps its attributes there from now on.
    override public var attributes: PyDict? { dict }

    /// The instance's attributes as a live dict.
    public var dict: PyDict {
        if let dictionary { return dictionary }
        let created = PyDict()
        if let shape {
            for (position, name) in shape.names.enumerated() { created.store(string: name, value(at: position)) }
        }
        shape = nil
        if let values {
            values.deinitialize(count: valueCount)
            values.deallocate()
        }
        values = nil
        valueCount = 0
        valueCapacity = 0
        dictionary = created
        return created
    }

    /// The value of an attribute, or nil.
    @inline(__always)
    public func attribute(_ name: PyStr) -> Value? {
        if let shape {
            guard let position = shape.index(of: name) else { return nil }
            return value(at: position)
        }
        return dictionary?.lookup(string: name)
    }

    /// Sets an attribute.
    public func setAttribute(_ name: PyStr, _ value: Value) {
        if let shape {
            if let position = shape.index(of: name) {
                setValue(value, at: position)
                return
            }
            if shape.names.count < Shape.limit {
                self.shape = shape.adding(name)
                appendValue(value)
                if valueCount > type.expectedAttributeCount { type.expectedAttributeCount = valueCount }
                return
            }
        }
        dict.store(string: name, value)
    }

    /// Removes an attribute; false if it did not exist.
    public func removeAttribute(_ name: PyStr, _ vm: VM) throws(PyException) -> Bool {
        guard attribute(name) != nil else { return false }
        return try dict.remove(.object(name), vm) != nil
    }
}

extension PyType {
    /// The empty shape instances of this class start from.
    var instanceShape: Shape {
        if let shape = rootShape { return shape }
        let shape = Shape(names: [])
        rootShape = shape
        return shape
    }
}

extension PyInstance {
    /// The attributes as (name, value) pairs, without moving them into a dict.
    public var attributePairs: [(Value, Value)] {
        if let shape {
            return shape.names.enumerated().map { (.object($0.element), value(at: $0.offset)) }
        }
        return dictionary?.items ?? []
    }
}
