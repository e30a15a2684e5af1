import Foundation
import Testing

/// The dialect stdlib (`stdlib/*.py`): embedded up to date, and behaving as CPython's modules do.
@Suite("Dialect stdlib")
struct StdlibTests {
    /// Runs `python3 script arguments...` from the package root and returns its status and output.
    func python(_ script: String, _ arguments: [String] = []) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script] + arguments
        process.currentDirectoryURL = PrismProcess.packageRoot
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    @Test("EmbeddedStdlib.swift holds exactly the files under stdlib/")
    func embeddingIsCurrent() throws {
        let result = try python("Scripts/embed_stdlib.py", ["--check"])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("Every stdlib module gives CPython's results (run under CPython, checked against CPython's own modules)")
    func matchesCPythonModules() throws {
        let result = try python("Scripts/check_stdlib_cpython.py")
        #expect(result.status == 0, "\(result.output.suffix(2000))")
        #expect(result.output.contains(" 0 failed"))
    }
}
