import Bytecode
import Support
import Syntax

extension CodeGen {
    // MARK: - Bodies

    /// Generates the whole body of this scope, with its prologue and the implicit `return None`.
    func compileBody(_ body: [StmtID], docstringAllowed: Bool = true) throws(SyntaxError) {
        layOutRegisters()
        try compilePrologue()
        if scope.kind == .classBody && scope.needsClassCell, let cell = localRegister["__class__"] {
            emit(.makeCell, cell)
        }
        var statements = body
        if docstringAllowed, let first = body.first, case .expression(let value) = ast[first].kind,
           case .constant(.string(let text)) = ast[value].kind {
            code.docstring = text
            if scope.kind != .function && scope.kind != .comprehension {
                let register = allocate()
                loadConstant(.string(text), into: register)
                try storeName("__doc__", from: register)
                nextRegister = register
            }
            statements.removeFirst()
        }
        if scope.kind == .classBody { try compileClassPrologue() }
        if scope.kind != .function && scope.kind != .comprehension && containsAnnotations(statements) {
            let register = allocate()
            emit(.buildMap, register, 0, 0)
            try storeName("__annotations__", from: register)
            nextRegister = register
        }
        try compile(statements)
        if scope.kind == .classBody && scope.needsClassCell, let cell = localRegister["__class__"] {
            emit(.storeName, cell, name("__classcell__"), 0)
        }
        if !assigned.isUnreachable {
            let register = allocate()
            loadConstant(.none, into: register)
            emit(.returnValue, register)
            nextRegister = register
        }
    }

    /// Whether a module or class body has annotated assignments (outside nested definitions).
    func containsAnnotations(_ body: [StmtID]) -> Bool {
        body.contains { statement in
            switch ast[statement].kind {
            case .annotatedAssign: return true
            case .if(_, let body, let orElse), .while(_, let body, let orElse), .for(_, _, let body, let orElse):
                return containsAnnotations(body) || containsAnnotations(orElse)
            case .with(_, let body): return containsAnnotations(body)
            case .try(let body, let handlers, let orElse, let finalBody):
                return containsAnnotations(body) || handlers.contains { containsAnnotations($0.body) }
                    || containsAnnotations(orElse) || containsAnnotations(finalBody)
            default: return false
            }
        }
    }

    /// `name: annotation` in a module or class body records the annotation in `__annotations__`.
    func recordAnnotation(_ target: ExprID, _ annotation: ExprID) throws(SyntaxError) {
        guard scope.kind == .module || scope.kind == .classBody, case .name(let variable) = ast[target].kind else { return }
        let value = try compileOperand(annotation)
        let dict = allocate()
        try loadName("__annotations__", into: dict, span: ast[target].span)
        let key = allocate()
        loadConstant(.string(variable), into: key)
        emit(.storeSubscript, dict, key, value)
    }

    func compileClassPrologue() throws(SyntaxError) {
        let register = allocate()
        emit(.loadGlobal, register, name("__name__"), nextGlobalCacheSlot())
        emit(.storeName, register, name("__module__"), 0)
        loadConstant(.string(scope.qualifiedName), into: register)
        emit(.storeName, register, name("__qualname__"), 0)
        nextRegister = register
    }

    func nextGlobalCacheSlot() -> Int {
        globalCacheSlots += 1
        return globalCacheSlots - 1
    }

    func compile(_ body: [StmtID]) throws(SyntaxError) {
        for statement in body { try compile(statement) }
    }

    // MARK: - Statements

    func compile(_ id: StmtID) throws(SyntaxError) {
        let statement = ast[id]
        line = statement.span.start.line
        let mark = nextRegister
        defer { nextRegister = mark }
        switch statement.kind {
        case .expression(let value):
            try compileExpressionStatement(value, statement: id)
        case .assign(let targets, let value):
            try compileAssignment(targets, value)
        case .augmentedAssign(let target, let op, let value):
            try compileAugmentedAssignment(target, op, value)
        case .annotatedAssign(let target, let annotation, let value):
            if let value { try compileAssignment([target], value) }
            try recordAnnotation(target, annotation)
        case .if(let test, let body, let orElse):
            try compileIf(test, body, orElse)
        case .while(let test, let body, let orElse):
            try compileWhile(test, body, orElse)
        case .for(let target, let iterable, let body, let orElse):
            try compileFor(target, iterable, body, orElse)
        case .break:
            try compileBreak(isContinue: false, at: statement.span)
        case .continue:
            try compileBreak(isContinue: true, at: statement.span)
        case .pass:
            break
        case .return(let value):
            try compileReturn(value, at: statement.span)
        case .functionDef(let definition):
            try compileFunctionDef(definition, id: id)
        case .classDef(let definition):
            try compileClassDef(definition, id: id)
        case .try(let body, let handlers, let orElse, let finalBody):
            try compileTry(body, handlers, orElse, finalBody)
        case .raise(let exception, let cause):
            try compileRaise(exception, cause)
        case .with(let items, let body):
            try compileWith(items[...], body)
        case .import(let aliases):
            try compileImport(aliases)
        case .importFrom(let module, let aliases, let level):
            try compileImportFrom(module, aliases, level: level, at: statement.span.start)
        case .global, .nonlocal:
            break
        case .assert(let test, let message):
            try compileAssert(test, message)
        case .delete(let targets):
            for target in targets { try compileDelete(target) }
        }
    }

