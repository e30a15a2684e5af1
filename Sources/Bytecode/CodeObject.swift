/// Properties of a code object that change how it is called.
public struct CodeFlags: OptionSet, Sendable {
    /// The raw bits.
    public let rawValue: UInt32
    /// Creates flags from raw bits.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// It takes `*args`.
    public static let varArgs = CodeFlags(rawValue: 1 << 0)
    /// It takes `**kwargs`.
    public static let varKeywords = CodeFlags(rawValue: 1 << 1)
    /// Calling it makes a generator.
    public static let generator = CodeFlags(rawValue: 1 << 2)
    /// It is a class body: register 0 holds the class namespace.
    public static let classBody = CodeFlags(rawValue: 1 << 3)
    /// It is a module's top level.
    public static let module = CodeFlags(rawValue: 1 << 4)
    /// It is a lambda.
    public static let lambda = CodeFlags(rawValue: 1 << 5)
    /// It is a comprehension or generator expression.
    public static let comprehension = CodeFlags(rawValue: 1 << 6)
}

/// Compiled code: instructions, constants, names, line numbers, exception handlers and the
/// register layout of one function, lambda, comprehension, class body or module.
///
/// Register layout of a frame: parameters (positional, keyword-only, `*args`, `**kwargs`), other
/// locals, free-variable cells, then temporaries.
public final class CodeObject: @unchecked Sendable {
    /// The function's name (`<module>`, `<lambda>`, `<listcomp>`, ...).
    public let name: String
    /// The dotted name inside its module, e.g. `Vec.add`.
    public let qualifiedName: String
    /// The file name shown in tracebacks.
    public let filename: String
    /// The line of the `def`, `class` or first statement.
    public let firstLine: Int
    /// The instructions.
    public var instructions: [Instruction] = []
    /// The source line of each instruction.
    public var lines: [Int32] = []
    /// The constants referred to by index.
    public var constants: [Constant] = []
    /// Names of globals, attributes and imports referred to by index.
    public var names: [String] = []
    /// Exception handlers.
    public var handlers: [ExceptionHandlerEntry] = []
    /// Total number of registers a frame needs.
    public var registerCount = 0
    /// Names of the local variables, by register (parameters first).
    public var localNames: [String] = []
    /// Number of positional parameters (including positional-only).
    public var positionalCount = 0
    /// Number of positional-only parameters.
    public var positionalOnlyCount = 0
    /// Number of keyword-only parameters.
    public var keywordOnlyCount = 0
    /// Calling behaviour.
    public var flags: CodeFlags = []
    /// Names of the free variables, in closure order.
    public var freeNames: [String] = []
    /// The first register holding a free-variable cell.
    public var freeRegister = 0
    /// Registers of locals that live in cells (captured by inner functions).
    public var cellRegisters: [Int] = []
    /// The docstring, if the body starts with a string literal.
    public var docstring: String?
    /// A slot the VM uses to cache its runtime form of this code (constants as values, caches).
    public nonisolated(unsafe) var runtime: AnyObject?

    /// Creates an empty code object.
    public init(name: String, qualifiedName: String, filename: String, firstLine: Int) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.filename = filename
        self.firstLine = firstLine
    }

    /// The number of parameter registers (positional, keyword-only, `*args`, `**kwargs`).
    public var parameterCount: Int {
        positionalCount + keywordOnlyCount + (flags.contains(.varArgs) ? 1 : 0) + (flags.contains(.varKeywords) ? 1 : 0)
    }

    /// The source line of the instruction at `pc`.
    public func line(at pc: Int) -> Int {
        guard !lines.isEmpty else { return firstLine }
        return Int(lines[min(max(pc, 0), lines.count - 1)])
    }

    /// The innermost handler protecting `pc`, if any.
    public func handler(at pc: Int) -> ExceptionHandlerEntry? {
        var best: ExceptionHandlerEntry?
        for entry in handlers where entry.start <= pc && pc < entry.end {
            if best == nil || entry.depth > best!.depth { best = entry }
        }
        return best
    }
}
