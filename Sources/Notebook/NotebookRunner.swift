import Compiler
import Foundation
import Interpreter
import Support
import Syntax
import VM

/// How a notebook run is asked for on the command line.
public struct RunOptions: Sendable {
    /// `-p name=value` overrides, in the order given.
    public var parameterValues: [(name: String, value: String)] = []
    /// Values from `-f params.yaml`.
    public var parameterFile: [(key: String, value: YAMLValue)] = []
    /// `--only NAME`: run the parameters cell and this cell.
    public var only: String?
    /// `--from NAME`: run the parameters cell and the cells from this one on.
    public var from: String?
    /// `--timeout SECONDS`: a limit for the whole run.
    public var timeout: Double?
    /// Whether to stream outputs to the terminal as they come.
    public var liveOutput = true
    /// Whether stdout is a terminal (cell headers are printed then).
    public var terminal = false

    /// Creates default options.
    public init() {}
}

/// How a whole run ended; it decides the exit status.
public enum RunStatus: Sendable, Equatable {
    case ok
    case failed(cell: String)
    case timedOut(cell: String)
    case interrupted(cell: String)

    /// The process exit status: 0 ok, 1 cell error, 3 timeout, 130 interrupted.
    public var exitCode: Int32 {
        switch self {
        case .ok: return 0
        case .failed: return 1
        case .timedOut: return 3
        case .interrupted: return 130
        }
    }

    /// The cell the run stopped in, if it did not succeed.
    public var cell: String? {
        switch self {
        case .ok: return nil
        case .failed(let cell), .timedOut(let cell), .interrupted(let cell): return cell
        }
    }
}

/// What a run produced, for the report.
public struct NotebookRun: Sendable {
    /// The notebook.
    public var notebook: Notebook
    /// The parameters and the value each one had in this run.
    public var parameters: [ParameterValue]
    /// One result per cell, in file order.
    public var results: [CellResult]
    /// How the run ended.
    public var status: RunStatus
    /// The first line of the error that stopped the run (`ValueError: ...`).
    public var failure: String?
}

/// A parameter's value in a run.
public struct ParameterValue: Sendable {
    /// The parameter's name.
    public var name: String
    /// The value's repr (`'taxi'`, `5000`).
    public var repr: String
    /// The value as the report's YAML front matter shows it (a str without quotes).
    public var plain: String
}

/// A cell that does not compile, found before anything runs.
public struct CellSyntaxError: Error, Sendable {
    /// The cell.
    public var cell: String
    /// The error, with its position in the cell.
    public var error: SyntaxError
    /// The 1-based line of the error in the notebook file.
    public var fileLine: Int
    /// The error formatted as CPython prints it, with the cell's label.
    public var report: String
}

/// Runs a notebook's cells in one interpreter session, collecting their outputs.
public final class NotebookRunner {
    /// The notebook.
    public let notebook: Notebook
    /// The options.
    public let options: RunOptions
    /// The parameters read from the parameters cell.
    public let parameters: [Parameter]

    /// Reads the parameters cell (without running it).
    public init(notebook: Notebook, options: RunOptions) throws(NotebookError) {
        self.notebook = notebook
        self.options = options
        if let cell = notebook.parametersCell {
            parameters = try Parameters.read(cell, path: notebook.path)
        } else {
            parameters = []
        }
    }

    // MARK: - Before running

    /// The literal of every parameter for this run: `-f` values, then `-p` values, over the defaults.
    public func resolveParameters() throws(ParameterError) -> [(name: String, literal: String)] {
        var literals = parameters.map { (name: $0.name, literal: $0.defaultLiteral) }
        func index(of name: String) throws(ParameterError) -> Int {
            guard let position = parameters.firstIndex(where: { $0.name == name }) else {
                let known = parameters.map(\.name).joined(separator: ", ")
                throw ParameterError(description: parameters.isEmpty
                    ? "unknown parameter `\(name)`: \(notebook.fileName) has no parameters cell"
                    : "unknown parameter `\(name)`; \(notebook.fileName) has: \(known)")
            }
            return position
        }
        for (key, value) in options.parameterFile {
            let position = try index(of: key)
            literals[position].literal = try Parameters.literal(for: value, of: parameters[position])
        }
        for (name, value) in options.parameterValues {
            let position = try index(of: name)
            literals[position].literal = try Parameters.literal(for: value, of: parameters[position])
        }
        return literals
    }

