/// One output of a cell, in the order the cell produced them.
public struct CellOutput: Sendable, Equatable {
    /// What the output is; the report's marker says it.
    public enum Kind: String, Sendable {
        case text, table, image, error
    }

    /// The kind.
    public var kind: Kind
    /// Text and error: the text; table: the Markdown table; image: the SVG document.
    public var content: String

    /// Creates an output.
    public init(kind: Kind, content: String) {
        self.kind = kind
        self.content = content
    }
}

/// How a cell's run ended.
public enum CellStatus: Sendable, Equatable {
    /// It ran to the end.
    case ok
    /// It raised an exception (recorded as an error output).
    case failed
    /// It ran longer than its timeout.
    case timedOut
    /// Ctrl-C stopped it.
    case interrupted
    /// It was not run: `skip=true`, outside `--only`/`--from`, or after the run stopped.
    case notRun
    /// It called `sys.exit(0)`: the notebook stops there, successfully.
    case exited
}

/// What running one cell produced.
public struct CellResult: Sendable {
    /// The cell's name.
    public var name: String
    /// Its outputs, in order.
    public var outputs: [CellOutput]
    /// How it ended.
    public var status: CellStatus
    /// Seconds it ran (reported only with `--timings`).
    public var seconds: Double
}
