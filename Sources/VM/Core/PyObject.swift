/// The storage class of a heap object. A subclass instance (`class L(list)`) keeps the storage of
/// its builtin base; its `type` says what it is.
public enum ObjectKind: UInt8, Sendable {
    case str, list, tuple, dict, set, frozenset, long, bytes
    case function, nativeFunction, boundMethod, cell, code
    case type, instance, module, exception
    case range, slice, generator, iterator, file
    case property, classMethod, staticMethod, superProxy, dictView
    case notImplemented, ellipsis, native
}

/// Every heap value: its storage kind and its Python type.
///
/// The type is a strong reference. (An `Unmanaged` or `unowned(unsafe)` one would save a retain
/// per allocation, but Swift turns every read of such a reference into an *atomic* retain, even
/// in code compiled with `-assume-single-threaded`, and types are read far more often than
/// objects are made. Builtin types are immortal, so their counts are never written.)
open class PyObject {
    /// Which Swift class holds this object's state.
    public final let kind: ObjectKind
    /// The object's Python type; nil only while `object`, `type` and `dict` are bootstrapped.
    @usableFromInline final var typeStorage: PyType?

    /// The object's Python type.
    @inlinable public final var type: PyType {
        get { typeStorage.unsafelyUnwrapped }
        set { typeStorage = newValue }
    }

    /// Creates an object of a kind and type.
    public init(kind: ObjectKind, type: PyType) {
        self.kind = kind
        self.typeStorage = type
    }

    /// Creates an object whose type is set afterwards (the bootstrap of `object`, `type` and `dict`).
    init(bootstrapKind kind: ObjectKind) {
        self.kind = kind
        self.typeStorage = nil
    }

    /// The instance attribute dictionary, for objects that have one.
    open var attributes: PyDict? { nil }
}
