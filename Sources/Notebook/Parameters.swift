import Foundation
import Support
import Syntax

/// The type of a parameter, taken from its default value.
public enum ParameterKind: String, Sendable {
    case int, float, bool, str, none = "None", list, dict, tuple
}

/// One assignment of the parameters cell.
public struct Parameter: Sendable {
    /// The variable name.
    public var name: String
    /// The default as written in the cell (a Python literal).
    public var defaultLiteral: String
    /// The default's type, which overrides are converted to.
    public var kind: ParameterKind
    /// The comment after the assignment, if any.
    public var comment: String?
}

/// A parameter override that cannot be applied.
public struct ParameterError: Error, CustomStringConvertible, Sendable {
    /// What is wrong, naming the parameter.
    public var description: String
}

/// Reads the parameters cell without running it, and turns `-p name=value` and `-f params.yaml`
/// values into Python literals of each default's type.
public enum Parameters {
    /// The parameters of a notebook's parameters cell: literal assignments only.
    public static func read(_ cell: Cell, path: String) throws(NotebookError) -> [Parameter] {
        let ast: AST
        do {
            ast = try Parser.parseModule(cell.source)
        } catch {
            throw NotebookError(path: path, line: cell.firstSourceLine + Int(error.location.line) - 1,
                                message: "parameters cell: \(error.kind.rawValue): \(error.message)")
        }
        let lines = cell.source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var parameters: [Parameter] = []
        for statement in ast.body {
            let node = ast[statement]
            let line = Int(node.span.start.line)
            func fail(_ message: String) -> NotebookError {
                NotebookError(path: path, line: cell.firstSourceLine + line - 1, message: "parameters cell: \(message)")
            }
            guard case .assign(let targets, let value) = node.kind, targets.count == 1,
                  case .name(let name) = ast[targets[0]].kind else {
                throw fail("only `name = literal` assignments are allowed")
            }
            guard let kind = literalKind(ast, value) else {
                throw fail("the value of `\(name)` must be a literal (number, string, bool, None, list, dict or tuple)")
            }
            if parameters.contains(where: { $0.name == name }) { throw fail("`\(name)` is assigned twice") }
            let span = ast[value].span
            let literal = sourceText(lines, from: span.start, to: span.end)
            parameters.append(Parameter(name: name, defaultLiteral: literal, kind: kind,
                                        comment: comment(lines, after: span.end)))
        }
        return parameters
    }

    /// The kind of a literal expression, or nil when the expression is not a literal.
    static func literalKind(_ ast: AST, _ id: ExprID) -> ParameterKind? {
        switch ast[id].kind {
        case .constant(let literal):
            switch literal {
            case .int, .bigInt: return .int
            case .float: return .float
            case .bool: return .bool
            case .string: return .str
            case .none: return ParameterKind.none
            default: return nil
            }
        case .unary(let op, let operand):
            guard op == .negate || op == .plus, let kind = literalKind(ast, operand), kind == .int || kind == .float else { return nil }
            return kind
        case .list(let items):
            return items.allSatisfy({ literalKind(ast, $0) != nil }) ? .list : nil
        case .tuple(let items):
            return items.allSatisfy({ literalKind(ast, $0) != nil }) ? .tuple : nil
        case .dict(let items):
            for item in items {
                guard case .pair(let key, let value) = item, literalKind(ast, key) != nil, literalKind(ast, value) != nil else { return nil }
            }
            return .dict
        default:
            return nil
        }
    }

