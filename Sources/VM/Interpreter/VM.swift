import Bytecode
import Support
#if canImport(Glibc)
import Glibc
#endif

/// One interpreter: its register stack, modules, builtins, handled-exception stack and output
/// streams. All state of a running program lives here (none in globals), so several VMs can run on
/// several threads; only the immutable builtin types are shared.
public final class VM {
    /// The `builtins` module's namespace.
    public let builtins: PyDict
    /// The `builtins` module.
    public let builtinsModule: PyModule
    /// Imported modules by name (`sys.modules`).
    public let modules: PyDict
    /// Native modules that can be imported, by name: each makes its module (or fails).
    public var nativeModules: [String: (VM) -> Result<PyModule, PyException>] = [:]
    /// Loads a module written in the dialect (set by the Interpreter, which can compile): the module,
    /// nil when no such module exists, or the error its code raised.
    public var moduleLoader: ((VM, String) -> Result<PyModule, PyException>?)?
    /// Standard output.
    public let stdout: OutputStream
    /// Standard error.
    public let stderr: OutputStream
    /// Reads a line from standard input (nil at end of input).
    public var readLine: () -> String? = { Swift.readLine(strippingNewline: false) }
    /// `sys.argv`
    public var argv: [String] = [""]
    /// Source texts by file name, for tracebacks.
    public var sources: [String: SourceText] = [:]
    /// `sys.path`: where dialect modules are searched.
    public var searchPath: [String] = []
    /// The file objects of the standard streams, by descriptor.
    var standardFiles: [Int: PyFile] = [:]
    /// The recursion limit (`sys.setrecursionlimit`).
    public var recursionLimit = 1000

    // MARK: Register stack
    let stackBase: UnsafeMutablePointer<Value>
    let stackCapacity: Int
    let stackEnd: UnsafeMutablePointer<Value>
    /// The first slot above the running frame's registers.
    var stackTop: UnsafeMutablePointer<Value>
    /// Slots below this have been initialized.
    var highWater: UnsafeMutablePointer<Value>
    /// Python call depth.
    var depth = 0
    /// The lowest native stack address the interpreter may use before raising RecursionError.
    var nativeStackLimit: UInt = 0

    /// The frame running now (for `globals()`, `locals()` and `dir()`).
    var currentFrame = FrameInfo()
    /// Exceptions being handled, innermost last (`sys.exc_info()`).
    var handledExceptions: [PyExceptionObject] = []
    var interned: [String: PyStr] = [:]
    /// Special method names, interned.
    public private(set) var names: SpecialNames!
    /// Set asynchronously (by SIGINT) to make the running code raise KeyboardInterrupt.
    public let interruptFlag: UnsafeMutablePointer<Int32>
    /// Back-edges and calls left before the next look at the interrupt flag and the step budget
    /// (see Attention.swift); a signal handler sets it to zero.
    public let attention: UnsafeMutablePointer<Int>
    /// What `attention` was last set to, to charge the step budget with what was used.
    var attentionRefill = VM.attentionPeriod
    /// Back-edges and calls the running code may still make; nil for no limit.
    var stepBudget: Int?
    /// Set once the step budget ran out or a timeout fired: exception handlers no longer run.
    var budgetExhausted = false
    /// How tracebacks name the sources registered under a file name, instead of `"name"`: a notebook
    /// cell's frames read `"taxi.nb.md", cell "train"`.
    public var frameLabels: [String: String] = [:]
    /// The message of the TimeoutError a watchdog's timeout request raises.
    public var timeoutMessage = "the code ran longer than its timeout"
    /// Containers whose repr is being built (to print `[...]` for self-references).
    var reprInProgress = Set<ObjectIdentifier>()
    /// The most digits `str(int)` produces (`sys.set_int_max_str_digits`).
    public var maxIntegerDigits = 4300
    /// The classes created by programs; kept alive because objects refer to their type unowned.
    var createdClasses: [PyType] = []
    var unsupportedOperation: PyType?
    /// Set when a crash request (fault injection, `ray.cancel(force=True)`) stopped the running code.
    public var crashRequested = false
    /// Functions, classes and namespaces shipped by value to or from other interpreters.
    public let definitions = DefinitionTable()
    /// Recognizes and recreates `ObjectRef`s when values are pickled (set by the bindings).
    public var objectRefHooks: ObjectRefHooks?
    var randomClass: PyType?
    /// Replaces the REPL echo (the notebook host records cell results this way).
    public var displayHookOverride: ((Value) throws(PyException) -> Void)?
    /// Files opened by the program, flushed at exit.
    var openFiles: [ObjectIdentifier: PyFile] = [:]
    /// The address of `list.append` (immortal), which the `callMethod` instruction runs inline: the
    /// commonest method call.
    var listAppendAddress: UnsafeMutableRawPointer?
    /// Payload of the next NaN that `float("nan")` creates. Floats are unboxed, so a NaN's identity is
    /// its bit pattern: giving each created NaN its own payload keeps `x is x` true and
    /// `[float("nan")] == [float("nan")]` false, as for CPython's NaN objects.
    var nextNaNPayload: UInt64 = 1

