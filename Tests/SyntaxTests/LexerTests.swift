import Support
import Testing
@testable import Syntax

/// The lexer: token kinds, the structure tokens of indentation, and its errors with positions.
@Suite("Lexer")
struct LexerTests {
    func kinds(_ source: String) throws -> [TokenKind] {
        try Lexer.tokenize(Array(source.utf8)).map(\.kind)
    }

    func error(_ source: String) -> SyntaxError? {
        do {
            _ = try Lexer.tokenize(Array(source.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test("Indentation becomes INDENT and DEDENT tokens, blank lines and comments do not")
    func indentation() throws {
        let source = "if x:\n    y = 1\n\n    # note\n    if y:\n        z\nw\n"
        #expect(try kinds(source) == [
            .kwIf, .name, .colon, .newline,
            .indent, .name, .equal, .number, .newline,
            .kwIf, .name, .colon, .newline,
            .indent, .name, .newline,
            .dedent, .dedent, .name, .newline, .endOfFile,
        ])
    }

    @Test("Line breaks inside brackets and after a backslash join lines")
    func implicitJoining() throws {
        #expect(try kinds("f(1,\n  2)\n") == [.name, .leftParen, .number, .comma, .number, .rightParen, .newline, .endOfFile])
        #expect(try kinds("x = 1 + \\\n    2\n") == [.name, .equal, .number, .plus, .number, .newline, .endOfFile])
    }

    @Test("Operators take the longest match", arguments: [
        ("a **= b", [TokenKind.name, .doubleStarEqual, .name]),
        ("a//b", [.name, .doubleSlash, .name]),
        ("a->b", [.name, .arrow, .name]),
        ("a := b", [.name, .walrus, .name]),
        ("a<<=b>>c", [.name, .leftShiftEqual, .name, .rightShift, .name]),
        ("x != y <= z", [.name, .notEqual, .name, .lessEqual, .name]),
        ("...", [.ellipsis]),
    ])
    func operators(source: String, expected: [TokenKind]) throws {
        #expect(try kinds(source) == expected + [.newline, .endOfFile])
    }

    @Test("Numbers and strings in all their spellings are single tokens", arguments: [
        "0x_ff", "0o17", "0b1010", "1_000_000", "3.14", ".5", "1e-3", "1E+10", "2j", "1_0.0_1",
        "'a'", "\"b\"", "'''multi\nline'''", "r'\\d+'", "b'bytes'", "f'{x}'", "rb'raw'", "F\"{y!r:>10}\"",
    ])
    func literals(source: String) throws {
        #expect(try kinds(source).count == 3)
    }

    @Test("Lexical errors carry CPython's message and position", arguments: [
        ("x = 'abc\n", "unterminated string literal (detected at line 1)", 1, 4),
        ("x = 1)\n", "unmatched ')'", 1, 5),
        ("x = (1]\n", "closing parenthesis ']' does not match opening parenthesis '('", 1, 6),
        ("x = €\n", "invalid character '€' (U+20AC)", 1, 4),
    ])
    func errors(source: String, message: String, line: Int, column: Int) throws {
        let failure = try #require(error(source))
        #expect(failure.message == message)
        #expect(failure.location == SourceLocation(line: line, column: column))
    }

    @Test("Inconsistent tabs and spaces are a TabError, a bad dedent an IndentationError")
    func indentationErrors() {
        #expect(error("if x:\n\ty\n        z\n")?.kind == .tab)
        #expect(error("if x:\n    y\n  z\n")?.kind == .indentation)
        #expect(error("x\n") == nil)
    }

    @Test("Bracket nesting and indentation depth are limited as in CPython")
    func nestingLimits() {
        let deep = String(repeating: "(", count: 201) + String(repeating: ")", count: 201)
        #expect(error(deep)?.message == "too many nested parentheses")
        let fine = String(repeating: "[", count: 150) + String(repeating: "]", count: 150)
        #expect(error(fine) == nil)
        var blocks = ""
        for level in 0..<101 { blocks += String(repeating: " ", count: level) + "if x:\n" }
        blocks += String(repeating: " ", count: 101) + "pass\n"
        #expect(error(blocks)?.message == "too many levels of indentation")
    }
}
