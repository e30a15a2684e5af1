import Bytecode

/// What a running frame needs besides its registers.
///
/// The references are strong: making a frame costs a few non-atomic retains, while unowned
/// references would cost an atomic retain at every read (see ``PyObject``).
struct FrameContext {
    let code: CodeObject
    let runtime: CodeRuntime
    let function: PyFunction?
    let globals: PyDict
    let generator: PyGenerator?
}

/// The running frame as builtins that inspect it see it.
struct FrameInfo {
    unowned(unsafe) var code: CodeObject?
    unowned(unsafe) var globals: PyDict?
    var registers: UnsafeMutablePointer<Value>?
}

extension VM {
    // MARK: - Frames

    /// Runs a frame from `startPC` until it returns (or, in a generator, yields), dispatching raised
    /// exceptions to the handlers of the code's exception table.
    func execute(_ context: FrameContext, _ registers: UnsafeMutablePointer<Value>, pc startPC: Int,
                 injecting initial: PyException? = nil) throws(PyException) -> Value {
        var pc = startPC
        var pending = initial
        while true {
            do throws(PyException) {
                if let exception = pending {
                    pending = nil
                    throw exception
                }
                return try dispatch(context, registers, &pc)
            } catch {
                pc = try handle(error, context, registers, pc: pc)
            }
        }
    }

    /// Records the frame in the exception's traceback and finds the handler for the instruction
    /// that raised; rethrows when there is none.
    @inline(never)
    func handle(_ error: PyException, _ context: FrameContext, _ registers: UnsafeMutablePointer<Value>,
                pc: Int) throws(PyException) -> Int {
        let exception = error.object
        if !error.isReraise {
            exception.traceback.append(TracebackEntry(code: context.code, line: context.code.line(at: pc - 1)))
            if let handled = handledExceptions.last, handled !== exception, exception.context.isNone {
                exception.context = .object(handled)
            }
        }
        guard !budgetExhausted, let handler = context.code.handler(at: pc - 1) else { throw PyException(exception) }
        registers[Int(handler.register)] = .object(exception)
        return handler.handler
    }

    // MARK: - The dispatch loop

