import Bytecode
import Support
import Syntax

extension CodeGen {
    // MARK: - Functions and lambdas

    func compileFunctionDef(_ definition: FunctionDef, id: StmtID) throws(SyntaxError) {
        guard !definition.isAsync else {
            throw SyntaxError("'async def' is not supported", at: ast[id].span.start)
        }
        guard let child = unit.statementScopes[id.index] else { return }
        let decorators = try definition.decorators.map { (decorator: ExprID) throws(SyntaxError) -> Int in
            let register = allocate()
            try compile(decorator, into: register)
            return register
        }
        let function = allocate()
        let line = Int(ast[id].span.start.line) + definition.decorators.count
        let code = try buildFunctionCode(child, name: definition.name, parameters: definition.parameters,
                                         firstLine: line) { (generator: CodeGen) throws(SyntaxError) in
            try generator.compileBody(definition.body)
        }
        try makeFunction(code, child: child, parameters: definition.parameters, into: function, returns: definition.returns)
        try applyDecorators(decorators, to: function)
        try storeName(definition.name, from: function)
    }

    /// Calls each decorator register, innermost (last) first, on the value in `register`.
    func applyDecorators(_ decorators: [Int], to register: Int) throws(SyntaxError) {
        for decorator in decorators.reversed() {
            let base = allocate(2)
            emit(.move, base, decorator)
            emit(.move, base + 1, register)
            emit(.call, base, 1, Int(Instruction.none))
            emit(.move, register, base)
            nextRegister = base
        }
    }

    func compileLambda(_ parameters: Parameters, _ body: ExprID, id: ExprID, into destination: Int) throws(SyntaxError) {
        guard let child = unit.expressionScopes[id.index] else { return }
        let code = try buildFunctionCode(child, name: "<lambda>", parameters: parameters,
                                         firstLine: Int(ast[id].span.start.line)) { (generator: CodeGen) throws(SyntaxError) in
            generator.layOutRegisters()
            try generator.compilePrologue()
            let register = try generator.compileOperand(body)
            if child.isGenerator {
                let none = generator.allocate()
                generator.loadConstant(.none, into: none)
                generator.emit(.returnValue, none)
            } else {
                generator.emit(.returnValue, register)
            }
        }
        code.flags.insert(.lambda)
        try makeFunction(code, child: child, parameters: parameters, into: destination)
    }

    /// Emits the cell set-up every function body starts with.
    func compilePrologue() throws(SyntaxError) {
        if !scope.frees.isEmpty { emit(.copyFreeVars, code.freeRegister, scope.frees.count) }
        for name in scope.cells.sorted() { if let register = localRegister[name] { emit(.makeCell, register) } }
        for parameter in scope.parameters { if let register = localRegister[parameter] { assigned.insert(register) } }
    }

    /// Generates the code object of a nested function scope.
    func buildFunctionCode(_ child: Scope, name: String, parameters: Parameters, firstLine: Int,
                           body: (CodeGen) throws(SyntaxError) -> Void) throws(SyntaxError) -> CodeObject {
        let code = CodeObject(name: name, qualifiedName: child.qualifiedName, filename: unit.filename, firstLine: firstLine)
        code.positionalOnlyCount = parameters.positionalOnly.count
        code.positionalCount = parameters.positionalOnly.count + parameters.regular.count
        code.keywordOnlyCount = parameters.keywordOnly.count
        if parameters.varArgs != nil { code.flags.insert(.varArgs) }
        if parameters.varKeywords != nil { code.flags.insert(.varKeywords) }
        if child.isGenerator { code.flags.insert(.generator) }
        let generator = CodeGen(unit: unit, scope: child, code: code)
        try body(generator)
        return try generator.finish()
    }

