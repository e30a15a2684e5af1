#if canImport(Glibc)
import Glibc
#endif

/// Gathers a cell's outputs in order (consecutive text merges into one output) and echoes them to
/// the terminal as they come, line by line so that secrets are masked whole.
final class OutputCollector {
    let redactor: Redactor
    let echo: Bool
    private var outputs: [CellOutput] = []
    private var text = ""
    private var pendingTerminal = ""
    /// The last line of the last error recorded (`ValueError: bad`), for the report's banner.
    private(set) var lastErrorLine: String?

    init(redactor: Redactor, echo: Bool) {
        self.redactor = redactor
        self.echo = echo
    }

    /// Text the cell printed (stdout or stderr).
    func appendText(_ chunk: String) {
        text += chunk
        guard echo else { return }
        pendingTerminal += chunk
        if let lastNewline = pendingTerminal.lastIndex(of: "\n") {
            let complete = pendingTerminal[...lastNewline]
            writeToTerminal(redactor.redact(String(complete)))
            pendingTerminal = String(pendingTerminal[pendingTerminal.index(after: lastNewline)...])
        }
    }

    /// A displayed value or a figure.
    func append(_ output: CellOutput) {
        flushText()
        let safe = CellOutput(kind: output.kind, content: output.kind == .image ? output.content : redactor.redact(output.content))
        outputs.append(safe)
        guard echo else { return }
        flushTerminal()
        switch safe.kind {
        case .text, .table, .error: writeToTerminal(safe.content + "\n")
        case .image: writeToTerminal("[figure: SVG, \(safe.content.utf8.count) bytes; written to the report with -o]\n")
        }
    }

    /// A traceback or other error text.
    func appendError(_ report: String) {
        let trimmed = report.hasSuffix("\n") ? String(report.dropLast()) : report
        lastErrorLine = trimmed.split(separator: "\n").last.map(String.init)
        if echo {
            flushTerminal()
            writeToStderr(redactor.redact(report.hasSuffix("\n") ? report : report + "\n"))
        }
        flushText()
        outputs.append(CellOutput(kind: .error, content: redactor.redact(trimmed)))
        if echo { return }
    }

    /// Ends the current cell: its outputs, and a fresh start for the next cell.
    func finishCell() -> [CellOutput] {
        flushText()
        flushTerminal()
        let finished = outputs
        outputs = []
        return finished
    }

    /// A cell header on the terminal.
    func writeHeader(_ name: String) {
        flushTerminal()
        writeToTerminal("\u{1B}[2m── \(name) ──\u{1B}[0m\n")
    }

    /// Writes text not yet ended by a newline.
    func flushTerminal() {
        guard echo, !pendingTerminal.isEmpty else { return }
        writeToTerminal(redactor.redact(pendingTerminal))
        pendingTerminal = ""
    }

    private func flushText() {
        guard !text.isEmpty else { return }
        outputs.append(CellOutput(kind: .text, content: redactor.redact(text)))
        text = ""
    }

    private func writeToTerminal(_ text: String) { write(to: 1, text) }
    private func writeToStderr(_ text: String) { write(to: 2, text) }

    private func write(to descriptor: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written <= 0 { return }
            offset += written
        }
    }
}
