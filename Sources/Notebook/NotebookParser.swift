import Foundation

/// Reads `.nb.md` notebooks: YAML front matter, then Markdown in which every ```` ```python ````
/// fence is a code cell with optional `{#name .class key=value}` attributes. Every other byte is
/// prose, kept exactly as written. Malformed fences and options are reported with their line.
public enum NotebookParser {
    /// The option keys a cell fence may carry.
    static let knownKeys: Set<String> = ["skip", "timeout", "echo", "output", "error", "cache", "after"]

    /// Parses notebook text read from `path`.
    public static func parse(_ text: String, path: String) throws(NotebookError) -> Notebook {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let endsWithNewline = text.hasSuffix("\n")
        if endsWithNewline { lines.removeLast() }
        var notebook = Notebook(path: path, text: text, frontMatter: FrontMatter(), blocks: [])
        var index = 0
        if lines.first == "---" {
            guard let end = lines.dropFirst().firstIndex(where: { $0 == "---" || $0 == "..." }) else {
                throw NotebookError(path: path, line: 1, message: "the front matter opened here is never closed with `---`")
            }
            let raw = lines[1..<end].joined(separator: "\n")
            do {
                notebook.frontMatter.entries = try YAMLSubset.parseMapping(raw)
            } catch {
                throw NotebookError(path: path, line: error.line + 1, message: "front matter: \(error.message)")
            }
            notebook.frontMatter.raw = raw
            index = end + 1
        }
        var builder = BlockBuilder(path: path)
        while index < lines.count {
            let line = lines[index]
            guard let fence = Fence(line) else {
                builder.noteHeading(line)
                builder.appendProse(line)
                index += 1
                continue
            }
            guard let close = lines[(index + 1)...].firstIndex(where: { fence.isClosed(by: $0) }) else {
                throw NotebookError(path: path, line: index + 1, message: "the code fence opened here is never closed")
            }
            let body = lines[(index + 1)..<close].joined(separator: "\n")
            if fence.character == "`", fence.language == "python" {
                if let attributes = fence.attributes, attributes.hasSuffix("\u{0}") {
                    throw NotebookError(path: path, line: index + 1, message: "the cell options are missing their closing `}`")
                }
                var options = CellOptions()
                let name = try parseAttributes(fence.attributes, into: &options, line: index + 1, path: path)
                try builder.appendCell(name: name, options: options, source: body.isEmpty ? "" : body + "\n",
                                       fence: line, closingFence: lines[close], fenceLine: index + 1)
            } else {
                for proseLine in lines[index...close] { builder.appendProse(proseLine) }
            }
            index = close + 1
        }
        notebook.blocks = builder.finish(endsWithNewline: endsWithNewline)
        if notebook.cells.filter(\.isParameters).count > 1 {
            let second = notebook.cells.filter(\.isParameters)[1]
            throw NotebookError(path: path, line: second.fenceLine, message: "a notebook has at most one parameters cell")
        }
        return notebook
    }

    /// Reads the `{...}` attributes of a cell fence into `options`; returns the `#name`, if any.
    static func parseAttributes(_ text: String?, into options: inout CellOptions, line: Int,
                                path: String) throws(NotebookError) -> String? {
        guard let text else { return nil }
        func fail(_ message: String) -> NotebookError { NotebookError(path: path, line: line, message: message) }
        var name: String?
        for token in try tokenize(text, line: line, path: path) {
            if token.hasPrefix("#") {
                let candidate = String(token.dropFirst())
                guard isIdentifier(candidate) else { throw fail("invalid cell name `\(candidate)`") }
                if name != nil { throw fail("a cell has one `#name`") }
                name = candidate
            } else if token.hasPrefix(".") {
                options.classes.append(String(token.dropFirst()))
            } else if let equals = token.firstIndex(of: "=") {
                let key = String(token[..<equals])
                var value = String(token[token.index(after: equals)...])
                if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
                try apply(key: key, value: value, to: &options, fail: fail)
            } else {
                throw fail("unknown cell option `\(token)`; expected #name, .class or key=value")
            }
        }
        return name
    }

