import Support

extension Parser {
    // MARK: - Expression lists

    /// star_expressions: star_expression (',' star_expression)* [',']
    mutating func parseStarExpressions() throws(SyntaxError) -> ExprID {
        let start = current.location
        let first = try parseStarExpression()
        guard kind == .comma else { return first }
        var items = [first]
        while accept(.comma) {
            guard startsExpression, kind != .kwYield else { break }
            items.append(try parseStarExpression())
        }
        return ast.add(.tuple(items), span(from: start))
    }

    /// star_expression: '*' bitwise_or | expression
    mutating func parseStarExpression() throws(SyntaxError) -> ExprID {
        guard kind == .star else { return try parseExpression() }
        let start = advance().location
        let inner = try parseBitwiseOr()
        return ast.add(.starred(inner), span(from: start))
    }

    /// named_expression: NAME ':=' expression | expression !'='
    mutating func parseNamedExpression() throws(SyntaxError) -> ExprID {
        let start = current.location
        if kind == .name && peekKind() == .walrus {
            let name = text(advance())
            advance()
            let value = try parseExpression()
            return ast.add(.namedExpr(name, value), span(from: start))
        }
        let expression = try parseExpression()
        if kind == .walrus {
            throw SyntaxError("cannot use assignment expressions with \(describe(expression))", at: ast[expression].span.start)
        }
        if kind == .equal && peekKind() != .equal {
            try rejectAssignmentInExpression(expression)
        }
        return expression
    }

