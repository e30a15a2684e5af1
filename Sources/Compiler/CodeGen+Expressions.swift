import Bytecode
import Support
import Syntax

extension CodeGen {
    // MARK: - Operands

    /// Compiles an expression and returns the register holding its value. A plain local variable
    /// is returned as its own register (read it, never write it); anything else gets a temporary.
    func compileOperand(_ id: ExprID) throws(SyntaxError) -> Int {
        if case .name(let rawVariable) = ast[id].kind, case let variable = scope.mangle(rawVariable),
           scope.access(variable) == .local, let register = localRegister[variable] {
            if !assigned.contains(register) {
                try at(ast[id].span) { () throws(SyntaxError) in emit(.checkBound, register) }
                assigned.insert(register)
            }
            return register
        }
        let register = allocate()
        try compile(id, into: register)
        return register
    }

    /// Compiles an expression so that its value ends up in `destination`.
    func compile(_ id: ExprID, into destination: Int) throws(SyntaxError) {
        let node = ast[id]
        if let folded = foldedConstant(id) {
            loadConstant(folded, into: destination)
            return
        }
        let mark = max(nextRegister, destination + 1)
        defer { nextRegister = mark }
        if isMultiStep(node.kind) && isLocal(destination) {
            let temporary = allocate()
            try compile(id, into: temporary)
            emit(.move, destination, temporary)
            return
        }
        try at(node.span) { () throws(SyntaxError) in
            try compileNode(id, node.kind, into: destination)
        }
    }

    /// Expressions that write their destination in several steps, so they must not write a local
    /// that they also read.
    func isMultiStep(_ kind: ExprKind) -> Bool {
        switch kind {
        case .boolean, .conditional, .namedExpr: return true
        case .compare(_, let operators, _): return operators.count > 1
        default: return false
        }
    }

    func compileNode(_ id: ExprID, _ kind: ExprKind, into destination: Int) throws(SyntaxError) {
        switch kind {
        case .name(let variable):
            try loadName(variable, into: destination, span: ast[id].span)
        case .constant(let literal):
            loadConstant(try constant(from: literal, at: ast[id].span.start), into: destination)
        case .joinedString(let parts):
            try compileFormattedString(parts, into: destination)
        case .unary(let op, let operand):
            let register = try compileOperand(operand)
            let opcode: Opcode = op == .negate ? .negate : op == .plus ? .positive : op == .invert ? .invert : .not
            emit(opcode, destination, register)
        case .binary(let op, let left, let right):
            try compileBinary(op, left, right, into: destination, inPlace: false)
        case .boolean(let op, let operands):
            try compileBoolean(op, operands, into: destination)
        case .compare(let first, let operators, let rest):
            try compileComparison(first, operators, rest, into: destination)
        case .call(let function, let arguments):
            try compileCall(function, arguments, into: destination)
        case .attribute(let object, let attribute):
            let register = try compileOperand(object)
            emit(.loadAttr, destination, register, name(scope.mangle(attribute)))
        case .subscript(let object, let index):
            let objectRegister = try compileOperand(object)
            let indexRegister = try compileOperand(index)
            emit(.loadSubscript, destination, objectRegister, indexRegister)
        case .slice(let lower, let upper, let step):
            let parts = step == nil ? 2 : 3
            let base = allocate(parts)
            for (offset, part) in [lower, upper, step].prefix(parts).enumerated() {
                if let part { try compile(part, into: base + offset) } else { loadConstant(.none, into: base + offset) }
            }
            emit(.buildSlice, destination, base, parts)
        case .tuple(let items):
            try compileDisplay(items, opcode: .buildTuple, into: destination)
        case .list(let items):
            try compileDisplay(items, opcode: .buildList, into: destination)
        case .set(let items):
            try compileDisplay(items, opcode: .buildSet, into: destination)
        case .dict(let items):
            try compileDict(items, into: destination)
        case .starred:
            throw SyntaxError("can't use starred expression here", at: ast[id].span.start, end: ast[id].span.end)
        case .conditional(let test, let body, let orElse):
            let elseLabel = Label()
            let endLabel = Label()
            try compileJump(test, ifTrue: false, to: elseLabel)
            try compile(body, into: destination)
            jump(.jump, to: endLabel)
            place(elseLabel)
            try compile(orElse, into: destination)
            place(endLabel)
        case .lambda(let parameters, let body):
            try compileLambda(parameters, body, id: id, into: destination)
        case .comprehension(let kind, let element, let value, let clauses):
            try compileComprehension(id, kind: kind, element: element, value: value, clauses: clauses, into: destination)
        case .yield(let value):
            let register: Int
            if let value { register = try compileOperand(value) } else {
                register = allocate()
                loadConstant(.none, into: register)
            }
            emit(.yieldValue, destination, register)
        case .yieldFrom(let value):
            let source = try compileOperand(value)
            let iterator = allocate()
            emit(.getIterator, iterator, source)
            loadConstant(.none, into: destination)
            emit(.yieldFrom, destination, iterator)
        case .await:
            throw SyntaxError("'await' is not supported", at: ast[id].span.start)
        case .namedExpr(let variable, let value):
            try compile(value, into: destination)
            try storeName(variable, from: destination)
        }
    }

