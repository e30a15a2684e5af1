import Foundation
import Testing

/// Programs checked against a reference implementation (Ray, PySpark, PyTorch): every `NAME.py` of a
/// folder under `Tests/ConformanceTests/` has the output the reference printed in `NAME.expected`
/// (written by the folder's `regen_*.py`), and `prism run NAME.py` must print exactly that.
enum ReferencePrograms {
    /// The programs of `folder`, sorted (the regeneration scripts excluded).
    static func programs(in folder: String) -> [String] {
        let root = PrismProcess.packageRoot.appendingPathComponent("Tests/ConformanceTests/\(folder)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { $0.hasSuffix(".py") && !$0.hasPrefix("regen") }.sorted()
            .map { root.appendingPathComponent($0).path }
    }

    /// Whether every program has its expected output.
    static func allHaveExpectations(_ programs: [String]) -> Bool {
        programs.allSatisfy { FileManager.default.fileExists(atPath: String($0.dropLast(3)) + ".expected") }
    }

    /// Runs `path` with `prism run` and compares its output with the reference's.
    static func check(_ path: String) throws {
        let expected = try String(contentsOfFile: String(path.dropLast(3)) + ".expected", encoding: .utf8)
        let result = try PrismProcess.run(["run", path], timeout: 120)
        #expect(result.status == 0, "stderr: \(result.stderr.suffix(800))")
        #expect(result.output == expected)
    }

    /// Runs `script` with `prism run` from a temporary file.
    static func run(_ script: String, timeout: Double = 120) throws -> PrismProcess.Result {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("prism-\(UUID().uuidString).py")
        try script.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        return try PrismProcess.run(["run", file.path], timeout: timeout)
    }
}
