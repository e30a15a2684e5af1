import Foundation

/// Runs the `prism` executable that `swift test` built beside the test bundle.
enum PrismProcess {
    /// What one run produced.
    struct Result {
        /// The exit status (128 + signal number when a signal ended the process).
        var status: Int32
        /// Whether a signal ended the process (a crash, unless the test sent it).
        var signaled: Bool
        /// Standard output, byte for byte.
        var stdout: Data
        /// Standard error as text.
        var stderr: String

        /// Standard output as text.
        var output: String { String(decoding: stdout, as: UTF8.self) }
        /// The last non-empty line of standard error.
        var lastErrorLine: String {
            stderr.split(separator: "\n", omittingEmptySubsequences: true).last.map(String.init) ?? ""
        }
    }

    /// The package's root directory.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `prism` binary: next to the test bundle (or a few directories above it), else the default
    /// debug build directory.
    static let executable: URL = {
        var directory = Bundle.main.executableURL?.deletingLastPathComponent()
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("prism")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/prism")
    }()

    /// Runs `prism arguments...` in `directory` (a fresh temporary one by default) with `stdin` as
    /// its input, waiting at most `timeout` seconds.
    static func run(_ arguments: [String], stdin: Data = Data(), in directory: URL? = nil,
                    environment: [String: String] = [:], timeout: TimeInterval = 60) throws -> Result {
        let workDirectory = try directory ?? makeTemporaryDirectory()
        let streams = try makeTemporaryDirectory()
        defer {
            if directory == nil { try? FileManager.default.removeItem(at: workDirectory) }
            try? FileManager.default.removeItem(at: streams)
        }
        let outputURL = streams.appendingPathComponent("stdout")
        let errorURL = streams.appendingPathComponent("stderr")
        let inputURL = streams.appendingPathComponent("stdin")
        try stdin.write(to: inputURL)
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = workDirectory
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardInput = try FileHandle(forReadingFrom: inputURL)
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(2_000) }
        if process.isRunning {
            // SIGKILL: the child may have inherited a mask that blocks SIGTERM.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw TimeoutError(arguments: arguments, seconds: timeout)
        }
        process.waitUntilExit()
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return Result(status: status, signaled: process.terminationReason == .uncaughtSignal, stdout: try Data(contentsOf: outputURL),
                      stderr: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self))
    }

    /// A new empty directory under the system's temporary directory.
    static func makeTemporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("prism-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A run that did not finish in time.
    struct TimeoutError: Error, CustomStringConvertible {
        var arguments: [String]
        var seconds: TimeInterval
        var description: String { "prism \(arguments.joined(separator: " ")) did not finish in \(Int(seconds)) s" }
    }
}
