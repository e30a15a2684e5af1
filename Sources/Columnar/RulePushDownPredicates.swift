/// PushDownPredicates: moves filter conditions towards the data, so fewer rows flow through the
/// plan: through projections (substituting aliases), sorts, distinct and unions, into the sides of
/// joins (and into inner join conditions), below aggregates when they read only grouping columns,
/// and finally into scans, which drop failing rows as they read.
public struct PushDownPredicates: OptimizerRule {
    public let name = "PushDownPredicates"

    /// The rule.
    public init() {}

    public func apply(_ plan: LogicalPlan) throws -> LogicalPlan {
        plan.transformDown { node in
            guard case .filter(let condition, let child) = node else { return node }
            return push(condition, into: child)
        }
    }

    /// `filter(condition, child)`, with as much of the condition as possible moved below `child`.
    func push(_ condition: Expr, into child: LogicalPlan) -> LogicalPlan {
        let conjuncts = condition.conjuncts
        let movable = conjuncts.filter(\.isDeterministic)
        let fixed = conjuncts.filter { !$0.isDeterministic }
        func wrap(_ plan: LogicalPlan, _ remaining: [Expr]) -> LogicalPlan {
            guard let rest = Expr.and(remaining) else { return plan }
            return .filter(rest, plan)
        }
        guard !movable.isEmpty else { return .filter(condition, child) }
        switch child {
        case .scan(var scan):
            scan.filters += movable
            return wrap(.scan(scan), fixed)
        case .project(let named, let grandchild):
            guard named.allSatisfy({ $0.expr.isDeterministic && !$0.expr.containsWindow && !$0.expr.containsAggregate }) else {
                return .filter(condition, child)
            }
            var substitutes: [Int: Expr] = [:]
            for n in named { substitutes[n.attribute.id] = n.expr }
            let pushed = movable.map { $0.substituting(substitutes) }
            return wrap(.project(named, .filter(Expr.conjunction(pushed), grandchild)), fixed)
        case .sort(let keys, let grandchild):
            return wrap(.sort(keys, .filter(Expr.conjunction(movable), grandchild)), fixed)
        case .distinct(let grandchild):
            return wrap(.distinct(.filter(Expr.conjunction(movable), grandchild)), fixed)
        case .union(let children, let output):
            let pushedChildren = children.map { kid -> LogicalPlan in
                var substitutes: [Int: Expr] = [:]
                for (a, b) in zip(output, kid.output) { substitutes[a.id] = .ref(b) }
                return .filter(Expr.conjunction(movable.map { $0.substituting(substitutes) }), kid)
            }
            return wrap(.union(pushedChildren, output: output), fixed)
        case .aggregate(let groups, let aggregates, let grandchild):
            var substitutes: [Int: Expr] = [:]
            for g in groups { substitutes[g.attribute.id] = g.expr }
            let groupIDs = Set(groups.map(\.attribute.id))
            let below = movable.filter { !$0.references.isEmpty && $0.references.isSubset(of: groupIDs) }
            let above = movable.filter { !($0.references.isSubset(of: groupIDs) && !$0.references.isEmpty) } + fixed
            guard !below.isEmpty else { return .filter(condition, child) }
            let pushed = below.map { $0.substituting(substitutes) }
            return wrap(.aggregate(groups: groups, aggregates: aggregates, .filter(Expr.conjunction(pushed), grandchild)), above)
        case .join(let left, let right, let type, let joinCondition):
            let leftIDs = Set(left.output.map(\.id)), rightIDs = Set(right.output.map(\.id))
            var toLeft: [Expr] = [], toRight: [Expr] = [], toJoin: [Expr] = [], stay: [Expr] = fixed
            for c in movable {
                let refs = c.references
                if refs.isSubset(of: leftIDs) && (type == .inner || type == .left || type == .leftSemi || type == .leftAnti || type == .cross) {
                    toLeft.append(c)
                } else if refs.isSubset(of: rightIDs) && (type == .inner || type == .right || type == .cross) {
                    toRight.append(c)
                } else if type == .inner || type == .cross {
                    toJoin.append(c)
                } else {
                    stay.append(c)
                }
            }
            guard !(toLeft.isEmpty && toRight.isEmpty && toJoin.isEmpty) else { return .filter(condition, child) }
            let newLeft = toLeft.isEmpty ? left : .filter(Expr.conjunction(toLeft), left)
            let newRight = toRight.isEmpty ? right : .filter(Expr.conjunction(toRight), right)
            var newCondition = joinCondition
            var newType = type
            if !toJoin.isEmpty {
                newCondition = Expr.and((joinCondition.map { [$0] } ?? []) + toJoin)
                if type == .cross { newType = .inner }
            }
            return wrap(.join(newLeft, newRight, newType, newCondition), stay)
        case .filter(let lower, let grandchild):
            return .filter(.binary(.and, lower, condition), grandchild)
        default:
            return .filter(condition, child)
        }
    }
}
