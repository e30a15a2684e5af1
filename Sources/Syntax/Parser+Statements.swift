import Support

extension Parser {
    // MARK: - Statements

    /// statement: compound_stmt | simple_stmts
    mutating func parseStatement() throws(SyntaxError) -> [StmtID] {
        switch kind {
        case .kwIf: return [try parseIf()]
        case .kwWhile: return [try parseWhile()]
        case .kwFor: return [try parseFor(isAsync: false)]
        case .kwTry: return [try parseTry()]
        case .kwWith: return [try parseWith()]
        case .kwDef: return [try parseFunctionDef(decorators: [], start: current.location)]
        case .kwClass: return [try parseClassDef(decorators: [], start: current.location)]
        case .at: return [try parseDecorated()]
        case .kwAsync: return [try parseAsync()]
        default: return try parseSimpleStatements()
        }
    }

    /// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
    mutating func parseSimpleStatements() throws(SyntaxError) -> [StmtID] {
        var statements = [try parseSimpleStatement()]
        while accept(.semicolon) {
            if kind == .newline { break }
            statements.append(try parseSimpleStatement())
        }
        guard kind == .newline || kind == .endOfFile else { throw unexpectedAfterStatement() }
        advance()
        return statements
    }

    /// The error for a token left over after a complete simple statement.
    func unexpectedAfterStatement() -> SyntaxError {
        if kind == .indent { return SyntaxError(.indentation, "unexpected indent", at: SourceLocation(line: Int(current.location.line), column: 0)) }
        return invalidSyntax()
    }

    /// simple_stmt: assignment | star_expressions | return | import | raise | pass | del | yield
    ///            | assert | break | continue | global | nonlocal
    mutating func parseSimpleStatement() throws(SyntaxError) -> StmtID {
        let start = current.location
        switch kind {
        case .kwPass: advance(); return ast.add(.pass, span(from: start))
        case .kwBreak: advance(); return ast.add(.break, span(from: start))
        case .kwContinue: advance(); return ast.add(.continue, span(from: start))
        case .kwReturn:
            advance()
            let value = startsExpression ? try parseStarExpressions() : nil
            return ast.add(.return(value), span(from: start))
        case .kwRaise: return try parseRaise()
        case .kwGlobal, .kwNonlocal: return try parseNameDeclaration()
        case .kwDel: return try parseDelete()
        case .kwAssert:
            advance()
            let test = try parseExpression()
            let message = accept(.comma) ? try parseExpression() : nil
            return ast.add(.assert(test, message), span(from: start))
        case .kwImport: return try parseImport()
        case .kwFrom: return try parseFromImport()
        default: return try parseExpressionStatement()
        }
    }

    /// Whether the current token can begin an expression.
    var startsExpression: Bool {
        switch kind {
        case .name, .number, .string, .kwNone, .kwTrue, .kwFalse, .leftParen, .leftBracket, .leftBrace,
             .minus, .plus, .tilde, .kwNot, .kwLambda, .star, .ellipsis, .kwAwait, .kwYield:
            return true
        default:
            return false
        }
    }

    /// assignment | augmented assignment | annotated assignment | expression statement
    mutating func parseExpressionStatement() throws(SyntaxError) -> StmtID {
        let start = current.location
        if kind == .name, text(current) == "print", peekKind() == .string || peekKind() == .name || peekKind() == .number {
            throw SyntaxError("Missing parentheses in call to 'print'. Did you mean print(...)?",
                              at: current.location, end: current.endLocation)
        }
        let first = kind == .kwYield ? try parseYield() : try parseStarExpressions()
        if kind == .equal {
            var targets = [first]
            var value = first
            while accept(.equal) {
                value = kind == .kwYield ? try parseYield() : try parseStarExpressions()
                targets.append(value)
            }
            targets.removeLast()
            // CPython adds "here. Maybe you meant '=='" only for `target = value` with one `=`.
            for target in targets { try validateAssignmentTarget(target, statementTarget: targets.count == 1) }
            return ast.add(.assign(targets, value), span(from: start))
        }
        if kind.isAugmentedAssignment {
            let operatorToken = advance()
            try validateAugmentedTarget(first)
            let value = kind == .kwYield ? try parseYield() : try parseStarExpressions()
            return ast.add(.augmentedAssign(first, augmentedOperator(operatorToken.kind), value), span(from: start))
        }
        if kind == .colon {
            return try parseAnnotatedAssignment(target: first, start: start)
        }
        return ast.add(.expression(first), span(from: start))
    }

