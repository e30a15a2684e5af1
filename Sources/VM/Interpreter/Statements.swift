/// The runtime side of `raise`, `except`, `with` and the REPL's echo.
extension VM {
    /// `raise`, `raise X`, `raise X from Y`: the exception to throw.
    func raiseStatement(exception: Value?, cause: Value?) throws(PyException) -> PyException {
        guard let exception else {
            guard let handled = handledExceptions.last else { return raise("RuntimeError", "No active exception to reraise") }
            return PyException(reraising: handled)
        }
        let object = try exceptionInstance(exception, what: "exceptions must derive from BaseException")
        if let cause {
            if cause.isNone {
                object.cause = .none
            } else {
                object.cause = .object(try exceptionInstance(cause, what: "exception causes must derive from BaseException"))
            }
            object.suppressContext = true
        }
        return PyException(object)
    }

    /// An exception instance from an instance or a class (instantiated with no arguments).
    func exceptionInstance(_ value: Value, what message: String) throws(PyException) -> PyExceptionObject {
        guard case .object(let object) = value else { throw typeError(message) }
        if object.kind == .exception { return unsafeDowncast(object, to: PyExceptionObject.self) }
        if object.kind == .type, unsafeDowncast(object, to: PyType.self).layout == .exception {
            let created = try call(value, [])
            if case .object(let instance) = created, instance.kind == .exception {
                return unsafeDowncast(instance, to: PyExceptionObject.self)
            }
            throw typeError("calling \(try repr(value)) should have returned an instance of BaseException, not \(typeName(created))")
        }
        throw typeError(message)
    }

    /// `except T:`: whether the exception is an instance of T (a class or tuple of classes).
    func exceptionMatches(_ exception: Value, _ pattern: Value) throws(PyException) -> Bool {
        let type = typeOf(exception)
        guard case .object(let object) = pattern else {
            throw typeError("catching classes that do not inherit from BaseException is not allowed")
        }
        if object.kind == .tuple {
            for item in unsafeDowncast(object, to: PyTuple.self).items where try exceptionMatches(exception, item) { return true }
            return false
        }
        guard object.kind == .type, unsafeDowncast(object, to: PyType.self).layout == .exception else {
            throw typeError("catching classes that do not inherit from BaseException is not allowed")
        }
        return type.isSubtype(of: unsafeDowncast(object, to: PyType.self))
    }

    /// `with manager:`: puts the bound `__exit__` in `slots[0]` and `__enter__()`'s result in `slots[1]`.
    func enterContext(_ manager: Value, into slots: UnsafeMutablePointer<Value>) throws(PyException) {
        let type = typeOf(manager)
        guard let enter = type.lookup(names.enterMethod) else {
            throw typeError("'\(type.name)' object does not support the context manager protocol")
        }
        guard let exit = type.lookup(names.exitMethod) else {
            throw typeError("'\(type.name)' object does not support the context manager protocol (missed __exit__ method)")
        }
        slots[0] = try bind(exit, to: manager, type: type)
        slots[1] = try call(try bind(enter, to: manager, type: type), [])
    }

    /// The `__traceback__` of an exception, for `__exit__`'s third argument.
    func tracebackObject(_ exception: Value) -> Value {
        guard case .object(let object) = exception, object.kind == .exception else { return .none }
        let entries = unsafeDowncast(object, to: PyExceptionObject.self).traceback
        return entries.isEmpty ? .none : .object(PyTraceback(entries))
    }

    /// The REPL's echo of an expression statement: prints the repr and binds `_`.
    func displayHook(_ value: Value) throws(PyException) {
        if let hook = displayHookOverride {
            try hook(value)
            return
        }
        guard !value.isNone else { return }
        stdout.write(try repr(value) + "\n")
        builtins.store(string: intern("_"), value)
    }
}
