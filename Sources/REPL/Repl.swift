import Foundation
import Interpreter
import Notebook
import VM
#if canImport(Glibc)
import Glibc
#endif

/// The commands the REPL understands (`:name args`).
enum ReplCommand {
    static let names = [":help", ":cells", ":run", ":vars", ":time", ":reset", ":save", ":quit"]

    static let help = """
    Commands:
      :help                 this list
      :cells                the loaded notebook's cells
      :run NAME|N|all       run a cell of the loaded notebook (by name or number), or all of them
      :vars                 the session's variables
      :time STATEMENT       run a statement and print how long it took
      :reset                start a fresh session (the notebook stays loaded)
      :save FILE.nb.md      save this session's inputs as a notebook
      :quit                 leave (Ctrl-D too)
    Enter runs a complete statement; an open block or bracket continues on the next line (an
    empty line ends a block). Tab completes names, keywords and attributes. Ctrl-C clears the line,
    or interrupts running code. `_` is the last value shown.

    """
}

/// `prism repl [NOTEBOOK]`: an interactive session with readline editing, history, multi-line
/// input, completion that never runs code, and commands to work with a notebook's cells.
public final class Repl {
    var session: Session
    var notebook: Notebook?
    /// The inputs that ran without error, for `:save`.
    var inputs: [String] = []
    var inputCount = 0
    /// Whether the loaded notebook's parameters cell has run (`:run` runs it first).
    var parametersRan = false
    let historyFile: String?
    var editor: LineEditor!

    /// Creates a REPL, loading `notebookPath` when given.
    public init(notebookPath: String?) throws {
        session = Repl.makeSession(directory: notebookPath.map { ScriptRunner.directory(of: $0) } ?? FileManager.default.currentDirectoryPath)
        historyFile = ProcessInfo.processInfo.environment["PRISM_HISTORY"]
            ?? (ProcessInfo.processInfo.environment["HOME"].map { $0 + "/.prism_history" })
        if let notebookPath {
            guard let data = FileManager.default.contents(atPath: notebookPath),
                  let text = String(data: data, encoding: .utf8) else {
                throw NotebookError(path: notebookPath, line: 0, message: "cannot read the notebook")
            }
            notebook = try NotebookParser.parse(text, path: notebookPath)
        }
    }

    static func makeSession(directory: String) -> Session {
        let session = Session(argv: [""], searchPath: [directory])
        session.vm.setNativeStackLimit(size: InterpreterThread.stackSize)
        return session
    }

    /// Runs the read-eval-print loop until `:quit`, Ctrl-D or `exit()`; returns the exit status.
    public func run() -> Int32 {
        Interrupts.install(session.vm)
        defer { Interrupts.uninstall() }
        editor = LineEditor(historyFile: historyFile, interruptFlag: session.vm.interruptFlag) { [unowned self] text in
            Completer(session: self.session).complete(text)
        }
        if editor.interactive {
            print("Prism \(PrismVersion.current) — Python dialect. :help for commands, Ctrl-D to quit.")
            if let notebook {
                print("Loaded \(notebook.fileName): \(notebook.cells.count) cells (:cells lists them, :run NAME runs one).")
            }
        }
        var assembler = InputAssembler()
        while true {
            let prompt = assembler.isEmpty ? ">>> " : "... "
            switch editor.readLine(prompt: editor.interactive ? prompt : "", initialText: assembler.nextIndentation) {
            case .endOfInput:
                return 0
            case .interrupted:
                assembler.reset()
            case .line(let line):
                guard assembler.add(line) else { continue }
                let source = assembler.source
                assembler.reset()
                let trimmed = source.trimmingCharacters()
                if trimmed.isEmpty { continue }
                editor.addHistory(String(source.dropLast()))
                if trimmed.hasPrefix(":") {
                    if let status = command(trimmed) { return status }
                } else if let status = evaluate(source) {
                    return status
                }
            }
        }
    }

    /// Runs an input; returns an exit status when the code called `sys.exit()`.
    func evaluate(_ source: String) -> Int32? {
        inputCount += 1
        let vm = session.vm
        vm.clearAbort()
        let outcome = session.run(source: source, filename: "<input-\(inputCount)>", display: .everyExpression)
        vm.flushAll()
        switch outcome {
        case .finished:
            inputs.append(source)
        case .exited(let status):
            return status
        case .syntaxError(let error, let text):
            fputs(TracebackFormatter.format(error, in: text), stderr)
        case .raised(let exception):
            vm.stderr.write(session.traceback(exception))
            vm.flushAll()
        }
        return nil
    }

