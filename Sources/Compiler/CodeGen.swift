import Bytecode
import Support
import Syntax

/// A control structure the code generator is inside; `return`, `break` and `continue` run the
/// cleanups of the ones they leave (finally bodies, `__exit__` calls, handled-exception pops).
enum ControlBlock {
    /// A loop: where `continue` and `break` go.
    case loop(continueLabel: Label, breakLabel: Label)
    /// A `try ... finally`: the body to run when leaving.
    case finally([StmtID])
    /// A `with`: the register holding the bound `__exit__`.
    case with(exitRegister: Int)
    /// An `except` or `finally` handler that pushed the exception it handles.
    case handledException
    /// A protected range; leaving it suspends the range.
    case region(Int)
}

/// A jump target whose position may not be known yet.
final class Label {
    var position: Int?
    var pendingJumps: [Int] = []
}

/// An exception-table range being recorded: the handler it leads to and its open range, if any.
struct Region {
    var handler: Label
    var register: Int
    var depth: Int
    var openStart: Int?
    var ranges: [(Int, Int)] = []
}

/// Shared results of scope analysis and the module source, read by every code generator.
final class CompilationUnit {
    let ast: AST
    let filename: String
    let statementScopes: [Int32: Scope]
    let expressionScopes: [Int32: Scope]
    /// Which module-level expression statements hand their value to the display hook.
    let display: DisplayMode

    init(ast: AST, filename: String, analyzer: ScopeAnalyzer, display: DisplayMode) {
        self.ast = ast
        self.filename = filename
        self.statementScopes = analyzer.statementScopes
        self.expressionScopes = analyzer.expressionScopes
        self.display = display
    }

    /// Whether the expression statement `statement` at module level is displayed.
    func displays(_ statement: StmtID) -> Bool {
        switch display {
        case .none: return false
        case .everyExpression: return true
        case .lastExpression: return ast.body.last == statement
        }
    }
}

/// Generates the register bytecode of one scope (module, function, lambda, comprehension or class
/// body). Nested scopes get their own generator; their code objects become constants.
final class CodeGen {
    let unit: CompilationUnit
    let scope: Scope
    let code: CodeObject
    var ast: AST { unit.ast }

    var instructions: [Instruction] = []
    var lines: [Int32] = []
    var constants: [Constant] = []
    var constantIndex: [String: Int] = [:]
    var names: [String] = []
    var nameIndex: [String: Int] = [:]
    var localRegister: [String: Int] = [:]
    var nextRegister = 0
    var maxRegister = 0
    var firstTemporary = 0
    var line: Int32 = 1
    var blocks: [ControlBlock] = []
    var regions: [Region] = []
    var assigned = AssignedSet()
    var globalCacheSlots = 0

    init(unit: CompilationUnit, scope: Scope, code: CodeObject) {
        self.unit = unit
        self.scope = scope
        self.code = code
        self.line = Int32(code.firstLine)
    }

    // MARK: - Registers

    /// Lays out parameters, locals and free-variable cells; temporaries start after them.
    func layOutRegisters() {
        var order: [String] = []
        switch scope.kind {
        case .module:
            break
        case .classBody:
            order.append(".namespace")
            if scope.needsClassCell { order.append("__class__") }
        case .function, .comprehension:
            order = scope.parameters
            for name in scope.boundOrder where !scope.parameters.contains(name) && !scope.globals.contains(name)
                && !scope.frees.contains(name) {
                order.append(name)
            }
        }
        for name in order { localRegister[name] = localRegister.count }
        code.localNames = order
        code.freeRegister = order.count
        for name in scope.frees {
            localRegister[name] = localRegister.count
            code.localNames.append(name)
        }
        firstTemporary = localRegister.count
        nextRegister = firstTemporary
        maxRegister = nextRegister
    }

    /// Reserves one temporary register.
    func allocate() -> Int {
        let register = nextRegister
        nextRegister += 1
        maxRegister = max(maxRegister, nextRegister)
        return register
    }

    /// Reserves `count` consecutive temporaries and returns the first.
    func allocate(_ count: Int) -> Int {
        let base = nextRegister
        nextRegister += count
        maxRegister = max(maxRegister, nextRegister)
        return base
    }

    /// Whether a register belongs to a named local (not a temporary).
    func isLocal(_ register: Int) -> Bool { register < firstTemporary }

    // MARK: - Emission