    func compileExpressionStatement(_ value: ExprID, statement: StmtID) throws(SyntaxError) {
        if scope.kind == .module && unit.displays(statement) {
            let register = try compileOperand(value)
            emit(.printExpression, register)
            return
        }
        if case .constant = ast[value].kind { return }
        _ = try compileOperand(value)
    }

    // MARK: - Branches and loops

    func compileIf(_ test: ExprID, _ body: [StmtID], _ orElse: [StmtID]) throws(SyntaxError) {
        let elseLabel = Label()
        let endLabel = Label()
        try compileJump(test, ifTrue: false, to: elseLabel)
        let before = assigned
        try compile(body)
        let afterBody = assigned
        if !orElse.isEmpty && !afterBody.isUnreachable { jump(.jump, to: endLabel) }
        place(elseLabel)
        assigned = before
        try compile(orElse)
        assigned = afterBody.meet(assigned)
        place(endLabel)
    }

    func compileWhile(_ test: ExprID, _ body: [StmtID], _ orElse: [StmtID]) throws(SyntaxError) {
        let testLabel = Label()
        let bodyLabel = Label()
        let breakLabel = Label()
        let before = assigned
        let alwaysTrue = isConstantTrue(test)
        if !alwaysTrue { jump(.jump, to: testLabel) }
        place(bodyLabel)
        blocks.append(.loop(continueLabel: testLabel, breakLabel: breakLabel))
        try compile(body)
        blocks.removeLast()
        place(testLabel)
        assigned = before
        if alwaysTrue {
            jump(.jump, to: bodyLabel)
        } else {
            line = ast[test].span.start.line
            try compileJump(test, ifTrue: true, to: bodyLabel)
        }
        try compile(orElse)
        place(breakLabel)
        assigned = before
    }

    func isConstantTrue(_ test: ExprID) -> Bool {
        switch ast[test].kind {
        case .constant(.bool(true)): return true
        case .constant(.int(let value)): return value != 0
        default: return false
        }
    }

    func compileFor(_ target: ExprID, _ iterable: ExprID, _ body: [StmtID], _ orElse: [StmtID]) throws(SyntaxError) {
        let iterator = allocate()
        let source = try compileOperand(iterable)
        try at(ast[iterable].span) { () throws(SyntaxError) in emit(.getIterator, iterator, source) }
        nextRegister = iterator + 1
        let topLabel = Label()
        let exitLabel = Label()
        let breakLabel = Label()
        let before = assigned
        place(topLabel)
        let simpleTarget = simpleLocalRegister(target)
        let item = simpleTarget ?? allocate()
        jump24(.forIterate, iterator, item, to: exitLabel)
        if simpleTarget == nil { try store(target, from: item) } else { assigned.insert(item) }
        blocks.append(.loop(continueLabel: topLabel, breakLabel: breakLabel))
        try compile(body)
        blocks.removeLast()
        jump(.jump, to: topLabel)
        place(exitLabel)
        assigned = before
        try compile(orElse)
        place(breakLabel)
        assigned = before
    }

    /// The register of a plain local variable target (not a cell), if `target` is one.
    func simpleLocalRegister(_ target: ExprID) -> Int? {
        guard case .name(let rawName) = ast[target].kind, scope.access(rawName) == .local else { return nil }
        return localRegister[scope.mangle(rawName)]
    }

    func compileBreak(isContinue: Bool, at span: SourceSpan) throws(SyntaxError) {
        guard let loopIndex = blocks.lastIndex(where: { if case .loop = $0 { return true } else { return false } }),
              case .loop(let continueLabel, let breakLabel) = blocks[loopIndex] else {
            throw SyntaxError(isContinue ? "'continue' not properly in loop" : "'break' outside loop", at: span.start, end: span.end)
        }
        try unwind(downTo: loopIndex + 1) { () throws(SyntaxError) in
            jump(.jump, to: isContinue ? continueLabel : breakLabel)
        }
        assigned.markUnreachable()
    }

