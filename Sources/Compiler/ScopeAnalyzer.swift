import Support
import Syntax

/// Builds the scope tree of a module and resolves every name (CPython's symtable pass): which names
/// are locals, cells, free variables, globals or class-namespace names.
struct ScopeAnalyzer {
    let ast: AST
    /// Scopes of function and class statements, by statement index.
    var statementScopes: [Int32: Scope] = [:]
    /// Scopes of lambdas and comprehensions, by expression index.
    var expressionScopes: [Int32: Scope] = [:]
    var current: Scope

    init(ast: AST) {
        self.ast = ast
        self.current = Scope(kind: .module, name: "<module>", parent: nil)
    }

    /// Analyzes a module and returns its scope; nested scopes are found through the two maps.
    mutating func analyzeModule() throws(SyntaxError) -> Scope {
        let module = current
        for statement in ast.body { try visit(statement) }
        try resolve(module)
        return module
    }

    // MARK: - Collecting bindings and uses

    mutating func visit(_ body: [StmtID]) throws(SyntaxError) {
        for statement in body { try visit(statement) }
    }

    mutating func visit(_ id: StmtID) throws(SyntaxError) {
        let statement = ast[id]
        switch statement.kind {
        case .expression(let value):
            try visit(value)
        case .assign(let targets, let value):
            try visit(value)
            for target in targets { try visitTarget(target) }
        case .augmentedAssign(let target, _, let value):
            try visit(value)
            if case .name(let name) = ast[target].kind { use(name) }
            try visitTarget(target)
        case .annotatedAssign(let target, let annotation, let value):
            try visit(annotation)
            if let value { try visit(value) }
            if case .name(let name) = ast[target].kind { current.annotated.insert(current.mangle(name)) }
            if case .name = ast[target].kind, value == nil {
                // A bare annotation does not bind at run time, but it makes the name local.
                try visitTarget(target)
            } else {
                try visitTarget(target)
            }
        case .if(let test, let body, let orElse), .while(let test, let body, let orElse):
            try visit(test)
            try visit(body)
            try visit(orElse)
        case .for(let target, let iterable, let body, let orElse):
            try visit(iterable)
            try visitTarget(target)
            try visit(body)
            try visit(orElse)
        case .break, .continue, .pass:
            break
        case .return(let value):
            if let value { try visit(value) }
        case .functionDef(let definition):
            try visitFunction(definition, id: id, location: statement.span.start)
        case .classDef(let definition):
            try visitClass(definition, id: id)
        case .try(let body, let handlers, let orElse, let finalBody):
            try visit(body)
            for handler in handlers {
                if let type = handler.type { try visit(type) }
                if let name = handler.name { current.bind(name) }
                try visit(handler.body)
            }
            try visit(orElse)
            try visit(finalBody)
        case .raise(let exception, let cause):
            if let exception { try visit(exception) }
            if let cause { try visit(cause) }
        case .with(let items, let body):
            for item in items {
                try visit(item.context)
                if let target = item.target { try visitTarget(target) }
            }
            try visit(body)
        case .import(let aliases):
            for alias in aliases {
                let bound = alias.asName ?? String(alias.name.split(separator: ".").first ?? "")
                current.bind(bound)
            }
        case .importFrom(_, let aliases, _):
            for alias in aliases where alias.name != "*" { current.bind(alias.asName ?? alias.name) }
        case .global(let names):
            try declare(names, global: true, at: statement.span)
        case .nonlocal(let names):
            try declare(names, global: false, at: statement.span)
        case .assert(let test, let message):
            try visit(test)
            if let message { try visit(message) }
        case .delete(let targets):
            for target in targets { try visitTarget(target) }
        }
    }

