/// A position in SQL text, as Spark reports it: line 1-based, column ("pos") 0-based.
struct SQLPosition: Sendable, Hashable {
    /// The line, from 1.
    var line: Int
    /// The column in the line, from 0.
    var column: Int
}

/// One token of SQL text.
struct SQLToken: Sendable {
    enum Kind: Sendable, Equatable {
        /// A bare word (keywords included; `upper` tells which keyword).
        case word
        /// A `backquoted` identifier (never a keyword).
        case quotedIdentifier
        /// An integer literal, with an optional type suffix (L, S, Y) in `suffix`.
        case integer
        /// A decimal or exponent literal, with an optional suffix (D, F, BD).
        case decimal
        /// A string literal (its unescaped value in `text`).
        case string
        /// Punctuation or an operator.
        case symbol
        /// The end of the text.
        case end
    }

    var kind: Kind
    /// The value: the identifier (unquoted), the string's contents, the number's digits, the symbol.
    var text: String
    /// The text as written (for error messages).
    var raw: String
    /// A literal's type suffix, uppercased ("L", "BD", ...), or "".
    var suffix: String = ""
    /// Where the token starts.
    var position: SQLPosition

    /// The word uppercased (for keyword comparison); "" for other kinds.
    var upper: String { kind == .word ? text.uppercased() : "" }

    /// Whether this is the keyword `keyword` (uppercase).
    func isKeyword(_ keyword: String) -> Bool { kind == .word && text.uppercased() == keyword }

    /// Whether this is the symbol `symbol`.
    func isSymbol(_ symbol: String) -> Bool { kind == .symbol && text == symbol }
}

/// Splits SQL text into tokens: words, `quoted` identifiers, numbers, 'strings' (or "strings"),
/// operators; skips whitespace, `--` line comments and `/* */` block comments (nested as Spark nests them).
struct SQLLexer {
    let source: String
    private let chars: [Character]
    private var index = 0
    private var line = 1
    private var column = 0

    init(_ source: String) {
        self.source = source
        chars = Array(source)
    }

