import Bytecode

/// What resuming a generator (or delegating to an iterator) produced.
enum ResumeResult {
    /// It yielded a value and is suspended.
    case yielded(Value)
    /// It finished with this return value.
    case returned(Value)
}

extension VM {
    /// Resumes a generator with a sent value (or with an exception thrown in at the yield).
    func resume(_ generator: PyGenerator, sending value: Value, throwing exception: PyException? = nil) throws(PyException) -> ResumeResult {
        switch generator.state {
        case .running:
            throw valueError("generator already executing")
        case .finished:
            if let exception { throw exception }
            return .returned(.none)
        case .created:
            if exception == nil && !value.isNone {
                throw typeError("can't send non-None value to a just-started generator")
            }
            if let exception {
                generator.state = .finished
                throw exception
            }
        case .suspended:
            break
        }
        // Resuming runs the generator's frame on the native stack, like a call: recursion through
        // generators (a generator body that iterates a new generator of itself) must stop here.
        if depth >= recursionLimit || nativeStackAddress() < nativeStackLimit {
            throw raise("RecursionError", "maximum recursion depth exceeded")
        }
        let function = generator.function
        let count = generator.registerCount
        let window = stackTop + 1
        let end = window + count
        try reserve(upTo: end)
        window.moveUpdate(from: generator.registers, count: count)
        generator.registers.initialize(repeating: .undefined, count: count)
        if generator.state == .suspended && exception == nil { window[generator.resumeRegister] = value }
        generator.state = .running
        depth += 1
        let savedTop = stackTop
        let savedFrame = currentFrame
        stackTop = end
        currentFrame = FrameInfo(code: function.code, globals: function.globals, registers: window)
        defer {
            depth -= 1
            stackTop = savedTop
            currentFrame = savedFrame
        }
        let context = FrameContext(code: function.code, runtime: function.runtime, function: function,
                                   globals: function.globals, generator: generator)
        let result: Value
        do throws(PyException) {
            result = try execute(context, window, pc: generator.pc, injecting: exception)
        } catch {
            generator.state = .finished
            window.update(repeating: .undefined, count: count)
            if error.object.type === BuiltinTypes.shared.exception("StopIteration") {
                let replacement = makeException(BuiltinTypes.shared.exception("RuntimeError"), [.string("generator raised StopIteration")])
                replacement.cause = .object(error.object)
                replacement.context = .object(error.object)
                throw PyException(replacement)
            }
            throw error
        }
        if generator.state == .suspended {
            generator.registers.moveUpdate(from: window, count: count)
            window.initialize(repeating: .undefined, count: count)
            return .yielded(result)
        }
        generator.state = .finished
        window.update(repeating: .undefined, count: count)
        return .returned(result)
    }

    /// One step of `yield from`: sends into a generator, or calls `next`/`send` on another iterator.
    func delegate(to iterator: Value, sending value: Value) throws(PyException) -> ResumeResult {
        if case .object(let object) = iterator, object.kind == .generator {
            return try resume(unsafeDowncast(object, to: PyGenerator.self), sending: value)
        }
        if value.isNone {
            if let item = try next(iterator) { return .yielded(item) }
            return .returned(.none)
        }
        do throws(PyException) {
            return .yielded(try callMethod(iterator, "send", [value]))
        } catch {
            if error.object.type.isSubtype(of: BuiltinTypes.shared.exception("StopIteration")) {
                return .returned(error.object.args.items.first ?? .none)
            }
            throw error
        }
    }

    /// `generator.send(value)`: the next yielded value, or StopIteration with the return value.
    func generatorSend(_ generator: PyGenerator, _ value: Value) throws(PyException) -> Value {
        switch try resume(generator, sending: value) {
        case .yielded(let item): return item
        case .returned(let result): throw stopIteration(result)
        }
    }

    /// `generator.throw(exception)`.
    func generatorThrow(_ generator: PyGenerator, _ exception: PyException) throws(PyException) -> Value {
        if generator.state == .suspended, let delegated = try throwIntoDelegate(generator, exception) {
            return delegated
        }
        switch try resume(generator, sending: .none, throwing: exception) {
        case .yielded(let item): return item
        case .returned(let result): throw stopIteration(result)
        }
    }

    /// When suspended in `yield from`, a thrown exception goes to the inner generator first.
    func throwIntoDelegate(_ generator: PyGenerator, _ exception: PyException) throws(PyException) -> Value? {
        let instruction = generator.function.runtime.instructions[generator.pc]
        guard instruction.opcode == .yieldFrom else { return nil }
        let inner = generator.registers[Int(instruction.b)]
        guard case .object(let object) = inner, object.kind == .generator else { return nil }
        let innerGenerator = unsafeDowncast(object, to: PyGenerator.self)
        do throws(PyException) {
            return try generatorThrow(innerGenerator, exception)
        } catch {
            if error.object.type.isSubtype(of: BuiltinTypes.shared.exception("StopIteration")) {
                let value = error.object.args.items.first ?? .none
                generator.registers[Int(instruction.a)] = value
                generator.pc += 1
                switch try resume(generator, sending: value) {
                case .yielded(let item): return item
                case .returned(let result): throw stopIteration(result)
                }
            }
            // The inner generator let the exception through: raise it at the `yield from`.
            generator.pc += 1
            switch try resume(generator, sending: .none, throwing: PyException(error.object)) {
            case .yielded(let item): return item
            case .returned(let result): throw stopIteration(result)
            }
        }
    }

    /// `generator.close()`: throws GeneratorExit in; a generator that yields again is an error.
    func generatorClose(_ generator: PyGenerator) throws(PyException) {
        guard generator.state == .suspended else {
            generator.state = .finished
            return
        }
        let exit = PyException(makeException(BuiltinTypes.shared.exception("GeneratorExit"), []))
        do throws(PyException) {
            if case .yielded = try resume(generator, sending: .none, throwing: exit) {
                throw raise("RuntimeError", "generator ignored GeneratorExit")
            }
        } catch {
            let type = error.object.type
            if type.isSubtype(of: BuiltinTypes.shared.exception("GeneratorExit"))
                || type.isSubtype(of: BuiltinTypes.shared.exception("StopIteration")) {
                return
            }
            throw error
        }
    }

    /// A StopIteration carrying a return value.
    func stopIteration(_ value: Value) -> PyException {
        PyException(makeException(BuiltinTypes.shared.exception("StopIteration"), value.isNone ? [] : [value]))
    }
}
