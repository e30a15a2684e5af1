import Compiler
import Syntax

/// Decides when typed lines make a complete input: Enter runs a complete statement; an open
/// block, bracket, triple-quoted string or trailing backslash continues on the next line, indented.
struct InputAssembler {
    /// The lines typed so far for the current input.
    private(set) var lines: [String] = []

    /// Whether no line has been typed for the current input.
    var isEmpty: Bool { lines.isEmpty }

    /// The input so far as source text, without the blank lines that ended a block.
    var source: String {
        var kept = lines
        while let last = kept.last, last.trimmingCharacters().isEmpty { kept.removeLast() }
        return kept.joined(separator: "\n") + "\n"
    }

    mutating func reset() { lines = [] }

    /// Adds a line; true when the input is complete and should run.
    mutating func add(_ line: String) -> Bool {
        lines.append(line)
        let trimmed = line.trimmingCharacters()
        if lines.count == 1 {
            if trimmed.isEmpty { return true }
            if trimmed.hasPrefix(":") { return true }
            if opensBlock(trimmed) { return false }
            return !isIncomplete(source)
        }
        // Inside a block an empty line ends it; a continued bracket or string ends when complete.
        let inBlock = lines.contains { opensBlock($0.trimmingCharacters()) }
        if trimmed.isEmpty { return !isIncomplete(source, allowBlock: true) }
        return inBlock ? false : !isIncomplete(source)
    }

    /// The indentation for the next line: the last line's, one level deeper after a `:`.
    var nextIndentation: String {
        guard let last = lines.last else { return "" }
        let indentation = String(last.prefix { $0 == " " || $0 == "\t" })
        let trimmed = last.trimmingCharacters()
        if trimmed.isEmpty { return "" }
        return opensBlock(trimmed) ? indentation + "    " : indentation
    }

    func opensBlock(_ trimmed: String) -> Bool {
        trimmed.hasSuffix(":") && !trimmed.hasPrefix("#")
    }

    /// Whether `source` fails to compile only because it ends too early (an open bracket or
    /// string, a trailing backslash, a block without a body).
    func isIncomplete(_ source: String, allowBlock: Bool = false) -> Bool {
        do {
            _ = try Parser.parseModule(source)
            return false
        } catch {
            let message = error.message
            if message.contains("was never closed") || message.contains("unterminated triple-quoted string")
                || message.contains("unexpected EOF") { return true }
            if !allowBlock && message.hasPrefix("expected an indented block") { return true }
            if source.hasSuffix("\\\n") { return true }
            return false
        }
    }
}
