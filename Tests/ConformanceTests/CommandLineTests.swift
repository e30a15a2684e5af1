import Foundation
import Testing

/// The `prism` command itself: options, exit statuses and the error reports a user reads.
@Suite("The prism command")
struct CommandLineTests {
    /// Writes `source` to a new temporary file and returns its path.
    func script(_ source: String, name: String = "script.py") throws -> String {
        let directory = try PrismProcess.makeTemporaryDirectory()
        let url = directory.appendingPathComponent(name)
        try source.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Runs `python3` (CPython) on a file, for differential checks.
    func cpython(_ path: String) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", path]
        let errorPipe = Pipe()
        process.standardError = errorPipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errorPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("--version prints the version")
    func version() throws {
        let result = try PrismProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }

    @Test("--help describes the run subcommand")
    func help() throws {
        let result = try PrismProcess.run(["--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("USAGE: prism"))
        #expect(result.output.contains("run"))
    }

    @Test("An unknown option is a usage error with status 2")
    func unknownOption() throws {
        let result = try PrismProcess.run(["run", "--no-such-option", "x.py"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no-such-option"))
    }

    @Test("A missing script is reported like CPython, with status 2")
    func missingScript() throws {
        let result = try PrismProcess.run(["run", "/nonexistent/dir/nothing.py"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("can't open file '/nonexistent/dir/nothing.py': [Errno 2] No such file or directory"))
    }

    @Test("sys.argv holds the script and its arguments")
    func argv() throws {
        let path = try script("import sys\nprint(sys.argv[1:])\nprint(sys.argv[0].endswith('script.py'))\n")
        let result = try PrismProcess.run(["run", path, "a", "--flag", "3"])
        #expect(result.status == 0)
        #expect(result.output == "['a', '--flag', '3']\nTrue\n")
    }

    @Test("sys.exit sets the exit status", arguments: [("import sys\nsys.exit(3)\n", Int32(3)),
                                                      ("import sys\nsys.exit()\n", 0),
                                                      ("raise SystemExit('bye')\n", 1)])
    func exitStatus(source: String, status: Int32) throws {
        let result = try PrismProcess.run(["run", try script(source)])
        #expect(result.status == status)
    }

    static let syntaxErrors = [
        "x = (1,\ny = 2\n",
        "def f(:\n    pass\n",
        "if True:\nprint('x')\n",
        "for x in range(3):\n        print(x)\n    print(x)\n",
        "print('unterminated)\n",
        "x = 1 +\n",
        "class C:\n    def f(self):\n        return 1\n  x = 2\n",
        "a = [1, 2\nb = 3\n",
        "f(x for x in y, 1)\n",
        "x = 5 = y\n",
        "return 1\n",
        "def f():\n    nonlocal q\n",
    ]

    @Test("Syntax errors are reported as CPython reports them", arguments: syntaxErrors)
    func syntaxErrorReport(source: String) throws {
        let path = try script(source)
        let result = try PrismProcess.run(["run", path])
        let reference = try cpython(path)
        #expect(result.status == 2)
        #expect(reference.status == 1)
        #expect(result.stderr == reference.stderr)
    }

    static let runtimeErrors = [
        "def inner(x):\n    return 1 / x\n\ndef outer(values):\n    total = 0\n    for v in values:\n        total += inner(v)\n    return total\n\nprint(outer([1, 2, 0]))\n",
        "class Account:\n    def __init__(self):\n        self.balance = 0\n\n    def withdraw(self, amount):\n        if amount > self.balance:\n            raise ValueError(f'insufficient funds: {amount}')\n\nAccount().withdraw(5)\n",
        "d = {'a': 1}\ntry:\n    d['b']\nexcept KeyError as e:\n    raise RuntimeError('lookup failed') from e\n",
        "try:\n    [][1]\nexcept IndexError:\n    int('x')\n",
        "def gen():\n    yield 1\n    raise StopIteration\n\nlist(gen())\n",
        "import json\njson.loads('{bad')\n",
    ]

    /// CPython 3.11 underlines the failing expression (`^^^^`, `~~^~~`); Prism does not yet, so the
    /// comparison drops those marker lines and checks everything else line by line. Frames inside
    /// library modules differ by nature (Prism's stdlib is its own code) and are left out too.
    @Test("Tracebacks match CPython's frames, source lines and message", arguments: runtimeErrors)
    func tracebackReport(source: String) throws {
        let path = try script(source)
        let result = try PrismProcess.run(["run", path])
        let reference = try cpython(path)
        let isMarker: (Substring) -> Bool = { line in
            line.contains(where: { $0 == "^" || $0 == "~" }) && line.allSatisfy { " ^~".contains($0) }
        }
        let expected = userFrames(reference.stderr.split(separator: "\n").filter { !isMarker($0) }, script: path)
        let actual = userFrames(result.stderr.split(separator: "\n"), script: path)
        #expect(result.status == 1)
        #expect(actual == expected)
    }

    /// Traceback lines without the frames (a `File` line and its source line) of other files.
    func userFrames(_ lines: [Substring], script: String) -> [Substring] {
        var kept: [Substring] = []
        var skipping = false
        for line in lines {
            if line.hasPrefix("  File \"") {
                skipping = !line.hasPrefix("  File \"\(script)\"")
            } else if !line.hasPrefix("    ") {
                skipping = false
            }
            if !skipping { kept.append(line) }
        }
        return kept
    }

    @Test("Deep recursion raises RecursionError at the limit, which can be changed")
    func recursionLimit() throws {
        let source = """
        import sys
        def depth(n):
            try:
                return depth(n + 1)
            except RecursionError:
                return n
        print(depth(0) > 900)
        sys.setrecursionlimit(5000)
        print(depth(0) > 4900)
        def forever(n):
            return forever(n + 1)
        forever(0)
        """
        let result = try PrismProcess.run(["run", try script(source)])
        #expect(result.output == "True\nTrue\n")
        #expect(result.status == 1)
        #expect(result.lastErrorLine == "RecursionError: maximum recursion depth exceeded")
    }

    @Test("A huge allocation raises MemoryError", arguments: ["[0] * (10 ** 13)", "'ab' * (10 ** 14)", "bytes(10 ** 15)", "b'x' * (10 ** 14)",
                                                           "list(range(10 ** 12))", "'x'.center(10 ** 13)", "format(1, '>10000000000000')"])
    func memoryError(expression: String) throws {
        let source = "try:\n    x = \(expression)\nexcept MemoryError:\n    print('MemoryError')\n"
        let result = try PrismProcess.run(["run", try script(source)])
        #expect(result.output == "MemoryError\n", "\(result.stderr)")
    }

    @Test("Code nested too deeply is a RecursionError during compilation, not a crash")
    func deepNesting() throws {
        let unary = try PrismProcess.run(["run", try script("x = " + String(repeating: "-", count: 100_000) + "1\n")])
        #expect(unary.status == 1)
        #expect(unary.lastErrorLine == "RecursionError: maximum recursion depth exceeded during compilation")
        let sum = try PrismProcess.run(["run", try script("print(" + String(repeating: "1+", count: 5000) + "1)\n")])
        #expect(sum.output == "5001\n")
        let parens = try PrismProcess.run(["run", try script("x = " + String(repeating: "(", count: 300) + "1" + String(repeating: ")", count: 300) + "\n")])
        #expect(parens.status == 2)
        #expect(parens.lastErrorLine == "SyntaxError: too many nested parentheses")
    }

    @Test("Ctrl-C raises KeyboardInterrupt in the running code, and exits 130 when uncaught")
    func keyboardInterrupt() throws {
        let source = """
        import sys, time
        def spin(n):
            return n if n == 0 else spin(n - 1)
        try:
            print('ready', flush=True)
            while True:
                spin(10)
        except KeyboardInterrupt:
            print('caught', flush=True)
        while True:
            pass
        """
        let path = try script(source)
        let process = Process()
        process.executableURL = PrismProcess.executable
        process.arguments = ["run", path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let watched = WatchedProcess(process)
        DispatchQueue.global().asyncAfter(deadline: .now() + 60) { watched.killIfRunning() }
        let reader = output.fileHandleForReading
        var seen = ""
        for expectedLine in ["ready\n", "caught\n"] {
            while !seen.contains(expectedLine) {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                seen += String(decoding: chunk, as: UTF8.self)
            }
            usleep(100_000)
            kill(process.processIdentifier, SIGINT)
        }
        process.waitUntilExit()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(seen == "ready\ncaught\n")
        #expect(process.terminationStatus == 130)
        #expect(stderr.hasSuffix("KeyboardInterrupt\n"))
    }
}

/// A process a watchdog kills if it still runs when the watchdog fires.
final class WatchedProcess: @unchecked Sendable {
    let process: Process

    init(_ process: Process) { self.process = process }

    func killIfRunning() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}
