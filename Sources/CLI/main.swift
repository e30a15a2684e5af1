import ArgumentParser
import Foundation
import Bindings
import Interpreter

/// The `prism` command.
struct Prism: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prism",
        abstract: "Run literate data + AI pipelines written in Prism's Python dialect.",
        version: PrismVersion.current,
        subcommands: [Run.self, Check.self, Repl.self])
}

/// Parses the command line and runs the command. Usage errors exit with status 2 (as CPython's and
/// the notebook runner's do) rather than swift-argument-parser's 64.
func runPrism() -> Never {
    do {
        var command = try Prism.parseAsRoot()
        try command.run()
        Prism.exit()
    } catch {
        if Prism.exitCode(for: error) == .validationFailure {
            FileHandle.standardError.write(Data((Prism.fullMessage(for: error) + "\n").utf8))
            Prism.exit(withError: ExitCode(2))
        }
        Prism.exit(withError: error)
    }
}

Bindings.install()
runPrism()
