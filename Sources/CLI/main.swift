import ArgumentParser
import Foundation
import Interpreter

/// The `prism` command.
struct Prism: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prism",
        abstract: "Run literate data + AI pipelines written in Prism's Python dialect.",
        version: PrismVersion.current,
        subcommands: [Run.self])
}

/// `prism run FILE [ARGS...]`
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run a script (FILE.py).")

    @Argument(help: "The script to run.")
    var file: String

    @Argument(parsing: .captureForPassthrough, help: "Arguments passed to the script as sys.argv[1:].")
    var arguments: [String] = []

    @Option(name: .customLong("step-budget"), help: ArgumentHelp(
        "Stop the script with RuntimeError after about this many loop iterations and calls.", visibility: .hidden))
    var stepBudget: Int?

    func run() throws {
        MemoryTuning.apply()
        let status = ScriptRunner.run(path: file, arguments: arguments, stepBudget: stepBudget)
        if status != 0 { throw ExitCode(status) }
    }
}

/// The version `prism --version` prints.
enum PrismVersion {
    static let current = "0.1.0"
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

runPrism()
