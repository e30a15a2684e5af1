import Bytecode
import Support
import Syntax

extension CodeGen {
    // MARK: - try / except / else / finally

    func compileTry(_ body: [StmtID], _ handlers: [ExceptHandler], _ orElse: [StmtID],
                    _ finalBody: [StmtID]) throws(SyntaxError) {
        if finalBody.isEmpty {
            try compileTryExcept(body, handlers, orElse)
            return
        }
        let exception = allocate()
        let handlerLabel = Label()
        let endLabel = Label()
        let region = openRegion(handler: handlerLabel, register: exception)
        blocks.append(.finally(finalBody))
        blocks.append(.region(region))
        let before = assigned
        if handlers.isEmpty {
            try compile(body)
        } else {
            try compileTryExcept(body, handlers, orElse)
        }
        blocks.removeLast(2)
        closeRegion(region)
        try compile(finalBody)
        let normalEnd = assigned
        if !normalEnd.isUnreachable { jump(.jump, to: endLabel) }

        place(handlerLabel)
        assigned = before
        try compileHandlerBlock(exception: exception) { () throws(SyntaxError) in
            try compile(finalBody)
            emit(.reraise, exception)
        }
        assigned = normalEnd
        place(endLabel)
    }

    /// Runs `body` as the code of a handler: the exception in `exception` is pushed as the one being
    /// handled, and a cleanup range pops it again if the handler itself raises.
    func compileHandlerBlock(exception: Int, _ body: () throws(SyntaxError) -> Void) throws(SyntaxError) {
        emit(.pushExceptionInfo, exception)
        let cleanupException = allocate()
        let cleanupLabel = Label()
        let cleanup = openRegion(handler: cleanupLabel, register: cleanupException)
        blocks.append(.handledException)
        blocks.append(.region(cleanup))
        try body()
        blocks.removeLast(2)
        closeRegion(cleanup)
        place(cleanupLabel)
        emit(.popException)
        emit(.reraise, cleanupException)
    }

    func compileTryExcept(_ body: [StmtID], _ handlers: [ExceptHandler], _ orElse: [StmtID]) throws(SyntaxError) {
        for (index, handler) in handlers.enumerated() where handler.type == nil && index < handlers.count - 1 {
            throw SyntaxError("default 'except:' must be last", at: handler.location)
        }
        let exception = allocate()
        let handlerLabel = Label()
        let endLabel = Label()
        let region = openRegion(handler: handlerLabel, register: exception)
        blocks.append(.region(region))
        let before = assigned
        try compile(body)
        blocks.removeLast()
        closeRegion(region)
        try compile(orElse)
        var joined = assigned
        if !assigned.isUnreachable { jump(.jump, to: endLabel) }

        place(handlerLabel)
        try compileHandlerBlock(exception: exception) { () throws(SyntaxError) in
            for handler in handlers {
                assigned = before
                try compileHandler(handler, exception: exception, endLabel: endLabel)
                joined = joined.meet(assigned)
            }
            emit(.reraise, exception)
        }
        assigned = joined
        place(endLabel)
    }

    /// One `except T as name:` clause; falls through to the next clause when the type does not match.
    func compileHandler(_ handler: ExceptHandler, exception: Int, endLabel: Label) throws(SyntaxError) {
        let nextLabel = Label()
        let mark = nextRegister
        line = handler.location.line
        if let type = handler.type {
            let typeRegister = try compileOperand(type)
            let matches = allocate()
            emit(.checkExceptionMatch, matches, exception, typeRegister)
            jump(.jumpIfFalse, matches, to: nextLabel)
        }
        nextRegister = mark
        if let variable = handler.name {
            try storeName(variable, from: exception)
        }
        try compile(handler.body)
        if !assigned.isUnreachable {
            line = handler.location.line
            if let variable = handler.name { try clearHandlerName(variable) }
            try unwindHandler { () throws(SyntaxError) in jump(.jump, to: endLabel) }
        }
        place(nextLabel)
    }

    /// Leaves an except clause normally: pops the handled exception with the cleanup range suspended.
    func unwindHandler(_ exit: () throws(SyntaxError) -> Void) throws(SyntaxError) {
        guard case .region(let cleanup)? = blocks.last else {
            emit(.popException)
            try exit()
            return
        }
        closeRegion(cleanup)
        emit(.popException)
        try exit()
        reopenRegion(cleanup)
    }

    /// `except E as name` unbinds `name` when the clause ends, as CPython does.
    func clearHandlerName(_ rawVariable: String) throws(SyntaxError) {
        let variable = scope.mangle(rawVariable)
        let register = allocate()
        loadConstant(.none, into: register)
        try storeName(variable, from: register)
        nextRegister = register
        switch scope.access(variable) {
        case .local:
            let local = localRegister[variable]!
            emit(.deleteLocal, local)
            assigned.remove(local)
        case .cell, .free: emit(.deleteDeref, 0, localRegister[variable]!, name(variable))
        case .global: emit(.deleteGlobal, 0, name(variable))
        case .classNamespace: emit(.deleteName, 0, name(variable), 0)
        }
    }

    // MARK: - with

    func compileWith(_ items: ArraySlice<WithItem>, _ body: [StmtID]) throws(SyntaxError) {
        guard let item = items.first else {
            try compile(body)
            return
        }
        let manager = try compileOperand(item.context)
        let exitRegister = allocate(2)
        try at(ast[item.context].span) { () throws(SyntaxError) in emit(.beforeWith, exitRegister, manager) }
        let exception = allocate()
        let handlerLabel = Label()
        let endLabel = Label()
        let region = openRegion(handler: handlerLabel, register: exception)
        let before = assigned
        blocks.append(.with(exitRegister: exitRegister))
        blocks.append(.region(region))
        if let target = item.target { try store(target, from: exitRegister + 1) }
        try compileWith(items.dropFirst(), body)
        blocks.removeLast(2)
        closeRegion(region)
        if !assigned.isUnreachable {
            try callExit(exitRegister)
            jump(.jump, to: endLabel)
        }
        let afterBody = assigned

        place(handlerLabel)
        try compileHandlerBlock(exception: exception) { () throws(SyntaxError) in
            let base = allocate(5)
            emit(.move, base, exitRegister)
            emit(.exceptionType, base + 1, exception)
            emit(.move, base + 2, exception)
            emit(.exceptionType, base + 3, exception, x: 1)
            emit(.call, base, 3, Int(Instruction.none))
            let suppressLabel = Label()
            jump(.jumpIfTrue, base, to: suppressLabel)
            emit(.reraise, exception)
            place(suppressLabel)
            try unwindHandler { () throws(SyntaxError) in jump(.jump, to: endLabel) }
        }
        // `__exit__` may suppress an exception raised anywhere in the body.
        assigned = afterBody.meet(before)
        place(endLabel)
    }

    /// Calls the bound `__exit__` in `exitRegister` with three `None`s.
    func callExit(_ exitRegister: Int) throws(SyntaxError) {
        let base = allocate(4)
        emit(.move, base, exitRegister)
        loadConstant(.none, into: base + 1)
        emit(.move, base + 2, base + 1)
        emit(.move, base + 3, base + 1)
        emit(.call, base, 3, Int(Instruction.none))
        nextRegister = base
    }
}
