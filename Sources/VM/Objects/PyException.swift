import Bytecode

/// One line of a traceback: a code object and the line that was running.
public struct TracebackEntry {
    /// The code that was running.
    public let code: CodeObject
    /// The line number.
    public let line: Int
}

/// An exception instance (of `BaseException` or a subclass).
public final class PyExceptionObject: PyObject {
    /// `args`
    public var args: PyTuple
    /// `__cause__` (None or an exception).
    public var cause: Value = .none
    /// `__context__` (None or an exception).
    public var context: Value = .none
    /// `__suppress_context__`
    public var suppressContext = false
    /// Frames the exception passed through, innermost first.
    public var traceback: [TracebackEntry] = []
    /// Other attributes (`value`, `errno`, `filename`, `code`, user attributes).
    public let dict: PyDict

    /// Creates an exception of `type` with `args`.
    public init(type: PyType, args: PyTuple) {
        self.args = args
        self.dict = PyDict()
        super.init(kind: .exception, type: type)
    }

    override public var attributes: PyDict? { dict }
}

/// The Swift error that carries a Python exception through the VM (typed throws, no boxing).
public struct PyException: Error {
    /// The exception object.
    public let object: PyExceptionObject
    /// Set when re-raising an exception that already has this frame in its traceback.
    var isReraise = false

    /// Wraps an exception object.
    public init(_ object: PyExceptionObject) {
        self.object = object
    }

    init(reraising object: PyExceptionObject) {
        self.object = object
        self.isReraise = true
    }

    /// The exception's type name, e.g. `ValueError`.
    public var typeName: String { object.type.name }
}
