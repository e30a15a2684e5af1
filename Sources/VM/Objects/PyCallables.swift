import Bytecode

/// The VM's per-code data: instructions, constants and names in stable buffers the dispatch loop
/// reads without bounds or exclusivity checks, and the inline caches.
public final class CodeRuntime {
    /// The instructions.
    let instructions: UnsafeMutablePointer<Instruction>
    /// The number of instructions.
    let instructionCount: Int
    /// Constants converted to values.
    let constants: UnsafeMutablePointer<Value>
    let constantCount: Int
    /// Names as interned strings.
    let names: ContiguousArray<PyStr>
    /// One inline cache per `loadGlobal` site.
    let globalCache: UnsafeMutablePointer<GlobalCacheEntry>
    let globalCacheCount: Int
    /// One inline cache per instruction for attribute loads and method lookups.
    let attributeCache: UnsafeMutablePointer<AttributeCacheEntry>

    init(code: CodeObject, constants: [Value], names: ContiguousArray<PyStr>) {
        instructionCount = code.instructions.count
        instructions = .allocate(capacity: max(instructionCount, 1))
        instructions.initialize(from: code.instructions, count: instructionCount)
        constantCount = constants.count
        self.constants = .allocate(capacity: max(constantCount, 1))
        self.constants.initialize(from: constants, count: constantCount)
        self.names = names
        var slots = 0
        for instruction in code.instructions where instruction.opcode == .loadGlobal {
            slots = max(slots, Int(instruction.c) + 1)
        }
        globalCacheCount = max(slots, 1)
        globalCache = .allocate(capacity: globalCacheCount)
        globalCache.initialize(repeating: GlobalCacheEntry(), count: globalCacheCount)
        attributeCache = .allocate(capacity: max(instructionCount, 1))
        attributeCache.initialize(repeating: AttributeCacheEntry(), count: max(instructionCount, 1))
    }

    deinit {
        instructions.deinitialize(count: instructionCount)
        instructions.deallocate()
        constants.deinitialize(count: constantCount)
        constants.deallocate()
        globalCache.deinitialize(count: globalCacheCount)
        globalCache.deallocate()
        attributeCache.deinitialize(count: max(instructionCount, 1))
        attributeCache.deallocate()
    }
}

/// The address that identifies a class or shape in attribute caches.
@inline(__always)
func cacheKey(_ object: AnyObject) -> UInt { UInt(bitPattern: ObjectIdentifier(object)) }

/// Where a global was last found: an entry index in the globals or the builtins dict.
struct GlobalCacheEntry {
    var entry: Int32 = -1
    var inBuiltins = false
    /// The globals' version when a builtin was cached (a new global of that name must win).
    var globalsVersion = -1
}

/// What an attribute instruction found last time: for instance attributes, the shape and the value
/// index (and, for a store that adds the attribute, the shape after it); for methods, the class
/// and the function. Valid while no class has changed (`epoch`).
///
/// Classes and shapes are identified by address: the VM keeps every class alive, and a class keeps
/// its shapes. (Unowned references would be read with atomic retains; see ``PyObject``.)
struct AttributeCacheEntry {
    /// The address of the receiver's class (0 when unset).
    var typeKey: UInt = 0
    /// The address of the instance shape seen, compared with ``PyInstance/shapeKey`` (0 when unset).
    var shapeKey: UInt = 0
    /// The shape after a store that adds the attribute.
    var nextShape: Shape?
    var epoch = -1
    var entry: Int32 = -1
    var value: Value = .undefined
}

/// A function defined in the language.
public final class PyFunction: PyObject {
    /// The compiled body.
    public let code: CodeObject
    /// The VM's form of the code.
    public let runtime: CodeRuntime
    /// The module globals it sees.
    public let globals: PyDict
    /// `__name__`
    public var name: String
    /// `__qualname__`
    public var qualifiedName: String
    /// Default values of the last positional parameters.
    public var defaults: ContiguousArray<Value>
    /// Defaults of keyword-only parameters.
    public var keywordDefaults: PyDict?
    /// Cells of the free variables.
    public let closure: ContiguousArray<Value>
    /// `__dict__`, created on first attribute assignment.
    public var functionAttributes: PyDict?
    /// `__doc__`
    public var doc: Value
    /// `__module__`
    public var module: Value
    /// `__annotations__`, created on first access when the definition had none.
    public var annotations: PyDict?
    /// Whether a call can skip argument binding (positional parameters only, no cells).
    public let isSimple: Bool

