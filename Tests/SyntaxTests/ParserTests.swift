import Foundation
import Support
import Testing
@testable import Syntax

/// Renders expressions fully parenthesized, to make precedence and associativity visible.
struct ExpressionPrinter {
    let ast: AST

    func render(_ id: ExprID) -> String {
        switch ast[id].kind {
        case .name(let name): return name
        case .constant(.int(let value)): return String(value)
        case .constant(.none): return "None"
        case .constant(.bool(let value)): return value ? "True" : "False"
        case .constant(.string(let text)): return "'\(text)'"
        case .unary(let op, let operand): return "(\(op.rawValue)\(op == .not ? " " : "")\(render(operand)))"
        case .binary(let op, let left, let right): return "(\(render(left)) \(op.rawValue) \(render(right)))"
        case .boolean(let op, let operands): return "(" + operands.map(render).joined(separator: " \(op.rawValue) ") + ")"
        case .compare(let first, let ops, let rest):
            var text = "(" + render(first)
            for (op, operand) in zip(ops, rest) { text += " \(op.rawValue) \(render(operand))" }
            return text + ")"
        case .call(let function, let arguments):
            let parts = arguments.map { argument -> String in
                switch argument {
                case .positional(let value): return render(value)
                case .starred(let value): return "*" + render(value)
                case .keyword(let name, let value): return "\(name)=\(render(value))"
                case .doubleStarred(let value): return "**" + render(value)
                }
            }
            return render(function) + "(" + parts.joined(separator: ", ") + ")"
        case .attribute(let base, let name): return render(base) + "." + name
        case .subscript(let base, let index): return render(base) + "[" + render(index) + "]"
        case .tuple(let items): return "(" + items.map(render).joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
        case .list(let items): return "[" + items.map(render).joined(separator: ", ") + "]"
        case .conditional(let test, let body, let orElse): return "(\(render(body)) if \(render(test)) else \(render(orElse)))"
        case .starred(let value): return "*" + render(value)
        case .namedExpr(let name, let value): return "(\(name) := \(render(value)))"
        case .lambda(let parameters, let body): return "(lambda \(parameters.all.map(\.name).joined(separator: ", ")): \(render(body)))"
        default: return "<?>"
        }
    }
}

/// Carries a result from another thread.
final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}

/// Runs `body` on a thread with a 256 MiB stack, as the interpreter does, and waits for it.
func onLargeStack<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        box.value = body()
        done.signal()
    }
    thread.stackSize = 256 << 20
    thread.start()
    done.wait()
    return box.value!
}

/// The parser: the shape of what it builds and CPython's messages for what it rejects.
@Suite("Parser")
struct ParserTests {
    func expression(_ source: String) throws -> String {
        let ast = try Parser.parseModule(source)
        guard let first = ast.body.first, case .expression(let id) = ast[first].kind else { return "<not an expression>" }
        return ExpressionPrinter(ast: ast).render(id)
    }

    @Test("Precedence and associativity follow Python's grammar", arguments: [
        ("a + b * c", "(a + (b * c))"),
        ("a - b - c", "((a - b) - c)"),
        ("a ** b ** c", "(a ** (b ** c))"),
        ("-a ** b", "(-(a ** b))"),
        ("a ** -b", "(a ** (-b))"),
        ("not a == b", "(not (a == b))"),
        ("a or b and not c", "(a or (b and (not c)))"),
        ("a < b < c", "(a < b < c)"),
        ("a if b else c if d else e", "(a if b else (c if d else e))"),
        ("a | b ^ c & d << e + f", "(a | (b ^ (c & (d << (e + f)))))"),
        ("x.y(z)[0].w", "x.y(z)[0].w"),
        ("f(a, *b, c=d, **e)", "f(a, *b, c=d, **e)"),
        ("a not in b is not c", "(a not in b is not c)"),
        ("lambda x, y: x + y", "(lambda x, y: (x + y))"),
        ("(y := f(x))", "(y := f(x))"),
        ("a, *b", "(a, *b)"),
        ("~a // -b % +c", "(((~a) // (-b)) % (+c))"),
    ])
    func precedence(source: String, expected: String) throws {
        #expect(try expression(source) == expected)
    }

    /// Each message and position was produced by CPython 3.11's `compile()`.
    @Test("Syntax errors carry CPython's message and position", arguments: [
        ("if x\n    pass\n", "expected ':'", 1, 4),
        ("def f():\nreturn 1\n", "expected an indented block after function definition on line 1", 2, 0),
        ("x = [1, 2\n", "'[' was never closed", 1, 4),
        ("f(1 2)\n", "invalid syntax. Perhaps you forgot a comma?", 1, 2),
        ("1 = x\n", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 0),
        ("f() = 1\n", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 0),
        ("print 'x'\n", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 0),
        ("for x in y:\npass\n", "expected an indented block after 'for' statement on line 1", 2, 0),
        ("class C\n", "expected ':'", 1, 7),
        ("f(**x, *y)\n", "iterable argument unpacking follows keyword argument unpacking", 1, 7),
        ("f(a=1, b)\n", "positional argument follows keyword argument", 1, 8),
        ("f(a=1, b + g(2), c)\n", "positional argument follows keyword argument", 1, 18),
        ("f(**k, b)\n", "positional argument follows keyword argument unpacking", 1, 8),
        ("def f(a=1, b): pass\n", "non-default argument follows default argument", 1, 11),
    ])
    func errors(source: String, message: String, line: Int, column: Int) {
        do {
            _ = try Parser.parseModule(source)
            Issue.record("\(source.debugDescription) parsed without error")
        } catch {
            #expect(error.message == message)
            #expect(error.location == SourceLocation(line: line, column: column))
        }
    }

    @Test("Every statement form parses", arguments: [
        "x: int = 1", "a, b = b, a", "x += 1", "del a[0], b.c", "assert x, 'msg'", "global g", "pass",
        "import os.path as p", "from . import x", "from a.b import (c as d, e)", "raise E from None",
        "with open(f) as a, open(g) as b: pass", "try:\n  pass\nexcept (A, B) as e:\n  pass\nelse:\n  pass\nfinally:\n  pass",
        "while x:\n  break\nelse:\n  pass", "for i, (j, k) in z:\n  continue", "@d\n@e(1)\nclass C(B, metaclass=M):\n  x = 1",
        "async def f():\n  await g()", "def f(a, /, b, *, c, **d) -> int:\n  return a", "def g():\n  x = yield\n  yield from x",
        "x = [i for i in y if i for j in i]", "x = {k: v for k, v in d.items()}", "x = f'{a!r:>{w}}'",
        "nonlocal_ = 1", "match = 1", "print(*a, sep='', **k)", "x = a[1:2, ::3]", "x = {**a, 'b': 1, **c}",
    ])
    func statementForms(source: String) {
        #expect(throws: Never.self) { try Parser.parseModule(source + "\n") }
    }

    @Test("Expression nesting beyond the limit is a RecursionError, not a stack overflow")
    func nestingLimit() {
        let kind = onLargeStack { () -> SyntaxErrorKind? in
            do throws(SyntaxError) {
                _ = try Parser.parseModule("x = " + String(repeating: "-", count: 30_000) + "1\n")
                return nil
            } catch {
                return error.kind
            }
        }
        #expect(kind == .recursion)
    }
}