    mutating func parseAnnotatedAssignment(target: ExprID, start: SourceLocation) throws(SyntaxError) -> StmtID {
        switch ast[target].kind {
        case .name, .attribute, .subscript: break
        case .tuple: throw SyntaxError("only single target (not tuple) can be annotated", at: ast[target].span.start)
        case .list: throw SyntaxError("only single target (not list) can be annotated", at: ast[target].span.start)
        default: throw SyntaxError("illegal target for annotation", at: ast[target].span.start)
        }
        advance()
        let annotation = try parseExpression()
        var value: ExprID?
        if accept(.equal) {
            value = kind == .kwYield ? try parseYield() : try parseStarExpressions()
        }
        return ast.add(.annotatedAssign(target, annotation: annotation, value: value), span(from: start))
    }

    func augmentedOperator(_ kind: TokenKind) -> BinaryOperator {
        switch kind {
        case .plusEqual: return .add
        case .minusEqual: return .subtract
        case .starEqual: return .multiply
        case .slashEqual: return .trueDivide
        case .doubleSlashEqual: return .floorDivide
        case .percentEqual: return .modulo
        case .atEqual: return .matrixMultiply
        case .ampersandEqual: return .bitAnd
        case .pipeEqual: return .bitOr
        case .caretEqual: return .bitXor
        case .leftShiftEqual: return .leftShift
        case .rightShiftEqual: return .rightShift
        default: return .power
        }
    }

    /// raise_stmt: 'raise' [expression ['from' expression]]
    mutating func parseRaise() throws(SyntaxError) -> StmtID {
        let start = advance().location
        guard startsExpression else { return ast.add(.raise(nil, cause: nil), span(from: start)) }
        let exception = try parseExpression()
        let cause = accept(.kwFrom) ? try parseExpression() : nil
        return ast.add(.raise(exception, cause: cause), span(from: start))
    }

    /// global_stmt | nonlocal_stmt: ('global' | 'nonlocal') NAME (',' NAME)*
    mutating func parseNameDeclaration() throws(SyntaxError) -> StmtID {
        let keyword = advance()
        var names = [text(try expect(.name))]
        while accept(.comma) { names.append(text(try expect(.name))) }
        let statement: StmtKind = keyword.kind == .kwGlobal ? .global(names) : .nonlocal(names)
        return ast.add(statement, span(from: keyword.location))
    }

    /// del_stmt: 'del' del_targets
    mutating func parseDelete() throws(SyntaxError) -> StmtID {
        let start = advance().location
        var targets: [ExprID] = []
        repeat {
            if kind == .newline || kind == .semicolon { break }
            let target = try parseBitwiseOr()
            try validateDeleteTarget(target)
            targets.append(target)
        } while accept(.comma)
        if targets.isEmpty { throw invalidSyntax() }
        return ast.add(.delete(targets), span(from: start))
    }

    // MARK: - Imports

    /// dotted_name: NAME ('.' NAME)*
    mutating func parseDottedName() throws(SyntaxError) -> String {
        var name = text(try expect(.name))
        while accept(.dot) { name += "." + text(try expect(.name)) }
        return name
    }

    /// import_name: 'import' dotted_as_names
    mutating func parseImport() throws(SyntaxError) -> StmtID {
        let start = advance().location
        var aliases: [ImportAlias] = []
        repeat {
            let location = current.location
            let name = try parseDottedName()
            let asName = accept(.kwAs) ? text(try expect(.name)) : nil
            aliases.append(ImportAlias(name: name, asName: asName, location: location))
        } while accept(.comma)
        return ast.add(.import(aliases), span(from: start))
    }

