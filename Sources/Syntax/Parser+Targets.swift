import Support

extension Parser {
    // MARK: - Assignment, augmented assignment and del targets

    /// Whether an expression can be assigned to directly (a name, attribute, subscript, or a
    /// tuple/list/starred wrapper whose parts are checked separately).
    func isAssignable(_ kind: ExprKind) -> Bool {
        switch kind {
        case .name, .attribute, .subscript, .tuple, .list, .starred: return true
        default: return false
        }
    }

    /// CPython's description of an expression in target errors ("literal", "function call", ...).
    func describe(_ expression: ExprID) -> String {
        switch ast[expression].kind {
        case .constant(.none): return "None"
        case .constant(.bool(let value)): return value ? "True" : "False"
        case .constant(.ellipsis): return "ellipsis"
        case .constant: return "literal"
        case .joinedString: return "f-string expression"
        case .call: return "function call"
        case .binary, .unary, .boolean: return "expression"
        case .compare: return "comparison"
        case .conditional: return "conditional expression"
        case .lambda: return "lambda"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .comprehension(.list, _, _, _): return "list comprehension"
        case .comprehension(.set, _, _, _): return "set comprehension"
        case .comprehension(.dict, _, _, _): return "dict comprehension"
        case .comprehension(.generator, _, _, _): return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .await: return "await expression"
        case .namedExpr: return "named expression"
        case .starred: return "starred"
        case .tuple: return "tuple"
        case .list: return "list"
        case .name: return "name"
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .slice: return "slice"
        }
    }

    /// Checks an assignment target. At statement level (`x = ...`) a bad top-level target gets the
    /// "Maybe you meant '=='" hint, as in CPython.
    func validateAssignmentTarget(_ target: ExprID, statementTarget: Bool) throws(SyntaxError) {
        let node = ast[target]
        switch node.kind {
        case .name, .attribute, .subscript:
            return
        case .tuple(let items), .list(let items):
            var starred = 0
            for item in items {
                if case .starred = ast[item].kind { starred += 1 }
                try validateAssignmentTarget(item, statementTarget: false)
            }
            if starred > 1 {
                throw SyntaxError("multiple starred expressions in assignment", at: node.span.start)
            }
        case .starred(let inner):
            try validateAssignmentTarget(inner, statementTarget: false)
        case .yield, .yieldFrom:
            throw SyntaxError("assignment to yield expression not possible", at: node.span.start, end: node.span.end)
        default:
            let isNamedConstant: Bool
            switch node.kind {
            case .constant(.none), .constant(.bool): isNamedConstant = true
            default: isNamedConstant = false
            }
            if statementTarget && !isNamedConstant {
                throw SyntaxError("cannot assign to \(describe(target)) here. Maybe you meant '==' instead of '='?",
                                  at: node.span.start, end: node.span.end)
            }
            throw SyntaxError("cannot assign to \(describe(target))", at: node.span.start, end: node.span.end)
        }
    }

    /// Augmented assignment needs a single name, attribute or subscript.
    func validateAugmentedTarget(_ target: ExprID) throws(SyntaxError) {
        switch ast[target].kind {
        case .name, .attribute, .subscript:
            return
        default:
            throw SyntaxError("'\(describe(target))' is an illegal expression for augmented assignment",
                              at: ast[target].span.start, end: ast[target].span.end)
        }
    }

    /// `del` accepts names, attributes, subscripts and tuples/lists of them.
    func validateDeleteTarget(_ target: ExprID) throws(SyntaxError) {
        switch ast[target].kind {
        case .name, .attribute, .subscript:
            return
        case .tuple(let items), .list(let items):
            for item in items { try validateDeleteTarget(item) }
        default:
            throw SyntaxError("cannot delete \(describe(target))", at: ast[target].span.start, end: ast[target].span.end)
        }
    }
}
