/// A value of the language. Small values (None, bools, 64-bit ints, floats) are held inline, so
/// arithmetic on them never touches reference counts; everything else is a heap object.
///
/// Invariant: an integer that fits in 64 bits is always `.int`; only larger ones are `PyLong`s.
public enum Value {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case object(PyObject)
    /// No value: an unassigned local, an empty slot. Never visible to programs.
    case undefined

    /// True for `.undefined`.
    @inlinable public var isUndefined: Bool {
        if case .undefined = self { return true }
        return false
    }

    /// True for `.none`.
    @inlinable public var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    /// The heap object, if this is one.
    @inlinable public var asObject: PyObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    /// The string object, if this is a `str`.
    @inlinable public var asString: PyStr? {
        if case .object(let object) = self, object.kind == .str { return unsafeDowncast(object, to: PyStr.self) }
        return nil
    }

    /// Creates a `str` value.
    @inlinable public static func string(_ text: String) -> Value { .object(PyStr(text)) }
}