    /// import_from: 'from' ('.'* dotted_name | '.'+) 'import' ('*' | '(' names ')' | names)
    mutating func parseFromImport() throws(SyntaxError) -> StmtID {
        let start = advance().location
        var level = 0
        while kind == .dot || kind == .ellipsis {
            level += kind == .dot ? 1 : 3
            advance()
        }
        let module = kind == .name ? try parseDottedName() : nil
        if module == nil && level == 0 { throw invalidSyntax() }
        try expect(.kwImport)
        if kind == .star {
            let location = advance().location
            return ast.add(.importFrom(module, [ImportAlias(name: "*", asName: nil, location: location)], level: level),
                           span(from: start))
        }
        let parenthesized = accept(.leftParen)
        var aliases: [ImportAlias] = []
        repeat {
            if parenthesized && kind == .rightParen { break }
            let location = current.location
            let name = text(try expect(.name))
            let asName = accept(.kwAs) ? text(try expect(.name)) : nil
            aliases.append(ImportAlias(name: name, asName: asName, location: location))
        } while accept(.comma)
        if parenthesized { try expect(.rightParen) }
        if aliases.isEmpty { throw invalidSyntax() }
        if !parenthesized && tokens[index - 1].kind == .comma {
            throw SyntaxError("trailing comma not allowed without surrounding parentheses", at: tokens[index - 1].location)
        }
        return ast.add(.importFrom(module, aliases, level: level), span(from: start))
    }

    // MARK: - Compound statements

    /// if_stmt: 'if' named_expression block (elif_stmt | [else_block])
    mutating func parseIf() throws(SyntaxError) -> StmtID {
        let keyword = advance()
        let construct = keyword.kind == .kwElif ? "'elif' statement" : "'if' statement"
        let test = try parseNamedExpression()
        let body = try parseBlock(after: construct, line: keyword.location.line)
        var orElse: [StmtID] = []
        if kind == .kwElif {
            orElse = [try parseIf()]
        } else if kind == .kwElse {
            let elseToken = advance()
            orElse = try parseBlock(after: "'else' statement", line: elseToken.location.line)
        }
        return ast.add(.if(test, body, orElse), span(from: keyword.location))
    }

    /// while_stmt: 'while' named_expression block [else_block]
    mutating func parseWhile() throws(SyntaxError) -> StmtID {
        let keyword = advance()
        let test = try parseNamedExpression()
        let body = try parseBlock(after: "'while' statement", line: keyword.location.line)
        let orElse = try parseElseBlock()
        return ast.add(.while(test, body, orElse), span(from: keyword.location))
    }

    mutating func parseElseBlock() throws(SyntaxError) -> [StmtID] {
        guard kind == .kwElse else { return [] }
        let elseToken = advance()
        return try parseBlock(after: "'else' statement", line: elseToken.location.line)
    }

    /// for_stmt: 'for' star_targets 'in' star_expressions block [else_block]
    mutating func parseFor(isAsync: Bool) throws(SyntaxError) -> StmtID {
        let keyword = advance()
        let target = try parseTargetList()
        try validateAssignmentTarget(target, statementTarget: false)
        guard accept(.kwIn) else { throw invalidSyntax() }
        let iterable = try parseStarExpressions()
        let body = try parseBlock(after: "'for' statement", line: keyword.location.line)
        let orElse = try parseElseBlock()
        return ast.add(.for(target, iterable, body, orElse), span(from: keyword.location))
    }

    /// star_targets as used by `for` and comprehensions: stops before `in`.
    mutating func parseTargetList() throws(SyntaxError) -> ExprID {
        let start = current.location
        var items = [try parseTargetItem()]
        var sawComma = false
        while kind == .comma {
            advance()
            sawComma = true
            if kind == .kwIn || kind == .equal { break }
            items.append(try parseTargetItem())
        }
        return sawComma ? ast.add(.tuple(items), span(from: start)) : items[0]
    }

    mutating func parseTargetItem() throws(SyntaxError) -> ExprID {
        if kind == .star {
            let start = advance().location
            let inner = try parseBitwiseOr()
            return ast.add(.starred(inner), span(from: start))
        }
        return try parseBitwiseOr()
    }

