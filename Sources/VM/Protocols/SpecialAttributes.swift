/// Attributes that builtin objects have without a dict entry: `__class__`, `__dict__`, `__name__`,
/// a function's `__defaults__`, an exception's `args`, a range's `start`, ...
extension VM {
    func specialAttribute(_ heap: PyObject, _ name: String) throws(PyException) -> Value? {
        if name == "__class__" { return .object(heap.type) }
        if name == "__dict__", let dict = heap.attributes { return .object(dict) }
        switch heap.kind {
        case .type: return typeSpecialAttribute(unsafeDowncast(heap, to: PyType.self), name)
        case .function: return functionSpecialAttribute(unsafeDowncast(heap, to: PyFunction.self), name)
        case .nativeFunction:
            let native = unsafeDowncast(heap, to: PyNativeFunction.self)
            switch name {
            case "__name__": return .string(native.name)
            case "__qualname__": return .string(native.qualifiedName)
            case "__doc__": return native.doc.map { Value.string($0) } ?? .none
            case "__module__": return .none
            default: return nil
            }
        case .boundMethod:
            let method = unsafeDowncast(heap, to: PyBoundMethod.self)
            switch name {
            case "__self__": return method.receiver
            case "__func__": return method.function
            default: return try lookupAttribute(method.function, intern(name))
            }
        case .module:
            let module = unsafeDowncast(heap, to: PyModule.self)
            return name == "__dict__" ? .object(module.dict) : nil
        case .exception: return exceptionSpecialAttribute(unsafeDowncast(heap, to: PyExceptionObject.self), name)
        case .range:
            let range = unsafeDowncast(heap, to: PyRange.self)
            if let big = range.big {
                switch name {
                case "start": return Integers.value(big.start)
                case "stop": return Integers.value(big.stop)
                case "step": return Integers.value(big.step)
                default: return nil
                }
            }
            switch name {
            case "start": return .int(range.start)
            case "stop": return .int(range.stop)
            case "step": return .int(range.step)
            default: return nil
            }
        case .slice:
            let slice = unsafeDowncast(heap, to: PySlice.self)
            switch name {
            case "start": return slice.start
            case "stop": return slice.stop
            case "step": return slice.step
            default: return nil
            }
        case .cell: return name == "cell_contents" ? unsafeDowncast(heap, to: PyCell.self).value : nil
        case .property, .classMethod, .staticMethod:
            let descriptor = unsafeDowncast(heap, to: PyDescriptor.self)
            switch name {
            case "fget", "__func__", "__wrapped__": return descriptor.getter
            case "fset": return descriptor.setter
            case "fdel": return descriptor.deleter
            case "__doc__": return descriptor.doc
            case "__isabstractmethod__": return .bool(false)
            default: return heap.kind == .property ? nil : try lookupAttribute(descriptor.getter, intern(name))
            }
        case .generator:
            let generator = unsafeDowncast(heap, to: PyGenerator.self)
            switch name {
            case "__name__": return .string(generator.name)
            case "__qualname__": return .string(generator.qualifiedName)
            case "gi_running": return .bool(generator.state == .running)
            default: return nil
            }
        case .file: return fileSpecialAttribute(unsafeDowncast(heap, to: PyFile.self), name)
        case .long:
            switch name {
            case "real", "numerator": return .object(heap)
            case "imag": return .int(0)
            case "denominator": return .int(1)
            default: return nil
            }
        case .instance:
            return name == "__doc__" ? (heap.type.lookup(names.docMethod) ?? .none) : nil
        default:
            return name == "__doc__" ? (heap.type.lookup(names.docMethod) ?? .none) : nil
        }
    }

    func typeSpecialAttribute(_ type: PyType, _ name: String) -> Value? {
        switch name {
        case "__name__": return .string(type.name)
        case "__qualname__": return .string(type.qualifiedName)
        case "__module__": return .string(type.moduleName)
        case "__bases__": return .object(PyTuple(type.bases.map { Value.object($0) }))
        case "__base__": return type.bases.first.map { Value.object($0) } ?? .none
        case "__mro__": return .object(PyTuple(type.mro.map { Value.object($0) }))
        case "__dict__": return .object(type.dict.copy())
        case "__doc__": return type.dict.lookup(string: names.docMethod) ?? .none
        case "__class__": return .object(type.type)
        default: return nil
        }
    }

    func functionSpecialAttribute(_ function: PyFunction, _ name: String) -> Value? {
        switch name {
        case "__name__": return .string(function.name)
        case "__qualname__": return .string(function.qualifiedName)
        case "__doc__": return function.doc
        case "__module__": return function.module
        case "__defaults__": return function.defaults.isEmpty ? .none : .object(PyTuple(function.defaults))
        case "__kwdefaults__": return function.keywordDefaults.map { Value.object($0) } ?? .none
        case "__globals__": return .object(function.globals)
        case "__closure__": return function.closure.isEmpty ? .none : .object(PyTuple(function.closure))
        case "__annotations__":
            let annotations = function.annotations ?? PyDict()
            function.annotations = annotations
            return .object(annotations)
        case "__dict__":
            if function.functionAttributes == nil { function.functionAttributes = PyDict() }
            return .object(function.functionAttributes!)
        default:
            return function.functionAttributes?.lookup(string: intern(name))
        }
    }

    func exceptionSpecialAttribute(_ exception: PyExceptionObject, _ name: String) -> Value? {
        switch name {
        case "args": return .object(exception.args)
        case "__cause__": return exception.cause
        case "__context__": return exception.context
        case "__suppress_context__": return .bool(exception.suppressContext)
        case "__traceback__": return exception.traceback.isEmpty ? .none : .object(PyTraceback(exception.traceback))
        default: return nil
        }
    }

    /// Assigns `args`, `__cause__`, `__context__` or `__suppress_context__`; false for other names.
    func setExceptionAttribute(_ exception: PyExceptionObject, _ name: String, _ value: Value) throws(PyException) -> Bool {
        switch name {
        case "args":
            exception.args = PyTuple(try collect(value))
        case "__cause__":
            exception.cause = value
            exception.suppressContext = true
        case "__context__":
            exception.context = value
        case "__suppress_context__":
            exception.suppressContext = try isTrue(value)
        case "__traceback__":
            exception.traceback = (value.asObject as? PyTraceback)?.entries ?? []
        default:
            return false
        }
        return true
    }
}

/// A traceback object: the frames an exception went through (`e.__traceback__`).
public final class PyTraceback: PyObject {
    /// The entries, innermost first.
    public let entries: [TracebackEntry]

    init(_ entries: [TracebackEntry]) {
        self.entries = entries
        super.init(kind: .native, type: BuiltinTypes.shared.object)
    }
}
