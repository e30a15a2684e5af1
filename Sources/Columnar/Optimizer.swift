/// A rewrite of logical plans that keeps their results: one named rule per file.
public protocol OptimizerRule: Sendable {
    /// The rule's name, as Spark names it (used to switch it off).
    var name: String { get }
    /// The rewritten plan.
    func apply(_ plan: LogicalPlan) throws -> LogicalPlan
}

/// Runs the rules in order until the plan stops changing (at most `maxIterations` rounds). A rule
/// can be switched off by name (`spark.sql.optimizer.excludedRules`, comma-separated, with or
/// without Spark's package prefix).
public struct Optimizer: Sendable {
    /// Every rule, in the order they run.
    public static let allRules: [any OptimizerRule] = [
        ConstantFolding(), CombineFilters(), PushDownPredicates(), LimitPushDown(), ColumnPruning(),
    ]

    /// The rules that run.
    public let rules: [any OptimizerRule]
    /// The most rounds.
    public let maxIterations: Int

    /// An optimizer without the rules named in `excluded`.
    public init(excluding excluded: Set<String> = [], maxIterations: Int = 10) {
        let short = Set(excluded.map { $0.split(separator: ".").last.map(String.init)?.trimmingCharacters(in: .whitespaces) ?? $0 })
        rules = Optimizer.allRules.filter { !short.contains($0.name) }
        self.maxIterations = maxIterations
    }

    /// The names of every rule.
    public static var ruleNames: [String] { allRules.map(\.name) }

    /// The optimized plan.
    public func optimize(_ plan: LogicalPlan) throws -> LogicalPlan {
        var current = plan
        for _ in 0 ..< maxIterations {
            let before = current.treeString
            for rule in rules { current = try rule.apply(current) }
            if current.treeString == before { break }
        }
        return current
    }
}

extension Expr {
    /// The expression with attribute references replaced by `substitutes` (by attribute id).
    func substituting(_ substitutes: [Int: Expr]) -> Expr {
        transformUp { node in
            if case .ref(let a) = node, let replacement = substitutes[a.id] { return replacement }
            return node
        }
    }
}
