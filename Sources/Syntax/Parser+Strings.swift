import Support

/// The prefix flags and body of one string token.
struct StringToken {
    var isRaw = false
    var isBytes = false
    var isFormatted = false
    /// Offset of the first body byte in the source.
    var bodyStart = 0
    /// Offset just after the last body byte.
    var bodyEnd = 0
}

extension Parser {
    // MARK: - String literals

    /// strings: STRING+ — adjacent literals concatenate; any f-string makes the whole a joined string.
    mutating func parseStrings() throws(SyntaxError) -> ExprID {
        let start = current.location
        var parts: [FStringPart] = []
        var sawFormatted = false
        var sawBytes = false
        var sawText = false
        var bytesValue: [UInt8] = []
        while kind == .string {
            let token = advance()
            let literal = splitStringToken(token)
            if literal.isBytes { sawBytes = true } else { sawText = true }
            if sawBytes && sawText {
                throw SyntaxError("cannot mix bytes and nonbytes literals", at: start)
            }
            if literal.isBytes {
                bytesValue += try decodeBytes(literal, token: token)
            } else if literal.isFormatted {
                sawFormatted = true
                parts += try parseFormattedBody(literal, from: literal.bodyStart, to: literal.bodyEnd, token: token)
            } else {
                parts.append(.literal(try decode(bytes[literal.bodyStart..<literal.bodyEnd], raw: literal.isRaw, token: token)))
            }
        }
        if sawBytes { return ast.add(.constant(.bytes(bytesValue)), span(from: start)) }
        let merged = mergeLiterals(parts)
        if !sawFormatted {
            let value: String
            if case .literal(let text)? = merged.first { value = text } else { value = "" }
            return ast.add(.constant(.string(value)), span(from: start))
        }
        return ast.add(.joinedString(merged), span(from: start))
    }

    func mergeLiterals(_ parts: [FStringPart]) -> [FStringPart] {
        var merged: [FStringPart] = []
        for part in parts {
            if case .literal(let text) = part, case .literal(let previous)? = merged.last {
                merged[merged.count - 1] = .literal(previous + text)
            } else if case .literal(let text) = part, text.isEmpty, !merged.isEmpty || parts.count > 1 {
                continue
            } else {
                merged.append(part)
            }
        }
        return merged
    }

    func splitStringToken(_ token: Token) -> StringToken {
        var literal = StringToken()
        var position = token.start
        while bytes[position] != UInt8(ascii: "'") && bytes[position] != UInt8(ascii: "\"") {
            switch bytes[position] | 0x20 {
            case UInt8(ascii: "r"): literal.isRaw = true
            case UInt8(ascii: "b"): literal.isBytes = true
            case UInt8(ascii: "f"): literal.isFormatted = true
            default: break
            }
            position += 1
        }
        let quote = bytes[position]
        let triple = position + 2 < token.end && bytes[position + 1] == quote && bytes[position + 2] == quote
            && token.end - position >= 6
        let quoteLength = triple ? 3 : 1
        literal.bodyStart = position + quoteLength
        literal.bodyEnd = token.end - quoteLength
        return literal
    }

    /// The location of a byte offset inside a (possibly multi-line) string token.
    func location(ofOffset offset: Int, in token: Token) -> SourceLocation {
        var line = Int(token.location.line)
        var lineStart = token.start - Int(token.location.column)
        var position = token.start
        while position < offset {
            if bytes[position] == UInt8(ascii: "\n") {
                line += 1
                lineStart = position + 1
            }
            position += 1
        }
        return SourceLocation(line: line, column: offset - lineStart)
    }

    /// Decodes a str literal body, processing escapes unless raw.
    func decode(_ body: ArraySlice<UInt8>, raw: Bool, token: Token) throws(SyntaxError) -> String {
        if raw || !body.contains(UInt8(ascii: "\\")) {
            return String(decoding: body, as: UTF8.self)
        }
        var scalars = String.UnicodeScalarView()
        var position = body.startIndex
        var run = position
        func flush(to end: Int) {
            if run < end { scalars.append(contentsOf: String(decoding: body[run..<end], as: UTF8.self).unicodeScalars) }
        }
        while position < body.endIndex {
            guard body[position] == UInt8(ascii: "\\"), position + 1 < body.endIndex else {
                position += 1
                continue
            }
            flush(to: position)
            let (scalar, consumed) = try decodeEscape(body, at: position, allowUnicode: true, token: token)
            if let scalar { scalars.append(scalar) }
            position += consumed
            run = position
        }
        flush(to: body.endIndex)
        return String(scalars)
    }