    mutating func declare(_ names: [String], global: Bool, at span: SourceSpan) throws(SyntaxError) {
        let location = span.start
        let keyword = global ? "global" : "nonlocal"
        if !global && current.kind == .module {
            throw SyntaxError("nonlocal declaration not allowed at module level", at: location, end: span.end)
        }
        for name in names.map({ current.mangle($0) }) {
            if (global ? current.nonlocals : current.globals).contains(name) {
                let earlier = current.declarationLocations[name] ?? span
                throw SyntaxError("name '\(name)' is nonlocal and global", at: earlier.start, end: earlier.end)
            }
            let declared = (global ? current.globals : current.nonlocals).contains(name)
            if current.parameters.contains(name) {
                throw SyntaxError("name '\(name)' is parameter and \(keyword)", at: location, end: span.end)
            }
            if current.uses.contains(name) && !declared {
                throw SyntaxError("name '\(name)' is used prior to \(keyword) declaration", at: location, end: span.end)
            }
            if current.annotated.contains(name) && !declared {
                throw SyntaxError("annotated name '\(name)' can't be \(keyword)", at: location, end: span.end)
            }
            if current.bound.contains(name) && !declared {
                throw SyntaxError("name '\(name)' is assigned to before \(keyword) declaration", at: location, end: span.end)
            }
            if global { current.globals.insert(name) } else { current.nonlocals.insert(name) }
            if current.declarationLocations[name] == nil { current.declarationLocations[name] = span }
        }
    }

    func use(_ rawName: String) {
        let name = current.mangle(rawName)
        current.uses.insert(name)
        if name == "super" || name == "__class__" { current.usesClassCell = true }
    }

    /// Records the names an assignment target binds, and visits the expressions inside it.
    mutating func visitTarget(_ id: ExprID) throws(SyntaxError) {
        switch ast[id].kind {
        case .name(let name):
            current.bind(name)
        case .tuple(let items), .list(let items):
            for item in items { try visitTarget(item) }
        case .starred(let inner):
            try visitTarget(inner)
        case .attribute(let object, _):
            try visit(object)
        case .subscript(let object, let index):
            try visit(object)
            try visit(index)
        default:
            try visit(id)
        }
    }

    mutating func visitFunction(_ definition: FunctionDef, id: StmtID, location: SourceLocation) throws(SyntaxError) {
        for decorator in definition.decorators { try visit(decorator) }
        try visitParameterDefaults(definition.parameters)
        if let returns = definition.returns { try visit(returns) }
        current.bind(definition.name)
        let scope = Scope(kind: .function, name: definition.name, parent: current)
        statementScopes[id.index] = scope
        try enter(scope) { (analyzer: inout ScopeAnalyzer) throws(SyntaxError) in
            analyzer.bindParameters(definition.parameters)
            try analyzer.visit(definition.body)
        }
    }

    mutating func visitParameterDefaults(_ parameters: Parameters) throws(SyntaxError) {
        for parameter in parameters.all {
            if let value = parameter.defaultValue { try visit(value) }
            if let annotation = parameter.annotation { try visit(annotation) }
        }
    }

    mutating func bindParameters(_ parameters: Parameters) {
        let ordered = parameters.positionalOnly + parameters.regular + parameters.keywordOnly
            + (parameters.varArgs.map { [$0] } ?? []) + (parameters.varKeywords.map { [$0] } ?? [])
        for parameter in ordered {
            current.parameters.append(current.mangle(parameter.name))
            current.bind(parameter.name)
        }
    }

    mutating func visitClass(_ definition: ClassDef, id: StmtID) throws(SyntaxError) {
        for decorator in definition.decorators { try visit(decorator) }
        for argument in definition.arguments { try visit(argument) }
        current.bind(definition.name)
        let scope = Scope(kind: .classBody, name: definition.name, parent: current)
        statementScopes[id.index] = scope
        try enter(scope) { (analyzer: inout ScopeAnalyzer) throws(SyntaxError) in
            try analyzer.visit(definition.body)
        }
    }

