import ArgumentParser
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

    func run() throws {
        let status = ScriptRunner.run(path: file, arguments: arguments)
        if status != 0 { throw ExitCode(status) }
    }
}

/// The version `prism --version` prints.
enum PrismVersion {
    static let current = "0.1.0"
}

Prism.main()
