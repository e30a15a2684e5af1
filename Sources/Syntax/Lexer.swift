import Support

/// Turns source bytes into tokens, including NEWLINE, INDENT and DEDENT (CPython's tokenizer rules).
///
/// Indentation follows the column-stack algorithm of CPython's tokenizer: blank and comment-only lines
/// are skipped, tabs advance to the next multiple of 8, and a mismatch against a tab size of 1 is a
/// `TabError`. Inside brackets, line breaks are ignored.
public struct Lexer {
    let bytes: [UInt8]
    var position = 0
    var line = 1
    var lineStart = 0
    var tokens: [Token] = []
    var indentStack: [(columns: Int, alternate: Int)] = [(0, 0)]
    var brackets: [(kind: UInt8, location: SourceLocation)] = []
    /// How deeply brackets may nest (CPython's tokenizer limit).
    static let maximumBracketDepth = 200
    /// How many indentation levels blocks may nest (CPython's tokenizer limit).
    static let maximumIndentationDepth = 100
    var atLineStart = true

    /// Creates a lexer over UTF-8 source bytes.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Tokenizes the whole source, ending with NEWLINE (if needed), DEDENTs and ENDMARKER.
    public static func tokenize(_ bytes: [UInt8]) throws(SyntaxError) -> [Token] {
        let lexed = tokenizeForParser(bytes)
        if let error = lexed.error ?? lexed.unclosedBracket { throw error }
        return lexed.tokens
    }

    /// Tokenizes for the parser, which decides (as CPython's does) whether a lexical error or its
    /// own error is reported: CPython's parser pulls tokens one at a time, so an error it finds
    /// before a later lexical error usually wins.
    static func tokenizeForParser(_ bytes: [UInt8]) -> LexedSource {
        var lexer = Lexer(bytes: bytes)
        do {
            try lexer.run()
            return LexedSource(tokens: lexer.tokens, error: nil, unclosedBracket: lexer.unclosedBracketError)
        } catch {
            let location = error.location
            lexer.tokens.append(Token(kind: .endOfFile, start: lexer.position, end: lexer.position, location: location,
                                      endLocation: location, depth: 0))
            return LexedSource(tokens: lexer.tokens, error: error, unclosedBracket: nil)
        }
    }

    /// The error for a bracket still open at the end of the source.
    var unclosedBracketError: SyntaxError? {
        guard let open = brackets.last else { return nil }
        return SyntaxError("'\(Character(Unicode.Scalar(open.kind)))' was never closed", at: open.location)
    }

    mutating func run() throws(SyntaxError) {
        while true {
            if atLineStart && brackets.isEmpty {
                guard try readIndentation() else { break }
            }
            guard position < bytes.count else { break }
            try readToken()
        }
        try finish()
    }

    var location: SourceLocation { SourceLocation(line: line, column: position - lineStart) }

    func peek(_ offset: Int = 0) -> UInt8 {
        let index = position + offset
        return index < bytes.count ? bytes[index] : 0
    }

    mutating func newLine(at index: Int) {
        line += 1
        lineStart = index
    }

    mutating func emit(_ kind: TokenKind, from start: Int, at startLocation: SourceLocation) {
        tokens.append(Token(kind: kind, start: start, end: position, location: startLocation,
                            endLocation: location, depth: Int32(brackets.count)))
    }

    // MARK: - Indentation

