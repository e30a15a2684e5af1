import Foundation
import Testing

/// `prism repl` running on a pseudo-terminal, as a user's terminal would drive it: started with
/// `setsid -c` so the terminal is its controlling terminal and Ctrl-C (byte 3) sends SIGINT.
final class TerminalSession {
    let master: Int32
    let process: Process
    private(set) var transcript = ""

    init(_ arguments: [String] = [], history: String, command: [String] = ["repl"]) throws {
        // posix_openpt/unlockpt/ptsname, spelled with the Linux calls they wrap (TIOCSPTLCK,
        // TIOCGPTN: the generic ioctl encoding of x86-64 and arm64).
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
            throw PrismProcess.TimeoutError(arguments: ["/dev/ptmx"], seconds: 0)
        }
        let terminal = FileHandle(forUpdatingAtPath: "/dev/pts/\(number)")
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        process.arguments = ["--ctty", "--wait", PrismProcess.executable.path] + command + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PRISM_HISTORY"] = history
        environment["TERM"] = "xterm"
        process.environment = environment
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        try process.run()
        let watched = WatchedProcess(process)
        DispatchQueue.global().asyncAfter(deadline: .now() + 120) { watched.killIfRunning() }
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        close(master)
    }

    /// Types `text` (keystrokes, `\t` for Tab, `\u{3}` for Ctrl-C).
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// The transcript without terminal control sequences and carriage returns.
    var screen: String {
        var result = ""
        var iterator = transcript.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            if scalar == "\u{1B}" {
                // Skip ESC [ ... final byte.
                if let next = iterator.next(), next == "[" {
                    while let part = iterator.next(), !(part.value >= 0x40 && part.value <= 0x7E) {}
                }
                continue
            }
            if scalar == "\r" || scalar == "\u{7}" { continue }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// Reads output until the screen contains `text` (after `from` characters); false on timeout.
    @discardableResult
    func waitFor(_ text: String, after start: Int = 0, timeout: TimeInterval = 20) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let screen = self.screen
            if screen.count >= start, screen.dropFirst(start).contains(text) { return true }
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&descriptor, 1, 50) > 0 {
                var buffer = [UInt8](repeating: 0, count: 4096)
                let count = read(master, &buffer, buffer.count)
                if count <= 0 { return self.screen.dropFirst(start).contains(text) }
                transcript += String(decoding: buffer[0..<count], as: UTF8.self)
            }
        }
        return false
    }

    /// Types a line and waits for the next prompt; returns what was printed in between.
    func run(_ line: String) -> String {
        let start = screen.count
        type(line + "\n")
        waitFor(">>> ", after: start + line.count + 1)
        let printed = String(screen.dropFirst(start))
        return printed
    }

    /// Leaves with :quit and returns the exit status (-1 when it did not exit: the transcript is
    /// recorded as a test issue).
    func quit() -> Int32 {
        type(":quit\n")
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline {
            waitFor("\u{0}", timeout: 0.1)
        }
        if process.isRunning {
            Issue.record("prism repl did not exit after :quit; transcript:\n\(screen)")
            kill(process.processIdentifier, SIGKILL)
            return -1
        }
        return process.terminationStatus
    }
}