    /// Creates a VM with a stack of `stackSlots` registers.
    public init(stackSlots: Int = 1 << 22) {
        stackCapacity = stackSlots
        let bytes = stackSlots * MemoryLayout<Value>.stride
        let raw = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
        if let raw, raw != MAP_FAILED {
            stackBase = raw.bindMemory(to: Value.self, capacity: stackSlots)
        } else {
            stackBase = .allocate(capacity: stackSlots)
        }
        stackEnd = stackBase + stackSlots
        stackTop = stackBase
        highWater = stackBase
        interruptFlag = .allocate(capacity: 1)
        interruptFlag.initialize(to: 0)
        attention = .allocate(capacity: 1)
        attention.initialize(to: VM.attentionPeriod)
        stdout = OutputStream(fileDescriptor: 1)
        stderr = OutputStream(fileDescriptor: 2)
        modules = PyDict()
        BuiltinTypes.installMethodsOnce()
        builtins = PyDict()
        builtinsModule = PyModule(name: "builtins", dict: builtins)
        seedInterner()
        names = SpecialNames { [unowned self] text in self.intern(text) }
        installBuiltins()
        if case .object(let append)? = BuiltinTypes.shared.list.lookup(intern("append")) {
            listAppendAddress = Unmanaged.passUnretained(append).toOpaque()
        }
        modules.store(string: intern("builtins"), .object(builtinsModule))
        registerNativeModules()
        setNativeStackLimit()
    }

    deinit {
        interruptFlag.deallocate()
        attention.deallocate()
    }

    // MARK: - Interning

    /// The canonical `str` object for a name, so attribute and global lookups match by identity.
    public func intern(_ text: String) -> PyStr {
        if let existing = interned[text] { return existing }
        let created = PyStr(text)
        interned[text] = created
        return created
    }

    /// Makes the keys of the builtin types' dicts the canonical strings for their names.
    func seedInterner() {
        var seen = Set<ObjectIdentifier>()
        func visit(_ type: PyType) {
            guard seen.insert(ObjectIdentifier(type)).inserted else { return }
            for key in type.dict.keys { if let name = key.asString, interned[name.value] == nil { interned[name.value] = name } }
        }
        let types = BuiltinTypes.shared
        for type in [types.object, types.type, types.int, types.bool, types.float, types.str, types.list, types.tuple,
                     types.dict, types.set, types.frozenset, types.bytes, types.range, types.slice, types.function,
                     types.generator, types.property, types.module, types.textFile, types.dictKeys, types.dictValues,
                     types.dictItems] {
            visit(type)
        }
        for type in types.exceptions.values { visit(type) }
    }

    // MARK: - Stack

    /// Makes sure the slots up to `end` are initialized, or raises when the stack is exhausted.
    @inline(__always)
    func reserve(upTo end: UnsafeMutablePointer<Value>) throws(PyException) {
        if end > highWater {
            guard end <= stackEnd else { throw raise("RecursionError", "maximum recursion depth exceeded") }
            (highWater).initialize(repeating: .undefined, count: end - highWater)
            highWater = end
        }
    }

    /// Records how deep the native stack may grow on this thread before raising RecursionError:
    /// `size` bytes below the current position (the thread's stack size), keeping a safety margin.
    public func setNativeStackLimit(size: Int? = nil) {
        var limit = rlimit()
        getrlimit(__rlimit_resource_t(RLIMIT_STACK.rawValue), &limit)
        let available = size ?? Int(min(limit.rlim_cur, 8 * 1024 * 1024))
        let margin = min(available / 4, 512 * 1024)
        nativeStackLimit = nativeStackAddress() - UInt(max(available - margin, 64 * 1024))
    }

    /// The approximate current native stack address.
    @inline(__always)
    func nativeStackAddress() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }

    // MARK: - Classes

    /// Keeps a class created by the program alive for as long as the VM.
    public func retainClass(_ type: PyType) {
        createdClasses.append(type)
    }

    /// Flushes output and every file the program left open.
    public func flushAll() {
        for file in openFiles.values { file.flush() }
        stdout.flush()
        stderr.flush()
    }
}

/// A buffered output stream on a file descriptor, or into a capture buffer (for notebooks and tests).
public final class OutputStream {
    let fileDescriptor: Int32
    var buffer: [UInt8] = []
    /// When set, text goes here instead of the file descriptor.
    public var capture: ((String) -> Void)?
    /// Whether writes are flushed at each line end (a terminal).
    public var lineBuffered: Bool

    init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
        self.lineBuffered = isatty(fileDescriptor) != 0 || fileDescriptor == 2
        buffer.reserveCapacity(8192)
    }

    /// Writes text.
    public func write(_ text: String) {
        if let capture {
            capture(text)
            return
        }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 8192 || (lineBuffered && text.utf8.contains(10)) { flush() }
    }

    /// Writes buffered bytes to the descriptor.
    public func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(fileDescriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