    /// Decodes one escape sequence at `position` (the backslash); returns the scalar (nil for a line
    /// continuation) and how many bytes it used. Unknown escapes keep their backslash.
    func decodeEscape(_ body: ArraySlice<UInt8>, at position: Int, allowUnicode: Bool,
                      token: Token) throws(SyntaxError) -> (Unicode.Scalar?, Int) {
        let next = body[position + 1]
        switch next {
        case UInt8(ascii: "\n"): return (nil, 2)
        case UInt8(ascii: "\r"):
            return (nil, position + 2 < body.endIndex && body[position + 2] == UInt8(ascii: "\n") ? 3 : 2)
        case UInt8(ascii: "\\"): return ("\\", 2)
        case UInt8(ascii: "'"): return ("'", 2)
        case UInt8(ascii: "\""): return ("\"", 2)
        case UInt8(ascii: "a"): return (Unicode.Scalar(7), 2)
        case UInt8(ascii: "b"): return (Unicode.Scalar(8), 2)
        case UInt8(ascii: "f"): return (Unicode.Scalar(12), 2)
        case UInt8(ascii: "n"): return ("\n", 2)
        case UInt8(ascii: "r"): return ("\r", 2)
        case UInt8(ascii: "t"): return ("\t", 2)
        case UInt8(ascii: "v"): return (Unicode.Scalar(11), 2)
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            var value: UInt32 = 0
            var length = 1
            while length <= 3, position + length < body.endIndex,
                  body[position + length] >= UInt8(ascii: "0"), body[position + length] <= UInt8(ascii: "7") {
                value = value * 8 + UInt32(body[position + length] - UInt8(ascii: "0"))
                length += 1
            }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
        case UInt8(ascii: "x"):
            return (try hexEscape(body, at: position, digits: 2, name: "\\xXX", token: token), 4)
        case UInt8(ascii: "u") where allowUnicode:
            return (try hexEscape(body, at: position, digits: 4, name: "\\uXXXX", token: token), 6)
        case UInt8(ascii: "U") where allowUnicode:
            return (try hexEscape(body, at: position, digits: 8, name: "\\UXXXXXXXX", token: token), 10)
        case UInt8(ascii: "N") where allowUnicode:
            return try namedEscape(body, at: position, token: token)
        default:
            return ("\\", 1)
        }
    }

    func hexEscape(_ body: ArraySlice<UInt8>, at position: Int, digits: Int, name: String,
                   token: Token) throws(SyntaxError) -> Unicode.Scalar {
        let start = position + 2
        let end = start + digits
        let codec = "unicodeescape"
        guard end <= body.endIndex,
              let value = UInt32(String(decoding: body[start..<end], as: UTF8.self), radix: 16),
              body[start..<end].allSatisfy({ isHexDigit($0) }) else {
            let offset = position - body.startIndex
            throw SyntaxError("(unicode error) '\(codec)' codec can't decode bytes in position \(offset)-\(offset + 1): truncated \(name) escape",
                              at: token.location)
        }
        guard let scalar = Unicode.Scalar(value) else {
            let offset = position - body.startIndex
            throw SyntaxError("(unicode error) '\(codec)' codec can't decode bytes in position \(offset)-\(end - body.startIndex - 1): illegal Unicode character",
                              at: token.location)
        }
        return scalar
    }

    func isHexDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
    }

    /// `\N{NAME}`: looks the name up among Unicode's character names.
    func namedEscape(_ body: ArraySlice<UInt8>, at position: Int, token: Token) throws(SyntaxError) -> (Unicode.Scalar?, Int) {
        let offset = position - body.startIndex
        guard position + 2 < body.endIndex, body[position + 2] == UInt8(ascii: "{"),
              let close = body[(position + 3)...].firstIndex(of: UInt8(ascii: "}")) else {
            throw SyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position \(offset)-\(offset + 1): malformed \\N character escape",
                              at: token.location)
        }
        let name = String(decoding: body[(position + 3)..<close], as: UTF8.self).uppercased()
        guard let scalar = UnicodeNames.scalar(named: name) else {
            throw SyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position \(offset)-\(close - body.startIndex): unknown Unicode character name",
                              at: token.location)
        }
        return (scalar, close - position + 1)
    }

    /// Decodes a bytes literal body: ASCII only, escapes unless raw.
    func decodeBytes(_ literal: StringToken, token: Token) throws(SyntaxError) -> [UInt8] {
        let body = bytes[literal.bodyStart..<literal.bodyEnd]
        if body.contains(where: { $0 >= 0x80 }) {
            throw SyntaxError("bytes can only contain ASCII literal characters", at: token.location)
        }
        if literal.isRaw { return Array(body) }
        var result: [UInt8] = []
        var position = body.startIndex
        while position < body.endIndex {
            if body[position] == UInt8(ascii: "\\"), position + 1 < body.endIndex {
                let (scalar, consumed) = try decodeEscape(body, at: position, allowUnicode: false, token: token)
                if let scalar {
                    if scalar == "\\" && consumed == 1 { result.append(UInt8(ascii: "\\")) } else { result.append(UInt8(truncatingIfNeeded: scalar.value)) }
                }
                position += consumed
            } else {
                result.append(body[position])
                position += 1
            }
        }
        return result
    }
}

/// A lookup from Unicode character names to scalars, built on first use (for `\N{...}`).
enum UnicodeNames {
    private static let table: [String: Unicode.Scalar] = {
        var built: [String: Unicode.Scalar] = [:]
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if let scalarName = scalar.properties.name { built[scalarName] = scalar }
            if let alias = scalar.properties.nameAlias { built[alias] = scalar }
        }
        return built
    }()

    static func scalar(named name: String) -> Unicode.Scalar? { table[name] }
}
