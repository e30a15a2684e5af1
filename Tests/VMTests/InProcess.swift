import Foundation
import Interpreter
import VM

/// Runs programs in this process, each in a fresh session on a thread with the interpreter's
/// large stack. VMs count references without atomics in release builds, so every suite that
/// uses this is `.serialized` and runs one program at a time.
enum InProcess {
    /// What a program did.
    struct Result: Sendable {
        /// Everything it printed to stdout and stderr.
        var output: String
        /// The name and message of the exception that ended it, if one did (`ValueError: x`).
        var exception: String?
        /// Whether it ended with a syntax error.
        var syntaxError: Bool
        /// Whether the step budget stopped it.
        var budgetExhausted: Bool
    }

    /// Runs `source` as `__main__`, optionally within a step budget.
    static func run(_ source: String, stepBudget: Int? = nil) throws -> Result {
        final class Box: @unchecked Sendable { var result: Result? }
        let box = Box()
        _ = InterpreterThread.run {
            let session = Session(argv: ["test.py"])
            session.vm.setNativeStackLimit(size: InterpreterThread.stackSize)
            var output = ""
            session.vm.stdout.capture = { output += $0 }
            session.vm.stderr.capture = { output += $0 }
            session.vm.readLine = { nil }
            if let stepBudget { session.vm.setStepBudget(stepBudget) }
            let outcome = session.run(source: source, filename: "test.py")
            var result = Result(output: "", exception: nil, syntaxError: false, budgetExhausted: session.vm.isBudgetExhausted)
            switch outcome {
            case .finished, .exited: break
            case .raised(let exception):
                result.exception = session.traceback(exception).split(separator: "\n").last.map(String.init)
            case .syntaxError: result.syntaxError = true
            }
            result.output = output
            box.result = result
            return 0
        }
        return box.result!
    }
}
