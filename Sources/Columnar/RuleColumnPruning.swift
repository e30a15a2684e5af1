/// ColumnPruning: drops columns nobody reads: unused projections, aggregates and window columns,
/// and the columns a scan reads (readers then parse only the columns needed).
public struct ColumnPruning: OptimizerRule {
    public let name = "ColumnPruning"

    /// The rule.
    public init() {}

    public func apply(_ plan: LogicalPlan) throws -> LogicalPlan {
        prune(plan, required: Set(plan.output.map(\.id)))
    }

    func prune(_ plan: LogicalPlan, required: Set<Int>) -> LogicalPlan {
        switch plan {
        case .scan(var scan):
            let needed = required.union(scan.filters.flatMap(\.references))
            var columns = scan.columns.filter { needed.contains(scan.attributes[$0].id) }
            if columns.isEmpty, let first = scan.columns.first { columns = [first] }
            scan.columns = columns
            return .scan(scan)
        case .project(let named, let child):
            var kept = named.filter { required.contains($0.attribute.id) }
            if kept.isEmpty, let first = named.first { kept = [first] }
            let childRequired = Set(kept.flatMap { $0.expr.references })
            return .project(kept, prune(child, required: childRequired))
        case .filter(let condition, let child):
            return .filter(condition, prune(child, required: required.union(condition.references)))
        case .aggregate(let groups, let aggregates, let child):
            var kept = aggregates.filter { required.contains($0.attribute.id) }
            if kept.isEmpty && groups.isEmpty, let first = aggregates.first { kept = [first] }
            let childRequired = Set((groups + kept).flatMap { $0.expr.references })
            return .aggregate(groups: groups, aggregates: kept, prune(child, required: childRequired))
        case .join(let left, let right, let type, let condition):
            let needed = required.union(condition?.references ?? [])
            return .join(prune(left, required: needed.intersection(left.output.map(\.id))),
                         prune(right, required: needed.intersection(right.output.map(\.id))), type, condition)
        case .sort(let keys, let child):
            return .sort(keys, prune(child, required: required.union(keys.flatMap { $0.expr.references })))
        case .limit(let n, let child):
            return .limit(n, prune(child, required: required))
        case .window(let named, let child):
            var kept = named.filter { required.contains($0.attribute.id) }
            if kept.isEmpty { return prune(child, required: required) }
            kept = kept.isEmpty ? named : kept
            let childRequired = required.union(kept.flatMap { $0.expr.references }).intersection(child.output.map(\.id))
            return .window(kept, prune(child, required: childRequired))
        case .distinct, .sample, .union:
            // Their results depend on every input column.
            return plan.withChildren(plan.children.map { prune($0, required: Set($0.output.map(\.id))) })
        }
    }
}