    /// Measures the indentation of the next non-blank line and emits INDENT/DEDENT; false at EOF.
    mutating func readIndentation() throws(SyntaxError) -> Bool {
        while true {
            var columns = 0
            var alternate = 0
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: " ") {
                    columns += 1; alternate += 1
                } else if byte == UInt8(ascii: "\t") {
                    columns = (columns / 8 + 1) * 8; alternate += 1
                } else if byte == 0x0C {
                    columns = 0; alternate = 0
                } else {
                    break
                }
                position += 1
            }
            guard position < bytes.count else { return false }
            let byte = bytes[position]
            if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                skipComment()
                if position < bytes.count { consumeLineBreak() }
                continue
            }
            if byte == UInt8(ascii: "\\") && (peek(1) == UInt8(ascii: "\n") || peek(1) == UInt8(ascii: "\r")) {
                // A backslash continuation at the start of a line joins it to the next one.
                position += 1
                consumeLineBreak()
                continue
            }
            atLineStart = false
            try applyIndentation(columns: columns, alternate: alternate)
            return true
        }
    }

    mutating func applyIndentation(columns: Int, alternate: Int) throws(SyntaxError) {
        let top = indentStack[indentStack.count - 1]
        if columns == top.columns {
            if alternate != top.alternate { throw tabError() }
        } else if columns > top.columns {
            if alternate <= top.alternate { throw tabError() }
            if indentStack.count > Lexer.maximumIndentationDepth {
                throw SyntaxError(.indentation, "too many levels of indentation", at: location)
            }
            indentStack.append((columns, alternate))
            emit(.indent, from: position, at: location)
        } else {
            while indentStack.count > 1 && columns < indentStack[indentStack.count - 1].columns {
                indentStack.removeLast()
                emit(.dedent, from: position, at: location)
            }
            let current = indentStack[indentStack.count - 1]
            if columns != current.columns {
                // CPython puts the caret at the end of the offending line.
                var end = position
                while end < bytes.count && bytes[end] != 10 && bytes[end] != 13 { end += 1 }
                throw SyntaxError(.indentation, "unindent does not match any outer indentation level",
                                  at: SourceLocation(line: line, column: end - lineStart))
            }
            if alternate != current.alternate { throw tabError() }
        }
    }

    func tabError() -> SyntaxError {
        SyntaxError(.tab, "inconsistent use of tabs and spaces in indentation", at: SourceLocation(line: line, column: 0))
    }

    mutating func skipComment() {
        if peek() == UInt8(ascii: "#") {
            while position < bytes.count && bytes[position] != UInt8(ascii: "\n") && bytes[position] != UInt8(ascii: "\r") {
                position += 1
            }
        }
    }

    mutating func consumeLineBreak() {
        if peek() == UInt8(ascii: "\r") { position += 1 }
        if peek() == UInt8(ascii: "\n") { position += 1 }
        newLine(at: position)
    }

    // MARK: - Tokens

    mutating func readToken() throws(SyntaxError) {
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0C:
            position += 1
        case UInt8(ascii: "#"):
            skipComment()
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
            let start = position
            let startLocation = location
            if brackets.isEmpty {
                consumeLineBreak()
                tokens.append(Token(kind: .newline, start: start, end: start + 1, location: startLocation,
                                    endLocation: SourceLocation(line: Int(startLocation.line),
                                                                column: Int(startLocation.column) + 1),
                                    depth: 0))
                atLineStart = true
            } else {
                consumeLineBreak()
            }
        case UInt8(ascii: "\\"):
            position += 1
            if peek() == UInt8(ascii: "\n") || peek() == UInt8(ascii: "\r") {
                consumeLineBreak()
                if position >= bytes.count {
                    throw SyntaxError("unexpected EOF while parsing", at: location)
                }
            } else {
                throw SyntaxError("unexpected character after line continuation character",
                                  at: SourceLocation(line: line, column: position - lineStart))
            }
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            try readNumber()
        case UInt8(ascii: "."):
            if peek(1) >= UInt8(ascii: "0") && peek(1) <= UInt8(ascii: "9") {
                try readNumber()
            } else {
                try readOperator()
            }
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            try readString(prefixStart: position)
        default:
            if isIdentifierStart(byte) {
                try readNameOrPrefixedString()
            } else {
                try readOperator()
            }
        }
    }

    func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    func isIdentifierContinue(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    mutating func readNameOrPrefixedString() throws(SyntaxError) {
        let start = position
        let startLocation = location
        while position < bytes.count && isIdentifierContinue(bytes[position]) {
            if bytes[position] >= 0x80 { try checkIdentifierScalar() } else { position += 1 }
        }
        let next = peek()
        if (next == UInt8(ascii: "\"") || next == UInt8(ascii: "'")) && position - start <= 2
            && isStringPrefix(bytes[start..<position]) {
            try readString(prefixStart: start)
            return
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        emit(TokenKind.keyword(text) ?? .name, from: start, at: startLocation)
    }

    /// Accepts one non-ASCII scalar of an identifier, or reports it as an invalid character.
    mutating func checkIdentifierScalar() throws(SyntaxError) {
        let startLocation = location
        var scalarBytes: [UInt8] = [bytes[position]]
        var index = position + 1
        while index < bytes.count && bytes[index] & 0xC0 == 0x80 && scalarBytes.count < 4 {
            scalarBytes.append(bytes[index])
            index += 1
        }
        let text = String(decoding: scalarBytes, as: UTF8.self)
        if let scalar = text.unicodeScalars.first, scalar.properties.isXIDContinue {
            position = index
            return
        }
        let scalar = text.unicodeScalars.first ?? "\u{FFFD}"
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        throw SyntaxError("invalid character '\(text)' (U+\(padded))", at: startLocation)
    }

    func isStringPrefix(_ prefix: ArraySlice<UInt8>) -> Bool {
        let lowered = prefix.map { $0 | 0x20 }
        switch lowered.count {
        case 1: return [UInt8(ascii: "r"), UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "u")].contains(lowered[0])
        case 2:
            let pair = String(decoding: lowered, as: UTF8.self)
            return ["rb", "br", "fr", "rf"].contains(pair)
        default: return false
        }
    }

    mutating func finish() throws(SyntaxError) {
        let endLocation = location
        if let last = tokens.last, last.kind != .newline, last.kind != .dedent {
            tokens.append(Token(kind: .newline, start: position, end: position, location: endLocation,
                                endLocation: endLocation, depth: 0))
        }
        while indentStack.count > 1 {
            indentStack.removeLast()
            tokens.append(Token(kind: .dedent, start: position, end: position, location: endLocation,
                                endLocation: endLocation, depth: 0))
        }
        tokens.append(Token(kind: .endOfFile, start: position, end: position, location: endLocation,
                            endLocation: endLocation, depth: 0))
    }
}

/// The tokens of a source and the lexical errors met, for the parser to arbitrate.
struct LexedSource {
    /// The tokens; after a lexical error they stop there with ENDMARKER.
    var tokens: [Token]
    /// The lexical error that stopped tokenizing, if any.
    var error: SyntaxError?
    /// "'(' was never closed" when the source ends inside brackets.
    var unclosedBracket: SyntaxError?
}
