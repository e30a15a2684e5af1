import Support

extension Parser {
    // MARK: - f-strings (CPython 3.11 rules: the literal is lexed as a string, fields parsed after)

    /// Parses the body of an f-string between `from` and `to` into literal parts and fields.
    mutating func parseFormattedBody(_ literal: StringToken, from start: Int, to end: Int,
                                     token: Token) throws(SyntaxError) -> [FStringPart] {
        var parts: [FStringPart] = []
        var position = start
        var pending: [UInt8] = []
        func flush(_ parser: Parser) throws(SyntaxError) -> FStringPart? {
            guard !pending.isEmpty else { return nil }
            defer { pending.removeAll() }
            return .literal(try parser.decode(pending[...], raw: literal.isRaw, token: token))
        }
        while position < end {
            let byte = bytes[position]
            if byte == UInt8(ascii: "{") {
                if position + 1 < end && bytes[position + 1] == UInt8(ascii: "{") {
                    pending.append(byte)
                    position += 2
                    continue
                }
                if let part = try flush(self) { parts.append(part) }
                let (field, next) = try parseField(literal, at: position + 1, end: end, token: token)
                parts.append(field)
                position = next
            } else if byte == UInt8(ascii: "}") {
                if position + 1 < end && bytes[position + 1] == UInt8(ascii: "}") {
                    pending.append(byte)
                    position += 2
                    continue
                }
                throw SyntaxError("f-string: single '}' is not allowed", at: token.location)
            } else if byte == UInt8(ascii: "\\") && !literal.isRaw && position + 1 < end {
                pending.append(byte)
                pending.append(bytes[position + 1])
                if bytes[position + 1] == UInt8(ascii: "N"), position + 2 < end, bytes[position + 2] == UInt8(ascii: "{") {
                    var index = position + 2
                    while index < end && bytes[index] != UInt8(ascii: "}") {
                        pending.append(bytes[index])
                        index += 1
                    }
                    if index < end { pending.append(bytes[index]) }
                    position = index + 1
                } else {
                    position += 2
                }
            } else {
                pending.append(byte)
                position += 1
            }
        }
        if let part = try flush(self) { parts.append(part) }
        return parts
    }