    @discardableResult
    func emit(_ instruction: Instruction) -> Int {
        instructions.append(instruction)
        lines.append(line)
        return instructions.count - 1
    }

    func emit(_ opcode: Opcode, _ a: Int = 0, _ b: Int = 0, _ c: Int = 0, x: UInt8 = 0) {
        emit(Instruction(opcode, a: UInt16(truncatingIfNeeded: a), b: UInt16(truncatingIfNeeded: b),
                         c: UInt16(truncatingIfNeeded: c), x: x))
    }

    /// Runs `body` with the current line set to that of `span`.
    func at<T>(_ span: SourceSpan, _ body: () throws(SyntaxError) -> T) throws(SyntaxError) -> T {
        let saved = line
        line = span.start.line
        defer { line = saved }
        return try body()
    }

    var position: Int { instructions.count }

    /// Places a label at the current position and patches the jumps waiting for it.
    func place(_ label: Label) {
        label.position = position
        for jump in label.pendingJumps { instructions[jump].setTarget(position) }
        label.pendingJumps.removeAll()
    }

    func jump(_ opcode: Opcode, _ register: Int = 0, to label: Label) {
        let at = emit(Instruction(opcode, a: UInt16(truncatingIfNeeded: register), wide: label.position ?? 0))
        if label.position == nil { label.pendingJumps.append(at) }
    }

    /// Emits a 24-bit-target jump (`forIterate`, `jumpIfNotLess`) to `label`.
    func jump24(_ opcode: Opcode, _ a: Int, _ b: Int, to label: Label) {
        let at = emit(Instruction(opcode, a: UInt16(truncatingIfNeeded: a), b: UInt16(truncatingIfNeeded: b),
                                  target24: label.position ?? 0))
        if label.position == nil { label.pendingJumps.append(at) }
    }

    // MARK: - Constants and names

    func constant(_ value: Constant) -> Int {
        let key = constantKey(value)
        if let index = constantIndex[key] { return index }
        constants.append(value)
        constantIndex[key] = constants.count - 1
        return constants.count - 1
    }

    private func constantKey(_ value: Constant) -> String {
        switch value {
        case .none: return "n"
        case .ellipsis: return "e"
        case .bool(let flag): return "b\(flag)"
        case .int(let number): return "i\(number)"
        case .bigInt(let text): return "I\(text)"
        case .float(let number): return "f\(number.bitPattern)"
        case .string(let text): return "s" + text
        case .bytes(let data): return "y\(data)"
        case .tuple(let items): return "t(" + items.map(constantKey).joined(separator: ",") + ")"
        case .code: return "c\(constants.count)"
        }
    }

    func loadConstant(_ value: Constant, into register: Int) {
        emit(Instruction(.loadConst, a: UInt16(register), wide: constant(value)))
    }

    func name(_ text: String) -> Int {
        if let index = nameIndex[text] { return index }
        names.append(text)
        nameIndex[text] = names.count - 1
        return names.count - 1
    }

    // MARK: - Exception regions

    /// Opens a protected range whose exceptions go to `handler` with the exception in `register`.
    func openRegion(handler: Label, register: Int) -> Int {
        let depth = regions.filter { $0.openStart != nil }.count + blocks.count + 1
        regions.append(Region(handler: handler, register: register, depth: depth, openStart: position))
        return regions.count - 1
    }

    func closeRegion(_ index: Int) {
        guard let start = regions[index].openStart else { return }
        if start < position { regions[index].ranges.append((start, position)) }
        regions[index].openStart = nil
    }

    func reopenRegion(_ index: Int) {
        regions[index].openStart = position
    }

    // MARK: - Finishing

    /// Fills the code object with what was generated.
    func finish() throws(SyntaxError) -> CodeObject {
        if maxRegister > 0xFFF0 {
            throw SyntaxError("too many registers needed in '\(code.name)'", at: SourceLocation(line: code.firstLine, column: 0))
        }
        code.instructions = instructions
        code.lines = lines
        code.constants = constants
        code.names = names
        code.registerCount = max(maxRegister, 1)
        code.cellRegisters = scope.cells.compactMap { localRegister[$0] }.sorted()
        code.freeNames = scope.frees
        for region in regions {
            guard let handler = region.handler.position else { continue }
            for (start, end) in region.ranges {
                code.handlers.append(ExceptionHandlerEntry(start: start, end: end, handler: handler,
                                                           register: UInt16(region.register), depth: region.depth))
            }
        }
        return code
    }
}
