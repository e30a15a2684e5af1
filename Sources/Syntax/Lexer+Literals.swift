import Support

extension Lexer {
    // MARK: - Numbers

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// number: decimal | 0x hex | 0o octal | 0b binary | float | imaginary, with `_` between digits.
    mutating func readNumber() throws(SyntaxError) {
        let start = position
        let startLocation = location
        if peek() == UInt8(ascii: "0"), let radix = radixFor(peek(1)) {
            position += 2
            if peek() == UInt8(ascii: "_") && isDigit(peek(1), base: radix.base) { position += 1 }
            try readDigits(radix: radix, kind: radix.name, requireDigit: true)
            try checkNumberEnd(kind: radix.name)
            emit(.number, from: start, at: startLocation)
            return
        }
        var isInteger = true
        if peek() != UInt8(ascii: ".") { try readDigits(radix: (10, "decimal"), kind: "decimal", requireDigit: true) }
        if peek() == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            if isDigit(peek()) { try readDigits(radix: (10, "decimal"), kind: "decimal", requireDigit: true) }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            let signOffset = peek(1) == UInt8(ascii: "+") || peek(1) == UInt8(ascii: "-") ? 2 : 1
            if isDigit(peek(signOffset)) {
                isInteger = false
                position += signOffset
                try readDigits(radix: (10, "decimal"), kind: "decimal", requireDigit: true)
            } else {
                throw SyntaxError("invalid decimal literal", at: startLocation)
            }
        }
        if peek() == UInt8(ascii: "j") || peek() == UInt8(ascii: "J") {
            position += 1
            isInteger = false
        }
        if isInteger { try checkLeadingZeros(from: start, at: startLocation) }
        try checkNumberEnd(kind: "decimal")
        emit(.number, from: start, at: startLocation)
    }

    func radixFor(_ byte: UInt8) -> (base: Int, name: String)? {
        switch byte | 0x20 {
        case UInt8(ascii: "x"): return (16, "hexadecimal")
        case UInt8(ascii: "o"): return (8, "octal")
        case UInt8(ascii: "b"): return (2, "binary")
        default: return nil
        }
    }

    func isDigit(_ byte: UInt8, base: Int) -> Bool {
        switch base {
        case 16: return isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
        case 8: return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "7")
        case 2: return byte == UInt8(ascii: "0") || byte == UInt8(ascii: "1")
        default: return isDigit(byte)
        }
    }

    /// Reads digits of a radix with single underscores between them.
    mutating func readDigits(radix: (base: Int, name: String), kind: String, requireDigit: Bool) throws(SyntaxError) {
        var sawDigit = false
        while true {
            let byte = peek()
            if isDigit(byte, base: radix.base) {
                sawDigit = true
                position += 1
            } else if byte == UInt8(ascii: "_") && sawDigit && isDigit(peek(1), base: radix.base) {
                position += 1
            } else {
                break
            }
        }
        if !sawDigit && requireDigit {
            throw SyntaxError("invalid \(radix.name) literal", at: location)
        }
        if radix.base != 10 && isDigit(peek()) {
            throw SyntaxError("invalid digit '\(Character(Unicode.Scalar(peek())))' in \(radix.name) literal", at: location)
        }
    }

    mutating func checkLeadingZeros(from start: Int, at startLocation: SourceLocation) throws(SyntaxError) {
        guard bytes[start] == UInt8(ascii: "0"), position - start > 1 else { return }
        let digits = bytes[start..<position].filter { $0 != UInt8(ascii: "_") }
        if digits.contains(where: { $0 != UInt8(ascii: "0") }) {
            throw SyntaxError("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                              at: startLocation, end: location)
        }
    }

    /// A number directly followed by a name is invalid, except before the keywords CPython allows.
    mutating func checkNumberEnd(kind: String) throws(SyntaxError) {
        guard position < bytes.count, isIdentifierContinue(bytes[position]) else { return }
        for keyword in ["and", "else", "for", "if", "in", "is", "not", "or"] {
            let keywordBytes = Array(keyword.utf8)
            if position + keywordBytes.count <= bytes.count,
               Array(bytes[position..<(position + keywordBytes.count)]) == keywordBytes {
                return
            }
        }
        throw SyntaxError("invalid \(kind) literal", at: location)
    }

    // MARK: - Strings

    /// string: [prefix] ('...' | "..." | '''...''' | """...""") — decoded later by the parser.
    mutating func readString(prefixStart: Int) throws(SyntaxError) {
        let startLocation = SourceLocation(line: line, column: prefixStart - lineStart)
        let quote = bytes[position]
        let triple = peek(1) == quote && peek(2) == quote
        position += triple ? 3 : 1
        while true {
            guard position < bytes.count else {
                if triple {
                    let lastLine = position > 0 && bytes[position - 1] == UInt8(ascii: "\n") ? line - 1 : line
                    throw SyntaxError("unterminated triple-quoted string literal (detected at line \(lastLine))",
                                      at: startLocation)
                }
                throw SyntaxError("unterminated string literal (detected at line \(line))", at: startLocation)
            }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\\") {
                position += 1
                if position < bytes.count {
                    let escaped = bytes[position]
                    position += 1
                    if escaped == UInt8(ascii: "\r") && peek() == UInt8(ascii: "\n") { position += 1 }
                    if escaped == UInt8(ascii: "\n") || escaped == UInt8(ascii: "\r") { newLine(at: position) }
                }
            } else if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                if !triple {
                    throw SyntaxError("unterminated string literal (detected at line \(line))", at: startLocation)
                }
                consumeLineBreak()
            } else if byte == quote {
                if !triple {
                    position += 1
                    break
                }
                if peek(1) == quote && peek(2) == quote {
                    position += 3
                    break
                }
                position += 1
            } else {
                position += 1
            }
        }
        emit(.string, from: prefixStart, at: startLocation)
    }

    // MARK: - Operators

    private static let threeCharacter: [String: TokenKind] = [
        "**=": .doubleStarEqual, "//=": .doubleSlashEqual, ">>=": .rightShiftEqual, "<<=": .leftShiftEqual,
        "...": .ellipsis,
    ]
    private static let twoCharacter: [String: TokenKind] = [
        "**": .doubleStar, "//": .doubleSlash, "<<": .leftShift, ">>": .rightShift, "<=": .lessEqual,
        ">=": .greaterEqual, "==": .equalEqual, "!=": .notEqual, "->": .arrow, ":=": .walrus,
        "+=": .plusEqual, "-=": .minusEqual, "*=": .starEqual, "/=": .slashEqual, "%=": .percentEqual,
        "@=": .atEqual, "&=": .ampersandEqual, "|=": .pipeEqual, "^=": .caretEqual,
    ]
    private static let oneCharacter: [UInt8: TokenKind] = [
        UInt8(ascii: "("): .leftParen, UInt8(ascii: ")"): .rightParen, UInt8(ascii: "["): .leftBracket,
        UInt8(ascii: "]"): .rightBracket, UInt8(ascii: "{"): .leftBrace, UInt8(ascii: "}"): .rightBrace,
        UInt8(ascii: ","): .comma, UInt8(ascii: ":"): .colon, UInt8(ascii: "."): .dot,
        UInt8(ascii: ";"): .semicolon, UInt8(ascii: "@"): .at, UInt8(ascii: "+"): .plus,
        UInt8(ascii: "-"): .minus, UInt8(ascii: "*"): .star, UInt8(ascii: "/"): .slash,
        UInt8(ascii: "%"): .percent, UInt8(ascii: "&"): .ampersand, UInt8(ascii: "|"): .pipe,
        UInt8(ascii: "^"): .caret, UInt8(ascii: "~"): .tilde, UInt8(ascii: "<"): .less,
        UInt8(ascii: ">"): .greater, UInt8(ascii: "="): .equal,
    ]

    func text(_ length: Int) -> String? {
        guard position + length <= bytes.count else { return nil }
        return String(decoding: bytes[position..<(position + length)], as: UTF8.self)
    }

    mutating func readOperator() throws(SyntaxError) {
        let start = position
        let startLocation = location
        if let three = text(3), let kind = Self.threeCharacter[three] {
            position += 3
            emit(kind, from: start, at: startLocation)
            return
        }
        if let two = text(2), let kind = Self.twoCharacter[two] {
            position += 2
            emit(kind, from: start, at: startLocation)
            return
        }
        let byte = bytes[position]
        guard let kind = Self.oneCharacter[byte] else {
            if byte == UInt8(ascii: "!") {
                throw SyntaxError("invalid syntax", at: startLocation)
            }
            if byte >= 0x80 { try checkIdentifierScalar() }
            throw SyntaxError("invalid character '\(Character(Unicode.Scalar(byte)))' (U+\(String(byte, radix: 16, uppercase: true).leftPadded(to: 4)))",
                              at: startLocation)
        }
        position += 1
        try trackBracket(kind, byte: byte, at: startLocation)
        emit(kind, from: start, at: startLocation)
    }

    mutating func trackBracket(_ kind: TokenKind, byte: UInt8, at startLocation: SourceLocation) throws(SyntaxError) {
        switch kind {
        case .leftParen, .leftBracket, .leftBrace:
            if brackets.count >= Lexer.maximumBracketDepth { throw SyntaxError("too many nested parentheses", at: startLocation) }
            brackets.append((byte, startLocation))
        case .rightParen, .rightBracket, .rightBrace:
            guard let open = brackets.popLast() else {
                throw SyntaxError("unmatched '\(Character(Unicode.Scalar(byte)))'", at: startLocation)
            }
            let expected: UInt8 = open.kind == UInt8(ascii: "(") ? UInt8(ascii: ")")
                : open.kind == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
            if expected != byte {
                let closing = Character(Unicode.Scalar(byte))
                let opening = Character(Unicode.Scalar(open.kind))
                let suffix = open.location.line != startLocation.line ? " on line \(open.location.line)" : ""
                throw SyntaxError("closing parenthesis '\(closing)' does not match opening parenthesis '\(opening)'\(suffix)",
                                  at: startLocation)
            }
        default:
            break
        }
    }
}

extension String {
    /// The string padded on the left with zeros to at least `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
