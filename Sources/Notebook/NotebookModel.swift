/// A parsed notebook: its front matter and its blocks, prose and code cells, in file order.
public struct Notebook: Sendable {
    /// The file the notebook was read from, as given.
    public var path: String
    /// The exact bytes of the file (the report's hash is computed from them).
    public var text: String
    /// The YAML front matter (empty when the file has none).
    public var frontMatter: FrontMatter
    /// Prose and cells in file order. Prose keeps every byte of the source between cells.
    public var blocks: [Block]

    /// The code cells in file order.
    public var cells: [Cell] {
        blocks.compactMap { if case .cell(let cell) = $0 { return cell } else { return nil } }
    }

    /// The parameters cell, if the notebook has one.
    public var parametersCell: Cell? { cells.first { $0.isParameters } }

    /// The cell named `name`.
    public func cell(named name: String) -> Cell? { cells.first { $0.name == name } }

    /// The file name without its directory, as frames and the report show it.
    public var fileName: String { String(path.split(separator: "/").last ?? Substring(path)) }
}

/// One block of a notebook.
public enum Block: Sendable {
    /// Markdown that is not a code cell, byte for byte (including other languages' fences).
    case prose(String)
    /// A `python` fence.
    case cell(Cell)
}

/// A `python` code cell.
public struct Cell: Sendable {
    /// The cell's name: `#name` on the fence, else `<section>-<n>`.
    public var name: String
    /// The options written on the fence.
    public var options: CellOptions
    /// The code between the fences.
    public var source: String
    /// The fence line as written (reproduced in the report).
    public var fence: String
    /// The closing fence as written.
    public var closingFence: String
    /// The 1-based line of the opening fence in the notebook file.
    public var fenceLine: Int
    /// Whether this is the parameters cell (`{#params .params}`).
    public var isParameters: Bool { options.classes.contains("params") }

    /// The 1-based file line of the cell's first source line.
    public var firstSourceLine: Int { fenceLine + 1 }
}

/// What a cell's fence says about it.
public struct CellOptions: Sendable, Equatable {
    /// `.class` attributes (`.params`).
    public var classes: [String] = []
    /// `skip=true`: shown in the report, not run.
    public var skip = false
    /// `timeout=SECONDS`.
    public var timeout: Double?
    /// `echo=false` hides the code in the report.
    public var echo: Bool?
    /// `output=false` keeps the cell's outputs out of the report.
    public var output: Bool?
    /// `error=continue`: an exception is recorded and the run goes on.
    public var continueOnError = false

    /// Creates the options of a fence without attributes.
    public init() {}
}

/// A notebook that cannot be read, with the place to fix.
public struct NotebookError: Error, CustomStringConvertible, Sendable {
    /// The notebook's path.
    public var path: String
    /// The 1-based line of the problem.
    public var line: Int
    /// What is wrong.
    public var message: String

    /// Creates an error at a line of a notebook.
    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: message`.
    public var description: String { "\(path):\(line): \(message)" }
}
