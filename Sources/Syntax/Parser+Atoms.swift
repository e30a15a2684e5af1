import Support

extension Parser {
    // MARK: - Atoms

    /// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple | group | genexp | list
    ///     | listcomp | dict | set | dictcomp | setcomp | '...'
    mutating func parseAtom() throws(SyntaxError) -> ExprID {
        let token = current
        let start = token.location
        switch token.kind {
        case .name:
            advance()
            return ast.add(.name(text(token)), span(from: start))
        case .kwNone:
            advance()
            return ast.add(.constant(.none), span(from: start))
        case .kwTrue:
            advance()
            return ast.add(.constant(.bool(true)), span(from: start))
        case .kwFalse:
            advance()
            return ast.add(.constant(.bool(false)), span(from: start))
        case .ellipsis:
            advance()
            return ast.add(.constant(.ellipsis), span(from: start))
        case .number:
            advance()
            return ast.add(.constant(try numberLiteral(token)), span(from: start))
        case .string:
            return try parseStrings()
        case .leftParen:
            return try parseParenthesized()
        case .leftBracket:
            return try parseListDisplay()
        case .leftBrace:
            return try parseBraceDisplay()
        default:
            throw invalidSyntax()
        }
    }

    /// Converts a NUMBER token to a literal: int, big int (kept as text), float or imaginary.
    func numberLiteral(_ token: Token) throws(SyntaxError) -> Literal {
        let cleaned = text(token).filter { $0 != "_" }
        let lowered = cleaned.lowercased()
        if lowered.hasSuffix("j") {
            return .imaginary(parseFloat(String(lowered.dropLast())))
        }
        if lowered.hasPrefix("0x") || lowered.hasPrefix("0o") || lowered.hasPrefix("0b") {
            let radix = lowered.hasPrefix("0x") ? 16 : lowered.hasPrefix("0o") ? 8 : 2
            if let value = Int(lowered.dropFirst(2), radix: radix) { return .int(value) }
            return .bigInt(lowered)
        }
        if lowered.contains(".") || lowered.contains("e") {
            return .float(parseFloat(lowered))
        }
        if let value = Int(lowered) { return .int(value) }
        return .bigInt(lowered)
    }

    func parseFloat(_ text: String) -> Double {
        var normalized = text
        if normalized.hasPrefix(".") { normalized = "0" + normalized }
        if let dot = normalized.firstIndex(of: "."), normalized.index(after: dot) == normalized.endIndex
            || !normalized[normalized.index(after: dot)].isNumber {
            normalized.insert("0", at: normalized.index(after: dot))
        }
        return Double(normalized) ?? .infinity
    }

    /// '(' ')' | '(' yield_expr ')' | '(' named_expression ')' | tuple | genexp
    mutating func parseParenthesized() throws(SyntaxError) -> ExprID {
        let start = advance().location
        if accept(.rightParen) { return ast.add(.tuple([]), span(from: start)) }
        if kind == .kwYield {
            let value = try parseYield()
            try expect(.rightParen)
            return value
        }
        let first = kind == .star ? try parseStarExpression() : try parseNamedExpression()
        if kind == .kwFor || kind == .kwAsync {
            let generator = try parseComprehension(.generator, element: first, value: nil, start: start)
            try expect(.rightParen)
            return retag(generator, from: start)
        }
        if accept(.rightParen) {
            switch ast[first].kind {
            case .starred: throw SyntaxError("cannot use starred expression here", at: ast[first].span.start, end: ast[first].span.end)
            case .namedExpr: return first  // errors about the walrus point at its name, inside the parentheses
            default: return retag(first, from: start)
            }
        }
        try checkForgottenComma(after: ast[first].span.start, closing: .rightParen)
        var items = [first]
        while accept(.comma) {
            if kind == .rightParen { break }
            let itemStart = current.location
            items.append(kind == .star ? try parseStarExpression() : try parseNamedExpression())
            try checkForgottenComma(after: itemStart, closing: .rightParen)
        }
        try expect(.rightParen)
        return ast.add(.tuple(items), span(from: start))
    }

    /// Widens a node's span to include its parentheses (so error carets and checks see them).
    mutating func retag(_ expression: ExprID, from start: SourceLocation) -> ExprID {
        ast.exprs[Int(expression.index)].span = span(from: start)
        return expression
    }

