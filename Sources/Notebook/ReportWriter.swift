import Foundation
import Interpreter
import Support

/// Writes a run's Markdown report: the notebook's prose as written, each cell's code (unless
/// `echo=false`) and its outputs after `<!-- out #name kind=... -->` markers, figures as SVG files
/// beside the report, the run's facts in the front matter and, on failure, a banner at the top.
/// The same inputs give the same bytes; files appear whole (written aside, then renamed).
public struct ReportWriter {
    /// The run.
    public let run: NotebookRun
    /// Where the report goes.
    public let path: String
    /// Whether cell durations are recorded (they make reports differ between runs).
    public let timings: Bool

    /// Creates a writer.
    public init(run: NotebookRun, path: String, timings: Bool) {
        self.run = run
        self.path = path
        self.timings = timings
    }

    /// The directory for figures: `report_files` beside `report.md`.
    var filesDirectoryName: String {
        let name = String(path.split(separator: "/").last ?? Substring(path))
        let stem = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
        return stem + "_files"
    }

    var directory: String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }

    /// Writes the report and its figures.
    public func write() throws {
        var figures: [(name: String, svg: String)] = []
        let text = render(figures: &figures)
        let filesDirectory = directory + "/" + filesDirectoryName
        if !figures.isEmpty {
            try FileManager.default.createDirectory(atPath: filesDirectory, withIntermediateDirectories: true)
        }
        let kept = Set(figures.map(\.name))
        if let existing = try? FileManager.default.contentsOfDirectory(atPath: filesDirectory) {
            for file in existing where file.hasSuffix(".svg") && !kept.contains(file) {
                try? FileManager.default.removeItem(atPath: filesDirectory + "/" + file)
            }
        }
        for figure in figures { try Self.writeAtomically(figure.svg, to: filesDirectory + "/" + figure.name) }
        try Self.writeAtomically(text, to: path)
    }

    /// Writes `text` to a temporary file beside `destination`, then renames it over it.
    static func writeAtomically(_ text: String, to destination: String) throws {
        let temporary = destination + ".tmp-\(getpid())"
        try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        if rename(temporary, destination) != 0 {
            let error = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw ReportError(description: "cannot write \(destination): \(error)")
        }
    }

    /// The report's Markdown; figures to write are appended to `figures`.
    func render(figures: inout [(name: String, svg: String)]) -> String {
        var out = frontMatter()
        if let banner = banner() { out += "\n" + banner + "\n" }
        var cellIndex = 0
        var needsSeparator = true
        for block in run.notebook.blocks {
            switch block {
            case .prose(let text):
                out += text
                needsSeparator = !text.hasSuffix("\n\n")
            case .cell(let cell):
                let result = run.results[cellIndex]
                cellIndex += 1
                if needsSeparator && !out.hasSuffix("\n\n") { out += out.hasSuffix("\n") ? "\n" : "\n\n" }
                out += renderCell(cell, result, figures: &figures)
                needsSeparator = true
            }
        }
        if !out.hasSuffix("\n") { out += "\n" }
        return out
    }

    func frontMatter() -> String {
        let notebook = run.notebook
        var lines = ["---"]
        if !notebook.frontMatter.raw.isEmpty { lines.append(notebook.frontMatter.raw) }
        lines.append("run:")
        lines.append("  notebook: \(yamlScalar(notebook.fileName))")
        lines.append("  sha256: \(SHA256.hex(Array(notebook.text.utf8)))")
        lines.append("  prism: \(PrismVersion.current)")
        lines.append("  status: \(statusWord)")
        if let cell = run.status.cell { lines.append("  cell: \(yamlScalar(cell))") }
        if let seed = notebook.frontMatter.seed { lines.append("  seed: \(seed)") }
        if !run.parameters.isEmpty {
            lines.append("  params:")
            for parameter in run.parameters { lines.append("    \(parameter.name): \(yamlScalar(parameter.plain))") }
        }
        if timings {
            lines.append("  timings:")
            for result in run.results where result.status != .notRun {
                lines.append("    \(yamlScalar(result.name)): \(String(format: "%.3f", result.seconds))")
            }
        }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n"
    }

    var statusWord: String {
        switch run.status {
        case .ok: return "ok"
        case .failed: return "failed"
        case .timedOut: return "timeout"
        case .interrupted: return "interrupted"
        }
    }

    func banner() -> String? {
        guard let cell = run.status.cell else { return nil }
        let what: String
        switch run.status {
        case .timedOut: what = "timed out"
        case .interrupted: what = "was interrupted"
        default: what = "failed"
        }
        var line = "> **This run \(what)** in cell [`\(cell)`](#\(cell))"
        if let failure = run.failure { line += ": `\(failure.replacingOccurrences(of: "`", with: "'"))`" }
        return "> [!CAUTION]\n" + line + "\n"
    }

    func renderCell(_ cell: Cell, _ result: CellResult, figures: inout [(name: String, svg: String)]) -> String {
        var out = "<a id=\"\(cell.name)\"></a>\n"
        let echo = cell.options.echo ?? run.notebook.frontMatter.echo ?? true
        if echo {
            out += "\n" + cell.fence + "\n" + cell.source + cell.closingFence + "\n"
        }
        if cell.isParameters && !run.parameters.isEmpty && result.status != .notRun {
            out += "\n<!-- out #\(cell.name) kind=table -->\n"
            let rows = run.parameters.map { [$0.name, $0.repr] }
            out += TableRenderer.render(columns: ["parameter", "value"], rows: rows, numericColumns: []) + "\n"
        }
        guard cell.options.output ?? true else { return out }
        var figureCount = 0
        for output in result.outputs {
            out += "\n<!-- out #\(cell.name) kind=\(output.kind.rawValue) -->\n"
            switch output.kind {
            case .text, .error:
                let fence = String(repeating: "`", count: max(3, longestBacktickRun(output.content) + 1))
                let body = output.content.hasSuffix("\n") ? output.content : output.content + "\n"
                out += fence + "text\n" + body + fence + "\n"
            case .table:
                out += output.content + "\n"
            case .image:
                figureCount += 1
                let name = "\(cell.name)-\(figureCount).svg"
                figures.append((name, output.content))
                out += "![\(cell.name) figure \(figureCount)](\(filesDirectoryName)/\(name))\n"
            }
        }
        return out
    }

    func longestBacktickRun(_ text: String) -> Int {
        var longest = 0
        var current = 0
        for character in text {
            current = character == "`" ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }

    /// A YAML scalar: plain when safe, else double-quoted.
    func yamlScalar(_ text: String) -> String {
        let plain = !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || "._-/+".contains($0) }
            && !["true", "false", "null", "yes", "no"].contains(text.lowercased())
        if plain { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

/// A report that could not be written.
public struct ReportError: Error, CustomStringConvertible {
    /// What went wrong.
    public var description: String
}