/// The interactive REPL, driven through a pseudo-terminal.
@Suite("REPL", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/setsid")))
struct ReplTests {
    func historyPath() throws -> String {
        try PrismProcess.makeTemporaryDirectory().appendingPathComponent("history").path
    }

    @Test("Expressions echo their value; _ is the last value; errors keep the session")
    func echo() throws {
        let repl = try TerminalSession(history: try historyPath())
        #expect(repl.waitFor(">>> "))
        #expect(repl.run("6 * 7").contains("42"))
        #expect(repl.run("_ + 1").contains("43"))
        #expect(repl.run("1 / 0").contains("ZeroDivisionError: division by zero"))
        #expect(repl.run("'still here'").contains("'still here'"))
        #expect(repl.quit() == 0)
    }

    @Test("A statement that opens a block continues on indented lines until an empty line")
    func multiLine() throws {
        let repl = try TerminalSession(history: try historyPath())
        #expect(repl.waitFor(">>> "))
        repl.type("def twice(x):\n")
        #expect(repl.waitFor("...     "))
        repl.type("return x * 2\n")
        repl.type("\n")
        #expect(repl.waitFor(">>> ", after: repl.screen.count - 1))
        #expect(repl.run("twice(21)").contains("42"))
        repl.type("total = (1 +\n")
        #expect(repl.waitFor("... "))
        #expect(repl.run("2)").isEmpty == false)
        #expect(repl.run("total").contains("3"))
        #expect(repl.quit() == 0)
    }

    @Test("Tab completes names, keywords, attributes and module members")
    func completion() throws {
        let repl = try TerminalSession(history: try historyPath())
        #expect(repl.waitFor(">>> "))
        _ = repl.run("import math")
        _ = repl.run("class Box:\n    def __init__(self):\n        self.contents = 5\n")
        _ = repl.run("")
        _ = repl.run("box = Box()")
        repl.type("math.sq\t")
        #expect(repl.waitFor("math.sqrt"))
        #expect(repl.run("(16)").contains("4.0"))
        repl.type("box.cont\t")
        #expect(repl.waitFor("box.contents"))
        #expect(repl.run("").contains("5"))
        #expect(repl.quit() == 0)
    }

    @Test("Ctrl-C interrupts a long loop and returns to the prompt with the session intact")
    func interruptLoop() throws {
        let repl = try TerminalSession(history: try historyPath())
        #expect(repl.waitFor(">>> "))
        _ = repl.run("kept = 'value'")
        let start = repl.screen.count
        repl.type("while True:\n")
        repl.type("pass\n")
        repl.type("\n")
        usleep(500_000)
        repl.type("\u{3}")
        #expect(repl.waitFor("KeyboardInterrupt", after: start))
        #expect(repl.waitFor(">>> ", after: start + 10))
        #expect(repl.run("kept").contains("'value'"))
        repl.type("half typed\u{3}")
        #expect(repl.waitFor("^C"))
        #expect(repl.run("1 + 1").contains("2"))
        #expect(repl.quit() == 0)
    }

    @Test(":save writes the session as a notebook that prism run runs")
    func saveAndRun() throws {
        let directory = try PrismProcess.makeTemporaryDirectory()
        let notebook = directory.appendingPathComponent("session.nb.md").path
        let repl = try TerminalSession(history: directory.appendingPathComponent("history").path)
        #expect(repl.waitFor(">>> "))
        _ = repl.run("values = [3, 1, 2]")
        _ = repl.run("for v in sorted(values):\n    print(v * 10)\n")
        _ = repl.run("")
        _ = repl.run("undefined_name")
        #expect(repl.run(":save \(notebook)").contains("Saved 2 inputs"))
        #expect(repl.quit() == 0)
        let result = try PrismProcess.run(["run", notebook])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.output == "10\n20\n30\n")
        let history = try String(contentsOfFile: directory.appendingPathComponent("history").path, encoding: .utf8)
        #expect(history.contains("values = [3, 1, 2]"))
    }

    @Test(":cells and :run work with a notebook's cells")
    func notebookCells() throws {
        let path = ExampleNotebook.directory.appendingPathComponent("tour.nb.md").path
        let repl = try TerminalSession([path], history: try historyPath())
        #expect(repl.waitFor(">>> "))
        #expect(repl.run(":cells").contains("params (parameters)"))
        _ = repl.run(":run data-1")
        #expect(repl.run("len(orders)").contains("6"))
        #expect(repl.run(":vars").contains("orders"))
        #expect(repl.quit() == 0)
    }
}

/// Progress bars: drawn on a terminal's stderr, never anywhere else.
@Suite("Progress", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/setsid")))
struct ProgressTests {
    static let program = """
    from progress import bar
    import progress, time
    total = 0
    for i in bar(range(20), desc="counting"):
        total += i
        time.sleep(0.03)
    task = progress.start("epochs", total=2)
    progress.update(task, 1, "loss 0.5")
    time.sleep(0.15)
    progress.update(task, 2, "loss 0.25")
    progress.finish(task)
    print("done", total, progress.enabled)
    """

    @Test("On a terminal, bars are drawn on stderr while the work runs")
    func drawnOnTerminal() throws {
        let directory = try PrismProcess.makeTemporaryDirectory()
        let script = directory.appendingPathComponent("work.py")
        try Self.program.write(to: script, atomically: true, encoding: .utf8)
        let session = try TerminalSession([script.path], history: directory.appendingPathComponent("h").path, command: ["run"])
        #expect(session.waitFor("done 190 True"))
        #expect(session.transcript.contains("counting ["))
        #expect(session.transcript.contains("loss 0.25"))
    }

    @Test("Without a terminal nothing is drawn, and reports never contain bars")
    func silentOtherwise() throws {
        let directory = try PrismProcess.makeTemporaryDirectory()
        let script = directory.appendingPathComponent("work.py")
        try Self.program.write(to: script, atomically: true, encoding: .utf8)
        let result = try PrismProcess.run(["run", script.path])
        #expect(result.output == "done 190 False\n")
        #expect(result.stderr.isEmpty)
        let notebook = directory.appendingPathComponent("work.nb.md")
        try ("```python\n" + Self.program + "\n```\n").write(to: notebook, atomically: true, encoding: .utf8)
        let report = directory.appendingPathComponent("r.md")
        let run = try PrismProcess.run(["run", notebook.path, "-o", report.path])
        #expect(run.status == 0)
        let text = try String(contentsOf: report, encoding: .utf8)
        #expect(!text.contains("counting ["))
        #expect(text.contains("done 190 False"))
    }
}
