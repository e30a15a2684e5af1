import Support

/// A recursive-descent parser from tokens to an ``AST``, with CPython 3.11's syntax error messages
/// for the mistakes people make most (a missing colon, a missing indented block, an unclosed bracket,
/// an invalid assignment target, a forgotten comma).
public struct Parser {
    let tokens: [Token]
    let bytes: [UInt8]
    var index = 0
    /// The arena the parser fills.
    public var ast: AST
    /// How many enclosing function bodies the parser is in (for `yield` and `return` checks later).
    var functionDepth = 0
    /// The furthest token the parser has moved to (it may back up to try another rule).
    var furthestIndex = 0
    /// How many nested expressions are being parsed (see `enterNesting`).
    var nestingDepth = 0
    /// The deepest expression nesting parsed; deeper code is a compile-time RecursionError, never a
    /// native stack overflow.
    static let maximumNesting = 20_000

    init(tokens: [Token], bytes: [UInt8], ast: AST = AST()) {
        self.tokens = tokens
        self.bytes = bytes
        self.ast = ast
    }

    /// Parses a whole module.
    public static func parseModule(_ source: [UInt8]) throws(SyntaxError) -> AST {
        let lexed = Lexer.tokenizeForParser(source)
        var parser = Parser(tokens: lexed.tokens, bytes: source)
        do throws(SyntaxError) {
            parser.ast.body = try parser.parseFile()
        } catch {
            throw parser.arbitrate(error, lexed)
        }
        if let error = lexed.error ?? lexed.unclosedBracket { throw error }
        return parser.ast
    }

    /// Chooses between the parser's error and a lexical one as CPython does: after a failed parse
    /// it tokenizes the rest of the source, and a lexical error found there replaces the parser's
    /// error; an unclosed bracket replaces it when the parser had read past the bracket's line.
    func arbitrate(_ error: SyntaxError, _ lexed: LexedSource) -> SyntaxError {
        guard error.kind != .recursion else { return error }
        if let lexical = lexed.error { return lexical }
        if let unclosed = lexed.unclosedBracket, tokens[furthestIndex].location.line > unclosed.location.line {
            return unclosed
        }
        return error
    }

    /// Parses a module from a string.
    public static func parseModule(_ source: String) throws(SyntaxError) -> AST {
        try parseModule(Array(source.utf8))
    }

    // MARK: - Tokens

    var current: Token { tokens[index] }

    /// Counts one more level of expression nesting; pair with `nestingDepth -= 1`.
    mutating func enterNesting() throws(SyntaxError) {
        nestingDepth += 1
        if nestingDepth > Parser.maximumNesting {
            nestingDepth -= 1
            throw SyntaxError(.recursion, "maximum recursion depth exceeded during compilation", at: current.location)
        }
    }
    var kind: TokenKind { tokens[index].kind }

    func peekKind(_ offset: Int = 1) -> TokenKind {
        let position = index + offset
        return position < tokens.count ? tokens[position].kind : .endOfFile
    }

    func text(_ token: Token) -> String {
        String(decoding: bytes[token.start..<token.end], as: UTF8.self)
    }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        if index > furthestIndex { furthestIndex = index }
        return token
    }

    mutating func accept(_ expected: TokenKind) -> Bool {
        guard kind == expected else { return false }
        advance()
        return true
    }

    /// Consumes a token of the expected kind or fails with "invalid syntax" at the current token.
    @discardableResult
    mutating func expect(_ expected: TokenKind) throws(SyntaxError) -> Token {
        guard kind == expected else { throw invalidSyntax() }
        return advance()
    }

    /// Consumes a token of the expected kind or fails with "expected 'x'".
    @discardableResult
    mutating func expect(_ expected: TokenKind, describedAs description: String) throws(SyntaxError) -> Token {
        guard kind == expected else { throw SyntaxError("expected '\(description)'", at: errorLocation()) }
        return advance()
    }

    /// The location CPython reports for an unexpected token: the token itself, or the end of the
    /// previous token when the unexpected token is a line break.
    func errorLocation() -> SourceLocation {
        if (kind == .newline || kind == .endOfFile || kind == .dedent), index > 0 {
            return tokens[index - 1].endLocation
        }
        return current.location
    }

    /// "invalid syntax" at the current token (CPython's generic message).
    func invalidSyntax() -> SyntaxError {
        if kind == .indent {
            return SyntaxError(.indentation, "unexpected indent", at: SourceLocation(line: Int(current.location.line), column: 0))
        }
        if kind == .endOfFile || (kind == .newline && current.start >= bytes.count) {
            return SyntaxError("invalid syntax", at: errorLocation())
        }
        return SyntaxError("invalid syntax", at: current.location, end: current.endLocation)
    }

    func span(from start: SourceLocation) -> SourceSpan {
        let end = index > 0 ? tokens[index - 1].endLocation : start
        return SourceSpan(start: start, end: max(end, start))
    }

    // MARK: - Files and blocks

    /// file: statement* ENDMARKER
    mutating func parseFile() throws(SyntaxError) -> [StmtID] {
        var body: [StmtID] = []
        while kind != .endOfFile {
            if kind == .newline { advance(); continue }
            if kind == .indent { throw SyntaxError(.indentation, "unexpected indent", at: SourceLocation(line: Int(current.location.line), column: 0)) }
            body += try parseStatement()
        }
        return body
    }

    /// block: ':' (NEWLINE INDENT statement+ DEDENT | simple_stmts), with CPython's messages for a
    /// missing colon and a missing indented block after `construct` (e.g. "'if' statement").
    mutating func parseBlock(after construct: String, line: Int32) throws(SyntaxError) -> [StmtID] {
        try expect(.colon, describedAs: ":")
        if kind != .newline { return try parseSimpleStatements() }
        advance()
        guard kind == .indent else {
            throw SyntaxError(.indentation, "expected an indented block after \(construct) on line \(line)",
                              at: errorLocationForMissingBlock())
        }
        advance()
        var body: [StmtID] = []
        while kind != .dedent && kind != .endOfFile {
            if kind == .newline { advance(); continue }
            if kind == .indent { throw SyntaxError(.indentation, "unexpected indent", at: SourceLocation(line: Int(current.location.line), column: 0)) }
            body += try parseStatement()
        }
        if kind == .dedent { advance() }
        return body
    }

    func errorLocationForMissingBlock() -> SourceLocation {
        kind == .endOfFile || kind == .dedent ? SourceLocation(line: Int(current.location.line), column: 0)
            : current.location
    }
}