    static func apply(key: String, value: String, to options: inout CellOptions,
                      fail: (String) -> NotebookError) throws(NotebookError) {
        func flag() throws(NotebookError) -> Bool {
            switch value {
            case "true": return true
            case "false": return false
            default: throw fail("`\(key)` must be true or false, not `\(value)`")
            }
        }
        switch key {
        case "skip": options.skip = try flag()
        case "echo": options.echo = try flag()
        case "output": options.output = try flag()
        case "timeout":
            guard let seconds = Double(value), seconds > 0, seconds.isFinite else {
                throw fail("`timeout` must be a positive number of seconds, not `\(value)`")
            }
            options.timeout = seconds
        case "error":
            switch value {
            case "continue": options.continueOnError = true
            case "fail": options.continueOnError = false
            default: throw fail("`error` must be continue or fail, not `\(value)`")
            }
        case "cache":
            guard ["true", "false", "refresh"].contains(value) else { throw fail("`cache` must be true, false or refresh") }
        case "after":
            guard isIdentifier(value) else { throw fail("`after` must name a cell") }
        default:
            throw fail("unknown cell option `\(key)`; known: \(knownKeys.sorted().joined(separator: ", "))")
        }
    }

    /// Splits `#a .b key=value key2="quoted value"` into tokens.
    static func tokenize(_ text: String, line: Int, path: String) throws(NotebookError) -> [String] {
        var tokens: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if (character == " " || character == "\t") && !quoted {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if quoted { throw NotebookError(path: path, line: line, message: "unterminated quote in the cell options") }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// Letters, digits, `_` and `-`, not empty.
    static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
    }

    /// A section heading's slug: lowercase letters and digits, other runs become `-`.
    static func slug(_ heading: String) -> String {
        var result = ""
        for character in heading.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                result.append(character)
            } else if !result.isEmpty && result.last != "-" {
                result.append("-")
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "section" : result
    }
}

/// A fence line: ``` or ~~~ (three or more), an optional language and `{attributes}`.
struct Fence {
    let character: Character
    let length: Int
    let language: String?
    let attributes: String?

    /// Recognizes an opening fence (up to three spaces of indentation).
    init?(_ line: String) {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard let first = rest.first, first == "`" || first == "~" else { return nil }
        let run = rest.prefix { $0 == first }.count
        guard run >= 3 else { return nil }
        character = first
        length = run
        let info = String(rest.dropFirst(run)).trimmingSpaces()
        if let brace = info.firstIndex(of: "{") {
            language = String(info[..<brace]).trimmingSpaces()
            let attributeText = String(info[info.index(after: brace)...]).trimmingSpaces()
            attributes = attributeText.hasSuffix("}") ? String(attributeText.dropLast()) : attributeText + "\u{0}"
        } else {
            language = info.split(separator: " ").first.map(String.init)
            attributes = nil
        }
    }

    /// Whether `line` closes this fence: the same character, at least as many, nothing else.
    func isClosed(by line: String) -> Bool {
        let trimmed = line.trimmingSpaces()
        return trimmed.count >= length && trimmed.allSatisfy { $0 == character }
    }
}

/// Accumulates prose and cells, naming unnamed cells after their section.
struct BlockBuilder {
    let path: String
    var blocks: [Block] = []
    var prose: [String] = []
    var section = "cell"
    var countInSection = 0
    var usedNames: [String: Int] = [:]

    init(path: String) { self.path = path }

    /// A `## Heading` starts a section (the default names of the cells after it).
    mutating func noteHeading(_ line: String) {
        guard line.hasPrefix("## ") else { return }
        section = NotebookParser.slug(String(line.dropFirst(3)))
        countInSection = 0
    }

    mutating func appendProse(_ line: String) { prose.append(line) }

    mutating func appendCell(name: String?, options: CellOptions, source: String, fence: String,
                             closingFence: String, fenceLine: Int) throws(NotebookError) {
        flushProse(trailingNewline: true)
        countInSection += 1
        let cellName = name ?? "\(section)-\(countInSection)"
        if let previous = usedNames[cellName] {
            throw NotebookError(path: path, line: fenceLine,
                                message: "cell name `\(cellName)` is already used by the cell at line \(previous)")
        }
        usedNames[cellName] = fenceLine
        blocks.append(.cell(Cell(name: cellName, options: options, source: source, fence: fence,
                                 closingFence: closingFence, fenceLine: fenceLine)))
    }

    mutating func flushProse(trailingNewline: Bool) {
        guard !prose.isEmpty else { return }
        blocks.append(.prose(prose.joined(separator: "\n") + (trailingNewline ? "\n" : "")))
        prose = []
    }

    mutating func finish(endsWithNewline: Bool) -> [Block] {
        flushProse(trailingNewline: endsWithNewline)
        return blocks
    }
}