    /// Compiles every cell; the errors found (an empty list when every cell compiles).
    public func syntaxErrors() -> [CellSyntaxError] {
        var errors: [CellSyntaxError] = []
        for cell in notebook.cells where !cell.isParameters {
            do {
                _ = try Compiler.compile(source: cell.source, filename: cellFilename(cell), display: .lastExpression)
            } catch {
                let text = SourceText(name: cellFilename(cell), text: cell.source)
                let report = TracebackFormatter.format(error, in: text, label: cellLabel(cell))
                errors.append(CellSyntaxError(cell: cell.name, error: error,
                                              fileLine: cell.firstSourceLine + Int(error.location.line) - 1, report: report))
            }
        }
        return errors
    }

    /// Checks `--only` and `--from` name cells of the notebook.
    public func validateSelection() throws(NotebookError) {
        for name in [options.only, options.from].compactMap({ $0 }) where notebook.cell(named: name) == nil {
            let names = notebook.cells.map(\.name).joined(separator: ", ")
            throw NotebookError(path: notebook.path, line: 1, message: "no cell named `\(name)`; cells: \(names)")
        }
    }

    /// The name a cell's code is compiled under (unique per cell).
    func cellFilename(_ cell: Cell) -> String { "\(notebook.path)#\(cell.name)" }

    /// How frames in the cell read: `"taxi.nb.md", cell "train"`.
    func cellLabel(_ cell: Cell) -> String { "\"\(notebook.fileName)\", cell \"\(cell.name)\"" }

    /// Whether `--only`/`--from` select the cell (the parameters cell always runs).
    func isSelected(_ cell: Cell, index: Int) -> Bool {
        if cell.isParameters { return true }
        if let only = options.only { return cell.name == only }
        if let from = options.from, let start = notebook.cells.firstIndex(where: { $0.name == from }) { return index >= start }
        return true
    }

    // MARK: - Running

    /// Runs the notebook in `session` with the resolved parameter literals.
    public func run(in session: Session, parameters literals: [(name: String, literal: String)]) -> NotebookRun {
        let vm = session.vm
        let redactor = Redactor(secretNames: notebook.frontMatter.secrets)
        let collector = OutputCollector(redactor: redactor, echo: options.liveOutput)
        let display = Display(vm: vm)
        let watchdog = Watchdog(vm: vm)
        defer { watchdog.stop() }
        let notebookDeadline = options.timeout.map { Watchdog.now() + $0 }
        installHooks(vm, collector: collector, display: display)
        seedRandom(session)

        var results: [CellResult] = []
        var status = RunStatus.ok
        var failure: String?
        var stopped = false
        for (index, cell) in notebook.cells.enumerated() {
            guard !stopped, !cell.options.skip, isSelected(cell, index: index) else {
                results.append(CellResult(name: cell.name, outputs: [], status: .notRun, seconds: 0))
                continue
            }
            if options.terminal && options.liveOutput { collector.writeHeader(cell.name) }
            let started = Watchdog.now()
            let limit = timeLimit(for: cell, notebookDeadline: notebookDeadline)
            vm.timeoutMessage = limit.fromNotebook
                ? "the notebook ran longer than its timeout of \(seconds(options.timeout ?? 0))"
                : "cell \"\(cell.name)\" ran longer than its timeout of \(seconds(limit.seconds ?? 0))"
            watchdog.arm(seconds: limit.seconds)
            let cellStatus = runCell(cell, session: session, literals: literals, collector: collector)
            watchdog.arm(seconds: nil)
            closeFigures(session)
            let outputs = collector.finishCell()
            results.append(CellResult(name: cell.name, outputs: outputs, status: cellStatus, seconds: Watchdog.now() - started))
            switch cellStatus {
            case .ok, .notRun: break
            case .exited: stopped = true
            case .failed:
                failure = failure ?? collector.lastErrorLine
                if !cell.options.continueOnError {
                    status = .failed(cell: cell.name)
                    stopped = true
                } else if status == .ok {
                    failure = nil
                }
            case .timedOut:
                status = .timedOut(cell: cell.name)
                failure = collector.lastErrorLine
                stopped = true
            case .interrupted:
                status = .interrupted(cell: cell.name)
                failure = "KeyboardInterrupt"
                stopped = true
            }
            if cellStatus == .timedOut || cellStatus == .failed { vm.clearAbort() }
        }
        collector.flushTerminal()
        vm.stdout.capture = nil
        vm.stderr.capture = nil
        vm.displayHookOverride = nil
        let values = parameterValues(vm, session: session, literals: literals)
        return NotebookRun(notebook: notebook, parameters: values, results: results, status: status, failure: failure)
    }