    /// Carries out a `:command`; returns an exit status for `:quit`.
    func command(_ input: String) -> Int32? {
        let parts = input.split(separator: " ", maxSplits: 1).map(String.init)
        let argument = parts.count > 1 ? parts[1].trimmingCharacters() : ""
        switch parts[0] {
        case ":help": print(ReplCommand.help, terminator: "")
        case ":quit", ":q", ":exit": return 0
        case ":cells": listCells()
        case ":run": runCells(argument)
        case ":vars": listVariables()
        case ":time": time(argument)
        case ":reset":
            Interrupts.uninstall()
            session = Repl.makeSession(directory: FileManager.default.currentDirectoryPath)
            Interrupts.install(session.vm)
            editor.interruptFlag = session.vm.interruptFlag
            inputs = []
            parametersRan = false
            print("Fresh session.")
        case ":save": save(argument)
        default: fputs("Unknown command \(parts[0]); :help lists the commands.\n", stderr)
        }
        return nil
    }

    func listCells() {
        guard let notebook else {
            print("No notebook loaded (start with `prism repl NOTEBOOK.nb.md`).")
            return
        }
        for (index, cell) in notebook.cells.enumerated() {
            let firstLine = cell.source.split(separator: "\n").first.map(String.init) ?? ""
            print("\(index + 1). \(cell.name)\(cell.isParameters ? " (parameters)" : "")  \(firstLine)")
        }
    }

    func runCells(_ argument: String) {
        guard let notebook else {
            fputs("No notebook loaded.\n", stderr)
            return
        }
        let cells: [Cell]
        if argument == "all" {
            cells = notebook.cells.filter { !$0.options.skip }
        } else if let number = Int(argument), number >= 1, number <= notebook.cells.count {
            cells = [notebook.cells[number - 1]]
        } else if let cell = notebook.cell(named: argument) {
            cells = [cell]
        } else {
            fputs("No cell \(argument.isEmpty ? "given" : "`\(argument)`"); :cells lists them.\n", stderr)
            return
        }
        var toRun = cells
        if !parametersRan, let parameters = notebook.parametersCell, !toRun.contains(where: { $0.isParameters }) {
            toRun.insert(parameters, at: 0)
        }
        for cell in toRun {
            if cell.isParameters { parametersRan = true }
            let filename = "\(notebook.path)#\(cell.name)"
            session.vm.frameLabels[filename] = "\"\(notebook.fileName)\", cell \"\(cell.name)\""
            session.vm.clearAbort()
            let outcome = session.run(source: cell.source, filename: filename, display: .lastExpression)
            session.vm.flushAll()
            switch outcome {
            case .finished, .exited: continue
            case .syntaxError(let error, let text):
                fputs(TracebackFormatter.format(error, in: text, label: session.vm.frameLabels[filename]), stderr)
                return
            case .raised(let exception):
                session.vm.stderr.write(session.traceback(exception))
                session.vm.flushAll()
                return
            }
        }
    }

    func listVariables() {
        let vm = session.vm
        var rows: [(String, String, String)] = []
        for (key, value) in session.main.dict.items {
            guard let name = key.asString?.value, !name.hasPrefix("_") else { continue }
            let type = vm.typeOf(value)
            if type.name == "module" || type.name == "function" || type.name == "type" { continue }
            var shown = (try? vm.repr(value)) ?? "<repr failed>"
            if shown.count > 60 { shown = String(shown.prefix(57)) + "..." }
            rows.append((name, type.name, shown))
        }
        if rows.isEmpty {
            print("No variables yet.")
            return
        }
        let nameWidth = rows.map(\.0.count).max() ?? 0
        let typeWidth = rows.map(\.1.count).max() ?? 0
        for (name, type, shown) in rows.sorted(by: { $0.0 < $1.0 }) {
            print(name.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  "
                  + type.padding(toLength: typeWidth, withPad: " ", startingAt: 0) + "  " + shown)
        }
    }

    func time(_ statement: String) {
        guard !statement.isEmpty else {
            fputs("Usage: :time STATEMENT\n", stderr)
            return
        }
        var start = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        _ = evaluate(statement + "\n")
        var end = timespec()
        clock_gettime(CLOCK_MONOTONIC, &end)
        let seconds = Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
        print(seconds < 1 ? String(format: "Wall time: %.3f ms", seconds * 1000) : String(format: "Wall time: %.3f s", seconds))
    }

    /// Writes the session's inputs as the cells of a notebook.
    func save(_ path: String) {
        guard !path.isEmpty else {
            fputs("Usage: :save FILE.nb.md\n", stderr)
            return
        }
        var text = "---\ntitle: REPL session\n---\n# REPL session\n"
        for input in inputs {
            var fence = "```"
            while input.contains(fence) { fence += "`" }
            text += "\n\(fence)python\n\(input)\(input.hasSuffix("\n") ? "" : "\n")\(fence)\n"
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            print("Saved \(inputs.count) inputs to \(path).")
        } catch {
            fputs("Cannot write \(path): \(error.localizedDescription)\n", stderr)
        }
    }
}
