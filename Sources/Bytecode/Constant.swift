/// A constant of a code object, in a form independent of the VM's values.
public enum Constant: Sendable {
    case none, ellipsis
    case bool(Bool)
    case int(Int)
    /// An integer beyond 64 bits, as literal text (decimal, or with a 0x/0o/0b prefix).
    case bigInt(String)
    case float(Double)
    case string(String)
    case bytes([UInt8])
    case tuple([Constant])
    /// The code of a nested function, lambda, comprehension or class body.
    case code(CodeObject)

    /// A short rendering for the disassembler.
    public var summary: String {
        switch self {
        case .none: return "None"
        case .ellipsis: return "Ellipsis"
        case .bool(let value): return value ? "True" : "False"
        case .int(let value): return String(value)
        case .bigInt(let text): return text
        case .float(let value): return String(value)
        case .string(let value): return "'" + value.replacingNewlines() + "'"
        case .bytes(let value): return "b<\(value.count) bytes>"
        case .tuple(let items): return "(" + items.map(\.summary).joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
        case .code(let code): return "<code \(code.name)>"
        }
    }
}

extension String {
    func replacingNewlines() -> String {
        var result = ""
        for character in self {
            if character == "\n" { result += "\\n" } else { result.append(character) }
        }
        return result
    }
}

/// A protected range of instructions and where control goes when an exception escapes it.
public struct ExceptionHandlerEntry: Sendable {
    /// First protected instruction.
    public var start: Int
    /// One past the last protected instruction.
    public var end: Int
    /// Where the handler starts.
    public var handler: Int
    /// The register that receives the exception.
    public var register: UInt16
    /// Nesting depth: when ranges overlap, the deepest wins.
    public var depth: Int

    /// Creates an entry.
    public init(start: Int, end: Int, handler: Int, register: UInt16, depth: Int) {
        self.start = start
        self.end = end
        self.handler = handler
        self.register = register
        self.depth = depth
    }
}