    /// Emits `makeFunction` with the defaults, keyword defaults and closure the code needs.
    func makeFunction(_ code: CodeObject, child: Scope, parameters: Parameters, into destination: Int,
                      returns: ExprID? = nil) throws(SyntaxError) {
        let extras = allocate(4)
        var flags: UInt8 = 0
        let positional = parameters.positionalOnly + parameters.regular
        let defaults = positional.compactMap(\.defaultValue)
        if !defaults.isEmpty {
            let base = allocate(defaults.count)
            for (offset, value) in defaults.enumerated() { try compile(value, into: base + offset) }
            emit(.buildTuple, extras, base, defaults.count)
            nextRegister = extras + 4
            flags |= 1
        }
        let keywordDefaults = parameters.keywordOnly.filter { $0.defaultValue != nil }
        if !keywordDefaults.isEmpty {
            let base = allocate(keywordDefaults.count * 2)
            for (offset, parameter) in keywordDefaults.enumerated() {
                loadConstant(.string(parameter.name), into: base + offset * 2)
                try compile(parameter.defaultValue!, into: base + offset * 2 + 1)
            }
            emit(.buildMap, extras + 1, base, keywordDefaults.count)
            nextRegister = extras + 4
            flags |= 2
        }
        if !child.frees.isEmpty {
            try buildClosure(child, into: extras + 2)
            flags |= 4
        }
        let annotated = parameters.all.compactMap { parameter in parameter.annotation.map { (parameter.name, $0) } }
            + (returns.map { [("return", $0)] } ?? [])
        if !annotated.isEmpty {
            let base = nextRegister
            for (name, annotation) in annotated {
                loadConstant(.string(name), into: allocate())
                try compile(annotation, into: allocate())
            }
            emit(.buildMap, extras + 3, base, annotated.count)
            nextRegister = extras + 4
            flags |= 8
        }
        emit(.makeFunction, destination, constant(.code(code)), extras, x: flags)
        nextRegister = extras
    }

    /// Builds the tuple of cells a nested scope closes over.
    func buildClosure(_ child: Scope, into destination: Int) throws(SyntaxError) {
        let base = allocate(child.frees.count)
        for (offset, variable) in child.frees.enumerated() {
            guard let register = localRegister[variable] else {
                throw SyntaxError("internal error: no cell for '\(variable)'", at: SourceLocation(line: Int(line), column: 0))
            }
            emit(.move, base + offset, register)
        }
        emit(.buildTuple, destination, base, child.frees.count)
        nextRegister = base
    }

    // MARK: - Classes

    func compileClassDef(_ definition: ClassDef, id: StmtID) throws(SyntaxError) {
        guard let child = unit.statementScopes[id.index] else { return }
        let decorators = try definition.decorators.map { (decorator: ExprID) throws(SyntaxError) -> Int in
            let register = allocate()
            try compile(decorator, into: register)
            return register
        }
        let line = Int(ast[id].span.start.line) + definition.decorators.count
        let code = CodeObject(name: definition.name, qualifiedName: child.qualifiedName, filename: unit.filename,
                              firstLine: line)
        code.flags.insert(.classBody)
        code.positionalCount = 1
        let generator = CodeGen(unit: unit, scope: child, code: code)
        try generator.compileBody(definition.body)
        _ = try generator.finish()

        var positional: [ExprID] = []
        var keywords: [(String, ExprID)] = []
        for argument in definition.arguments {
            switch argument {
            case .positional(let value): positional.append(value)
            case .keyword(let keyword, let value): keywords.append((keyword, value))
            case .starred(let value), .doubleStarred(let value):
                throw SyntaxError("unpacking in class bases is not supported", at: ast[value].span.start)
            }
        }
        let base = allocate(2 + positional.count + keywords.count)
        try makeFunction(code, child: child, parameters: Parameters(), into: base)
        loadConstant(.string(definition.name), into: base + 1)
        for (offset, value) in positional.enumerated() { try compile(value, into: base + 2 + offset) }
        for (offset, keyword) in keywords.enumerated() {
            try compile(keyword.1, into: base + 2 + positional.count + offset)
        }
        let names = keywords.isEmpty ? Int(Instruction.none) : constant(.tuple(keywords.map { .string($0.0) }))
        try at(ast[id].span) { () throws(SyntaxError) in
            emit(.buildClass, base, positional.count + keywords.count, names)
        }
        try applyDecorators(decorators, to: base)
        try storeName(definition.name, from: base)
    }

