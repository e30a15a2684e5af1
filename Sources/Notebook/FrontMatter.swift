import Foundation

/// A value of the YAML subset notebooks use: scalars and lists of scalars.
public enum YAMLValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case list([YAMLValue])

    /// The value as text (lists as their items joined by ", ").
    public var text: String {
        switch self {
        case .string(let value): return value
        case .int(let value): return String(value)
        case .double(let value): return String(value)
        case .bool(let value): return value ? "true" : "false"
        case .null: return "null"
        case .list(let items): return items.map(\.text).joined(separator: ", ")
        }
    }
}

/// The notebook's front matter: a flat YAML mapping of scalars and lists.
public struct FrontMatter: Sendable {
    /// The keys and values in file order.
    public var entries: [(key: String, value: YAMLValue)] = []
    /// The text between the `---` lines, as written.
    public var raw = ""

    /// Creates an empty front matter.
    public init() {}

    /// The value of `key`.
    public subscript(key: String) -> YAMLValue? { entries.first { $0.key == key }?.value }

    /// `title:`, if given.
    public var title: String? { self["title"]?.text }
    /// `seed:`, if an integer.
    public var seed: Int? { if case .int(let value)? = self["seed"] { return value } else { return nil } }
    /// `timeout:` in seconds, the default of every cell.
    public var timeout: Double? {
        switch self["timeout"] {
        case .int(let value)?: return Double(value)
        case .double(let value)?: return value
        default: return nil
        }
    }
    /// `echo:`, the default of every cell.
    public var echo: Bool? { if case .bool(let value)? = self["echo"] { return value } else { return nil } }
    /// The environment variables named by `secrets:`.
    public var secrets: [String] {
        switch self["secrets"] {
        case .list(let items)?: return items.map(\.text)
        case .string(let name)?: return [name]
        default: return []
        }
    }
}

/// Parses the flat YAML mappings of front matter and `-f params.yaml` files.
public enum YAMLSubset {
    /// A parse failure at a 1-based line of the parsed text.
    public struct Failure: Error, Sendable {
        /// The line within the parsed text.
        public var line: Int
        /// What is wrong.
        public var message: String
    }

    /// Parses `key: value` lines, `key: [a, b]` and `key:` followed by `- item` lines; `#` comments.
    public static func parseMapping(_ text: String) throws(Failure) -> [(key: String, value: YAMLValue)] {
        var entries: [(key: String, value: YAMLValue)] = []
        var pendingList: (key: String, items: [YAMLValue])?
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, rawLine) in lines.enumerated() {
            let number = index + 1
            let line = stripComment(String(rawLine))
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("- ") || trimmed == "-" {
                guard var list = pendingList, line.first == " " || line.first == "-" else {
                    throw Failure(line: number, message: "a list item must follow a key with no value")
                }
                list.items.append(try scalar(String(trimmed.dropFirst()).trimmingSpaces(), line: number))
                pendingList = list
                continue
            }
            if let list = pendingList {
                entries.append((list.key, .list(list.items)))
                pendingList = nil
            }
            if line.first == " " || line.first == "\t" {
                throw Failure(line: number, message: "nested mappings are not supported; use one `key: value` per line")
            }
            guard let colon = trimmed.firstIndex(of: ":") else {
                throw Failure(line: number, message: "expected `key: value`")
            }
            let key = String(trimmed[..<colon]).trimmingSpaces()
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
                throw Failure(line: number, message: "invalid key `\(key)`")
            }
            if entries.contains(where: { $0.key == key }) {
                throw Failure(line: number, message: "duplicate key `\(key)`")
            }
            let valueText = String(trimmed[trimmed.index(after: colon)...]).trimmingSpaces()
            if valueText.isEmpty {
                pendingList = (key, [])
            } else {
                entries.append((key, try value(valueText, line: number)))
            }
        }
        if let list = pendingList { entries.append((list.key, .list(list.items))) }
        return entries
    }

    static func value(_ text: String, line: Int) throws(Failure) -> YAMLValue {
        if text.hasPrefix("[") {
            guard text.hasSuffix("]") else { throw Failure(line: line, message: "unclosed `[`") }
            let body = text.dropFirst().dropLast().trimmingSpaces()
            if body.isEmpty { return .list([]) }
            var items: [YAMLValue] = []
            for part in splitFlowItems(String(body)) { items.append(try scalar(part.trimmingSpaces(), line: line)) }
            return .list(items)
        }
        if text.hasPrefix("{") { throw Failure(line: line, message: "flow mappings are not supported") }
        return try scalar(text, line: line)
    }

    /// A scalar: quoted string, integer, float, boolean, null or plain string.
    static func scalar(_ text: String, line: Int) throws(Failure) -> YAMLValue {
        if text.hasPrefix("\"") || text.hasPrefix("'") {
            let quote = text.first!
            guard text.count >= 2, text.last == quote else { throw Failure(line: line, message: "unterminated string") }
            var body = String(text.dropFirst().dropLast())
            if quote == "\"" {
                body = body.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\n", with: "\n")
                    .replacingOccurrences(of: "\\\\", with: "\\")
            } else {
                body = body.replacingOccurrences(of: "''", with: "'")
            }
            return .string(body)
        }
        switch text {
        case "true", "True", "yes": return .bool(true)
        case "false", "False", "no": return .bool(false)
        case "null", "~", "None": return .null
        default: break
        }
        if let integer = Int(text.replacingOccurrences(of: "_", with: "")) { return .int(integer) }
        if let number = Double(text), text.contains(where: { $0.isNumber }) { return .double(number) }
        return .string(text)
    }

    static func splitFlowItems(_ text: String) -> [String] {
        var items: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil }
                current.append(character)
            } else if character == "\"" || character == "'" {
                quote = character
                current.append(character)
            } else if character == "," {
                items.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        items.append(current)
        return items
    }

    /// The line without a `#` comment (outside quotes).
    static func stripComment(_ line: String) -> String {
        var quote: Character?
        var previous: Character = " "
        var result = ""
        for character in line {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" && (previous == " " || result.isEmpty) {
                break
            }
            result.append(character)
            previous = character
        }
        return result
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" || first == "\r" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice = slice.dropLast() }
        return String(slice)
    }
}
