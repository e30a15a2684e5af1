import Bytecode
import Support
import Syntax

extension CodeGen {
    // MARK: - Calls

    func compileCall(_ function: ExprID, _ arguments: [Argument], into destination: Int) throws(SyntaxError) {
        let hasUnpacking = arguments.contains { argument in
            switch argument {
            case .starred, .doubleStarred: return true
            default: return false
            }
        }
        if hasUnpacking {
            try compileUnpackingCall(function, arguments, into: destination)
            return
        }
        if arguments.isEmpty, try compileImplicitSuper(function, into: destination) { return }
        let positional = arguments.compactMap { if case .positional(let value) = $0 { return value } else { return nil } }
        let keywords = arguments.compactMap { argument -> (String, ExprID)? in
            if case .keyword(let keyword, let value) = argument { return (keyword, value) }
            return nil
        }
        let values = positional + keywords.map(\.1)
        let names = keywords.isEmpty ? Int(Instruction.none) : constant(.tuple(keywords.map { .string($0.0) }))
        if case .attribute(let object, let method) = ast[function].kind {
            let base = callBase(for: destination)
            let instance = allocate()
            try compile(object, into: instance)
            try at(ast[function].span) { () throws(SyntaxError) in emit(.loadMethod, base, instance, name(scope.mangle(method))) }
            try compileArguments(values)
            emit(.callMethod, base, values.count, names)
            if destination != base { emit(.move, destination, base) }
            return
        }
        let base = callBase(for: destination)
        try compile(function, into: base)
        try compileArguments(values)
        emit(.call, base, values.count, names)
        if destination != base { emit(.move, destination, base) }
    }

    /// The register a call's callee goes in: the destination itself when it is the newest temporary
    /// (so the result needs no move), else a new temporary.
    func callBase(for destination: Int) -> Int {
        if destination == nextRegister - 1 && !isLocal(destination) { return destination }
        return allocate()
    }

    /// Evaluates values into consecutive new temporaries, each allocated as it is needed so that a
    /// call inside one can return straight into its register.
    func compileArguments(_ values: [ExprID]) throws(SyntaxError) {
        for value in values {
            let register = allocate()
            try compile(value, into: register)
        }
    }

    /// `super()` inside a method becomes `super(__class__, first_argument)`, as CPython resolves it.
    /// Returns false when the call is not such a `super()`.
    func compileImplicitSuper(_ function: ExprID, into destination: Int) throws(SyntaxError) -> Bool {
        guard case .name("super") = ast[function].kind, scope.access("super") == .global,
              scope.frees.contains("__class__"), let first = scope.parameters.first, first != ".0" else { return false }
        let span = ast[function].span
        let base = callBase(for: destination)
        try loadName("super", into: base, span: span)
        try loadName("__class__", into: allocate(), span: span)
        try loadName(first, into: allocate(), span: span)
        try at(span) { () throws(SyntaxError) in emit(.call, base, 2, Int(Instruction.none)) }
        if destination != base { emit(.move, destination, base) }
        return true
    }

    /// `f(*args, **kwargs)`: positional arguments gathered into a tuple, keywords into a dict.
    func compileUnpackingCall(_ function: ExprID, _ arguments: [Argument], into destination: Int) throws(SyntaxError) {
        let base = allocate(3)
        try compile(function, into: base)
        let list = allocate()
        emit(.buildList, list, 0, 0)
        var hasKeywords = false
        for argument in arguments {
            let mark = nextRegister
            switch argument {
            case .positional(let value): emit(.listAppend, list, try compileOperand(value))
            case .starred(let value): emit(.listExtend, list, try compileOperand(value), base, x: 1)
            case .keyword, .doubleStarred: hasKeywords = true
            }
            nextRegister = mark
        }
        emit(.listToTuple, base + 1, list)
        if hasKeywords {
            emit(.buildMap, base + 2, 0, 0)
            for argument in arguments {
                let mark = nextRegister
                switch argument {
                case .keyword(let keyword, let value):
                    let key = allocate()
                    loadConstant(.string(keyword), into: key)
                    let pair = allocate()
                    emit(.buildMap, pair, key, 0)
                    let valueRegister = try compileOperand(value)
                    emit(.mapAdd, pair, key, valueRegister)
                    emit(.dictMerge, base + 2, pair, base)
                case .doubleStarred(let value):
                    emit(.dictMerge, base + 2, try compileOperand(value), base)
                default:
                    break
                }
                nextRegister = mark
            }
        }
        try at(ast[function].span) { () throws(SyntaxError) in
            emit(.callEx, base, base + 1, hasKeywords ? base + 2 : Int(Instruction.none))
        }
        if destination != base { emit(.move, destination, base) }
    }
}