    /// CPython's hints for `=` where an expression was expected (`if x = 1:`).
    func rejectAssignmentInExpression(_ expression: ExprID) throws(SyntaxError) {
        let node = ast[expression]
        if case .name = node.kind {
            throw SyntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                              at: node.span.start, end: current.endLocation)
        }
        if !isAssignable(node.kind) {
            throw SyntaxError("cannot assign to \(describe(expression)) here. Maybe you meant '==' instead of '='?",
                              at: node.span.start, end: node.span.end)
        }
    }

    // MARK: - Conditional, lambda and boolean layers

    /// expression: disjunction ['if' disjunction 'else' expression] | lambdef
    mutating func parseExpression() throws(SyntaxError) -> ExprID {
        try enterNesting()
        defer { nestingDepth -= 1 }
        if kind == .kwLambda { return try parseLambda() }
        let start = current.location
        let body = try parseDisjunction()
        guard kind == .kwIf else { return body }
        advance()
        let test = try parseDisjunction()
        guard accept(.kwElse) else {
            throw SyntaxError("expected 'else' after 'if' expression", at: ast[body].span.start, end: tokens[index - 1].endLocation)
        }
        let orElse = try parseExpression()
        return ast.add(.conditional(test: test, body: body, orElse: orElse), span(from: start))
    }

    /// lambdef: 'lambda' [params] ':' expression
    mutating func parseLambda() throws(SyntaxError) -> ExprID {
        let start = advance().location
        let parameters = try parseParameters(closing: .colon, allowAnnotations: false)
        try expect(.colon, describedAs: ":")
        functionDepth += 1
        defer { functionDepth -= 1 }
        let body = try parseExpression()
        return ast.add(.lambda(parameters, body), span(from: start))
    }

    /// disjunction: conjunction ('or' conjunction)*
    mutating func parseDisjunction() throws(SyntaxError) -> ExprID {
        let start = current.location
        let first = try parseConjunction()
        guard kind == .kwOr else { return first }
        var operands = [first]
        while accept(.kwOr) { operands.append(try parseConjunction()) }
        return ast.add(.boolean(.or, operands), span(from: start))
    }

    /// conjunction: inversion ('and' inversion)*
    mutating func parseConjunction() throws(SyntaxError) -> ExprID {
        let start = current.location
        let first = try parseInversion()
        guard kind == .kwAnd else { return first }
        var operands = [first]
        while accept(.kwAnd) { operands.append(try parseInversion()) }
        return ast.add(.boolean(.and, operands), span(from: start))
    }

    /// inversion: 'not' inversion | comparison
    mutating func parseInversion() throws(SyntaxError) -> ExprID {
        guard kind == .kwNot else { return try parseComparison() }
        try enterNesting()
        defer { nestingDepth -= 1 }
        let start = advance().location
        let operand = try parseInversion()
        return ast.add(.unary(.not, operand), span(from: start))
    }

    /// comparison: bitwise_or (compare_op bitwise_or)*
    mutating func parseComparison() throws(SyntaxError) -> ExprID {
        let start = current.location
        let first = try parseBitwiseOr()
        var operators: [ComparisonOperator] = []
        var operands: [ExprID] = []
        while let comparison = comparisonOperator() {
            operators.append(comparison)
            operands.append(try parseBitwiseOr())
        }
        return operators.isEmpty ? first : ast.add(.compare(first, operators, operands), span(from: start))
    }

    /// Consumes a comparison operator (including `not in` and `is not`) if one is next.
    mutating func comparisonOperator() -> ComparisonOperator? {
        switch kind {
        case .equalEqual: advance(); return .equal
        case .notEqual: advance(); return .notEqual
        case .less: advance(); return .less
        case .lessEqual: advance(); return .lessEqual
        case .greater: advance(); return .greater
        case .greaterEqual: advance(); return .greaterEqual
        case .kwIn: advance(); return .in
        case .kwIs:
            advance()
            return accept(.kwNot) ? .isNot : .is
        case .kwNot where peekKind() == .kwIn:
            advance(); advance()
            return .notIn
        default: return nil
        }
    }

    // MARK: - Binary operators (precedence climbing)

    /// The binding power of a binary operator token, higher binds tighter; nil if not one.
    func binaryPrecedence(_ kind: TokenKind) -> (Int, BinaryOperator)? {
        switch kind {
        case .pipe: return (1, .bitOr)
        case .caret: return (2, .bitXor)
        case .ampersand: return (3, .bitAnd)
        case .leftShift: return (4, .leftShift)
        case .rightShift: return (4, .rightShift)
        case .plus: return (5, .add)
        case .minus: return (5, .subtract)
        case .star: return (6, .multiply)
        case .slash: return (6, .trueDivide)
        case .doubleSlash: return (6, .floorDivide)
        case .percent: return (6, .modulo)
        case .at: return (6, .matrixMultiply)
        default: return nil
        }
    }

    /// bitwise_or and everything below it down to term, by precedence climbing.
    mutating func parseBitwiseOr() throws(SyntaxError) -> ExprID {
        try parseBinary(minimumPrecedence: 1)
    }

    mutating func parseBinary(minimumPrecedence: Int) throws(SyntaxError) -> ExprID {
        let start = current.location
        var left = try parseFactor()
        var chain = 0
        defer { nestingDepth -= chain }
        while let (precedence, op) = binaryPrecedence(kind), precedence >= minimumPrecedence {
            try enterNesting()
            chain += 1
            advance()
            let right = try parseBinary(minimumPrecedence: precedence + 1)
            left = ast.add(.binary(op, left, right), span(from: start))
        }
        return left
    }

    /// factor: ('+' | '-' | '~') factor | power
    mutating func parseFactor() throws(SyntaxError) -> ExprID {
        let start = current.location
        let op: UnaryOperator
        switch kind {
        case .minus: op = .negate
        case .plus: op = .plus
        case .tilde: op = .invert
        default: return try parsePower()
        }
        try enterNesting()
        defer { nestingDepth -= 1 }
        advance()
        let operand = try parseFactor()
        return ast.add(.unary(op, operand), span(from: start))
    }

    /// power: await_primary ['**' factor]
    mutating func parsePower() throws(SyntaxError) -> ExprID {
        let start = current.location
        let base = try parseAwaitPrimary()
        guard accept(.doubleStar) else { return base }
        try enterNesting()
        defer { nestingDepth -= 1 }
        let exponent = try parseFactor()
        return ast.add(.binary(.power, base, exponent), span(from: start))
    }

    /// await_primary: 'await' primary | primary
    mutating func parseAwaitPrimary() throws(SyntaxError) -> ExprID {
        guard kind == .kwAwait else { return try parsePrimary() }
        let start = advance().location
        let operand = try parsePrimary()
        return ast.add(.await(operand), span(from: start))
    }

    /// primary: atom ('.' NAME | '(' arguments ')' | '[' slices ']')*
    mutating func parsePrimary() throws(SyntaxError) -> ExprID {
        let start = current.location
        var expression = try parseAtom()
        var chain = 0
        defer { nestingDepth -= chain }
        while true {
            if kind == .dot || kind == .leftParen || kind == .leftBracket {
                try enterNesting()
                chain += 1
            }
            switch kind {
            case .dot:
                advance()
                guard kind == .name else { throw invalidSyntax() }
                let name = text(advance())
                expression = ast.add(.attribute(expression, name), span(from: start))
            case .leftParen:
                advance()
                let arguments = try parseCallArguments()
                try expect(.rightParen)
                expression = ast.add(.call(expression, arguments), span(from: start))
            case .leftBracket:
                advance()
                let index = try parseSlices()
                try expect(.rightBracket)
                expression = ast.add(.subscript(expression, index), span(from: start))
            default:
                return expression
            }
        }
    }

    /// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    mutating func parseYield() throws(SyntaxError) -> ExprID {
        let start = try expect(.kwYield).location
        if accept(.kwFrom) {
            let source = try parseExpression()
            return ast.add(.yieldFrom(source), span(from: start))
        }
        let value = startsExpression && kind != .kwYield ? try parseStarExpressions() : nil
        return ast.add(.yield(value), span(from: start))
    }

    // MARK: - Subscripts and call arguments

    /// slices: slice | (slice | starred) (',' (slice | starred))* [',']
    mutating func parseSlices() throws(SyntaxError) -> ExprID {
        let start = current.location
        let first = try parseSliceItem()
        guard kind == .comma else { return first }
        var items = [first]
        while accept(.comma) {
            if kind == .rightBracket { break }
            items.append(try parseSliceItem())
        }
        return ast.add(.tuple(items), span(from: start))
    }

    /// slice: [expression] ':' [expression] [':' [expression]] | named_expression | starred
    mutating func parseSliceItem() throws(SyntaxError) -> ExprID {
        let start = current.location
        if kind == .star { return try parseStarExpression() }
        var lower: ExprID?
        if kind != .colon {
            lower = try parseNamedExpression()
            if kind != .colon { return lower! }
        }
        advance()
        let upper = kind != .colon && kind != .comma && kind != .rightBracket ? try parseExpression() : nil
        var step: ExprID?
        if accept(.colon) {
            step = kind != .comma && kind != .rightBracket ? try parseExpression() : nil
        }
        return ast.add(.slice(lower, upper, step), span(from: start))
    }

    /// arguments: (positional | '*' expr | NAME '=' expr | '**' expr) (',' ...)* [','] with CPython's
    /// ordering rules, or a single unparenthesized generator expression.
    mutating func parseCallArguments() throws(SyntaxError) -> [Argument] {
        var arguments: [Argument] = []
        var sawKeyword = false
        var sawDoubleStar = false
        var keywords = Set<String>()
        while kind != .rightParen {
            let start = current.location
            if kind == .doubleStar {
                advance()
                arguments.append(.doubleStarred(try parseExpression()))
                sawDoubleStar = true
            } else if kind == .star {
                advance()
                if sawDoubleStar {
                    throw SyntaxError("iterable argument unpacking follows keyword argument unpacking", at: start)
                }
                let value = try parseExpression()
                if kind == .kwFor || kind == .kwAsync {
                    throw SyntaxError("iterable unpacking cannot be used in comprehension", at: start, end: ast[value].span.end)
                }
                arguments.append(.starred(value))
            } else if kind == .name && peekKind() == .equal {
                let nameToken = advance()
                advance()
                let name = text(nameToken)
                let value = try parseExpression()
                if !keywords.insert(name).inserted {
                    throw SyntaxError("keyword argument repeated: \(name)", at: nameToken.location, end: ast[value].span.end)
                }
                arguments.append(.keyword(name, value))
                sawKeyword = true
            } else {
                let value = try parseArgumentValue(start: start)
                if case .comprehension(.generator, _, _, _) = ast[value].kind, !isParenthesized(value) {
                    if !arguments.isEmpty || kind == .comma && peekKind() != .rightParen {
                        throw SyntaxError("Generator expression must be parenthesized", at: ast[value].span.start,
                                          end: ast[value].span.end)
                    }
                }
                if sawDoubleStar {
                    throw SyntaxError("positional argument follows keyword argument unpacking", at: closingParenthesisLocation())
                }
                if sawKeyword {
                    throw SyntaxError("positional argument follows keyword argument", at: closingParenthesisLocation())
                }
                arguments.append(.positional(value))
            }
            try checkForgottenComma(after: start, closing: .rightParen)
            if !accept(.comma) { break }
        }
        return arguments
    }

    /// Where the `)` closing the argument list being parsed is (CPython reports argument-order errors
    /// there, at the last token its parser read); the current token when it is never closed.
    func closingParenthesisLocation() -> SourceLocation {
        guard index > 0 else { return current.location }
        let argumentDepth = tokens[index - 1].depth
        var position = index
        while position < tokens.count {
            if tokens[position].kind == .rightParen && tokens[position].depth == argumentDepth - 1 {
                return tokens[position].location
            }
            position += 1
        }
        return current.location
    }

    mutating func parseArgumentValue(start: SourceLocation) throws(SyntaxError) -> ExprID {
        let value = try parseNamedExpression()
        if kind == .kwFor || kind == .kwAsync {
            return try parseComprehension(.generator, element: value, value: nil, start: start)
        }
        if kind == .equal {
            throw SyntaxError("expression cannot contain assignment, perhaps you meant \"==\"?",
                              at: ast[value].span.start, end: current.endLocation)
        }
        return value
    }

    func isParenthesized(_ expression: ExprID) -> Bool {
        let start = ast[expression].span.start
        guard let token = tokens.first(where: { $0.location == start }) else { return false }
        return token.kind == .leftParen
    }

    /// Inside brackets, an expression directly followed by another is "Perhaps you forgot a comma?".
    func checkForgottenComma(after start: SourceLocation, closing: TokenKind) throws(SyntaxError) {
        switch kind {
        case .name, .number, .string, .kwNone, .kwTrue, .kwFalse, .kwLambda:
            throw SyntaxError("invalid syntax. Perhaps you forgot a comma?", at: start, end: current.endLocation)
        default:
            return
        }
    }
}
