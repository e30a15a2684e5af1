import Synchronization

/// The tags of Prism's value encoding (the dialect's counterpart of pickle): how values cross
/// between interpreters on different threads, by copy.
enum PickleTag: UInt8 {
    case none = 0, `true`, `false`, int, bigInt, float, str, bytes, tuple, list, dict, set, frozenset
    case memo, module, global, function, classDefinition, instance, exception, range, slice, objectRef
    case boundMethod, ellipsis, descriptor, cell, newCell, notImplemented
}

/// What a pickled value is made of: its bytes and the object-store references nested in it.
public struct PickledValue {
    /// The encoding.
    public var bytes: [UInt8]
    /// Ids of the `ObjectRef`s inside the value (the store keeps them alive while the value exists).
    public var references: [UInt64]
}

/// How the VM recognizes and recreates `ObjectRef`s, which belong to the object store that the
/// bindings connect (the VM knows nothing of it).
public struct ObjectRefHooks {
    /// The store id of an `ObjectRef` object, or nil for any other object.
    public var identify: (PyObject) -> UInt64?
    /// A new `ObjectRef` for an id (holding its own reference).
    public var make: (VM, UInt64) throws(PyException) -> Value

    /// Creates hooks.
    public init(identify: @escaping (PyObject) -> UInt64?, make: @escaping (VM, UInt64) throws(PyException) -> Value) {
        self.identify = identify
        self.make = make
    }
}

/// Process-wide ids of the functions, classes and module namespaces shipped by value, so that
/// the same definition shipped twice is one object in the receiving interpreter.
let nextDefinitionID = Atomic<UInt64>(1)

/// Per-VM table of definitions shipped by value: the ids this VM gave its own functions, classes
/// and module namespaces, and the objects it created for ids received from other VMs.
public final class DefinitionTable {
    var idsByObject: [ObjectIdentifier: UInt64] = [:]
    var objectsByID: [UInt64: PyObject] = [:]

    /// Creates an empty table.
    public init() {}

    /// The id of `object`, assigned on first use (the table keeps the object alive).
    func id(of object: PyObject) -> UInt64 {
        if let known = idsByObject[ObjectIdentifier(object)] { return known }
        let id = nextDefinitionID.wrappingAdd(1, ordering: .relaxed).oldValue
        register(object, id: id)
        return id
    }

    /// Records that `object` stands for `id` here.
    func register(_ object: PyObject, id: UInt64) {
        idsByObject[ObjectIdentifier(object)] = id
        objectsByID[id] = object
    }

    /// The object standing for `id` here, if any.
    func object(for id: UInt64) -> PyObject? { objectsByID[id] }
}