    /// Every token, ending with one `.end` token.
    static func tokenize(_ source: String) throws -> [SQLToken] {
        var lexer = SQLLexer(source)
        var tokens: [SQLToken] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private func peek(_ offset: Int = 0) -> Character? {
        let i = index + offset
        return i >= 0 && i < chars.count ? chars[i] : nil
    }

    private mutating func advance() {
        guard index < chars.count else { return }
        if chars[index] == "\n" { line += 1; column = 0 } else { column += 1 }
        index += 1
    }

    private func syntaxError(_ near: String, _ position: SQLPosition) -> ColumnarError {
        SQLErrors.syntax(near: near, at: position, in: source)
    }

    private mutating func skipTrivia() throws {
        while let c = peek() {
            if c.isWhitespace { advance(); continue }
            if c == "-", peek(1) == "-" {
                while let d = peek(), d != "\n" { _ = d; advance() }
                continue
            }
            if c == "/", peek(1) == "*" {
                var depth = 0
                repeat {
                    if peek() == "/", peek(1) == "*" { depth += 1; advance(); advance(); continue }
                    if peek() == "*", peek(1) == "/" { depth -= 1; advance(); advance(); continue }
                    guard peek() != nil else {
                        throw ColumnarError(.parse, "[UNCLOSED_BRACKETED_COMMENT] Found an unclosed bracketed comment. Please, append */ at the end of the comment.\n\n== SQL ==\n\(source)")
                    }
                    advance()
                } while depth > 0
                continue
            }
            return
        }
    }

    private static func isIdentifierStart(_ c: Character) -> Bool { c.isLetter || c == "_" }
    private static func isIdentifierPart(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" || c == "$" }

    mutating func next() throws -> SQLToken {
        try skipTrivia()
        let start = SQLPosition(line: line, column: column)
        let startIndex = index
        guard let c = peek() else { return SQLToken(kind: .end, text: "", raw: "<EOF>", position: start) }
        func raw() -> String { String(chars[startIndex ..< index]) }

        if c == "`" {
            advance()
            var name = ""
            while true {
                guard let d = peek() else { throw syntaxError(raw(), start) }
                advance()
                if d == "`" {
                    if peek() == "`" { name.append("`"); advance(); continue }
                    break
                }
                name.append(d)
            }
            return SQLToken(kind: .quotedIdentifier, text: name, raw: raw(), position: start)
        }
        if c == "'" || c == "\"" {
            return try string(quote: c, start: start, startIndex: startIndex)
        }
        if c.isASCII && c.isNumber || (c == "." && (peek(1).map { $0.isASCII && $0.isNumber } ?? false)) {
            return number(start: start, startIndex: startIndex)
        }
        if SQLLexer.isIdentifierStart(c) {
            while let d = peek(), SQLLexer.isIdentifierPart(d) { advance() }
            return SQLToken(kind: .word, text: raw(), raw: raw(), position: start)
        }
        // Operators, longest first.
        for symbol in ["<=>", "<>", "<=", ">=", "!=", "==", "||", "::"] {
            let symbolChars = Array(symbol)
            if (0 ..< symbolChars.count).allSatisfy({ peek($0) == symbolChars[$0] }) {
                for _ in symbolChars { advance() }
                return SQLToken(kind: .symbol, text: symbol, raw: symbol, position: start)
            }
        }
        if "(),.;*+-/%=<>~&|^[]:!".contains(c) {
            advance()
            return SQLToken(kind: .symbol, text: String(c), raw: String(c), position: start)
        }
        advance()
        throw syntaxError(raw(), start)
    }

    /// A quoted string, with Spark's unescaping: a doubled quote, and backslash escapes.
    private mutating func string(quote: Character, start: SQLPosition, startIndex: Int) throws -> SQLToken {
        advance()
        var value = ""
        while true {
            guard let d = peek() else {
                throw syntaxError(String(chars[startIndex ..< index]), start)
            }
            advance()
            if d == quote {
                if peek() == quote { value.append(quote); advance(); continue }
                break
            }
            if d == "\\" {
                guard let e = peek() else { throw syntaxError(String(chars[startIndex ..< index]), start) }
                advance()
                switch e {
                case "n": value.append("\n")
                case "t": value.append("\t")
                case "r": value.append("\r")
                case "b": value.append("\u{8}")
                case "0": value.append("\u{0}")
                case "Z": value.append("\u{1A}")
                case "%": value.append("\\%")
                case "_": value.append("\\_")
                case "u":
                    var hex = ""
                    while hex.count < 4, let h = peek(), h.isHexDigit { hex.append(h); advance() }
                    if hex.count == 4, let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) {
                        value.append(Character(scalar))
                    } else {
                        value.append("u" + hex)
                    }
                default: value.append(e)
                }
                continue
            }
            value.append(d)
        }
        return SQLToken(kind: .string, text: value, raw: String(chars[startIndex ..< index]), position: start)
    }

    /// A number: digits, an optional fraction and exponent, an optional type suffix.
    private mutating func number(start: SQLPosition, startIndex: Int) -> SQLToken {
        var isDecimal = false
        while let d = peek(), d.isASCII, d.isNumber { advance() }
        if peek() == ".", let next = peek(1), next.isASCII, next.isNumber || !SQLLexer.isIdentifierStart(next) {
            isDecimal = true
            advance()
            while let d = peek(), d.isASCII, d.isNumber { advance() }
        } else if peek() == ".", peek(1) == nil {
            isDecimal = true
            advance()
        }
        if let e = peek(), e == "e" || e == "E" {
            let sign = peek(1) == "+" || peek(1) == "-" ? 1 : 0
            if let digit = peek(1 + sign), digit.isASCII, digit.isNumber {
                isDecimal = true
                advance()
                if sign == 1 { advance() }
                while let d = peek(), d.isASCII, d.isNumber { advance() }
            }
        }
        let digits = String(chars[startIndex ..< index])
        var suffix = ""
        if let s = peek() {
            let upper = String(s).uppercased()
            let follows = peek(upper == "B" ? 2 : 1)
            let endsWord = follows.map { !SQLLexer.isIdentifierPart($0) } ?? true
            if upper == "B", peek(1).map({ String($0).uppercased() == "D" }) ?? false, endsWord {
                suffix = "BD"; advance(); advance()
            } else if ["L", "S", "Y"].contains(upper), !isDecimal, endsWord {
                suffix = upper; advance()
            } else if ["D", "F"].contains(upper), endsWord {
                suffix = upper; advance()
            }
        }
        return SQLToken(kind: isDecimal || suffix == "D" || suffix == "F" || suffix == "BD" ? .decimal : .integer,
                        text: digits, raw: String(chars[startIndex ..< index]), suffix: suffix, position: start)
    }
}

/// Spark's parse and analysis error messages for SQL text.
enum SQLErrors {
    /// `[PARSE_SYNTAX_ERROR] Syntax error at or near 'X'. (line L, pos P)` with the query and a caret line.
    static func syntax(near: String, detail: String = "", at position: SQLPosition, in source: String) -> ColumnarError {
        let what = near == "<EOF>" ? "end of input" : "'\(near)'"
        return ColumnarError(.parse, "[PARSE_SYNTAX_ERROR] Syntax error at or near \(what)\(detail). (line \(position.line), pos \(position.column))"
                             + context(position, source))
    }

    /// A parse error of another class, with position and context.
    static func parse(_ message: String, at position: SQLPosition, in source: String) -> ColumnarError {
        ColumnarError(.parse, "\(message)(line \(position.line), pos \(position.column))" + context(position, source))
    }

    /// The `== SQL ==` block: the lines up to the error's, a caret line under the error, the rest.
    static func context(_ position: SQLPosition, _ source: String) -> String {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let cut = max(0, min(position.line, lines.count))
        var text = "\n\n== SQL ==\n"
        for line in lines[0 ..< cut] { text += line + "\n" }
        text += String(repeating: "-", count: max(0, position.column)) + "^^^"
        for line in lines[cut...] { text += "\n" + line }
        return text
    }

    /// The suffix Spark gives analysis errors located in the query text.
    static func located(_ position: SQLPosition) -> String { "; line \(position.line) pos \(position.column)" }
}