    /// Each parameter's value after the parameters cell ran: its repr, and for the report's front
    /// matter the string itself when it is a str.
    func parameterValues(_ vm: VM, session: Session, literals: [(name: String, literal: String)]) -> [ParameterValue] {
        literals.map { parameter in
            guard let value = session.main.dict.lookup(string: vm.intern(parameter.name)),
                  let repr = try? vm.repr(value) else {
                return ParameterValue(name: parameter.name, repr: parameter.literal, plain: parameter.literal)
            }
            return ParameterValue(name: parameter.name, repr: repr, plain: value.asString?.value ?? repr)
        }
    }

    /// The cell's timeout (its option, else the front matter's) bounded by what is left of the
    /// notebook's; `fromNotebook` says which one applies.
    func timeLimit(for cell: Cell, notebookDeadline: Double?) -> (seconds: Double?, fromNotebook: Bool) {
        let cellLimit = cell.options.timeout ?? notebook.frontMatter.timeout
        guard let notebookDeadline else { return (cellLimit, false) }
        let remaining = max(notebookDeadline - Watchdog.now(), 0.001)
        if let cellLimit, cellLimit <= remaining { return (cellLimit, false) }
        return (remaining, true)
    }

    func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }

    /// Routes the session's output, displayed values and `plt.show()` into the collector.
    func installHooks(_ vm: VM, collector: OutputCollector, display: Display) {
        vm.stdout.capture = { collector.appendText($0) }
        vm.stderr.capture = { collector.appendText($0) }
        vm.displayHookOverride = { (value: Value) throws(PyException) in
            if let output = try display.render(value) { collector.append(output) }
        }
        let show = PyNativeFunction(name: "_prism_display") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            for index in 0..<args.positionalCount {
                if let output = try display.render(args[index]) { collector.append(output) }
            }
            return .none
        }
        if let sys = try? vm.importModule("sys") {
            sys.dict.store(string: vm.intern("_prism_display"), .object(show))
        }
    }

    /// Closes the figures a cell left open, as notebook plotting backends do: a figure shows in the
    /// report when `show()` is called or it is the cell's value, once.
    func closeFigures(_ session: Session) {
        let vm = session.vm
        guard vm.modules.lookup(string: vm.intern("matplotlib.pyplot")) != nil else { return }
        vm.clearAbort()
        _ = session.run(source: "import matplotlib.pyplot as _prism_plt\n_prism_plt.close('all')\ndel _prism_plt\n",
                        filename: "<close figures>")
    }

    /// `seed:` in the front matter seeds `random` before the first cell.
    func seedRandom(_ session: Session) {
        guard let seed = notebook.frontMatter.seed else { return }
        _ = session.run(source: "import random as _prism_random\n_prism_random.seed(\(seed))\ndel _prism_random\n",
                        filename: "<seed>")
    }

    /// Runs one cell and records its outputs in the collector.
    func runCell(_ cell: Cell, session: Session, literals: [(name: String, literal: String)],
                 collector: OutputCollector) -> CellStatus {
        let vm = session.vm
        let filename = cellFilename(cell)
        vm.frameLabels[filename] = cellLabel(cell)
        var outcome = session.run(source: cell.source, filename: filename, display: cell.isParameters ? .none : .lastExpression)
        if cell.isParameters, case .finished = outcome {
            let overrides = literals.map { "\($0.name) = \($0.literal)\n" }.joined()
            outcome = session.run(source: overrides, filename: filename + "#overrides", display: .none)
        }
        switch outcome {
        case .finished:
            return .ok
        case .exited(let code):
            if code == 0 { return .exited }
            collector.appendError("SystemExit: \(code)")
            return .failed
        case .syntaxError(let error, let text):
            collector.appendError(TracebackFormatter.format(error, in: text, label: cellLabel(cell)))
            return .failed
        case .raised(let exception):
            collector.appendError(session.traceback(exception))
            let type = exception.object.type
            if type === BuiltinTypes.shared.exception("KeyboardInterrupt") { return .interrupted }
            if type === BuiltinTypes.shared.exception("TimeoutError") && vm.isBudgetExhausted { return .timedOut }
            return .failed
        }
    }
}
