/// ConstantFolding: evaluates sub-expressions that read no column (`lit(2) * 3`, `CAST('1' AS INT)`)
/// and simplifies boolean logic with literal operands (`x AND true` -> `x`, `false AND x` -> false);
/// a filter whose condition folds to true disappears.
public struct ConstantFolding: OptimizerRule {
    public let name = "ConstantFolding"

    /// The rule.
    public init() {}

    public func apply(_ plan: LogicalPlan) throws -> LogicalPlan {
        try plan.transformUp { node in
            switch node {
            case .filter(let condition, let child):
                let folded = try fold(condition)
                if case .literal(.bool(true), _) = folded { return child }
                return .filter(folded, child)
            case .project(let named, let child):
                return .project(try named.map { NamedExpr(expr: try fold($0.expr), attribute: $0.attribute) }, child)
            case .join(let l, let r, let t, let c):
                return .join(l, r, t, try c.map(fold))
            case .scan(var scan):
                scan.filters = try scan.filters.map(fold)
                return .scan(scan)
            default:
                return node
            }
        }
    }

    /// `expr` with constant parts evaluated.
    func fold(_ expr: Expr) throws -> Expr {
        try expr.transformUp { node in
            switch node {
            case .literal, .ref, .random, .rowID, .aggregate, .window, .column, .star, .call, .udf, .alias, .sortOrder:
                return node
            case .binary(.and, let a, let b):
                if case .literal(.bool(true), _) = a { return b }
                if case .literal(.bool(true), _) = b { return a }
                if case .literal(.bool(false), _) = a { return a }
                if case .literal(.bool(false), _) = b { return b }
            case .binary(.or, let a, let b):
                if case .literal(.bool(false), _) = a { return b }
                if case .literal(.bool(false), _) = b { return a }
                if case .literal(.bool(true), _) = a { return a }
                if case .literal(.bool(true), _) = b { return b }
            default: break
            }
            guard node.references.isEmpty, node.isDeterministic, !node.containsAggregate, !node.containsWindow,
                  node.children.allSatisfy({ if case .literal = $0 { true } else { false } }) else { return node }
            let one = Batch(schema: Schema([]), columns: [], count: 1)
            guard let value = try? Evaluator([]).evaluate(node, one) else { return node }
            return .literal(value.scalar(at: 0), node.type)
        }
    }
}
