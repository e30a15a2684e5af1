import Foundation
import Testing

/// The `matplotlib.pyplot` module of the dialect stdlib: each program under `plots/` must print the
/// same SVG bytes under Prism as under CPython running the same module (`plots/regen.py`).
@Suite("Plots")
struct PlotTests {
    static let directory = PrismProcess.packageRoot.appendingPathComponent("Tests/ConformanceTests/plots")

    static let programs: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".py") && $0 != "regen.py" }.sorted()
    }()

    @Test("Plot programs print CPython's SVG", arguments: programs)
    func matchesCPython(_ program: String) throws {
        let path = Self.directory.appendingPathComponent(program).path
        let expected = try Data(contentsOf: Self.directory.appendingPathComponent(String(program.dropLast(3)) + ".svg.expected"))
        let result = try PrismProcess.run(["run", path], timeout: 120)
        #expect(result.status == 0, "\(result.stderr.suffix(500))")
        #expect(result.stdout == expected)
    }

    @Test("There are plot programs")
    func programsExist() { #expect(Self.programs.count >= 10) }
}
