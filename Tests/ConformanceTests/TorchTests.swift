import Foundation
import Testing

/// The dialect's `torch` on Prism's tensor engine, run by the `prism` binary: programs under
/// `torch/` must print what PyTorch printed for them (`torch/regen_torch.py` regenerates the
/// `.expected` files with PyTorch), and misuse must end in PyTorch's exceptions.
@Suite("torch module")
struct TorchTests {
    static var programs: [String] {
        let root = PrismProcess.packageRoot.appendingPathComponent("Tests/ConformanceTests/torch")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { $0.hasSuffix(".py") && $0 != "regen_torch.py" }.sorted()
            .map { root.appendingPathComponent($0).path }
    }

    @Test("Every program has PyTorch's output to compare with")
    func programsHaveExpectations() {
        #expect(TorchTests.programs.count >= 2)
        for program in TorchTests.programs {
            #expect(FileManager.default.fileExists(atPath: String(program.dropLast(3)) + ".expected"), "\(program)")
        }
    }

    @Test("Output matches PyTorch's", arguments: TorchTests.programs)
    func matchesTorch(_ path: String) throws {
        let expected = try String(contentsOfFile: String(path.dropLast(3)) + ".expected", encoding: .utf8)
        let result = try PrismProcess.run(["run", path], timeout: 120)
        #expect(result.status == 0, "stderr: \(result.stderr.suffix(800))")
        #expect(result.output == expected)
    }

    @Test("Shape errors, bad indices and bad files raise PyTorch's exceptions")
    func errors() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("prism-torch-\(UUID().uuidString).py")
        try """
        import torch
        def attempt(label, f):
            try:
                f()
                print(label, "no error")
            except Exception as e:
                print(label, type(e).__name__, str(e).splitlines()[0])
        a = torch.ones(2, 3)
        attempt("matmul", lambda: a @ torch.ones(2, 3))
        attempt("dim", lambda: a.sum(dim=5))
        attempt("index", lambda: a[7])
        attempt("reshape", lambda: a.reshape(4, 2))
        attempt("load", lambda: torch.load("/nonexistent/model.pt"))
        attempt("backward", lambda: torch.ones(2, requires_grad=True).mul(2).backward())
        """.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try PrismProcess.run(["run", file.path], timeout: 60)
        #expect(result.status == 0, "stderr: \(result.stderr.suffix(800))")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("matmul RuntimeError") && $0.contains("2x3 and 2x3") })
        #expect(lines.contains { $0.hasPrefix("dim IndexError") && $0.contains("Dimension out of range") })
        #expect(lines.contains { $0.hasPrefix("index IndexError") })
        #expect(lines.contains { $0.hasPrefix("reshape RuntimeError") && $0.contains("invalid for input of size 6") })
        #expect(lines.contains { $0.hasPrefix("load FileNotFoundError") })
        #expect(lines.contains { $0.hasPrefix("backward RuntimeError") && $0.contains("scalar outputs") })
    }
}
