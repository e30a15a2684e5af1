import Support

/// The kinds of token the lexer produces: structure, literals, names, keywords and operators.
public enum TokenKind: UInt8, Sendable {
    // Structure.
    case newline, indent, dedent, endOfFile
    // Literals and names.
    case name, number, string
    // Keywords.
    case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait, kwBreak, kwClass, kwContinue
    case kwDef, kwDel, kwElif, kwElse, kwExcept, kwFinally, kwFor, kwFrom, kwGlobal, kwIf, kwImport
    case kwIn, kwIs, kwLambda, kwNonlocal, kwNot, kwOr, kwPass, kwRaise, kwReturn, kwTry, kwWhile
    case kwWith, kwYield
    // Brackets and punctuation.
    case leftParen, rightParen, leftBracket, rightBracket, leftBrace, rightBrace
    case comma, colon, dot, semicolon, arrow, ellipsis, at
    // Operators.
    case plus, minus, star, doubleStar, slash, doubleSlash, percent, leftShift, rightShift
    case ampersand, pipe, caret, tilde, walrus
    case less, greater, lessEqual, greaterEqual, equalEqual, notEqual
    // Assignment.
    case equal, plusEqual, minusEqual, starEqual, slashEqual, doubleSlashEqual, percentEqual, atEqual
    case ampersandEqual, pipeEqual, caretEqual, leftShiftEqual, rightShiftEqual, doubleStarEqual

    /// The keyword spelled by `text`, if it is one.
    public static func keyword(_ text: String) -> TokenKind? { keywords[text] }

    private static let keywords: [String: TokenKind] = [
        "False": .kwFalse, "None": .kwNone, "True": .kwTrue, "and": .kwAnd, "as": .kwAs,
        "assert": .kwAssert, "async": .kwAsync, "await": .kwAwait, "break": .kwBreak, "class": .kwClass,
        "continue": .kwContinue, "def": .kwDef, "del": .kwDel, "elif": .kwElif, "else": .kwElse,
        "except": .kwExcept, "finally": .kwFinally, "for": .kwFor, "from": .kwFrom, "global": .kwGlobal,
        "if": .kwIf, "import": .kwImport, "in": .kwIn, "is": .kwIs, "lambda": .kwLambda,
        "nonlocal": .kwNonlocal, "not": .kwNot, "or": .kwOr, "pass": .kwPass, "raise": .kwRaise,
        "return": .kwReturn, "try": .kwTry, "while": .kwWhile, "with": .kwWith, "yield": .kwYield,
    ]

    /// Whether the token is a keyword.
    public var isKeyword: Bool { rawValue >= TokenKind.kwFalse.rawValue && rawValue <= TokenKind.kwYield.rawValue }

    /// Whether the token is an augmented assignment operator such as `+=`.
    public var isAugmentedAssignment: Bool {
        rawValue >= TokenKind.plusEqual.rawValue && rawValue <= TokenKind.doubleStarEqual.rawValue
    }
}

/// One token: its kind and where its text lies in the source.
public struct Token: Sendable {
    /// What the token is.
    public var kind: TokenKind
    /// The byte offset of the first byte of its text.
    public var start: Int
    /// The byte offset just after its text.
    public var end: Int
    /// Where the token starts (line, byte column).
    public var location: SourceLocation
    /// Where the token ends (line, byte column just after the last byte).
    public var endLocation: SourceLocation
    /// How deeply nested in brackets the token is (0 outside any bracket).
    public var depth: Int32
}

/// Which kind of syntax error: CPython's three classes.
public enum SyntaxErrorKind: String, Sendable {
    /// `SyntaxError`.
    case syntax = "SyntaxError"
    /// `IndentationError`.
    case indentation = "IndentationError"
    /// `TabError`.
    case tab = "TabError"
    /// `RecursionError`: the code nests deeper than the parser allows (reported without a location,
    /// as CPython does, and exiting with status 1 like any uncaught exception).
    case recursion = "RecursionError"
}

/// A syntax error with CPython's message and the position CPython reports.
public struct SyntaxError: Error, Sendable {
    /// The error class.
    public var kind: SyntaxErrorKind
    /// The message, e.g. `expected ':'`.
    public var message: String
    /// Where the caret goes (line, byte column).
    public var location: SourceLocation
    /// Where the highlighted range ends, when CPython shows more than one caret.
    public var endLocation: SourceLocation?

    /// Creates a `SyntaxError`.
    public init(_ message: String, at location: SourceLocation, end: SourceLocation? = nil) {
        self.init(.syntax, message, at: location, end: end)
    }

    /// Creates an error of the given class.
    public init(_ kind: SyntaxErrorKind, _ message: String, at location: SourceLocation,
                end: SourceLocation? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
        self.endLocation = end
    }
}
