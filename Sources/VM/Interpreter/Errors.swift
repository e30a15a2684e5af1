/// Creating Python exceptions from Swift, with CPython's messages.
extension VM {
    /// A new exception of a builtin class with a message.
    public func raise(_ typeName: String, _ message: String) -> PyException {
        PyException(makeException(BuiltinTypes.shared.exception(typeName), [.string(message)]))
    }

    /// A new exception of a builtin class with no arguments.
    public func raise(_ typeName: String) -> PyException {
        PyException(makeException(BuiltinTypes.shared.exception(typeName), []))
    }

    /// An exception object of `type` with `args`.
    public func makeException(_ type: PyType, _ args: [Value]) -> PyExceptionObject {
        let exception = PyExceptionObject(type: type, args: args.isEmpty ? PyTuple.empty : PyTuple(args))
        if type.isSubtype(of: BuiltinTypes.shared.exception("StopIteration")) {
            exception.dict.store(string: intern("value"), args.first ?? .none)
        }
        return exception
    }

    /// `TypeError(message)`
    public func typeError(_ message: String) -> PyException { raise("TypeError", message) }
    /// `ValueError(message)`
    public func valueError(_ message: String) -> PyException { raise("ValueError", message) }

    /// `KeyError(key)`
    public func keyError(_ key: Value) -> PyException {
        PyException(makeException(BuiltinTypes.shared.exception("KeyError"), [key]))
    }

    /// `AttributeError` for a missing attribute, worded as CPython does for objects, types and modules.
    @inline(never)
    func attributeError(_ object: Value, _ name: String) -> PyException {
        if case .object(let heap) = object {
            if heap.kind == .type {
                let type = unsafeDowncast(heap, to: PyType.self)
                return raise("AttributeError", "type object '\(type.name)' has no attribute '\(name)'")
            }
            if heap.kind == .module {
                let module = unsafeDowncast(heap, to: PyModule.self)
                return raise("AttributeError", "module '\(module.name)' has no attribute '\(name)'")
            }
        }
        return raise("AttributeError", "'\(typeName(object))' object has no attribute '\(name)'")
    }

    /// The Python type of any value.
    @inline(__always)
    public func typeOf(_ value: Value) -> PyType {
        let types = BuiltinTypes.shared
        switch value {
        case .none: return types.noneType
        case .bool: return types.bool
        case .int: return types.int
        case .float: return types.float
        case .object(let object): return object.type
        case .undefined: return types.noneType
        }
    }

    /// The name of a value's type, for messages.
    public func typeName(_ value: Value) -> String { typeOf(value).name }
}