    /// try_stmt: 'try' block (except_block+ [else_block] [finally_block] | finally_block)
    mutating func parseTry() throws(SyntaxError) -> StmtID {
        let keyword = advance()
        let body = try parseBlock(after: "'try' statement", line: keyword.location.line)
        var handlers: [ExceptHandler] = []
        while kind == .kwExcept {
            let exceptToken = advance()
            if kind == .star { throw SyntaxError("except* is not supported", at: current.location) }
            var type: ExprID?
            var name: String?
            if kind != .colon {
                type = try parseExpression()
                if kind == .comma {
                    throw SyntaxError("multiple exception types must be parenthesized", at: ast[type!].span.start)
                }
                if accept(.kwAs) { name = text(try expect(.name)) }
            }
            let handlerBody = try parseBlock(after: "'except' statement", line: exceptToken.location.line)
            handlers.append(ExceptHandler(type: type, name: name, body: handlerBody, location: exceptToken.location))
        }
        let orElse = handlers.isEmpty ? [] : try parseElseBlock()
        var finalBody: [StmtID] = []
        if kind == .kwFinally {
            let finallyToken = advance()
            finalBody = try parseBlock(after: "'finally' statement", line: finallyToken.location.line)
        }
        if handlers.isEmpty && finalBody.isEmpty {
            throw SyntaxError("expected 'except' or 'finally' block", at: errorLocation())
        }
        return ast.add(.try(body, handlers, orElse: orElse, finally: finalBody), span(from: keyword.location))
    }

    /// with_stmt: 'with' ('(' with_item (',' with_item)* ')' | with_item (',' with_item)*) block
    mutating func parseWith() throws(SyntaxError) -> StmtID {
        let keyword = advance()
        var items: [WithItem] = []
        let saved = index
        if kind == .leftParen, let parenthesized = try? parseParenthesizedWithItems() {
            items = parenthesized
        } else {
            index = saved
            repeat {
                items.append(try parseWithItem())
            } while accept(.comma)
        }
        let body = try parseBlock(after: "'with' statement", line: keyword.location.line)
        return ast.add(.with(items, body), span(from: keyword.location))
    }

    mutating func parseParenthesizedWithItems() throws(SyntaxError) -> [WithItem] {
        let savedAST = ast
        try expect(.leftParen)
        var items: [WithItem] = []
        repeat {
            if kind == .rightParen { break }
            items.append(try parseWithItem())
        } while accept(.comma)
        try expect(.rightParen)
        guard kind == .colon else {
            ast = savedAST
            throw invalidSyntax()
        }
        return items
    }

    mutating func parseWithItem() throws(SyntaxError) -> WithItem {
        let context = try parseExpression()
        var target: ExprID?
        if accept(.kwAs) {
            let item = try parseTargetItem()
            try validateAssignmentTarget(item, statementTarget: false)
            target = item
        }
        return WithItem(context: context, target: target)
    }

    /// decorators: ('@' named_expression NEWLINE)+ (function_def | class_def)
    mutating func parseDecorated() throws(SyntaxError) -> StmtID {
        let start = current.location
        var decorators: [ExprID] = []
        while accept(.at) {
            decorators.append(try parseNamedExpression())
            try expect(.newline)
        }
        switch kind {
        case .kwDef: return try parseFunctionDef(decorators: decorators, start: start)
        case .kwClass: return try parseClassDef(decorators: decorators, start: start)
        case .kwAsync:
            advance()
            return try parseFunctionDef(decorators: decorators, start: start, isAsync: true)
        default: throw invalidSyntax()
        }
    }

    /// `async def`, `async for`, `async with`
    mutating func parseAsync() throws(SyntaxError) -> StmtID {
        let start = advance().location
        switch kind {
        case .kwDef: return try parseFunctionDef(decorators: [], start: start, isAsync: true)
        case .kwFor: return try parseFor(isAsync: true)
        case .kwWith: return try parseWith()
        default: throw invalidSyntax()
        }
    }

    /// function_def: 'def' NAME '(' [params] ')' ['->' expression] block
    mutating func parseFunctionDef(decorators: [ExprID], start: SourceLocation, isAsync: Bool = false) throws(SyntaxError) -> StmtID {
        let keyword = try expect(.kwDef)
        let name = text(try expect(.name))
        try expect(.leftParen, describedAs: "(")
        let parameters = try parseParameters(closing: .rightParen, allowAnnotations: true)
        try expect(.rightParen)
        let returns = accept(.arrow) ? try parseExpression() : nil
        functionDepth += 1
        defer { functionDepth -= 1 }
        let body = try parseBlock(after: "function definition", line: keyword.location.line)
        let definition = FunctionDef(name: name, parameters: parameters, body: body, decorators: decorators,
                                     returns: returns, isAsync: isAsync)
        return ast.add(.functionDef(definition), span(from: start))
    }