    init(code: CodeObject, runtime: CodeRuntime, globals: PyDict, defaults: ContiguousArray<Value>,
         keywordDefaults: PyDict?, closure: ContiguousArray<Value>, module: Value) {
        self.code = code
        self.runtime = runtime
        self.globals = globals
        self.name = code.name
        self.qualifiedName = code.qualifiedName
        self.defaults = defaults
        self.keywordDefaults = keywordDefaults
        self.closure = closure
        self.doc = code.docstring.map { Value.string($0) } ?? .none
        self.module = module
        self.isSimple = code.keywordOnlyCount == 0 && !code.flags.contains(.varArgs)
            && !code.flags.contains(.varKeywords) && !code.flags.contains(.generator)
        super.init(kind: .function, type: BuiltinTypes.shared.function)
    }

    override public var attributes: PyDict? { functionAttributes }
}

/// The body of a native function.
public typealias NativeBody = (VM, Arguments) throws(PyException) -> Value

/// A function implemented in Swift: a builtin, a module function, or a method of a builtin type.
public final class PyNativeFunction: PyObject {
    /// `__name__`
    public let name: String
    /// `__qualname__`, e.g. `list.append`.
    public let qualifiedName: String
    /// The implementation.
    public let body: NativeBody
    /// Whether attribute access through an instance binds it (a method descriptor).
    public let isMethod: Bool
    /// Whether access through the class binds the class (a native class method).
    public let isClassMethod: Bool
    /// `__doc__`
    public var doc: String?

    /// Creates a native function.
    public init(name: String, qualifiedName: String? = nil, isMethod: Bool = false, isClassMethod: Bool = false,
                body: @escaping NativeBody) {
        self.name = name
        self.qualifiedName = qualifiedName ?? name
        self.body = body
        self.isMethod = isMethod
        self.isClassMethod = isClassMethod
        super.init(kind: .nativeFunction, type: BuiltinTypes.shared.builtinFunction)
    }
}

/// A function bound to an instance (`obj.method` when the method is a Python function).
public final class PyBoundMethod: PyObject {
    /// The function.
    public let function: Value
    /// The instance passed as the first argument.
    public let receiver: Value

    /// Binds `function` to `receiver`.
    public init(function: Value, receiver: Value) {
        self.function = function
        self.receiver = receiver
        super.init(kind: .boundMethod, type: BuiltinTypes.shared.method)
    }
}

/// A module: a name and its globals.
public final class PyModule: PyObject {
    /// `__name__`
    public let name: String
    /// The module's globals (its attributes).
    public let dict: PyDict

    /// Creates a module with an empty namespace holding `__name__`.
    public init(name: String, dict: PyDict = PyDict()) {
        self.name = name
        self.dict = dict
        super.init(kind: .module, type: BuiltinTypes.shared.module)
        dict.store(string: PyStr("__name__"), .string(name))
    }

    override public var attributes: PyDict? { dict }
}

/// `property`, `classmethod` and `staticmethod` objects.
public final class PyDescriptor: PyObject {
    /// The getter (property) or the wrapped function.
    public var getter: Value
    /// The setter (property only).
    public var setter: Value
    /// The deleter (property only).
    public var deleter: Value
    /// `__doc__`
    public var doc: Value
    /// The attribute name a property was assigned to (from `__set_name__`), for error messages.
    public var name: String?

    /// Creates a descriptor of the given kind (`.property`, `.classMethod` or `.staticMethod`).
    public init(kind: ObjectKind, type: PyType, getter: Value, setter: Value = .none, deleter: Value = .none, doc: Value = .none) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        self.doc = doc
        super.init(kind: kind, type: type)
    }
}

/// The object `super(cls, obj)` returns: attribute lookup starts after `cls` in `obj`'s MRO.
public final class PySuper: PyObject {
    /// The class after which lookup starts.
    public let startAfter: PyType
    /// The instance (or class, for class methods).
    public let receiver: Value
    /// The type whose MRO is searched.
    public let receiverType: PyType

    init(startAfter: PyType, receiver: Value, receiverType: PyType) {
        self.startAfter = startAfter
        self.receiver = receiver
        self.receiverType = receiverType
        super.init(kind: .superProxy, type: BuiltinTypes.shared.superType)
    }
}

/// A singleton such as `NotImplemented` or `Ellipsis`.
public final class PySingleton: PyObject {
    /// Its repr.
    public let name: String

    init(name: String, kind: ObjectKind, type: PyType) {
        self.name = name
        super.init(kind: kind, type: type)
    }
}
