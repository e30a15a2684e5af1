/// LimitPushDown: moves LIMIT below projections, into each side of a UNION ALL and into the
/// preserved side of an outer join, and merges adjacent limits, so scans stop early.
public struct LimitPushDown: OptimizerRule {
    public let name = "LimitPushDown"

    /// The rule.
    public init() {}

    public func apply(_ plan: LogicalPlan) throws -> LogicalPlan {
        plan.transformDown { node in
            guard case .limit(let n, let child) = node else { return node }
            switch child {
            case .limit(let m, let grandchild):
                return .limit(min(n, m), grandchild)
            case .project(let named, let grandchild) where named.allSatisfy({ $0.expr.isDeterministic && !$0.expr.containsWindow }):
                return .project(named, .limit(n, grandchild))
            case .union(let children, let output):
                return .limit(n, .union(children.map { alreadyLimited($0, n) ? $0 : .limit(n, $0) }, output: output))
            case .join(let left, let right, .left, let condition) where !alreadyLimited(left, n):
                return .limit(n, .join(.limit(n, left), right, .left, condition))
            case .join(let left, let right, .right, let condition) where !alreadyLimited(right, n):
                return .limit(n, .join(left, .limit(n, right), .right, condition))
            default:
                return node
            }
        }
    }

    func alreadyLimited(_ plan: LogicalPlan, _ n: Int) -> Bool {
        if case .limit(let m, _) = plan { return m <= n }
        return false
    }
}
