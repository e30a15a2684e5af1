import Support
import Syntax
import VM

/// Formats uncaught exceptions and syntax errors the way CPython prints them.
public struct TracebackFormatter {
    let vm: VM

    /// Creates a formatter reading source lines from the VM's registered sources.
    public init(vm: VM) {
        self.vm = vm
    }

    /// The full report of an exception, with its cause or context chain first.
    public func format(_ exception: PyExceptionObject) -> String {
        var seen = Set<ObjectIdentifier>()
        return formatChain(exception, seen: &seen)
    }

    func formatChain(_ exception: PyExceptionObject, seen: inout Set<ObjectIdentifier>) -> String {
        seen.insert(ObjectIdentifier(exception))
        var text = ""
        if case .object(let causeObject) = exception.cause, let cause = causeObject as? PyExceptionObject,
           !seen.contains(ObjectIdentifier(cause)) {
            text += formatChain(cause, seen: &seen)
            text += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if !exception.suppressContext, case .object(let contextObject) = exception.context,
                  let context = contextObject as? PyExceptionObject, !seen.contains(ObjectIdentifier(context)) {
            text += formatChain(context, seen: &seen)
            text += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        return text + formatSingle(exception)
    }

    func formatSingle(_ exception: PyExceptionObject) -> String {
        var text = ""
        if !exception.traceback.isEmpty {
            text += "Traceback (most recent call last):\n"
            for entry in exception.traceback.reversed() {
                let source = vm.sources[entry.code.filename]
                let line = entry.line + (source?.lineOffset ?? 0)
                text += "  File \(displayName(entry.code.filename)), line \(line), in \(entry.code.name)\n"
                if let source {
                    let code = source.line(entry.line).trimmingCharacters()
                    if !code.isEmpty { text += "    \(code)\n" }
                }
            }
        }
        if exception.type.isSubtype(of: BuiltinTypes.shared.exception("SyntaxError")),
           let details = syntaxErrorDetails(exception) {
            text += details
        }
        return text + lastLine(exception) + "\n"
    }

    /// A file name as shown in a frame line: quoted, or a notebook cell's label.
    func displayName(_ filename: String) -> String { vm.frameLabels[filename] ?? "\"\(filename)\"" }

    /// `Type: message`, with the module for classes outside `__main__` and `builtins`.
    public func lastLine(_ exception: PyExceptionObject) -> String {
        let type = exception.type
        var name = type.qualifiedName
        if type.moduleName != "builtins" && type.moduleName != "__main__" { name = type.moduleName + "." + name }
        let message = (try? vm.str(.object(exception))) ?? "<exception str() failed>"
        var line = message.isEmpty ? name : "\(name): \(message)"
        if let notes = exception.dict.lookup(string: vm.intern("__notes__"))?.asObject as? PyList {
            for note in notes.items { line += "\n" + ((try? vm.str(note)) ?? "") }
        }
        return line
    }

    func syntaxErrorDetails(_ exception: PyExceptionObject) -> String? {
        guard let file = exception.dict.lookup(string: vm.intern("filename"))?.asString?.value,
              case .int(let line) = exception.dict.lookup(string: vm.intern("lineno")) ?? .none else { return nil }
        var text = "  File \"\(file)\", line \(line)\n"
        if let source = exception.dict.lookup(string: vm.intern("text"))?.asString?.value,
           case .int(let offset) = exception.dict.lookup(string: vm.intern("offset")) ?? .none {
            text += Self.caretLines(source, column: offset - 1)
        }
        return text
    }

    /// The source line (indentation removed) and a caret under `column` (0-based, in characters).
    /// The source line without its indentation and, under it, carets from `column` up to
    /// `endColumn` (0-based character columns of the unstripped line), as CPython prints them.
    static func caretLines(_ line: String, column: Int, endColumn: Int? = nil) -> String {
        let text = line.trimmingTrailingNewline()
        let stripped = text.trimmingLeadingWhitespace()
        let removed = text.count - stripped.count
        if column < removed { return "    \(stripped)\n" }
        let start = min(column, text.count)
        var end = min(endColumn ?? start + 1, text.count + 1)
        if end <= start { end = start + 1 }
        let padding = stripped.prefix(start - removed).map { $0.isWhitespace ? String($0) : " " }.joined()
        return "    \(stripped)\n    " + padding + String(repeating: "^", count: end - start) + "\n"
    }

    /// How CPython reports a syntax error found while compiling a script.
    public static func format(_ error: SyntaxError, in source: SourceText, label: String? = nil) -> String {
        if error.kind == .recursion { return "\(error.kind.rawValue): \(error.message)\n" }
        let line = Int(error.location.line)
        var text = "  File \(label ?? "\"\(source.name)\""), line \(line + source.lineOffset)\n"
        let lineText = source.line(line)
        if !lineText.isEmpty {
            let column = source.characterColumn(line: line, byteColumn: Int(error.location.column))
            var endColumn = column + 1
            if let end = error.endLocation {
                endColumn = Int(end.line) == line
                    ? source.characterColumn(line: line, byteColumn: Int(end.column))
                    : lineText.trimmingTrailingNewline().count
            }
            text += caretLines(lineText, column: column, endColumn: endColumn)
        }
        return text + "\(error.kind.rawValue): \(error.message)\n"
    }
}

extension String {
    func trimmingCharacters() -> String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first == " " || first == "\t" || first == "\u{0C}" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" || last == "\r" || last == "\n" { scalars = scalars.dropLast() }
        return String(scalars)
    }

    func trimmingLeadingWhitespace() -> String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first == " " || first == "\t" || first == "\u{0C}" { scalars = scalars.dropFirst() }
        return String(scalars)
    }

    func trimmingTrailingNewline() -> String {
        var text = self
        while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
        return text
    }
}
