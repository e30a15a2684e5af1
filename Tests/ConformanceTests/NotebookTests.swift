import Foundation
import Testing

/// An example notebook of `notebooks/` with its golden report in `notebooks/reports/`.
struct ExampleNotebook: Sendable, CustomTestStringConvertible {
    /// The name without `.nb.md`.
    let name: String
    var testDescription: String { name }

    static let directory = PrismProcess.packageRoot.appendingPathComponent("notebooks")
    static let reports = directory.appendingPathComponent("reports")

    /// Every `notebooks/*.nb.md`.
    static let all: [ExampleNotebook] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".nb.md") }.sorted().map { ExampleNotebook(name: String($0.dropLast(6))) }
    }()

    var path: String { Self.directory.appendingPathComponent(name + ".nb.md").path }
    var golden: URL { Self.reports.appendingPathComponent(name + ".report.md") }

    /// Extra arguments from `reports/NAME.args`.
    var arguments: [String] {
        guard let text = try? String(contentsOf: Self.reports.appendingPathComponent(name + ".args"), encoding: .utf8) else { return [] }
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    }

    /// The expected exit status from `reports/NAME.status` (0 when absent).
    var expectedStatus: Int32 {
        guard let text = try? String(contentsOf: Self.reports.appendingPathComponent(name + ".status"), encoding: .utf8) else { return 0 }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }
}

/// The notebook host, through the real `prism` binary: golden reports, exit statuses, parameters,
/// timeouts, interruption and `prism check`.
@Suite("Notebooks")
struct NotebookTests {
    static let environment = ["PRISM_TOUR_TOKEN": "tour-secret-4242"]

    /// Runs `prism run NOTEBOOK -o DIR/NAME.report.md ARGS` in a fresh directory.
    func runNotebook(_ path: String, _ arguments: [String] = [], report name: String = "out") throws
        -> (result: PrismProcess.Result, report: String?, directory: URL) {
        let directory = try PrismProcess.makeTemporaryDirectory()
        let reportURL = directory.appendingPathComponent(name + ".report.md")
        let result = try PrismProcess.run(["run", path, "-o", reportURL.path] + arguments, in: directory,
                                          environment: Self.environment, timeout: 300)
        return (result, try? String(contentsOf: reportURL, encoding: .utf8), directory)
    }