    mutating func enter(_ scope: Scope, _ body: (inout ScopeAnalyzer) throws(SyntaxError) -> Void) throws(SyntaxError) {
        current.children.append(scope)
        let saved = current
        current = scope
        defer { current = saved }
        try body(&self)
    }

    mutating func visit(_ argument: Argument) throws(SyntaxError) {
        switch argument {
        case .positional(let value), .starred(let value), .keyword(_, let value), .doubleStarred(let value):
            try visit(value)
        }
    }

    mutating func visit(_ id: ExprID?) throws(SyntaxError) {
        if let id { try visit(id) }
    }

    mutating func visit(_ id: ExprID) throws(SyntaxError) {
        let expression = ast[id]
        switch expression.kind {
        case .name(let name):
            use(name)
        case .constant:
            break
        case .joinedString(let parts):
            for case .field(let value, _, let spec, _) in parts {
                try visit(value)
                try visit(spec)
            }
        case .unary(_, let operand), .starred(let operand), .await(let operand), .yieldFrom(let operand),
             .attribute(let operand, _):
            if case .yieldFrom = expression.kind { try markGenerator(at: expression.span, what: "'yield'") }
            if case .await = expression.kind { try markGenerator(at: expression.span, what: "'await'") }
            try visit(operand)
        case .binary(_, let left, let right), .subscript(let left, let right):
            try visit(left)
            try visit(right)
        case .boolean(_, let operands), .tuple(let operands), .list(let operands), .set(let operands):
            for operand in operands { try visit(operand) }
        case .compare(let first, _, let rest):
            try visit(first)
            for operand in rest { try visit(operand) }
        case .call(let function, let arguments):
            try visit(function)
            for argument in arguments { try visit(argument) }
        case .slice(let lower, let upper, let step):
            try visit(lower)
            try visit(upper)
            try visit(step)
        case .dict(let items):
            for item in items {
                switch item {
                case .pair(let key, let value):
                    try visit(key)
                    try visit(value)
                case .unpack(let value):
                    try visit(value)
                }
            }
        case .conditional(let test, let body, let orElse):
            try visit(test)
            try visit(body)
            try visit(orElse)
        case .lambda(let parameters, let body):
            try visitParameterDefaults(parameters)
            let scope = Scope(kind: .function, name: "<lambda>", parent: current)
            expressionScopes[id.index] = scope
            try enter(scope) { (analyzer: inout ScopeAnalyzer) throws(SyntaxError) in
                analyzer.bindParameters(parameters)
                try analyzer.visit(body)
            }
        case .comprehension(let kind, let element, let value, let clauses):
            try visitComprehension(id, kind: kind, element: element, value: value, clauses: clauses)
        case .yield(let value):
            try markGenerator(at: expression.span, what: "'yield'")
            try visit(value)
        case .namedExpr(let name, let value):
            try visit(value)
            try bindWalrus(name, at: expression.span.start)
        }
    }

    mutating func markGenerator(at span: SourceSpan, what: String) throws(SyntaxError) {
        switch current.kind {
        case .function, .comprehension:
            current.isGenerator = true
        case .module, .classBody:
            throw SyntaxError("\(what) outside function", at: span.start, end: span.end)
        }
    }

    /// `:=` binds in the nearest enclosing scope that is not a comprehension.
    mutating func bindWalrus(_ name: String, at location: SourceLocation) throws(SyntaxError) {
        var comprehension: Scope? = current
        while let scope = comprehension, scope.kind == .comprehension {
            if scope.bound.contains(scope.mangle(name)) {
                throw SyntaxError("assignment expression cannot rebind comprehension iteration variable '\(name)'", at: location)
            }
            comprehension = scope.parent
        }
        var target: Scope? = current
        while let scope = target, scope.kind == .comprehension { target = scope.parent }
        guard let target else { return }
        if target.kind == .classBody && current.kind == .comprehension {
            throw SyntaxError("assignment expression within a comprehension cannot be used in a class body", at: location)
        }
        target.bind(name)
        if target.kind == .module {
            var scope: Scope? = current
            while let inner = scope, inner !== target {
                inner.globals.insert(inner.mangle(name))
                scope = inner.parent
            }
        } else if target !== current {
            // The comprehension reaches the binding through a cell, like a nonlocal.
            var scope: Scope? = current
            while let inner = scope, inner !== target {
                inner.nonlocals.insert(inner.mangle(name))
                scope = inner.parent
            }
        }
    }