    /// Converts a literal to a constant; imaginary numbers are not part of the language.
    func constant(from literal: Literal, at location: SourceLocation) throws(SyntaxError) -> Constant {
        switch literal {
        case .none: return .none
        case .ellipsis: return .ellipsis
        case .bool(let value): return .bool(value)
        case .int(let value): return .int(value)
        case .bigInt(let text): return .bigInt(text)
        case .float(let value): return .float(value)
        case .imaginary: throw SyntaxError("complex numbers are not supported", at: location)
        case .string(let text): return .string(text)
        case .bytes(let data): return .bytes(data)
        }
    }

    // MARK: - Names

    func loadName(_ rawVariable: String, into destination: Int, span: SourceSpan) throws(SyntaxError) {
        let variable = scope.mangle(rawVariable)
        switch scope.access(variable) {
        case .local:
            guard let register = localRegister[variable] else { return }
            if !assigned.contains(register) {
                emit(.checkBound, register)
                assigned.insert(register)
            }
            if register != destination { emit(.move, destination, register) }
        case .cell, .free:
            emit(.loadDeref, destination, localRegister[variable]!, name(variable))
        case .global:
            emit(.loadGlobal, destination, name(variable), nextGlobalCacheSlot())
        case .classNamespace:
            emit(.loadName, destination, name(variable), 0)
        }
    }

    /// Stores the value in `source` into a variable, however the scope keeps it.
    func storeName(_ rawVariable: String, from source: Int) throws(SyntaxError) {
        let variable = scope.mangle(rawVariable)
        switch scope.access(variable) {
        case .local:
            guard let register = localRegister[variable] else { return }
            if register != source { emit(.move, register, source) }
            assigned.insert(register)
        case .cell, .free:
            emit(.storeDeref, source, localRegister[variable]!)
        case .global:
            emit(.storeGlobal, source, name(variable))
        case .classNamespace:
            emit(.storeName, source, name(variable), 0)
        }
    }

    // MARK: - Operators

    func binaryOpcode(_ op: BinaryOperator) -> Opcode {
        switch op {
        case .add: return .add
        case .subtract: return .subtract
        case .multiply: return .multiply
        case .trueDivide: return .trueDivide
        case .floorDivide: return .floorDivide
        case .modulo: return .modulo
        case .power: return .power
        case .matrixMultiply: return .matrixMultiply
        case .leftShift: return .leftShift
        case .rightShift: return .rightShift
        case .bitAnd: return .bitAnd
        case .bitOr: return .bitOr
        case .bitXor: return .bitXor
        }
    }

    /// A small integer constant usable as an immediate operand.
    func immediate(_ id: ExprID) -> Int? {
        guard case .int(let value)? = foldedConstant(id), value >= -32768, value <= 32767 else { return nil }
        return value
    }

    func compileBinary(_ op: BinaryOperator, _ left: ExprID, _ right: ExprID, into destination: Int,
                       inPlace: Bool) throws(SyntaxError) {
        var leftRegister = try compileOperand(left)
        if let value = immediate(right), op == .add || op == .subtract {
            emit(op == .add ? .addImmediate : .subtractImmediate, destination, leftRegister,
                 Int(UInt16(bitPattern: Int16(value))), x: inPlace ? 1 : 0)
            return
        }
        if isLocal(leftRegister) && containsNamedExpression(right) {
            let copy = allocate()
            emit(.move, copy, leftRegister)
            leftRegister = copy
        }
        let rightRegister = try compileOperand(right)
        emit(binaryOpcode(op), destination, leftRegister, rightRegister, x: inPlace ? 1 : 0)
    }

    func containsNamedExpression(_ id: ExprID) -> Bool {
        switch ast[id].kind {
        case .namedExpr: return true
        case .name, .constant, .lambda, .comprehension: return false
        case .unary(_, let operand), .attribute(let operand, _), .starred(let operand), .await(let operand),
             .yieldFrom(let operand):
            return containsNamedExpression(operand)
        case .binary(_, let left, let right), .subscript(let left, let right):
            return containsNamedExpression(left) || containsNamedExpression(right)
        case .boolean(_, let items), .tuple(let items), .list(let items), .set(let items):
            return items.contains(where: containsNamedExpression)
        case .compare(let first, _, let rest):
            return containsNamedExpression(first) || rest.contains(where: containsNamedExpression)
        case .call(let function, let arguments):
            return containsNamedExpression(function) || arguments.contains { argument in
                switch argument {
                case .positional(let value), .starred(let value), .keyword(_, let value), .doubleStarred(let value):
                    return containsNamedExpression(value)
                }
            }
        default:
            return true
        }
    }