    /// list: '[' [star_named_expressions] ']' | listcomp: '[' named_expression for_if_clauses ']'
    mutating func parseListDisplay() throws(SyntaxError) -> ExprID {
        let start = advance().location
        if accept(.rightBracket) { return ast.add(.list([]), span(from: start)) }
        let first = kind == .star ? try parseStarExpression() : try parseNamedExpression()
        if kind == .kwFor || kind == .kwAsync {
            let comprehension = try parseComprehension(.list, element: first, value: nil, start: start)
            try expect(.rightBracket)
            return retag(comprehension, from: start)
        }
        let items = try parseRemainingItems(first: first, closing: .rightBracket)
        try expect(.rightBracket)
        return ast.add(.list(items), span(from: start))
    }

    mutating func parseRemainingItems(first: ExprID, closing: TokenKind) throws(SyntaxError) -> [ExprID] {
        try checkForgottenComma(after: ast[first].span.start, closing: closing)
        var items = [first]
        while accept(.comma) {
            if kind == closing { break }
            let itemStart = current.location
            items.append(kind == .star ? try parseStarExpression() : try parseNamedExpression())
            try checkForgottenComma(after: itemStart, closing: closing)
        }
        return items
    }

    /// dict | set | dictcomp | setcomp
    mutating func parseBraceDisplay() throws(SyntaxError) -> ExprID {
        let start = advance().location
        if accept(.rightBrace) { return ast.add(.dict([]), span(from: start)) }
        if kind == .doubleStar {
            return try parseDictDisplay(start: start, firstItem: nil)
        }
        let first = kind == .star ? try parseStarExpression() : try parseNamedExpression()
        if accept(.colon) {
            if kind == .comma || kind == .rightBrace {
                throw SyntaxError("expression expected after dictionary key and ':'", at: tokens[index - 1].location)
            }
            let value = try parseExpression()
            if kind == .kwFor || kind == .kwAsync {
                let comprehension = try parseComprehension(.dict, element: first, value: value, start: start)
                try expect(.rightBrace)
                return retag(comprehension, from: start)
            }
            return try parseDictDisplay(start: start, firstItem: .pair(first, value))
        }
        if kind == .kwFor || kind == .kwAsync {
            let comprehension = try parseComprehension(.set, element: first, value: nil, start: start)
            try expect(.rightBrace)
            return retag(comprehension, from: start)
        }
        let items = try parseRemainingItems(first: first, closing: .rightBrace)
        try expect(.rightBrace)
        return ast.add(.set(items), span(from: start))
    }

    mutating func parseDictDisplay(start: SourceLocation, firstItem: DictItem?) throws(SyntaxError) -> ExprID {
        var items: [DictItem] = []
        if let firstItem {
            items.append(firstItem)
            if !accept(.comma) {
                try expect(.rightBrace)
                return ast.add(.dict(items), span(from: start))
            }
        }
        while kind != .rightBrace {
            if accept(.doubleStar) {
                items.append(.unpack(try parseBitwiseOr()))
            } else {
                let key = try parseExpression()
                guard accept(.colon) else {
                    throw SyntaxError("':' expected after dictionary key", at: ast[key].span.start)
                }
                if kind == .comma || kind == .rightBrace {
                    throw SyntaxError("expression expected after dictionary key and ':'", at: tokens[index - 1].location)
                }
                items.append(.pair(key, try parseExpression()))
            }
            if !accept(.comma) { break }
        }
        try expect(.rightBrace)
        return ast.add(.dict(items), span(from: start))
    }

    /// for_if_clauses: ('for' star_targets 'in' disjunction ('if' disjunction)*)+
    mutating func parseComprehension(_ comprehensionKind: ComprehensionKind, element: ExprID, value: ExprID?,
                                     start: SourceLocation) throws(SyntaxError) -> ExprID {
        if case .starred = ast[element].kind {
            throw SyntaxError("iterable unpacking cannot be used in comprehension", at: ast[element].span.start,
                              end: ast[element].span.end)
        }
        var clauses: [ComprehensionClause] = []
        while kind == .kwFor || kind == .kwAsync {
            if kind == .kwAsync { advance() }
            try expect(.kwFor)
            let target = try parseTargetList()
            try validateAssignmentTarget(target, statementTarget: false)
            guard accept(.kwIn) else { throw invalidSyntax() }
            let iterable = try parseDisjunction()
            var conditions: [ExprID] = []
            while accept(.kwIf) { conditions.append(try parseDisjunction()) }
            clauses.append(ComprehensionClause(target: target, iterable: iterable, conditions: conditions))
        }
        if case .starred = ast[element].kind {
            throw SyntaxError("iterable unpacking cannot be used in comprehension", at: ast[element].span.start)
        }
        return ast.add(.comprehension(comprehensionKind, element: element, value: value, clauses), span(from: start))
    }
}