    mutating func visitComprehension(_ id: ExprID, kind: ComprehensionKind, element: ExprID, value: ExprID?,
                                      clauses: [ComprehensionClause]) throws(SyntaxError) {
        // The first iterable is evaluated in the enclosing scope and passed in as `.0`.
        try visit(clauses[0].iterable)
        let names: [ComprehensionKind: String] = [.list: "<listcomp>", .set: "<setcomp>", .dict: "<dictcomp>",
                                                  .generator: "<genexpr>"]
        let scope = Scope(kind: .comprehension, name: names[kind] ?? "<listcomp>", parent: current)
        scope.isGenerator = kind == .generator
        expressionScopes[id.index] = scope
        try enter(scope) { (analyzer: inout ScopeAnalyzer) throws(SyntaxError) in
            analyzer.current.parameters.append(".0")
            analyzer.current.bind(".0")
            for (index, clause) in clauses.enumerated() {
                if index > 0 { try analyzer.visit(clause.iterable) }
                try analyzer.visitTarget(clause.target)
                for condition in clause.conditions { try analyzer.visit(condition) }
            }
            try analyzer.visit(element)
            try analyzer.visit(value)
        }
    }

    // MARK: - Resolving free variables and cells

    /// Resolves `scope` and its children: free variables become cells in the scope that binds them.
    func resolve(_ scope: Scope) throws(SyntaxError) {
        for name in scope.nonlocals.sorted() {
            guard let owner = findBinding(of: name, above: scope) else {
                let declaration = scope.declarationLocations[name]
                throw SyntaxError("no binding for nonlocal '\(name)' found", at: declaration?.start ?? .unknown, end: declaration?.end)
            }
            capture(name, from: owner, into: scope)
        }
        if scope.isFunctionLike || scope.kind == .classBody {
            for name in scope.uses.sorted() where !scope.bound.contains(name) && !scope.globals.contains(name)
                && !scope.nonlocals.contains(name) {
                if let owner = findBinding(of: name, above: scope) { capture(name, from: owner, into: scope) }
            }
        }
        if scope.isFunctionLike && scope.usesClassCell, let classScope = enclosingClass(of: scope) {
            classScope.needsClassCell = true
            capture("__class__", from: classScope, into: scope)
        }
        for child in scope.children { try resolve(child) }
    }

    /// The nearest enclosing function scope that binds `name` as a local (class scopes are skipped).
    func findBinding(of name: String, above scope: Scope) -> Scope? {
        var candidate = scope.parent
        while let outer = candidate {
            if outer.isFunctionLike {
                if outer.globals.contains(name) { return nil }
                if outer.bound.contains(name) && !outer.nonlocals.contains(name) { return outer }
                if outer.nonlocals.contains(name) || outer.frees.contains(name) {
                    return findBinding(of: name, above: outer)
                }
            }
            if outer.kind == .module { return nil }
            candidate = outer.parent
        }
        return nil
    }

    func enclosingClass(of scope: Scope) -> Scope? {
        var candidate = scope.parent
        while let outer = candidate {
            if outer.kind == .classBody { return outer }
            candidate = outer.parent
        }
        return nil
    }

    /// Makes `name` a cell of `owner` and a free variable of every scope from `user` up to it.
    func capture(_ name: String, from owner: Scope, into user: Scope) {
        if owner.kind != .classBody { owner.cells.insert(name) }
        var scope: Scope? = user
        while let inner = scope, inner !== owner {
            inner.addFree(name)
            scope = inner.parent
        }
    }
}
