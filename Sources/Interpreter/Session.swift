import Bytecode
import Compiler
import Support
import Syntax
import VM
#if canImport(Glibc)
import Glibc
#endif

/// How running some code ended.
public enum RunOutcome {
    /// It finished; for interactive code, the value of the last expression statement (if any).
    case finished
    /// It raised an exception that was not caught.
    case raised(PyException)
    /// It called `sys.exit` (or raised SystemExit) with this exit status.
    case exited(Int32)
    /// It could not be compiled.
    case syntaxError(SyntaxError, SourceText)
}

/// An interpreter session: one VM with a `__main__` module, able to run scripts and code snippets
/// (notebook cells, REPL inputs) one after another in the same namespace.
public final class Session {
    /// The virtual machine.
    public let vm: VM
    /// The `__main__` module whose namespace code runs in.
    public let main: PyModule

    /// Creates a session; `argv` becomes `sys.argv`, `searchPath` the directories imports look in.
    public init(argv: [String] = [""], searchPath: [String] = []) {
        vm = VM()
        vm.argv = argv
        vm.searchPath = searchPath
        main = PyModule(name: "__main__")
        main.dict.store(string: vm.intern("__builtins__"), .object(vm.builtinsModule))
        vm.modules.store(string: vm.intern("__main__"), .object(main))
        let loader = ModuleLoader()
        vm.moduleLoader = { vm, name in loader.load(vm, name) }
        for install in Session.extensions { install(vm) }
    }

    /// Installs more native modules into every new session's VM (the engines' bindings register
    /// theirs here at start-up, before any session exists).
    nonisolated(unsafe) public static var extensions: [(VM) -> Void] = []

    /// Compiles and runs `source` as `filename` in the `__main__` namespace.
    /// `interactive` echoes the values of expression statements (REPL style).
    public func run(source: String, filename: String, lineOffset: Int = 0, interactive: Bool = false) -> RunOutcome {
        run(source: source, filename: filename, lineOffset: lineOffset, display: interactive ? .everyExpression : .none)
    }

    /// Compiles and runs `source` in `__main__`, handing the values of the expression statements
    /// `display` selects to the VM's display hook.
    public func run(source: String, filename: String, lineOffset: Int = 0, display: DisplayMode) -> RunOutcome {
        let text = SourceText(name: filename, text: source, lineOffset: lineOffset)
        vm.sources[filename] = text
        let code: CodeObject
        do {
            code = try Compiler.compile(source: source, filename: filename, display: display)
        } catch {
            return .syntaxError(error, text)
        }
        return execute(code)
    }

    /// Runs compiled code in `__main__`, turning SystemExit into an exit status.
    public func execute(_ code: CodeObject) -> RunOutcome {
        do throws(PyException) {
            _ = try vm.runModuleCode(code, globals: main.dict)
            return .finished
        } catch {
            if error.object.type === BuiltinTypes.shared.exception("SystemExit") {
                return .exited(exitStatus(of: error.object))
            }
            return .raised(error)
        }
    }

    /// The process exit status SystemExit asks for, printing a non-integer code to stderr as CPython does.
    public func exitStatus(of exception: PyExceptionObject) -> Int32 {
        let code = exception.dict.lookup(string: vm.intern("code")) ?? (exception.args.items.first ?? .none)
        switch code {
        case .none: return 0
        case .int(let status): return Int32(truncatingIfNeeded: status)
        case .bool(let flag): return flag ? 1 : 0
        default:
            vm.stdout.flush()
            vm.stderr.write(((try? vm.str(code)) ?? "") + "\n")
            return 1
        }
    }

    /// The traceback text of an uncaught exception, as CPython prints it.
    public func traceback(_ exception: PyException) -> String {
        TracebackFormatter(vm: vm).format(exception.object)
    }
}
