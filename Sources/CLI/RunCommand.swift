import ArgumentParser
import Foundation
import Interpreter
import Notebook

/// `prism run FILE [ARGS...]`: a script (`FILE.py`) or a notebook (`FILE.nb.md`).
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a script (FILE.py) or a notebook (FILE.nb.md).",
        discussion: """
        Notebook exit status: 0 ok, 1 cell error, 2 parse or usage error, 3 timeout, 4 parameter \
        error, 130 interrupted. Notebook options may also follow the notebook's path.
        """)

    @OptionGroup var notebookOptions: NotebookOptions

    @Option(name: .customLong("step-budget"), help: ArgumentHelp(
        "Stop the script with RuntimeError after about this many loop iterations and calls.", visibility: .hidden))
    var stepBudget: Int?

    @Argument(help: "The script or notebook to run.")
    var file: String

    @Argument(parsing: .captureForPassthrough, help: "A script's arguments (sys.argv[1:]), or more notebook options.")
    var arguments: [String] = []

    func run() throws {
        MemoryTuning.apply()
        let status: Int32
        if NotebookHost.isNotebook(file) {
            status = try runNotebook()
        } else {
            guard notebookOptions.isEmpty else {
                throw ValidationError("-p, -f, -o, --only, --from, --timeout, --timings and --help-params apply to notebooks (.nb.md)")
            }
            status = ScriptRunner.run(path: file, arguments: arguments, stepBudget: stepBudget)
        }
        if status != 0 { throw ExitCode(status) }
    }

    func runNotebook() throws -> Int32 {
        var options = notebookOptions
        if !arguments.isEmpty { options.merge(try NotebookOptions.parse(arguments)) }
        var runOptions = RunOptions()
        for assignment in options.parameters {
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                throw ValidationError("-p expects name=value, got `\(assignment)`")
            }
            runOptions.parameterValues.append((String(assignment[..<equals]), String(assignment[assignment.index(after: equals)...])))
        }
        if let file = options.parameterFile {
            guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                FileHandle.standardError.write(Data("prism: cannot read the parameters file \(file)\n".utf8))
                return 4
            }
            do {
                runOptions.parameterFile = try YAMLSubset.parseMapping(text)
            } catch {
                FileHandle.standardError.write(Data("\(file):\(error.line): \(error.message)\n".utf8))
                return 4
            }
        }
        runOptions.only = options.only
        runOptions.from = options.from
        runOptions.timeout = options.timeout
        runOptions.terminal = isatty(1) != 0
        return NotebookHost.run(path: file, options: runOptions, reportPath: options.report, timings: options.timings,
                                helpParameters: options.helpParameters)
    }
}

/// The options of a notebook run.
struct NotebookOptions: ParsableArguments {
    @Option(name: .customShort("p"), help: ArgumentHelp("Set a parameter, converted to its default's type.", valueName: "name=value"))
    var parameters: [String] = []

    @Option(name: .customShort("f"), help: ArgumentHelp("Read parameters from a YAML file.", valueName: "params.yaml"))
    var parameterFile: String?

    @Option(name: .customShort("o"), help: ArgumentHelp("Write the Markdown report here.", valueName: "report.md"))
    var report: String?

    @Option(help: ArgumentHelp("Run only this cell (and the parameters cell).", valueName: "name"))
    var only: String?

    @Option(help: ArgumentHelp("Run the cells from this one on (and the parameters cell).", valueName: "name"))
    var from: String?

    @Option(help: ArgumentHelp("Stop the whole run after this many seconds (exit 3).", valueName: "seconds"))
    var timeout: Double?

    @Flag(help: "Record cell durations in the report.")
    var timings = false

    @Flag(name: .customLong("help-params"), help: "List the notebook's parameters with their defaults.")
    var helpParameters = false

    /// Whether no notebook option was given.
    var isEmpty: Bool {
        parameters.isEmpty && parameterFile == nil && report == nil && only == nil && from == nil && timeout == nil
            && !timings && !helpParameters
    }

    /// Adds the options given after the notebook's path.
    mutating func merge(_ other: NotebookOptions) {
        parameters += other.parameters
        parameterFile = other.parameterFile ?? parameterFile
        report = other.report ?? report
        only = other.only ?? only
        from = other.from ?? from
        timeout = other.timeout ?? timeout
        timings = timings || other.timings
        helpParameters = helpParameters || other.helpParameters
    }
}
