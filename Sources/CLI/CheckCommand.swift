import ArgumentParser
import Notebook

/// `prism check NOTEBOOK`: parses the notebook and every cell without running anything.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a notebook: its format, parameters and the syntax of every cell (exit 0 or 2).")

    @Argument(help: "The notebook to check.")
    var file: String

    func run() throws {
        let status = NotebookHost.check(path: file)
        if status != 0 { throw ExitCode(status) }
    }
}