    func compileBoolean(_ op: BooleanOperator, _ operands: [ExprID], into destination: Int) throws(SyntaxError) {
        let endLabel = Label()
        for (index, operand) in operands.enumerated() {
            try compile(operand, into: destination)
            if index < operands.count - 1 {
                jump(op == .and ? .jumpIfFalse : .jumpIfTrue, destination, to: endLabel)
            }
        }
        place(endLabel)
    }

    func comparisonOpcode(_ op: ComparisonOperator) -> Opcode {
        switch op {
        case .equal: return .equal
        case .notEqual: return .notEqual
        case .less: return .less
        case .lessEqual: return .lessEqual
        case .greater: return .greater
        case .greaterEqual: return .greaterEqual
        case .in: return .contains
        case .notIn: return .notContains
        case .is: return .is
        case .isNot: return .isNot
        }
    }

    func compileComparison(_ first: ExprID, _ operators: [ComparisonOperator], _ rest: [ExprID],
                           into destination: Int) throws(SyntaxError) {
        let endLabel = Label()
        var left = try compileOperand(first)
        for (index, op) in operators.enumerated() {
            if op == .less, let value = immediate(rest[index]), operators.count == 1 {
                emit(.lessImmediate, destination, left, Int(UInt16(bitPattern: Int16(value))))
                break
            }
            if isLocal(left) && containsNamedExpression(rest[index]) {
                let copy = allocate()
                emit(.move, copy, left)
                left = copy
            }
            let right = try compileOperand(rest[index])
            emit(comparisonOpcode(op), destination, left, right)
            if index < operators.count - 1 { jump(.jumpIfFalse, destination, to: endLabel) }
            left = right
        }
        place(endLabel)
    }

    /// Compiles a condition straight into jumps, without building a bool where it can.
    func compileJump(_ id: ExprID, ifTrue: Bool, to label: Label) throws(SyntaxError) {
        let node = ast[id]
        let mark = nextRegister
        defer { nextRegister = mark }
        switch node.kind {
        case .unary(.not, let operand):
            try compileJump(operand, ifTrue: !ifTrue, to: label)
        case .boolean(let op, let operands):
            let skip = Label()
            for (index, operand) in operands.enumerated() {
                let isLast = index == operands.count - 1
                if op == .and {
                    try compileJump(operand, ifTrue: isLast ? ifTrue : false, to: isLast || !ifTrue ? label : skip)
                } else {
                    try compileJump(operand, ifTrue: isLast ? ifTrue : true, to: isLast || ifTrue ? label : skip)
                }
            }
            place(skip)
        case .constant(.bool(let value)):
            if value == ifTrue { jump(.jump, to: label) }
        case .compare(let first, let operators, let rest) where operators.count == 1 && operators[0] == .less && !ifTrue:
            let left = try compileOperand(first)
            let right = try compileOperand(rest[0])
            try at(node.span) { () throws(SyntaxError) in jump24(.jumpIfNotLess, left, right, to: label) }
        default:
            let register = try compileOperand(id)
            try at(node.span) { () throws(SyntaxError) in jump(ifTrue ? .jumpIfTrue : .jumpIfFalse, register, to: label) }
        }
    }

    // MARK: - Displays

    func compileDisplay(_ items: [ExprID], opcode: Opcode, into destination: Int) throws(SyntaxError) {
        let hasStar = items.contains { if case .starred = ast[$0].kind { return true } else { return false } }
        if !hasStar {
            let base = nextRegister
            try compileArguments(items)
            emit(opcode, destination, base, items.count)
            return
        }
        let isSet = opcode == .buildSet
        let accumulator = allocate()
        emit(isSet ? .buildSet : .buildList, accumulator, 0, 0)
        for item in items {
            let mark = nextRegister
            if case .starred(let inner) = ast[item].kind {
                emit(isSet ? .setUpdate : .listExtend, accumulator, try compileOperand(inner))
            } else {
                emit(isSet ? .setAdd : .listAppend, accumulator, try compileOperand(item))
            }
            nextRegister = mark
        }
        if opcode == .buildTuple {
            emit(.listToTuple, destination, accumulator)
        } else {
            emit(.move, destination, accumulator)
        }
    }