    func compileReturn(_ value: ExprID?, at span: SourceSpan) throws(SyntaxError) {
        guard scope.kind == .function || scope.kind == .comprehension else {
            throw SyntaxError("'return' outside function", at: span.start, end: span.end)
        }
        var register: Int
        if let value {
            register = try compileOperand(value)
        } else {
            register = allocate()
            loadConstant(.none, into: register)
        }
        if blocks.contains(where: { if case .finally = $0 { return true } else { return false } }) && isLocal(register) {
            // A finally body could reassign the local: return the value it had.
            let copy = allocate()
            emit(.move, copy, register)
            register = copy
        }
        try unwind(downTo: 0) { () throws(SyntaxError) in emit(.returnValue, register) }
        assigned.markUnreachable()
    }

    /// Runs the cleanups of every block above `depth` (innermost first), then `exit`, with the
    /// protected ranges of the left blocks suspended around that code.
    func unwind(downTo depth: Int, then exit: () throws(SyntaxError) -> Void) throws(SyntaxError) {
        var suspended: [Int] = []
        let saved = blocks
        defer { blocks = saved }
        let savedAssigned = assigned
        var index = blocks.count - 1
        while index >= depth {
            let block = blocks[index]
            blocks.removeLast()
            switch block {
            case .region(let region):
                if regions[region].openStart != nil {
                    closeRegion(region)
                    suspended.append(region)
                }
            case .finally(let body):
                try compile(body)
            case .with(let exitRegister):
                try callExit(exitRegister)
            case .handledException:
                emit(.popException)
            case .loop:
                break
            }
            index -= 1
        }
        try exit()
        assigned = savedAssigned
        for region in suspended { reopenRegion(region) }
    }

    // MARK: - Assertions, raise, delete

    func compileAssert(_ test: ExprID, _ message: ExprID?) throws(SyntaxError) {
        let okLabel = Label()
        try compileJump(test, ifTrue: true, to: okLabel)
        let register = try message.map { (value: ExprID) throws(SyntaxError) -> Int in try compileOperand(value) }
        emit(.raiseAssertion, register ?? Int(Instruction.none))
        place(okLabel)
    }

    func compileRaise(_ exception: ExprID?, _ cause: ExprID?) throws(SyntaxError) {
        let exceptionRegister = try exception.map { (value: ExprID) throws(SyntaxError) -> Int in try compileOperand(value) }
        let causeRegister = try cause.map { (value: ExprID) throws(SyntaxError) -> Int in try compileOperand(value) }
        emit(.raise, exceptionRegister ?? Int(Instruction.none), causeRegister ?? Int(Instruction.none))
        assigned.markUnreachable()
    }

    func compileDelete(_ target: ExprID) throws(SyntaxError) {
        let node = ast[target]
        try at(node.span) { () throws(SyntaxError) in
            switch node.kind {
            case .name(let rawVariable):
                let variable = scope.mangle(rawVariable)
                switch scope.access(variable) {
                case .local:
                    let register = localRegister[variable]!
                    emit(.deleteLocal, register)
                    assigned.remove(register)
                case .cell, .free: emit(.deleteDeref, 0, localRegister[variable]!, name(variable))
                case .global: emit(.deleteGlobal, 0, name(variable))
                case .classNamespace: emit(.deleteName, 0, name(variable), 0)
                }
            case .attribute(let object, let attribute):
                let register = try compileOperand(object)
                emit(.deleteAttr, register, name(scope.mangle(attribute)))
            case .subscript(let object, let index):
                let objectRegister = try compileOperand(object)
                let indexRegister = try compileOperand(index)
                emit(.deleteSubscript, objectRegister, indexRegister)
            case .tuple(let items), .list(let items):
                for item in items { try compileDelete(item) }
            default:
                throw SyntaxError("cannot delete expression", at: node.span.start)
            }
        }
    }

    // MARK: - Imports

    func compileImport(_ aliases: [ImportAlias]) throws(SyntaxError) {
        for alias in aliases {
            let register = allocate()
            let leaf: UInt8 = alias.asName != nil && alias.name.contains(".") ? 0x80 : 0
            emit(.importName, register, name(alias.name), Int(Instruction.none), x: leaf)
            let bound = alias.asName ?? String(alias.name.split(separator: ".")[0])
            try storeName(bound, from: register)
            nextRegister = register
        }
    }

    func compileImportFrom(_ module: String?, _ aliases: [ImportAlias], level: Int,
                           at location: SourceLocation) throws(SyntaxError) {
        let moduleRegister = allocate()
        let fromList = constant(.tuple(aliases.map { .string($0.name) }))
        emit(.importName, moduleRegister, name(module ?? ""), fromList, x: UInt8(min(level, 0x7F)))
        if aliases.count == 1 && aliases[0].name == "*" {
            if scope.kind != .module {
                throw SyntaxError("import * only allowed at module level", at: location)
            }
            emit(.importStar, moduleRegister)
            return
        }
        let item = allocate()
        for alias in aliases {
            emit(.importFrom, item, moduleRegister, name(alias.name))
            try storeName(alias.asName ?? alias.name, from: item)
        }
    }
}
