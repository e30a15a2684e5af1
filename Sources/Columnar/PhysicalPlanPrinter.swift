/// Prints the physical operators an optimized plan runs as, in Spark's vocabulary: pipelines of
/// FileScan/Filter/Project fused per batch, HashAggregate in two phases (partial per partition,
/// final after the merge), BroadcastHashJoin with the build side held in memory, Sort,
/// TakeOrderedAndProject for ORDER BY + LIMIT, Window, Union, Sample.
public enum PhysicalPlanPrinter {
    /// The physical tree of `plan`.
    public static func treeString(_ plan: LogicalPlan) -> String {
        var lines: [String] = []
        walk(plan, "", "", &lines)
        return lines.joined(separator: "\n")
    }

    static func list(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }

    static func walk(_ plan: LogicalPlan, _ prefix: String, _ childPrefix: String, _ lines: inout [String]) {
        func child(_ node: LogicalPlan, last: Bool = true) {
            walk(node, childPrefix + (last ? "+- " : ":- "), childPrefix + (last ? "   " : ":  "), &lines)
        }
        switch plan {
        case .scan(let scan):
            var text = "FileScan \(scan.source.label)[\(scan.output.map(\.display).joined(separator: ","))]"
            text += " PushedFilters: " + list(scan.filters.map(\.planString))
            text += ", ReadSchema: struct<" + scan.output.map { "\($0.name):\($0.type.simpleString)" }.joined(separator: ",") + ">"
            lines.append(prefix + text)
        case .filter(let condition, let c):
            lines.append(prefix + "Filter " + condition.planString); child(c)
        case .project(let named, let c):
            lines.append(prefix + "Project " + list(named.map(\.planString))); child(c)
        case .aggregate(let groups, let aggregates, let c):
            let keys = list(groups.map { $0.expr.planString })
            var calls: [String] = []
            for a in aggregates {
                _ = a.expr.transformUp { node in
                    if case .aggregate = node, !calls.contains(node.planString) { calls.append(node.planString) }
                    return node
                }
            }
            lines.append(prefix + "HashAggregate(keys=\(keys), functions=\(list(calls)), output=\(list((groups + aggregates).map { $0.attribute.display })))")
            lines.append(childPrefix + "+- HashAggregate(keys=\(keys), functions=\(list(calls.map { "partial_" + $0 })))")
            walk(c, childPrefix + "   +- ", childPrefix + "      ", &lines)
        case .join(let l, let r, let type, let condition):
            let (lk, rk, residual) = QueryExecutor.equiKeys(condition, left: Set(l.output.map(\.id)), right: Set(r.output.map(\.id)))
            if lk.isEmpty {
                lines.append(prefix + "BroadcastNestedLoopJoin BuildRight, \(type.rawValue)" + (residual.map { ", " + $0.planString } ?? ""))
            } else {
                let build = type == .right ? "BuildLeft" : "BuildRight"
                lines.append(prefix + "BroadcastHashJoin \(list(lk.map(\.planString))), \(list(rk.map(\.planString))), \(type.rawValue), \(build)" + (residual.map { ", " + $0.planString } ?? ""))
            }
            child(l, last: false); child(r)
        case .sort(let keys, let c):
            lines.append(prefix + "Sort " + list(keys.map { Expr.sortOrder($0.expr, ascending: $0.ascending, nullsFirst: $0.nullsFirst).planString }) + ", true"); child(c)
        case .limit(let n, .sort(let keys, let c)):
            lines.append(prefix + "TakeOrderedAndProject(limit=\(n), orderBy=" + list(keys.map { Expr.sortOrder($0.expr, ascending: $0.ascending, nullsFirst: $0.nullsFirst).planString }) + ")"); child(c)
        case .limit(let n, let c):
            lines.append(prefix + "CollectLimit \(n)"); child(c)
        case .union(let children, _):
            lines.append(prefix + "Union")
            for (i, c) in children.enumerated() { child(c, last: i == children.count - 1) }
        case .distinct(let c):
            let keys = list(c.output.map(\.display))
            lines.append(prefix + "HashAggregate(keys=\(keys), functions=[])")
            lines.append(childPrefix + "+- HashAggregate(keys=\(keys), functions=[])")
            walk(c, childPrefix + "   +- ", childPrefix + "      ", &lines)
        case .sample(let lower, let upper, let seed, let c):
            lines.append(prefix + "Sample \(ValueFormatting.javaDouble(lower)), \(ValueFormatting.javaDouble(upper)), false, \(seed)"); child(c)
        case .window(let named, let c):
            lines.append(prefix + "Window " + list(named.map(\.planString))); child(c)
        }
    }
}
