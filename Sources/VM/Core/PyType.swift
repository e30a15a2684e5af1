/// A type object: a builtin type or a class. Holds the attribute dict, bases and MRO, and the
/// storage kind its instances use.
public final class PyType: PyObject {
    /// `__name__`
    public var name: String
    /// `__qualname__`
    public var qualifiedName: String
    /// `__module__`
    public var moduleName: String
    /// Direct bases.
    public var bases: [PyType]
    /// The method resolution order, starting with this type.
    public var mro: [PyType] = []
    /// The class attributes.
    public let dict: PyDict
    /// The storage kind of instances.
    public let layout: ObjectKind
    /// Builtin types cannot be modified from the language.
    public let isBuiltin: Bool
    /// Whether the type can be subclassed.
    public var isSubclassable = true
    /// Bumped when the dict of this type or of a base changes, for attribute caches.
    public var version = 0
    /// Creates instances when the type is called; builtin types set it, classes inherit it.
    public var constructor: NativeConstructor?
    /// A shortcut for calls of a builtin type with one positional argument (`str(x)`, `int(x)`),
    /// equivalent to `constructor` for them.
    public var singleArgumentConstructor: ((VM, Value) throws(PyException) -> Value)?
    /// The empty attribute layout of instances (see ``Shape``).
    var rootShape: Shape?
    /// How many attributes instances usually get (to size their storage up front).
    var expectedAttributeCount = 0
    /// Cached special-method lookups (see ``TypeSlots``).
    public var slotCache: TypeSlots?
    /// Creates empty instances for native (`.native` layout) classes and their subclasses.
    public var allocator: ((PyType) -> PyObject)?

    /// Creates a builtin type (bootstrap: `metatype` and `dictType` may be filled in afterwards).
    init(builtin name: String, layout: ObjectKind, bases: [PyType], metatype: PyType?, dictType: PyType?) {
        self.name = name
        self.qualifiedName = name
        self.moduleName = "builtins"
        self.bases = bases
        self.layout = layout
        self.isBuiltin = true
        self.dict = dictType.map { PyDict(type: $0, withAttributes: false) } ?? PyDict(bootstrap: ())
        if let metatype {
            super.init(kind: .type, type: metatype)
        } else {
            super.init(bootstrapKind: .type)
        }
        self.mro = [self] + PyType.linearize(bases: bases)
    }

    /// Creates a class from a `class` statement or `type(name, bases, dict)`.
    public init(name: String, qualifiedName: String, moduleName: String, bases: [PyType], dict: PyDict,
                layout: ObjectKind, metatype: PyType) throws(PyTypeCreationError) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.moduleName = moduleName
        self.bases = bases
        self.dict = dict
        self.layout = layout
        self.isBuiltin = false
        super.init(kind: .type, type: metatype)
        guard let order = PyType.c3(bases: bases) else {
            throw PyTypeCreationError(bases: bases.map(\.name))
        }
        self.mro = [self] + order
        self.constructor = bases.first(where: { $0.constructor != nil })?.constructor
        self.allocator = bases.first(where: { $0.allocator != nil })?.allocator
    }

    /// Looks an attribute up along the MRO.
    @inline(__always)
    public func lookup(_ name: PyStr) -> Value? {
        for type in mro {
            if let value = type.dict.lookup(string: name) { return value }
        }
        return nil
    }

    /// The type in the MRO that defines `name`, with the value.
    public func lookupWithOwner(_ name: PyStr) -> (PyType, Value)? {
        for type in mro {
            if let value = type.dict.lookup(string: name) { return (type, value) }
        }
        return nil
    }

    /// Whether this type is `other` or derives from it.
    @inline(__always)
    public func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        for type in mro where type === other { return true }
        return false
    }

    /// The MRO of a builtin type's single chain of bases.
    static func linearize(bases: [PyType]) -> [PyType] {
        c3(bases: bases) ?? bases
    }

    /// C3 linearization of the bases' MROs (nil when no consistent order exists).
    static func c3(bases: [PyType]) -> [PyType]? {
        var sequences = bases.map(\.mro) + [bases]
        var result: [PyType] = []
        while true {
            sequences = sequences.filter { !$0.isEmpty }
            if sequences.isEmpty { return result }
            var candidate: PyType?
            for sequence in sequences {
                let head = sequence[0]
                let inTail = sequences.contains { $0.dropFirst().contains { $0 === head } }
                if !inTail {
                    candidate = head
                    break
                }
            }
            guard let next = candidate else { return nil }
            result.append(next)
            sequences = sequences.map { $0.first === next ? Array($0.dropFirst()) : $0 }
        }
    }

    /// Records that this class's attributes changed.
    public func invalidate() {
        version &+= 1
        BuiltinTypes.typeEpoch &+= 1
    }
}

/// Why a class could not be created: no consistent method resolution order exists for its bases.
public struct PyTypeCreationError: Error {
    /// The names of the bases.
    public let bases: [String]
}

/// Creates an instance when a type is called: `(vm, type, arguments) -> instance`.
public typealias NativeConstructor = (VM, PyType, Arguments) throws(PyException) -> Value