    /// Parses `expr[=][!conversion][:spec]}` starting just after `{`; returns the field and the offset
    /// after its closing brace.
    mutating func parseField(_ literal: StringToken, at start: Int, end: Int,
                             token: Token) throws(SyntaxError) -> (FStringPart, Int) {
        var position = start
        var nesting = 0
        var expressionEnd = -1
        var debugEnd = -1
        while position < end {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                nesting += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"):
                nesting -= 1
            case UInt8(ascii: "}"):
                if nesting == 0 { expressionEnd = position } else { nesting -= 1 }
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                position = skipQuoted(from: position, end: end)
                continue
            case UInt8(ascii: "\\"):
                throw SyntaxError("f-string expression part cannot include a backslash", at: token.location)
            case UInt8(ascii: "#"):
                throw SyntaxError("f-string expression part cannot include '#'", at: token.location)
            case UInt8(ascii: "!") where nesting == 0:
                if position + 1 < end && bytes[position + 1] == UInt8(ascii: "=") { position += 2; continue }
                expressionEnd = position
            case UInt8(ascii: ":") where nesting == 0:
                expressionEnd = position
            case UInt8(ascii: "=") where nesting == 0:
                let next = position + 1 < end ? bytes[position + 1] : 0
                let previous = bytes[position - 1]
                if next == UInt8(ascii: "=") { position += 2; continue }
                if [UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">")].contains(previous) { break }
                expressionEnd = position
                debugEnd = position + 1
            default:
                break
            }
            if expressionEnd >= 0 { break }
            position += 1
        }
        guard expressionEnd >= 0 else { throw SyntaxError("f-string: expecting '}'", at: token.location) }
        let expressionBytes = Array(bytes[start..<expressionEnd])
        if expressionBytes.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") }) {
            throw SyntaxError("f-string: empty expression not allowed", at: token.location)
        }
        let expression = try parseEmbeddedExpression(expressionBytes, at: location(ofOffset: start, in: token))
        position = expressionEnd
        var debugText: String?
        if debugEnd >= 0 {
            position = debugEnd
            while position < end && bytes[position] == UInt8(ascii: " ") { position += 1 }
            debugText = String(decoding: bytes[start..<position], as: UTF8.self)
        }
        var conversion: UInt8?
        if position < end && bytes[position] == UInt8(ascii: "!") {
            guard position + 1 < end, [UInt8(ascii: "r"), UInt8(ascii: "s"), UInt8(ascii: "a")].contains(bytes[position + 1]) else {
                throw SyntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'", at: token.location)
            }
            conversion = bytes[position + 1]
            position += 2
        }
        var spec: ExprID?
        if position < end && bytes[position] == UInt8(ascii: ":") {
            let specEnd = try findSpecEnd(from: position + 1, end: end, token: token)
            let specParts = try parseFormattedBody(literal, from: position + 1, to: specEnd, token: token)
            let specLocation = location(ofOffset: position + 1, in: token)
            spec = ast.add(.joinedString(mergeLiterals(specParts)), SourceSpan(start: specLocation, end: specLocation))
            position = specEnd
        }
        guard position < end, bytes[position] == UInt8(ascii: "}") else {
            throw SyntaxError("f-string: expecting '}'", at: token.location)
        }
        return (.field(expression, conversion: conversion, spec: spec, debugText: debugText), position + 1)
    }

    func skipQuoted(from start: Int, end: Int) -> Int {
        let quote = bytes[start]
        var position = start + 1
        while position < end && bytes[position] != quote { position += 1 }
        return min(position + 1, end)
    }

    /// Finds the `}` that closes a format spec, skipping nested `{...}` fields.
    func findSpecEnd(from start: Int, end: Int, token: Token) throws(SyntaxError) -> Int {
        var nesting = 0
        var position = start
        while position < end {
            switch bytes[position] {
            case UInt8(ascii: "'"), UInt8(ascii: "\"") where nesting > 0:
                position = skipQuoted(from: position, end: end)
                continue
            case UInt8(ascii: "{"): nesting += 1
            case UInt8(ascii: "}"):
                if nesting == 0 { return position }
                nesting -= 1
            default: break
            }
            position += 1
        }
        throw SyntaxError("f-string: expecting '}'", at: token.location)
    }

    /// Parses the text of a replacement field as a parenthesized expression, with locations shifted
    /// to where the text sits in the file.
    mutating func parseEmbeddedExpression(_ text: [UInt8], at origin: SourceLocation) throws(SyntaxError) -> ExprID {
        let wrapped = [UInt8(ascii: "(")] + text + [UInt8(ascii: ")")]
        var embeddedTokens: [Token]
        do {
            embeddedTokens = try Lexer.tokenize(wrapped)
        } catch {
            throw SyntaxError("f-string: \(error.message)", at: origin)
        }
        for index in embeddedTokens.indices {
            embeddedTokens[index].location = shift(embeddedTokens[index].location, by: origin)
            embeddedTokens[index].endLocation = shift(embeddedTokens[index].endLocation, by: origin)
        }
        var embedded = Parser(tokens: embeddedTokens, bytes: wrapped, ast: ast)
        embedded.functionDepth = functionDepth
        ast = AST()
        defer { ast = embedded.ast }
        try embedded.expect(.leftParen)
        let expression = embedded.kind == .kwYield ? try embedded.parseYield() : try embedded.parseStarExpressions()
        guard embedded.kind == .rightParen else {
            throw SyntaxError("f-string: invalid syntax", at: origin)
        }
        return expression
    }

    func shift(_ location: SourceLocation, by origin: SourceLocation) -> SourceLocation {
        if location.line == 1 {
            return SourceLocation(line: Int(origin.line), column: Int(origin.column) + Int(location.column) - 1)
        }
        return SourceLocation(line: Int(origin.line) + Int(location.line) - 1, column: Int(location.column))
    }
}
