/// The iterators of the builtin containers and of the builtin functions that return iterators.
/// One class with a variant tag, so the `for` loop can step the common ones without a call.
public final class PyIterator: PyObject {
    /// Which iteration this is.
    public enum Variant: UInt8 {
        case list, tuple, range, bigRange, string, dictKeys, dictValues, dictItems, set, reversedList, callable, native
    }

    /// Which iteration this is.
    public let variant: Variant
    /// The container (or callable) iterated.
    public let source: Value
    /// The next position (or the next range value).
    public var index: Int
    /// The end (or the number of range values left).
    public var limit: Int
    /// The range step.
    public var step: Int
    /// The container's version when iteration started (dicts and sets).
    public var version: Int
    /// The sentinel of `iter(callable, sentinel)`.
    public var sentinel: Value = .undefined
    /// The step function of a native iterator; nil once exhausted.
    public var nextNative: ((VM) throws(PyException) -> Value?)?

    /// Creates an iterator over a container.
    public init(variant: Variant, source: Value, type: PyType, index: Int = 0, limit: Int = 0, step: Int = 1, version: Int = 0) {
        self.variant = variant
        self.source = source
        self.index = index
        self.limit = limit
        self.step = step
        self.version = version
        super.init(kind: .iterator, type: type)
    }

    /// Creates an iterator driven by a Swift closure that returns nil when exhausted.
    public init(type: PyType, next: @escaping (VM) throws(PyException) -> Value?) {
        self.variant = .native
        self.source = .none
        self.index = 0
        self.limit = 0
        self.step = 1
        self.version = 0
        self.nextNative = next
        super.init(kind: .iterator, type: type)
    }
}

/// `dict.keys()`, `dict.values()` and `dict.items()`: live views of a dict.
public final class PyDictView: PyObject {
    /// Which view.
    public enum Variant { case keys, values, items }

    /// Which view.
    public let variant: Variant
    /// The dict viewed.
    public let dict: PyDict

    init(variant: Variant, dict: PyDict) {
        self.variant = variant
        self.dict = dict
        let types = BuiltinTypes.shared
        super.init(kind: .dictView, type: variant == .keys ? types.dictKeys : variant == .values ? types.dictValues : types.dictItems)
    }
}

/// A generator: a suspended frame of a generator function.
public final class PyGenerator: PyObject {
    /// What the generator is doing.
    public enum State { case created, suspended, running, finished }

    /// The generator function.
    public let function: PyFunction
    /// The saved registers while suspended.
    var registers: UnsafeMutablePointer<Value>
    /// The number of saved registers.
    let registerCount: Int
    /// Where execution resumes.
    var pc = 0
    /// What the generator is doing.
    public var state: State = .created
    /// The register that receives the value sent on resume.
    var resumeRegister = 0
    /// `__name__`
    public var name: String
    /// `__qualname__`
    public var qualifiedName: String

    init(function: PyFunction, registers: UnsafeMutablePointer<Value>, registerCount: Int) {
        self.function = function
        self.registers = registers
        self.registerCount = registerCount
        self.name = function.name
        self.qualifiedName = function.qualifiedName
        super.init(kind: .generator, type: BuiltinTypes.shared.generator)
    }

    deinit {
        registers.deinitialize(count: registerCount)
        registers.deallocate()
    }
}
