import Testing
@testable import VM

/// Limits that keep untrusted or runaway code from hanging or crashing the interpreter.
@Suite("Robustness", .serialized)
struct RobustnessTests {
    @Test("The step budget stops an endless loop, even one that catches every exception")
    func stepBudget() throws {
        let source = "while True:\n    try:\n        pass\n    except BaseException:\n        pass\n"
        let result = try InProcess.run(source, stepBudget: 50_000)
        #expect(result.budgetExhausted)
        #expect(result.exception == "RuntimeError: step budget exhausted")
    }

    @Test("The step budget stops `while` loops whose condition jumps back", arguments: [
        "n = 0\nwhile n < 10 ** 9:\n    n += 1\n",
        "n = 0\nwhile n >= 0:\n    n += 1\n",
        "n = 0\nwhile not n < 0:\n    n += 1\n",
    ])
    func whileLoops(_ source: String) throws {
        let result = try InProcess.run(source, stepBudget: 50_000)
        #expect(result.exception == "RuntimeError: step budget exhausted")
    }

    @Test("Big-integer work counts against the step budget, so growing numbers cannot outrun it")
    func bigIntegerWork() throws {
        let source = "x = 1\nwhile x ** 30:\n    x *= 3\n"
        let result = try InProcess.run(source, stepBudget: 50_000)
        #expect(result.exception == "RuntimeError: step budget exhausted")
    }

    @Test("The step budget stops endless recursion through exception handlers")
    func budgetInRecursion() throws {
        let source = "def f():\n    try:\n        f()\n    except RecursionError:\n        f()\nf()\n"
        let result = try InProcess.run(source, stepBudget: 100_000)
        #expect(result.budgetExhausted)
    }

    @Test("Code within the budget runs to completion")
    func withinBudget() throws {
        let result = try InProcess.run("print(sum(i for i in range(1000)))\n", stepBudget: 10_000)
        #expect(result.output == "499500\n")
        #expect(!result.budgetExhausted)
        #expect(result.exception == nil)
    }

    @Test("Failures inside builtins surface as Python exceptions", arguments: [
        ("[1] * (2 ** 62)", "MemoryError"),
        ("10 ** (10 ** 12)", "MemoryError"),
        ("1 << (1 << 40)", "MemoryError"),
        ("1 << (1 << 70)", "OverflowError: too many digits in integer"),
        ("list(range(10 ** 20))", "OverflowError: Python int too large to convert to C ssize_t"),
        ("int('9' * 5000)", "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"),
        ("'%d' % 'x'", "TypeError: %d format: a real number is required, not str"),
        ("sorted([1, 'a'])", "TypeError: '<' not supported between instances of 'str' and 'int'"),
        ("{}[[]]", "TypeError: unhashable type: 'list'"),
        ("range(0, 10, 0)", "ValueError: range() arg 3 must not be zero"),
        ("float('1e999') // 0", "ZeroDivisionError: float floor division by zero"),
    ])
    func builtinErrors(expression: String, expected: String) throws {
        let result = try InProcess.run("x = \(expression)\n")
        #expect(result.exception == expected)
    }
}