    /// class_def: 'class' NAME ['(' [arguments] ')'] block
    mutating func parseClassDef(decorators: [ExprID], start: SourceLocation) throws(SyntaxError) -> StmtID {
        let keyword = try expect(.kwClass)
        let name = text(try expect(.name))
        var arguments: [Argument] = []
        if accept(.leftParen) {
            arguments = try parseCallArguments()
            try expect(.rightParen)
        }
        let body = try parseBlock(after: "class definition", line: keyword.location.line)
        return ast.add(.classDef(ClassDef(name: name, arguments: arguments, body: body, decorators: decorators)),
                       span(from: start))
    }

    // MARK: - Parameters

    /// params: [posonly '/'] [regular] ['*' [NAME] kwonly] ['**' NAME], with CPython's checks.
    mutating func parseParameters(closing: TokenKind, allowAnnotations: Bool) throws(SyntaxError) -> Parameters {
        var parameters = Parameters()
        var seen = Set<String>()
        var sawDefault = false
        var sawStar = false
        while kind != closing {
            if kind == .doubleStar {
                advance()
                let parameter = try parseParameter(allowAnnotations: allowAnnotations, seen: &seen)
                if parameter.defaultValue != nil {
                    throw SyntaxError("var-keyword argument cannot have default value", at: parameter.location)
                }
                parameters.varKeywords = parameter
                _ = accept(.comma)
                if kind != closing { throw SyntaxError("arguments cannot follow var-keyword argument", at: current.location) }
                break
            }
            if kind == .star {
                let starToken = advance()
                if sawStar { throw SyntaxError("* argument may appear only once", at: starToken.location) }
                sawStar = true
                if kind == .comma || kind == closing {
                    if kind == closing || peekKind() == closing || peekKind() == .doubleStar && kind != .comma {
                        throw SyntaxError("named arguments must follow bare *", at: starToken.location)
                    }
                } else {
                    let parameter = try parseParameter(allowAnnotations: allowAnnotations, seen: &seen)
                    if parameter.defaultValue != nil {
                        throw SyntaxError("var-positional argument cannot have default value", at: parameter.location)
                    }
                    parameters.varArgs = parameter
                }
            } else if kind == .slash {
                let slash = advance()
                if sawStar || !parameters.positionalOnly.isEmpty || parameters.regular.isEmpty {
                    throw SyntaxError(parameters.regular.isEmpty && !sawStar ? "at least one argument must precede /"
                                      : "/ may appear only once", at: slash.location)
                }
                parameters.positionalOnly = parameters.regular
                parameters.regular = []
            } else {
                let parameter = try parseParameter(allowAnnotations: allowAnnotations, seen: &seen)
                if sawStar {
                    parameters.keywordOnly.append(parameter)
                } else {
                    if parameter.defaultValue != nil {
                        sawDefault = true
                    } else if sawDefault {
                        throw SyntaxError("non-default argument follows default argument", at: parameter.location)
                    }
                    parameters.regular.append(parameter)
                }
            }
            if !accept(.comma) { break }
        }
        if sawStar && parameters.varArgs == nil && parameters.keywordOnly.isEmpty {
            throw SyntaxError("named arguments must follow bare *", at: current.location)
        }
        return parameters
    }

    mutating func parseParameter(allowAnnotations: Bool, seen: inout Set<String>) throws(SyntaxError) -> Parameter {
        let token = try expect(.name)
        let name = text(token)
        if !seen.insert(name).inserted {
            throw SyntaxError("duplicate argument '\(name)' in function definition", at: token.location)
        }
        var annotation: ExprID?
        if allowAnnotations && accept(.colon) {
            annotation = kind == .star ? try parseStarExpression() : try parseExpression()
        }
        let defaultValue = accept(.equal) ? try parseExpression() : nil
        return Parameter(name: name, annotation: annotation, defaultValue: defaultValue, location: token.location)
    }
}
