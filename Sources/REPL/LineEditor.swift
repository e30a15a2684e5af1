import CReadline
#if canImport(Glibc)
import Glibc
#endif

/// What reading one line ended with.
enum LineResult: Equatable {
    case line(String)
    case interrupted
    case endOfInput
}

/// Reads lines with GNU readline's callback interface: editing, history, tab completion, and a
/// Ctrl-C that clears the line being typed instead of killing the process. Without a terminal it
/// reads plain lines.
final class LineEditor {
    /// The completion function readline calls (set by `init`; C callbacks cannot capture).
    nonisolated(unsafe) static var completer: ((String) -> [String])?
    nonisolated(unsafe) static var candidates: [String] = []
    nonisolated(unsafe) static var finishedLine: String?
    nonisolated(unsafe) static var finished = false
    nonisolated(unsafe) static var endOfInput = false

    let historyFile: String?
    let interactive: Bool
    /// The flag a Ctrl-C sets (the running VM's interrupt flag; replaced on `:reset`).
    var interruptFlag: UnsafeMutablePointer<Int32>

    init(historyFile: String?, interruptFlag: UnsafeMutablePointer<Int32>, completer: @escaping (String) -> [String]) {
        self.historyFile = historyFile
        self.interruptFlag = interruptFlag
        interactive = isatty(0) != 0
        LineEditor.completer = completer
        guard interactive else { return }
        rl_catch_signals = 0
        rl_readline_name = UnsafePointer(strdup("prism"))
        rl_attempted_completion_function = { text, _, _ in
            rl_attempted_completion_over = 1
            let prefix = text.map { String(cString: $0) } ?? ""
            LineEditor.candidates = LineEditor.completer?(prefix) ?? []
            if LineEditor.candidates.isEmpty { return nil }
            return rl_completion_matches(text) { _, state in
                let index = Int(state)
                guard index < LineEditor.candidates.count else { return nil }
                return strdup(LineEditor.candidates[index])
            }
        }
        // Attribute completion needs `.` inside the word being completed.
        rl_completer_word_break_characters = UnsafePointer(strdup(" \t\n\"'`@$><=;|&{(,[+-*/%~^!"))
        using_history()
        if let historyFile { read_history(historyFile) }
    }

    /// Reads a line after `prompt`, with `initialText` (indentation) already typed.
    func readLine(prompt: String, initialText: String) -> LineResult {
        guard interactive else { return readPlainLine() }
        LineEditor.finished = false
        LineEditor.finishedLine = nil
        LineEditor.endOfInput = false
        interruptFlag.pointee = 0
        rl_callback_handler_install(prompt) { line in
            if let line {
                LineEditor.finishedLine = String(cString: line)
                free(line)
            } else {
                LineEditor.endOfInput = true
            }
            LineEditor.finished = true
            rl_callback_handler_remove()
        }
        if !initialText.isEmpty {
            rl_insert_text(initialText)
            rl_redisplay()
        }
        while !LineEditor.finished {
            var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, 100)
            if interruptFlag.pointee != 0 {
                interruptFlag.pointee = 0
                rl_free_line_state()
                rl_callback_sigcleanup()
                rl_callback_handler_remove()
                fputs("^C\n", stdout)
                fflush(stdout)
                return .interrupted
            }
            if ready > 0 { rl_callback_read_char() }
        }
        if LineEditor.endOfInput {
            fputs("\n", stdout)
            return .endOfInput
        }
        return .line(LineEditor.finishedLine ?? "")
    }

    func readPlainLine() -> LineResult {
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line)
    }

    /// Remembers an input (a multi-line input is one entry) and appends it to the history file.
    func addHistory(_ entry: String) {
        guard interactive, !entry.trimmingCharacters().isEmpty else { return }
        if let last = history_get(history_base + history_length - 1), let text = last.pointee.line,
           String(cString: text) == entry {
            return
        }
        add_history(entry)
        if let historyFile {
            if append_history(1, historyFile) != 0 { write_history(historyFile) }
        }
    }
}

extension String {
    /// The text without surrounding spaces, tabs and newlines.
    func trimmingCharacters() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" || first == "\n" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\n" { slice = slice.dropLast() }
        return String(slice)
    }
}
