/// A position in source text: a 1-based line and a 0-based column counted in UTF-8 bytes.
public struct SourceLocation: Hashable, Sendable, Comparable {
    /// The 1-based line number.
    public var line: Int32
    /// The 0-based byte offset from the start of the line.
    public var column: Int32

    /// Creates a location from a line and a byte column.
    public init(line: Int, column: Int) {
        self.line = Int32(truncatingIfNeeded: line)
        self.column = Int32(truncatingIfNeeded: column)
    }

    /// The location of nothing: line 0.
    public static let unknown = SourceLocation(line: 0, column: 0)

    /// Orders locations by line, then by column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.line != rhs.line ? lhs.line < rhs.line : lhs.column < rhs.column
    }
}

/// A range of source text: where a construct starts and where it ends.
public struct SourceSpan: Hashable, Sendable {
    /// The first position covered.
    public var start: SourceLocation
    /// The position just after the last byte covered.
    public var end: SourceLocation

    /// Creates a span from its two ends.
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// A span that covers both `self` and `other`.
    public func union(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(start: min(start, other.start), end: max(end, other.end))
    }
}
