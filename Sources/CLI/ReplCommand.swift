import ArgumentParser
import Foundation
import Interpreter
import REPL

/// `prism repl [NOTEBOOK]`: the interactive session.
struct Repl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Start an interactive session (optionally with a notebook's cells at hand: :cells, :run).")

    @Argument(help: "A notebook whose cells :cells lists and :run runs.")
    var notebook: String?

    func run() throws {
        let path = notebook
        var status: Int32 = 0
        var failure: String?
        status = InterpreterThread.run {
            do {
                return try REPL.Repl(notebookPath: path).run()
            } catch {
                failure = "\(error)"
                return 2
            }
        }
        if let failure { FileHandle.standardError.write(Data((failure + "\n").utf8)) }
        if status != 0 { throw ExitCode(status) }
    }
}
