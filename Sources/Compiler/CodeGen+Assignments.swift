import Bytecode
import Support
import Syntax

extension CodeGen {
    // MARK: - Assignment

    func compileAssignment(_ targets: [ExprID], _ value: ExprID) throws(SyntaxError) {
        if targets.count == 1, let register = simpleLocalRegister(targets[0]) {
            try compile(value, into: register)
            assigned.insert(register)
            return
        }
        if targets.count == 1, try compileParallelAssignment(targets[0], value) { return }
        var source = try compileOperand(value)
        if isLocal(source) && targets.count > 1 {
            let copy = allocate()
            emit(.move, copy, source)
            source = copy
        }
        for target in targets { try store(target, from: source) }
    }

    /// `a, b = b, a`: evaluates every value first, then assigns, without building a tuple.
    func compileParallelAssignment(_ target: ExprID, _ value: ExprID) throws(SyntaxError) -> Bool {
        let targetItems: [ExprID]
        switch ast[target].kind {
        case .tuple(let items), .list(let items): targetItems = items
        default: return false
        }
        guard case .tuple(let valueItems) = ast[value].kind, valueItems.count == targetItems.count,
              !targetItems.contains(where: isStarred), !valueItems.contains(where: isStarred) else { return false }
        let base = allocate(valueItems.count)
        for (offset, item) in valueItems.enumerated() { try compile(item, into: base + offset) }
        for (offset, item) in targetItems.enumerated() { try store(item, from: base + offset) }
        return true
    }

    func isStarred(_ id: ExprID) -> Bool {
        if case .starred = ast[id].kind { return true }
        return false
    }

    /// Assigns the value in `source` to an assignment target.
    func store(_ target: ExprID, from source: Int) throws(SyntaxError) {
        let node = ast[target]
        let mark = nextRegister
        defer { nextRegister = mark }
        try at(node.span) { () throws(SyntaxError) in
            switch node.kind {
            case .name(let variable):
                try storeName(variable, from: source)
            case .attribute(let object, let attribute):
                let register = try compileOperand(object)
                emit(.storeAttr, register, name(scope.mangle(attribute)), source)
            case .subscript(let object, let index):
                let objectRegister = try compileOperand(object)
                let indexRegister = try compileOperand(index)
                emit(.storeSubscript, objectRegister, indexRegister, source)
            case .tuple(let items), .list(let items):
                try storeUnpacked(items, from: source)
            case .starred:
                throw SyntaxError("starred assignment target must be in a list or tuple", at: node.span.start)
            default:
                throw SyntaxError("cannot assign to expression", at: node.span.start)
            }
        }
    }

    func storeUnpacked(_ items: [ExprID], from source: Int) throws(SyntaxError) {
        if let starIndex = items.firstIndex(where: isStarred) {
            let before = starIndex
            let after = items.count - starIndex - 1
            guard before < 256, after < 256 else {
                throw SyntaxError("too many expressions in star-unpacking assignment", at: ast[items[0]].span.start)
            }
            let base = allocate(items.count)
            emit(.unpackStarred, base, source, before | after << 8)
            for (offset, item) in items.enumerated() {
                if case .starred(let inner) = ast[item].kind {
                    try store(inner, from: base + offset)
                } else {
                    try store(item, from: base + offset)
                }
            }
            return
        }
        let base = allocate(items.count)
        emit(.unpackSequence, base, source, items.count)
        for (offset, item) in items.enumerated() { try store(item, from: base + offset) }
    }

    // MARK: - Augmented assignment

    func compileAugmentedAssignment(_ target: ExprID, _ op: BinaryOperator, _ value: ExprID) throws(SyntaxError) {
        let node = ast[target]
        try at(node.span) { () throws(SyntaxError) in
            switch node.kind {
            case .name(let variable):
                if let register = simpleLocalRegister(target) {
                    if !assigned.contains(register) { emit(.checkBound, register) }
                    try compileBinary(op, target, value, into: register, inPlace: true)
                    assigned.insert(register)
                    return
                }
                let register = allocate()
                try loadName(variable, into: register, span: node.span)
                try compileInPlace(op, register, value)
                try storeName(variable, from: register)
            case .attribute(let object, let attribute):
                let objectRegister = try compileOperand(object)
                let register = allocate()
                emit(.loadAttr, register, objectRegister, name(scope.mangle(attribute)))
                try compileInPlace(op, register, value)
                emit(.storeAttr, objectRegister, name(scope.mangle(attribute)), register)
            case .subscript(let object, let index):
                let objectRegister = try compileOperand(object)
                let indexRegister = try compileOperand(index)
                let register = allocate()
                emit(.loadSubscript, register, objectRegister, indexRegister)
                try compileInPlace(op, register, value)
                emit(.storeSubscript, objectRegister, indexRegister, register)
            default:
                throw SyntaxError("illegal expression for augmented assignment", at: node.span.start)
            }
        }
    }

    /// `register op= value` where `register` already holds the current value.
    func compileInPlace(_ op: BinaryOperator, _ register: Int, _ value: ExprID) throws(SyntaxError) {
        if let constant = immediate(value), op == .add || op == .subtract {
            emit(op == .add ? .addImmediate : .subtractImmediate, register, register,
                 Int(UInt16(bitPattern: Int16(constant))), x: 1)
            return
        }
        let valueRegister = try compileOperand(value)
        emit(binaryOpcode(op), register, register, valueRegister, x: 1)
    }
}
