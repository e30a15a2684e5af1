/// CombineFilters: two adjacent filters become one, their conditions joined by AND (the lower first).
public struct CombineFilters: OptimizerRule {
    public let name = "CombineFilters"

    /// The rule.
    public init() {}

    public func apply(_ plan: LogicalPlan) throws -> LogicalPlan {
        plan.transformUp { node in
            guard case .filter(let upper, let child) = node, case .filter(let lower, let grandchild) = child,
                  upper.isDeterministic, lower.isDeterministic else { return node }
            return .filter(.binary(.and, lower, upper), grandchild)
        }
    }
}
