import Support
import Testing
@testable import Compiler
import Syntax

/// Errors found after parsing (CPython's symtable and compiler checks), with CPython's messages
/// and positions. Every row was produced by CPython 3.11's `compile()`.
@Suite("Compile-time errors")
struct CompileErrorTests {
    @Test("Misplaced statements and declarations are rejected as CPython rejects them", arguments: [
        ("return 1\n", "'return' outside function", 1, 0),
        ("def f():\n    nonlocal q\n", "no binding for nonlocal 'q' found", 2, 4),
        ("nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 0),
        ("x = 1\ndef f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 4, 4),
        ("yield 1\n", "'yield' outside function", 1, 0),
        ("break\n", "'break' outside loop", 1, 0),
        ("continue\n", "'continue' not properly in loop", 1, 0),
        ("def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n", "name 'x' is nonlocal and global", 4, 8),
        ("class C:\n    return 1\n", "'return' outside function", 2, 4),
        ("[x for x in range(3) if (x := 1)]\n", "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 25),
        ("def f(a, a): pass\n", "duplicate argument 'a' in function definition", 1, 9),
        ("f(x=1, x=2)\n", "keyword argument repeated: x", 1, 7),
        ("await x\n", "'await' outside function", 1, 0),
        ("def f():\n    x: int = 1\n    global x\n", "annotated name 'x' can't be global", 3, 4),
        ("del f()\n", "cannot delete function call", 1, 4),
        ("(a, b) += 1\n", "'tuple' is an illegal expression for augmented assignment", 1, 0),
        ("x = *a\n", "can't use starred expression here", 1, 4),
        ("print(*a for a in b)\n", "iterable unpacking cannot be used in comprehension", 1, 6),
        ("a, *b, *c = d\n", "multiple starred expressions in assignment", 1, 0),
    ])
    func error(source: String, message: String, line: Int, column: Int) {
        do {
            _ = try Compiler.compile(source: source, filename: "s")
            Issue.record("\(source.debugDescription) compiled")
        } catch {
            #expect(error.message == message)
            #expect(error.location == SourceLocation(line: line, column: column))
        }
    }
}