    /// The Python literal for a `-p name=value` text, converted to the parameter's type.
    public static func literal(for text: String, of parameter: Parameter) throws(ParameterError) -> String {
        func wrongType() -> ParameterError {
            ParameterError(description: "parameter `\(parameter.name)` expects \(article(parameter.kind)), got `\(text)`")
        }
        let trimmed = text.trimmingSpaces()
        switch parameter.kind {
        case .int:
            let digits = trimmed.replacingOccurrences(of: "_", with: "")
            let body = digits.hasPrefix("-") || digits.hasPrefix("+") ? String(digits.dropFirst()) : digits
            guard !body.isEmpty, body.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw wrongType() }
            let normalized = String(body.drop { $0 == "0" })
            return (digits.hasPrefix("-") && !normalized.isEmpty ? "-" : "") + (normalized.isEmpty ? "0" : normalized)
        case .float:
            guard let number = Double(trimmed), number.isFinite || ["inf", "-inf", "nan"].contains(trimmed.lowercased()) else {
                throw wrongType()
            }
            if !number.isFinite { return "float(\(pythonString(trimmed.lowercased())))" }
            return trimmed.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) ? trimmed : trimmed + ".0"
        case .bool:
            switch trimmed.lowercased() {
            case "true", "1", "yes", "on": return "True"
            case "false", "0", "no", "off": return "False"
            default: throw wrongType()
            }
        case .str:
            return pythonString(text)
        case .none, .list, .dict, .tuple:
            guard let kind = literalKindOfText(trimmed) else {
                if parameter.kind == ParameterKind.none { return pythonString(text) }
                throw wrongType()
            }
            if parameter.kind != ParameterKind.none && kind != parameter.kind { throw wrongType() }
            return trimmed
        }
    }

    /// The Python literal for a value read from a `-f` YAML file.
    public static func literal(for value: YAMLValue, of parameter: Parameter) throws(ParameterError) -> String {
        switch (parameter.kind, value) {
        case (.list, .list(let items)), (.tuple, .list(let items)):
            var parts: [String] = []
            for item in items { parts.append(try yamlLiteral(item, parameter: parameter)) }
            return parameter.kind == .list ? "[" + parts.joined(separator: ", ") + "]"
                : "(" + parts.joined(separator: ", ") + (parts.count == 1 ? ",)" : ")")
        case (.str, .string(let text)):
            return pythonString(text)
        case (ParameterKind.none, _):
            return try yamlLiteral(value, parameter: parameter)
        default:
            return try literal(for: value.text, of: parameter)
        }
    }

    static func yamlLiteral(_ value: YAMLValue, parameter: Parameter) throws(ParameterError) -> String {
        switch value {
        case .string(let text): return pythonString(text)
        case .int(let number): return String(number)
        case .double(let number): return "\(number)"
        case .bool(let flag): return flag ? "True" : "False"
        case .null: return "None"
        case .list:
            throw ParameterError(description: "parameter `\(parameter.name)`: nested lists are not supported in YAML files")
        }
    }

    /// The kind of a literal written as text, if it parses as one.
    static func literalKindOfText(_ text: String) -> ParameterKind? {
        guard let ast = try? Parser.parseModule("_ = " + text + "\n"), ast.body.count == 1,
              case .assign(_, let value) = ast[ast.body[0]].kind else { return nil }
        return literalKind(ast, value)
    }

    /// A Python string literal for `text`.
    public static func pythonString(_ text: String) -> String {
        var result = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "'": result += "\\'"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += String(format: "\\x%02x", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "'"
    }

    static func article(_ kind: ParameterKind) -> String {
        switch kind {
        case .int: return "an int"
        case .float: return "a float"
        case .bool: return "a bool (true or false)"
        case .str: return "a str"
        case .none: return "a literal"
        case .list: return "a list literal"
        case .dict: return "a dict literal"
        case .tuple: return "a tuple literal"
        }
    }

    /// The source between two positions (1-based lines, byte columns).
    static func sourceText(_ lines: [String], from start: SourceLocation, to end: SourceLocation) -> String {
        var pieces: [String] = []
        for line in Int(start.line)...Int(end.line) where line - 1 < lines.count {
            let bytes = Array(lines[line - 1].utf8)
            let from = line == Int(start.line) ? min(Int(start.column), bytes.count) : 0
            let to = line == Int(end.line) ? min(Int(end.column), bytes.count) : bytes.count
            pieces.append(String(decoding: bytes[from..<max(from, to)], as: UTF8.self))
        }
        return pieces.joined(separator: "\n")
    }

    /// The text of a `#` comment following position `end` on its line.
    static func comment(_ lines: [String], after end: SourceLocation) -> String? {
        guard Int(end.line) - 1 < lines.count else { return nil }
        let bytes = Array(lines[Int(end.line) - 1].utf8)
        let rest = String(decoding: bytes[min(Int(end.column), bytes.count)...], as: UTF8.self).trimmingSpaces()
        guard rest.hasPrefix("#") else { return nil }
        let text = String(rest.dropFirst()).trimmingSpaces()
        return text.isEmpty ? nil : text
    }
}
