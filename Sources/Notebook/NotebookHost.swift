import Foundation
import Interpreter
import VM

/// What `prism run NOTEBOOK.nb.md` and `prism check NOTEBOOK.nb.md` do, end to end: read and
/// check the notebook, resolve parameters, run the cells on the interpreter thread, write the
/// report, and return the exit status (0 ok, 1 cell error, 2 parse or usage error, 3 timeout,
/// 4 parameter error, 130 interrupted).
public enum NotebookHost {
    /// Whether `path` names a notebook rather than a script.
    public static func isNotebook(_ path: String) -> Bool { path.hasSuffix(".md") }

    /// Runs a notebook. `reportPath` writes the report; `helpParameters` lists the parameters instead.
    public static func run(path: String, options: RunOptions, reportPath: String?, timings: Bool,
                           helpParameters: Bool) -> Int32 {
        let runner: NotebookRunner
        do {
            runner = try NotebookRunner(notebook: try load(path), options: options)
            try runner.validateSelection()
        } catch let error as NotebookError {
            return fail(error.description, status: 2)
        } catch {
            return fail("prism: \(error)", status: 2)
        }
        if helpParameters {
            print(parameterHelp(runner), terminator: "")
            return 0
        }
        let errors = runner.syntaxErrors()
        if !errors.isEmpty {
            for error in errors { FileHandle.standardError.write(Data(error.report.utf8)) }
            return 2
        }
        let literals: [(name: String, literal: String)]
        do {
            literals = try runner.resolveParameters()
        } catch {
            return fail("prism: \(error.description)", status: 4)
        }
        let notebookRun = execute(runner, literals: literals)
        if let reportPath {
            do {
                try ReportWriter(run: notebookRun, path: reportPath, timings: timings).write()
            } catch {
                return fail("prism: \(error)", status: notebookRun.status == .ok ? 1 : notebookRun.status.exitCode)
            }
        }
        return notebookRun.status.exitCode
    }

    /// `prism check`: parses the notebook, its parameters and every cell without running anything.
    public static func check(path: String) -> Int32 {
        let runner: NotebookRunner
        do {
            runner = try NotebookRunner(notebook: try load(path), options: RunOptions())
        } catch let error as NotebookError {
            return fail(error.description, status: 2)
        } catch {
            return fail("prism: \(error)", status: 2)
        }
        let errors = runner.syntaxErrors()
        for error in errors {
            let location = "\(error.cell):\(error.error.location.line):\(Int(error.error.location.column) + 1)"
            let message = "\(path): \(location): \(error.error.kind.rawValue): \(error.error.message) (line \(error.fileLine) of the file)\n"
            FileHandle.standardError.write(Data(message.utf8))
        }
        if errors.isEmpty {
            print("\(path): ok, \(runner.notebook.cells.count) cells, \(runner.parameters.count) parameters")
            return 0
        }
        return 2
    }

    /// Reads and parses a notebook file.
    static func load(_ path: String) throws -> Notebook {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NotebookError(path: path, line: 0, message: "cannot read the notebook")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw NotebookError(path: path, line: 0, message: "the notebook is not UTF-8 text")
        }
        return try NotebookParser.parse(text, path: path)
    }

    /// Runs the cells in a fresh session on the interpreter thread, with Ctrl-C routed to it.
    static func execute(_ runner: NotebookRunner, literals: [(name: String, literal: String)]) -> NotebookRun {
        final class Box: @unchecked Sendable { var run: NotebookRun? }
        let box = Box()
        let directory = ScriptRunner.directory(of: runner.notebook.path)
        _ = InterpreterThread.run {
            let session = Session(argv: [runner.notebook.path], searchPath: [directory])
            session.vm.setNativeStackLimit(size: InterpreterThread.stackSize)
            Interrupts.install(session.vm)
            defer { Interrupts.uninstall() }
            box.run = runner.run(in: session, parameters: literals)
            session.vm.flushAll()
            _ = Unmanaged.passRetained(session)  // the process ends next (see ScriptRunner)
            return 0
        }
        return box.run!
    }

    /// `--help-params`: each parameter with its default, type and comment.
    static func parameterHelp(_ runner: NotebookRunner) -> String {
        guard !runner.parameters.isEmpty else { return "\(runner.notebook.fileName) has no parameters.\n" }
        var text = "Parameters of \(runner.notebook.fileName) (set with -p name=value or -f params.yaml):\n"
        let width = runner.parameters.map { $0.name.count + $0.defaultLiteral.count + 3 }.max() ?? 0
        for parameter in runner.parameters {
            let assignment = "\(parameter.name) = \(parameter.defaultLiteral)"
            var line = "  " + assignment + String(repeating: " ", count: max(width - assignment.count, 0))
            line += "  (\(parameter.kind.rawValue))"
            if let comment = parameter.comment { line += "  \(comment)" }
            text += line + "\n"
        }
        return text
    }

    static func fail(_ message: String, status: Int32) -> Int32 {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        return status
    }
}