    func compileDict(_ items: [DictItem], into destination: Int) throws(SyntaxError) {
        let hasUnpack = items.contains { if case .unpack = $0 { return true } else { return false } }
        if !hasUnpack {
            let base = nextRegister
            for item in items {
                if case .pair(let key, let value) = item { try compileArguments([key, value]) }
            }
            emit(.buildMap, destination, base, items.count)
            return
        }
        let accumulator = allocate()
        emit(.buildMap, accumulator, 0, 0)
        for item in items {
            let mark = nextRegister
            switch item {
            case .pair(let key, let value):
                let keyRegister = try compileOperand(key)
                emit(.mapAdd, accumulator, keyRegister, try compileOperand(value))
            case .unpack(let value):
                emit(.dictUpdate, accumulator, try compileOperand(value), x: 1)
            }
            nextRegister = mark
        }
        emit(.move, destination, accumulator)
    }

    // MARK: - f-strings

    func compileFormattedString(_ parts: [FStringPart], into destination: Int) throws(SyntaxError) {
        var pieces: [FStringPart] = []
        for part in parts {
            if case .field(_, _, _, let debugText?) = part { pieces.append(.literal(debugText)) }
            pieces.append(part)
        }
        if pieces.count == 1, case .field = pieces[0] {
            try compileField(pieces[0], into: destination)
            return
        }
        if pieces.allSatisfy({ if case .literal = $0 { return true } else { return false } }) {
            let text = pieces.map { if case .literal(let text) = $0 { return text } else { return "" } }.joined()
            loadConstant(.string(text), into: destination)
            return
        }
        let base = nextRegister
        for piece in pieces {
            let register = allocate()
            switch piece {
            case .literal(let text): loadConstant(.string(text), into: register)
            case .field: try compileField(piece, into: register)
            }
        }
        emit(.buildString, destination, base, pieces.count)
    }

    /// `{value!conversion:spec}`: x is 0 (none), 1 (`!s`), 2 (`!r`) or 3 (`!a`).
    func compileField(_ part: FStringPart, into destination: Int) throws(SyntaxError) {
        guard case .field(let value, let conversion, let spec, let debugText) = part else { return }
        let mark = nextRegister
        defer { nextRegister = max(mark, destination + 1) }
        let valueRegister = try compileOperand(value)
        var code: UInt8 = 0
        switch conversion {
        case UInt8(ascii: "s"): code = 1
        case UInt8(ascii: "r"): code = 2
        case UInt8(ascii: "a"): code = 3
        default: code = debugText != nil && spec == nil ? 2 : 0
        }
        var specRegister = Int(Instruction.none)
        if let spec {
            specRegister = allocate()
            try compile(spec, into: specRegister)
        }
        emit(.formatValue, destination, valueRegister, specRegister, x: code)
    }

    // MARK: - Constant folding

    /// The constant an expression folds to at compile time, if it is a literal or a small
    /// arithmetic expression over literals whose result is exact.
    func foldedConstant(_ id: ExprID) -> Constant? {
        switch ast[id].kind {
        case .constant(let literal):
            switch literal {
            case .imaginary, .bytes, .string, .bigInt: return nil
            default: return try? constant(from: literal, at: .unknown)
            }
        case .unary(.negate, let operand):
            switch foldedConstant(operand) {
            case .int(let value)?: return value == Int.min ? nil : .int(-value)
            case .float(let value)?: return .float(-value)
            default: return nil
            }
        case .binary(let op, let left, let right):
            guard case .int(let a)? = foldedConstant(left), case .int(let b)? = foldedConstant(right) else { return nil }
            return foldIntegers(op, a, b).map { .int($0) }
        case .tuple(let items):
            guard !items.isEmpty else { return .tuple([]) }
            var constants: [Constant] = []
            for item in items {
                guard let folded = foldedConstant(item) else { return nil }
                constants.append(folded)
            }
            return .tuple(constants)
        default:
            return nil
        }
    }

    func foldIntegers(_ op: BinaryOperator, _ a: Int, _ b: Int) -> Int? {
        switch op {
        case .add:
            let (result, overflow) = a.addingReportingOverflow(b)
            return overflow ? nil : result
        case .subtract:
            let (result, overflow) = a.subtractingReportingOverflow(b)
            return overflow ? nil : result
        case .multiply:
            let (result, overflow) = a.multipliedReportingOverflow(by: b)
            return overflow ? nil : result
        case .power:
            guard b >= 0, b < 64 else { return nil }
            var result = 1
            for _ in 0..<b {
                let (next, overflow) = result.multipliedReportingOverflow(by: a)
                if overflow { return nil }
                result = next
            }
            return result
        case .leftShift:
            guard b >= 0, b < 62, a.magnitude < (1 << (62 - b)) else { return nil }
            return a << b
        case .bitAnd: return a & b
        case .bitOr: return a | b
        case .bitXor: return a ^ b
        default: return nil
        }
    }
}