    /// Writes a notebook to a temporary file.
    func notebook(_ text: String, name: String = "test.nb.md") throws -> String {
        let url = try PrismProcess.makeTemporaryDirectory().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test("Example notebooks produce their golden reports", arguments: ExampleNotebook.all)
    func goldenReport(_ example: ExampleNotebook) throws {
        let (result, report, directory) = try runNotebook(example.path, example.arguments, report: example.name)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(result.status == example.expectedStatus, "\(result.stderr)")
        let expected = try String(contentsOf: example.golden, encoding: .utf8)
        #expect(report == expected)
        let figures = directory.appendingPathComponent(example.name + ".report_files")
        let goldenFigures = ExampleNotebook.reports.appendingPathComponent(example.name + ".report_files")
        let made = (try? FileManager.default.contentsOfDirectory(atPath: figures.path).sorted()) ?? []
        let wanted = (try? FileManager.default.contentsOfDirectory(atPath: goldenFigures.path).sorted()) ?? []
        #expect(made == wanted)
        for file in made where wanted.contains(file) {
            #expect(try Data(contentsOf: figures.appendingPathComponent(file)) == Data(contentsOf: goldenFigures.appendingPathComponent(file)), "\(file)")
        }
        #expect(!made.contains { $0.contains(".tmp-") })
    }

    @Test("There are example notebooks")
    func examplesExist() {
        #expect(ExampleNotebook.all.count >= 3)
    }

    @Test("Two runs with the same inputs give byte-identical reports")
    func deterministic() throws {
        let path = ExampleNotebook.directory.appendingPathComponent("tour.nb.md").path
        let first = try runNotebook(path)
        let second = try runNotebook(path)
        #expect(first.report != nil)
        #expect(first.report == second.report)
    }

    @Test("Exit statuses tell the kinds of failure apart", arguments: [
        ("```python\nprint(1)\n```\n", [String](), Int32(0)),
        ("```python\n1/0\n```\n", [], 1),
        ("```python\nx = (\n```\n", [], 2),
        ("```python {#a bogus=1}\nx\n```\n", [], 2),
        ("```python {#p .params}\nn = 1\n```\n", ["-p", "n=one"], 4),
        ("```python {#p .params}\nn = 1\n```\n", ["-p", "m=1"], 4),
        ("```python {#p .params}\nn = 1\n```\n", ["--only", "missing"], 2),
        ("```python {#spin timeout=0.3}\nwhile True:\n    pass\n```\n", [], 3),
        ("```python\nimport sys\nsys.exit(0)\n```\n```python\n1/0\n```\n", [], 0),
    ])
    func exitStatus(text: String, arguments: [String], status: Int32) throws {
        let (result, _, _) = try runNotebook(try notebook(text), arguments)
        #expect(result.status == status, "\(result.stderr)")
    }

    @Test("A notebook timeout stops the run with status 3")
    func notebookTimeout() throws {
        let path = try notebook("```python {#a}\nx = 1\n```\n```python {#b}\nwhile True:\n    x += 1\n```\n")
        let (result, report, _) = try runNotebook(path, ["--timeout", "0.5"])
        #expect(result.status == 3)
        #expect(report?.contains("status: timeout") == true)
        #expect(report?.contains("the notebook ran longer than its timeout") == true)
    }

    @Test("-p converts to the default's type and -f reads a YAML file")
    func parameterSources() throws {
        let path = try notebook("```python {#params .params}\nn = 1\nrate = 0.5\nname = \"a\"\nflags = [1]\n```\n```python {#show}\nprint(n * 2, rate, name.upper(), flags)\n```\n")
        let yaml = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("params.yaml")
        try "rate: 2\nflags:\n  - 3\n  - 4\nname: yaml\n".write(to: yaml, atomically: true, encoding: .utf8)
        let (result, report, _) = try runNotebook(path, ["-p", "n=21", "-f", yaml.path, "-p", "name=cli"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.output == "42 2.0 CLI [3, 4]\n")
        #expect(report?.contains("    n: 21\n    rate: 2.0\n    name: cli\n") == true)
    }

    @Test("--help-params lists the parameters with their defaults and comments")
    func helpParameters() throws {
        let path = ExampleNotebook.directory.appendingPathComponent("tour.nb.md").path
        let result = try PrismProcess.run(["run", path, "--help-params"])
        #expect(result.status == 0)
        #expect(result.output.contains("rows = 6"))
        #expect(result.output.contains("(int)  how many orders to simulate"))
    }

    @Test("--only and --from choose the cells (the parameters cell always runs)")
    func cellSelection() throws {
        let path = try notebook("```python {#params .params}\nn = 1\n```\n```python {#a}\nprint('a', n)\n```\n```python {#b}\nprint('b', n)\n```\n```python {#c}\nprint('c', n)\n```\n")
        #expect(try runNotebook(path, ["--only", "b"]).result.output == "b 1\n")
        #expect(try runNotebook(path, ["--from", "b"]).result.output == "b 1\nc 1\n")
    }

    @Test("prism check reports syntax errors as cell:line:column without running anything")
    func check() throws {
        let path = try notebook("```python {#ok}\nprint('ran')\n```\n```python {#broken}\nx = 1\nif x\n    pass\n```\n")
        let result = try PrismProcess.run(["check", path])
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.stderr.contains("broken:2:5: SyntaxError: expected ':'"))
        let good = try PrismProcess.run(["check", ExampleNotebook.directory.appendingPathComponent("tour.nb.md").path])
        #expect(good.status == 0)
    }

    @Test("Ctrl-C interrupts the running cell: exit 130 and a report up to that point")
    func interrupt() throws {
        let path = try notebook("```python {#first}\nprint('ready', flush=True)\n```\n```python {#loop}\nwhile True:\n    pass\n```\n")
        let directory = try PrismProcess.makeTemporaryDirectory()
        let report = directory.appendingPathComponent("r.report.md")
        let process = Process()
        process.executableURL = PrismProcess.executable
        process.arguments = ["run", path, "-o", report.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let watched = WatchedProcess(process)
        DispatchQueue.global().asyncAfter(deadline: .now() + 60) { watched.killIfRunning() }
        var seen = ""
        while !seen.contains("ready\n") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        usleep(200_000)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let text = try String(contentsOf: report, encoding: .utf8)
        #expect(text.contains("status: interrupted"))
        #expect(text.contains("KeyboardInterrupt"))
    }
}