    @inline(__always)
    func dispatch(_ context: FrameContext, _ regs: UnsafeMutablePointer<Value>, _ pc: inout Int) throws(PyException) -> Value {
        let runtime = context.runtime
        let instructions = runtime.instructions
        let constants = runtime.constants
        let globals = context.globals
        while true {
            let ins = instructions[pc]
            pc &+= 1
            let a = Int(ins.a)
            switch ins.opcode {
            case .nop:
                break
            case .move:
                regs[a] = regs[Int(ins.b)]
            case .loadConst:
                regs[a] = constants[ins.wide]
            case .checkBound:
                if regs[a].isUndefined { throw unboundLocal(context.code, a) }
            case .deleteLocal:
                if regs[a].isUndefined { throw unboundLocal(context.code, a) }
                regs[a] = .undefined

            // MARK: Globals, names and cells
            case .loadGlobal:
                regs[a] = try loadGlobal(runtime, globals, name: Int(ins.b), slot: Int(ins.c))
            case .storeGlobal:
                globals.store(string: runtime.names[Int(ins.b)], regs[a])
            case .deleteGlobal:
                let name = runtime.names[Int(ins.b)]
                if try globals.remove(.object(name), self) == nil {
                    throw raise("NameError", "name '\(name.value)' is not defined")
                }
            case .loadName:
                regs[a] = try loadName(runtime.names[Int(ins.b)], namespace: regs[Int(ins.c)], globals: globals)
            case .storeName:
                try storeName(runtime.names[Int(ins.b)], regs[a], namespace: regs[Int(ins.c)])
            case .deleteName:
                try deleteName(runtime.names[Int(ins.b)], namespace: regs[Int(ins.c)])
            case .makeCell:
                regs[a] = .object(PyCell(regs[a]))
            case .loadDeref:
                let cell = unsafeDowncast(regs[Int(ins.b)].asObject!, to: PyCell.self)
                let value = cell.value
                if value.isUndefined { throw unboundCell(context.code, register: Int(ins.b), name: runtime.names[Int(ins.c)].value) }
                regs[a] = value
            case .storeDeref:
                unsafeDowncast(regs[Int(ins.b)].asObject!, to: PyCell.self).value = regs[a]
            case .deleteDeref:
                let cell = unsafeDowncast(regs[Int(ins.b)].asObject!, to: PyCell.self)
                if cell.value.isUndefined { throw unboundCell(context.code, register: Int(ins.b), name: runtime.names[Int(ins.c)].value) }
                cell.value = .undefined
            case .copyFreeVars:
                if let closure = context.function?.closure {
                    for index in 0..<min(Int(ins.b), closure.count) { regs[a + index] = closure[index] }
                }

            // MARK: Attributes and items
            case .loadAttr:
                let cache = runtime.attributeCache + (pc - 1)
                if let peeked = (regs + Int(ins.b)).peekObject() {
                    let hit: Value? = peeked._withUnsafeGuaranteedRef { heap in
                        guard heap.kind == .instance else { return nil }
                        let instance = unsafeDowncast(heap, to: PyInstance.self)
                        guard instance.shapeKey == cache.pointee.shapeKey, cache.pointee.epoch == BuiltinTypes.typeEpoch else { return nil }
                        return instance.value(at: Int(cache.pointee.entry))
                    }
                    if let hit {
                        regs[a] = hit
                        continue
                    }
                }
                regs[a] = try loadAttributeCached(regs[Int(ins.b)], runtime.names[Int(ins.c)], cache: cache)
            case .storeAttr:
                let cache = runtime.attributeCache + (pc - 1)
                if let peeked = (regs + a).peekObject() {
                    let value = regs[Int(ins.c)]
                    let stored: Bool = peeked._withUnsafeGuaranteedRef { heap in
                        guard heap.kind == .instance else { return false }
                        let instance = unsafeDowncast(heap, to: PyInstance.self)
                        guard instance.shapeKey == cache.pointee.shapeKey, cache.pointee.epoch == BuiltinTypes.typeEpoch else { return false }
                        if let next = cache.pointee.nextShape {
                            instance.shape = next
                            instance.appendValue(value)
                        } else {
                            instance.setValue(value, at: Int(cache.pointee.entry))
                        }
                        return true
                    }
                    if stored { continue }
                }
                try storeAttributeCached(regs[a], runtime.names[Int(ins.b)], regs[Int(ins.c)], cache: cache)
            case .deleteAttr:
                try deleteAttribute(regs[a], runtime.names[Int(ins.b)])
            case .loadMethod:
                try loadMethod(regs[Int(ins.b)], runtime.names[Int(ins.c)], into: regs + a, cache: runtime.attributeCache + (pc - 1))
            case .loadSubscript:
                regs[a] = try subscriptFast(regs[Int(ins.b)], regs[Int(ins.c)])
            case .storeSubscript:
                try storeSubscriptFast(regs[a], regs[Int(ins.b)], regs[Int(ins.c)])
            case .deleteSubscript:
                try deleteItem(regs[a], regs[Int(ins.b)])
            case .buildSlice:
                let base = Int(ins.b)
                regs[a] = .object(PySlice(start: regs[base], stop: regs[base + 1], step: ins.c == 3 ? regs[base + 2] : .none))

            // MARK: Arithmetic
            case .add:
                if case .int(let x) = regs[Int(ins.b)], case .int(let y) = regs[Int(ins.c)] {
                    let (result, overflow) = x.addingReportingOverflow(y)
                    if !overflow { regs[a] = .int(result); continue }
                } else if case .float(let x) = regs[Int(ins.b)], case .float(let y) = regs[Int(ins.c)] {
                    regs[a] = .float(x + y)
                    continue
                } else if let left = regs[Int(ins.b)].asString, let right = regs[Int(ins.c)].asString,
                          left.type.isBuiltin && right.type.isBuiltin {
                    regs[a] = .object(PyStr(StringBuilding.concatenate(left.value, right.value),
                                            ascii: left.isASCII && right.isASCII))
                    continue
                }
                regs[a] = try binary(.add, regs[Int(ins.b)], regs[Int(ins.c)], inPlace: ins.x != 0)
            case .subtract:
                if case .int(let x) = regs[Int(ins.b)], case .int(let y) = regs[Int(ins.c)] {
                    let (result, overflow) = x.subtractingReportingOverflow(y)
                    if !overflow { regs[a] = .int(result); continue }
                } else if case .float(let x) = regs[Int(ins.b)], case .float(let y) = regs[Int(ins.c)] {
                    regs[a] = .float(x - y)
                    continue
                }
                regs[a] = try binary(.subtract, regs[Int(ins.b)], regs[Int(ins.c)], inPlace: ins.x != 0)
            case .multiply:
                if case .int(let x) = regs[Int(ins.b)], case .int(let y) = regs[Int(ins.c)] {
                    let (result, overflow) = x.multipliedReportingOverflow(by: y)
                    if !overflow { regs[a] = .int(result); continue }
                } else if case .float(let x) = regs[Int(ins.b)], case .float(let y) = regs[Int(ins.c)] {
                    regs[a] = .float(x * y)
                    continue
                }
                regs[a] = try binary(.multiply, regs[Int(ins.b)], regs[Int(ins.c)], inPlace: ins.x != 0)
            case .modulo:
                if case .int(let x) = regs[Int(ins.b)], case .int(let y) = regs[Int(ins.c)], y > 0, x >= 0 {
                    regs[a] = .int(x % y)
                    continue
                }
                regs[a] = try binary(.modulo, regs[Int(ins.b)], regs[Int(ins.c)], inPlace: ins.x != 0)
            case .floorDivide:
                if case .int(let x) = regs[Int(ins.b)], case .int(let y) = regs[Int(ins.c)], y > 0, x >= 0 {
                    regs[a] = .int(x / y)
                    continue
                }
                regs[a] = try binary(.floorDivide, regs[Int(ins.b)], regs[Int(ins.c)], inPlace: ins.x != 0)
            case .trueDivide:
                regs[a] = try binary(.trueDivide, regs[Int(ins.b)], regs[Int(ins.c)], inPlace: ins.x != 0)
            case .power:
                regs[a] = try binary(.power, regs[Int(ins.b)], regs[Int(ins.c)], inPlace: ins.x != 0)
            case .matrixMultiply:
                regs[a] = try binary(.matrixMultiply, regs[Int(ins.b)], regs[Int(ins.c)], inPlace: ins.x != 0)
            case .leftShift:
                regs[a] = try binary(.leftShift, regs[Int(ins.b)], regs[Int(ins.c)], inPlace: ins.x != 0)
            case .rightShift:
                regs[a] = try binary(.rightShift, regs[Int(ins.b)], regs[Int(ins.c)], inPlace: ins.x != 0)
            case .bitAnd:
                if case .int(let x) = regs[Int(ins.b)], case .int(let y) = regs[Int(ins.c)] { regs[a] = .int(x & y); continue }
                regs[a] = try binary(.bitAnd, regs[Int(ins.b)], regs[Int(ins.c)], inPlace: ins.x != 0)
            case .bitOr:
                if case .int(let x) = regs[Int(ins.b)], case .int(let y) = regs[Int(ins.c)] { regs[a] = .int(x | y); continue }
                regs[a] = try binary(.bitOr, regs[Int(ins.b)], regs[Int(ins.c)], inPlace: ins.x != 0)
            case .bitXor:
                if case .int(let x) = regs[Int(ins.b)], case .int(let y) = regs[Int(ins.c)] { regs[a] = .int(x ^ y); continue }
                regs[a] = try binary(.bitXor, regs[Int(ins.b)], regs[Int(ins.c)], inPlace: ins.x != 0)
            case .addImmediate:
                if case .int(let x) = regs[Int(ins.b)] {
                    let (result, overflow) = x.addingReportingOverflow(ins.immediate)
                    if !overflow { regs[a] = .int(result); continue }
                }
                regs[a] = try binary(.add, regs[Int(ins.b)], .int(ins.immediate), inPlace: ins.x != 0)
            case .subtractImmediate:
                if case .int(let x) = regs[Int(ins.b)] {
                    let (result, overflow) = x.subtractingReportingOverflow(ins.immediate)
                    if !overflow { regs[a] = .int(result); continue }
                }
                regs[a] = try binary(.subtract, regs[Int(ins.b)], .int(ins.immediate), inPlace: ins.x != 0)
            case .negate:
                if case .int(let x) = regs[Int(ins.b)], x != Int.min { regs[a] = .int(-x); continue }
                regs[a] = try unary(.negate, regs[Int(ins.b)])
            case .positive:
                regs[a] = try unary(.positive, regs[Int(ins.b)])
            case .invert:
                regs[a] = try unary(.invert, regs[Int(ins.b)])
            case .not:
                regs[a] = .bool(!(try isTrue(regs[Int(ins.b)])))

            // MARK: Comparisons
            case .less:
                if case .int(let x) = regs[Int(ins.b)], case .int(let y) = regs[Int(ins.c)] { regs[a] = .bool(x < y); continue }
                regs[a] = try compare(.less, regs[Int(ins.b)], regs[Int(ins.c)])
            case .lessEqual:
                if case .int(let x) = regs[Int(ins.b)], case .int(let y) = regs[Int(ins.c)] { regs[a] = .bool(x <= y); continue }
                regs[a] = try compare(.lessEqual, regs[Int(ins.b)], regs[Int(ins.c)])
            case .greater:
                if case .int(let x) = regs[Int(ins.b)], case .int(let y) = regs[Int(ins.c)] { regs[a] = .bool(x > y); continue }
                regs[a] = try compare(.greater, regs[Int(ins.b)], regs[Int(ins.c)])
            case .greaterEqual:
                if case .int(let x) = regs[Int(ins.b)], case .int(let y) = regs[Int(ins.c)] { regs[a] = .bool(x >= y); continue }
                regs[a] = try compare(.greaterEqual, regs[Int(ins.b)], regs[Int(ins.c)])
            case .equal:
                if case .int(let x) = regs[Int(ins.b)], case .int(let y) = regs[Int(ins.c)] { regs[a] = .bool(x == y); continue }
                regs[a] = try compare(.equal, regs[Int(ins.b)], regs[Int(ins.c)])
            case .notEqual:
                if case .int(let x) = regs[Int(ins.b)], case .int(let y) = regs[Int(ins.c)] { regs[a] = .bool(x != y); continue }
                regs[a] = try compare(.notEqual, regs[Int(ins.b)], regs[Int(ins.c)])
            case .is:
                regs[a] = .bool(isIdentical(regs[Int(ins.b)], regs[Int(ins.c)]))
            case .isNot:
                regs[a] = .bool(!isIdentical(regs[Int(ins.b)], regs[Int(ins.c)]))
            case .contains:
                regs[a] = .bool(try contains(regs[Int(ins.c)], regs[Int(ins.b)]))
            case .notContains:
                regs[a] = .bool(!(try contains(regs[Int(ins.c)], regs[Int(ins.b)])))
            case .lessImmediate:
                if case .int(let x) = regs[Int(ins.b)] { regs[a] = .bool(x < ins.immediate); continue }
                regs[a] = try compare(.less, regs[Int(ins.b)], .int(ins.immediate))

            // MARK: Control flow
            case .jump:
                let target = ins.wide
                if target < pc {
                    attention.pointee &-= 1
                    if attention.pointee <= 0 { try serviceAttention() }
                }
                pc = target
            case .jumpIfFalse:
                let value = regs[a]
                let taken: Bool
                if case .bool(let flag) = value { taken = !flag } else { taken = !(try isTrue(value)) }
                if taken {
                    // A backward conditional jump closes a `while` loop: a back-edge like `jump`'s.
                    if ins.wide < pc {
                        attention.pointee &-= 1
                        if attention.pointee <= 0 { try serviceAttention() }
                    }
                    pc = ins.wide
                }
            case .jumpIfTrue:
                let value = regs[a]
                let taken: Bool
                if case .bool(let flag) = value { taken = flag } else { taken = try isTrue(value) }
                if taken {
                    if ins.wide < pc {
                        attention.pointee &-= 1
                        if attention.pointee <= 0 { try serviceAttention() }
                    }
                    pc = ins.wide
                }
            case .jumpIfNotLess:
                let taken: Bool
                if case .int(let x) = regs[a], case .int(let y) = regs[Int(ins.b)] {
                    taken = !(x < y)
                } else {
                    taken = !(try isTrue(try compare(.less, regs[a], regs[Int(ins.b)])))
                }
                if taken {
                    if ins.target24 < pc {
                        attention.pointee &-= 1
                        if attention.pointee <= 0 { try serviceAttention() }
                    }
                    pc = ins.target24
                }
            case .getIterator:
                regs[a] = try getIterator(regs[Int(ins.b)])
            case .forIterate:
                if let peeked = (regs + a).peekObject() {
                    let step: Value?? = peeked._withUnsafeGuaranteedRef { heap in
                        guard heap.kind == .iterator else { return .none }
                        let iterator = unsafeDowncast(heap, to: PyIterator.self)
                        if iterator.variant == .range {
                            if iterator.limit <= 0 { return .some(nil) }
                            let value = iterator.index
                            iterator.index &+= iterator.step
                            iterator.limit -= 1
                            return .some(.int(value))
                        }
                        return .none
                    }
                    if let step {
                        if let item = step { regs[Int(ins.b)] = item } else { pc = ins.target24 }
                        continue
                    }
                }
                if let item = try forIterateNext(regs[a]) {
                    regs[Int(ins.b)] = item
                } else {
                    pc = ins.target24
                }
            case .returnValue:
                return regs[a]
            case .yieldValue:
                let generator = context.generator!
                generator.pc = pc
                generator.resumeRegister = a
                generator.state = .suspended
                return regs[Int(ins.b)]
            case .yieldFrom:
                switch try delegate(to: regs[Int(ins.b)], sending: regs[a]) {
                case .yielded(let value):
                    let generator = context.generator!
                    generator.pc = pc - 1
                    generator.resumeRegister = a
                    generator.state = .suspended
                    return value
                case .returned(let value):
                    regs[a] = value
                }

            // MARK: Calls and definitions
            case .call:
                let base = regs + a
                let callee = base.pointee
                base.pointee = try call(callee, arguments: base + 1, count: Int(ins.b),
                                        keywordNames: ins.c == Instruction.none ? nil : keywordNames(constants, ins.c))
            case .callMethod:
                let base = regs + a
                if ins.b == 1, ins.c == Instruction.none, let function = base.peekObject(),
                   function.toOpaque() == listAppendAddress, let receiver = (base + 1).peekObject() {
                    let appended: Bool = receiver._withUnsafeGuaranteedRef { object in
                        guard object.kind == .list else { return false }
                        unsafeDowncast(object, to: PyList.self).items.append(base[2])
                        return true
                    }
                    if appended {
                        base.pointee = .none
                        continue
                    }
                }
                let callee = base.pointee
                let names = ins.c == Instruction.none ? nil : keywordNames(constants, ins.c)
                if base[1].isUndefined {
                    base.pointee = try call(callee, arguments: base + 2, count: Int(ins.b), keywordNames: names)
                } else {
                    base.pointee = try call(callee, arguments: base + 1, count: Int(ins.b) + 1, keywordNames: names)
                }
            case .callEx:
                regs[a] = try callUnpacked(regs[a], regs[Int(ins.b)], ins.c == Instruction.none ? nil : regs[Int(ins.c)])
            case .makeFunction:
                regs[a] = try makeFunction(context, constant: Int(ins.b), extras: regs + Int(ins.c), flags: ins.x)
            case .buildClass:
                regs[a] = try buildClass(regs + a, count: Int(ins.b),
                                         keywordNames: ins.c == Instruction.none ? nil : keywordNames(constants, ins.c),
                                         globals: globals)
            case .beforeWith:
                try enterContext(regs[Int(ins.b)], into: regs + a)

            // MARK: Containers
            case .buildTuple:
                regs[a] = .object(PyTuple(ContiguousArray(UnsafeBufferPointer(start: regs + Int(ins.b), count: Int(ins.c)))))
            case .buildList:
                regs[a] = .object(PyList(ContiguousArray(UnsafeBufferPointer(start: regs + Int(ins.b), count: Int(ins.c)))))
            case .buildSet:
                let set = PySet()
                for index in 0..<Int(ins.c) { try set.add(regs[Int(ins.b) + index], self) }
                regs[a] = .object(set)
            case .buildMap:
                let dict = PyDict()
                let base = Int(ins.b)
                for index in 0..<Int(ins.c) { try dict.store(regs[base + 2 * index], regs[base + 2 * index + 1], self) }
                regs[a] = .object(dict)
            case .buildString:
                regs[a] = StringBuilding.concatenatedString(registers: regs + Int(ins.b), count: Int(ins.c))
            case .formatValue:
                regs[a] = try formatField(regs[Int(ins.b)], conversion: ins.x,
                                          spec: ins.c == Instruction.none ? nil : regs[Int(ins.c)])
            case .listAppend:
                unsafeDowncast(regs[a].asObject!, to: PyList.self).items.append(regs[Int(ins.b)])
            case .setAdd:
                try unsafeDowncast(regs[a].asObject!, to: PySet.self).add(regs[Int(ins.b)], self)
            case .mapAdd:
                try unsafeDowncast(regs[a].asObject!, to: PyDict.self).store(regs[Int(ins.b)], regs[Int(ins.c)], self)
            case .listExtend:
                if (try? getIterator(regs[Int(ins.b)])) == nil {
                    if ins.x == 1 {
                        throw typeError("\(functionName(regs[Int(ins.c)], qualified: true)) argument after * must be an iterable, not \(typeName(regs[Int(ins.b)]))")
                    }
                    throw typeError("Value after * must be an iterable, not \(typeName(regs[Int(ins.b)]))")
                }
                try listExtend(unsafeDowncast(regs[a].asObject!, to: PyList.self), regs[Int(ins.b)])
            case .setUpdate:
                if (try? getIterator(regs[Int(ins.b)])) == nil {
                    throw typeError("Value after * must be an iterable, not \(typeName(regs[Int(ins.b)]))")
                }
                try setUpdate(unsafeDowncast(regs[a].asObject!, to: PySet.self), regs[Int(ins.b)])
            case .dictUpdate:
                if ins.x == 1, case let source = regs[Int(ins.b)], !(source.asObject.map { $0.kind == .dict || $0.type.lookup(intern("keys")) != nil } ?? false) {
                    throw typeError("'\(typeName(source))' object is not a mapping")
                }
                try dictUpdate(unsafeDowncast(regs[a].asObject!, to: PyDict.self), regs[Int(ins.b)])
            case .dictMerge:
                try dictMerge(unsafeDowncast(regs[a].asObject!, to: PyDict.self), regs[Int(ins.b)], callee: regs[Int(ins.c)])
            case .listToTuple:
                regs[a] = .object(PyTuple(unsafeDowncast(regs[Int(ins.b)].asObject!, to: PyList.self).items))
            case .unpackSequence:
                try unpack(regs[Int(ins.b)], into: regs + a, count: Int(ins.c))
            case .unpackStarred:
                try unpackStarred(regs[Int(ins.b)], into: regs + a, before: Int(ins.c) & 0xFF, after: Int(ins.c) >> 8)

            // MARK: Exceptions
            case .raise:
                throw try raiseStatement(exception: ins.a == Instruction.none ? nil : regs[a],
                                         cause: ins.b == Instruction.none ? nil : regs[Int(ins.b)])
            case .reraise:
                throw PyException(reraising: unsafeDowncast(regs[a].asObject!, to: PyExceptionObject.self))
            case .raiseAssertion:
                let type = BuiltinTypes.shared.exception("AssertionError")
                throw PyException(makeException(type, ins.a == Instruction.none ? [] : [regs[a]]))
            case .pushExceptionInfo:
                handledExceptions.append(unsafeDowncast(regs[a].asObject!, to: PyExceptionObject.self))
            case .popException:
                if !handledExceptions.isEmpty { handledExceptions.removeLast() }
            case .checkExceptionMatch:
                regs[a] = .bool(try exceptionMatches(regs[Int(ins.b)], regs[Int(ins.c)]))
            case .exceptionType:
                regs[a] = ins.x == 0 ? .object(typeOf(regs[Int(ins.b)])) : tracebackObject(regs[Int(ins.b)])

            // MARK: Imports and the REPL
            case .importName:
                regs[a] = try importStatement(runtime.names[Int(ins.b)].value,
                                              fromList: ins.c == Instruction.none ? nil : constants[Int(ins.c)],
                                              level: Int(ins.x & 0x7F), leaf: ins.x & 0x80 != 0, globals: globals)
            case .importFrom:
                regs[a] = try importFrom(regs[Int(ins.b)], runtime.names[Int(ins.c)])
            case .importStar:
                try importStar(regs[a], into: globals)
            case .printExpression:
                try displayHook(regs[a])
            }
        }
    }

