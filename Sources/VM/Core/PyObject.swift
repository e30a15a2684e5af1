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
/// The type reference is unowned: builtin types are immortal, and the VM keeps every class it
/// creates alive, so no reference count is paid for it on each allocation.
open class PyObject {
    /// Which Swift class holds this object's state.
    public final let kind: ObjectKind
    @usableFromInline final var typeReference: Unmanaged<PyType>

    /// The object's Python type.
    @inlinable public final var type: PyType {
        get { typeReference.takeUnretainedValue() }
        set { typeReference = .passUnretained(newValue) }
    }

    /// Creates an object of a kind and type.
    public init(kind: ObjectKind, type: PyType) {
        self.kind = kind
        self.typeReference = .passUnretained(type)
    }

    /// Creates an object whose type is set afterwards (the bootstrap of `object`, `type` and `dict`).
    init(bootstrapKind kind: ObjectKind) {
        self.kind = kind
        self.typeReference = Unmanaged.fromOpaque(UnsafeRawPointer(bitPattern: 0x10)!)
    }

    /// The instance attribute dictionary, for objects that have one.
    open var attributes: PyDict? { nil }
}