    // MARK: - Comprehensions

    func compileComprehension(_ id: ExprID, kind: ComprehensionKind, element: ExprID, value: ExprID?,
                              clauses: [ComprehensionClause], into destination: Int) throws(SyntaxError) {
        guard let child = unit.expressionScopes[id.index] else { return }
        let code = CodeObject(name: child.name, qualifiedName: child.qualifiedName, filename: unit.filename,
                              firstLine: Int(ast[id].span.start.line))
        code.positionalCount = 1
        code.flags.insert(.comprehension)
        if child.isGenerator { code.flags.insert(.generator) }
        let generator = CodeGen(unit: unit, scope: child, code: code)
        try generator.compileComprehensionBody(kind: kind, element: element, value: value, clauses: clauses)
        _ = try generator.finish()

        let base = allocate(2)
        try makeFunction(code, child: child, parameters: Parameters(), into: base)
        let source = try compileOperand(clauses[0].iterable)
        emit(.getIterator, base + 1, source)
        nextRegister = base + 2
        try at(ast[id].span) { () throws(SyntaxError) in emit(.call, base, 1, Int(Instruction.none)) }
        if destination != base { emit(.move, destination, base) }
        nextRegister = base
    }

    /// The body of a comprehension scope: nested loops over `.0` and the clauses, building the result.
    func compileComprehensionBody(kind: ComprehensionKind, element: ExprID, value: ExprID?,
                                  clauses: [ComprehensionClause]) throws(SyntaxError) {
        layOutRegisters()
        try compilePrologue()
        let result = allocate()
        switch kind {
        case .list: emit(.buildList, result, 0, 0)
        case .set: emit(.buildSet, result, 0, 0)
        case .dict: emit(.buildMap, result, 0, 0)
        case .generator: break
        }
        try compileComprehensionClause(0, kind: kind, element: element, value: value, clauses: clauses, result: result)
        if kind == .generator { loadConstant(.none, into: result) }
        emit(.returnValue, result)
    }

    func compileComprehensionClause(_ index: Int, kind: ComprehensionKind, element: ExprID, value: ExprID?,
                                    clauses: [ComprehensionClause], result: Int) throws(SyntaxError) {
        let clause = clauses[index]
        let mark = nextRegister
        defer { nextRegister = mark }
        let iterator: Int
        if index == 0 {
            iterator = localRegister[".0"]!
        } else {
            iterator = allocate()
            let source = try compileOperand(clause.iterable)
            emit(.getIterator, iterator, source)
            nextRegister = iterator + 1
        }
        let topLabel = Label()
        let exitLabel = Label()
        place(topLabel)
        let simpleTarget = simpleLocalRegister(clause.target)
        let item = simpleTarget ?? allocate()
        jump24(.forIterate, iterator, item, to: exitLabel)
        if simpleTarget == nil { try store(clause.target, from: item) } else { assigned.insert(item) }
        for condition in clause.conditions { try compileJump(condition, ifTrue: false, to: topLabel) }
        if index + 1 < clauses.count {
            try compileComprehensionClause(index + 1, kind: kind, element: element, value: value, clauses: clauses,
                                           result: result)
        } else {
            try compileComprehensionElement(kind: kind, element: element, value: value, result: result)
        }
        jump(.jump, to: topLabel)
        place(exitLabel)
    }

    func compileComprehensionElement(kind: ComprehensionKind, element: ExprID, value: ExprID?, result: Int) throws(SyntaxError) {
        let mark = nextRegister
        defer { nextRegister = mark }
        switch kind {
        case .list:
            emit(.listAppend, result, try compileOperand(element))
        case .set:
            emit(.setAdd, result, try compileOperand(element))
        case .dict:
            let key = try compileOperand(element)
            let item = try compileOperand(value!)
            emit(.mapAdd, result, key, item)
        case .generator:
            let yielded = try compileOperand(element)
            let sent = allocate()
            emit(.yieldValue, sent, yielded)
        }
    }
}