    @inline(__always)
    func keywordNames(_ constants: UnsafeMutablePointer<Value>, _ index: UInt16) -> PyTuple {
        unsafeDowncast(constants[Int(index)].asObject!, to: PyTuple.self)
    }

    // MARK: - Cold paths of the loop

    @inline(never)
    func unboundLocal(_ code: CodeObject, _ register: Int) -> PyException {
        let name = register < code.localNames.count ? code.localNames[register] : "?"
        return raise("UnboundLocalError", "cannot access local variable '\(name)' where it is not associated with a value")
    }

    @inline(never)
    func unboundCell(_ code: CodeObject, register: Int, name: String) -> PyException {
        if register >= code.freeRegister {
            return raise("NameError", "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
        }
        return raise("UnboundLocalError", "cannot access local variable '\(name)' where it is not associated with a value")
    }


    @inline(__always)
    func loadGlobal(_ runtime: CodeRuntime, _ globals: PyDict, name index: Int, slot: Int) throws(PyException) -> Value {
        let cache = runtime.globalCache + slot
        let name = runtime.names[index]
        let entry = Int(cache.pointee.entry)
        if entry >= 0 {
            if !cache.pointee.inBuiltins {
                if let value = globals.value(atEntry: entry, ifKeyIs: name) { return value }
            } else if cache.pointee.globalsVersion == globals.version, let value = builtins.value(atEntry: entry, ifKeyIs: name) {
                return value
            }
        }
        return try loadGlobalSlow(cache, globals, name)
    }

    @inline(never)
    func loadGlobalSlow(_ cache: UnsafeMutablePointer<GlobalCacheEntry>, _ globals: PyDict, _ name: PyStr) throws(PyException) -> Value {
        let globalEntry = globals.entryIndex(string: name)
        if globalEntry >= 0 {
            cache.pointee = GlobalCacheEntry(entry: Int32(globalEntry), inBuiltins: false, globalsVersion: -1)
            return globals.value(atEntry: globalEntry)
        }
        let builtinEntry = builtins.entryIndex(string: name)
        if builtinEntry >= 0 {
            cache.pointee = GlobalCacheEntry(entry: Int32(builtinEntry), inBuiltins: true, globalsVersion: globals.version)
            return builtins.value(atEntry: builtinEntry)
        }
        throw raise("NameError", "name '\(name.value)' is not defined")
    }

    func loadName(_ name: PyStr, namespace: Value, globals: PyDict) throws(PyException) -> Value {
        if let dict = namespace.asObject as? PyDict, let value = dict.lookup(string: name) { return value }
        if let value = globals.lookup(string: name) { return value }
        if let value = builtins.lookup(string: name) { return value }
        throw raise("NameError", "name '\(name.value)' is not defined")
    }

    func storeName(_ name: PyStr, _ value: Value, namespace: Value) throws(PyException) {
        guard let dict = namespace.asObject as? PyDict else { throw raise("SystemError", "no namespace") }
        if dict.type === BuiltinTypes.shared.dict {
            dict.store(string: name, value)
        } else {
            try setItem(namespace, .object(name), value)
        }
    }

    func deleteName(_ name: PyStr, namespace: Value) throws(PyException) {
        guard let dict = namespace.asObject as? PyDict, dict.lookup(string: name) != nil else {
            throw raise("NameError", "name '\(name.value)' is not defined")
        }
        try dict.remove(.object(name), self)
    }
}
