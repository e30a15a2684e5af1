/// The kinds of join, with Spark's names.
public enum JoinType: String, Sendable, Hashable {
    case inner = "Inner", left = "LeftOuter", right = "RightOuter", full = "FullOuter"
    case leftSemi = "LeftSemi", leftAnti = "LeftAnti", cross = "Cross"

    /// The join named by `how` in `df.join(other, on, how)`, or nil.
    public init?(sparkName how: String) {
        switch how.lowercased().replacingOccurrences(of: "_", with: "") {
        case "inner": self = .inner
        case "left", "leftouter": self = .left
        case "right", "rightouter": self = .right
        case "full", "outer", "fullouter": self = .full
        case "semi", "leftsemi": self = .leftSemi
        case "anti", "leftanti": self = .leftAnti
        case "cross": self = .cross
        default: return nil
        }
    }
}

/// An expression and the output column it defines.
public struct NamedExpr: Sendable, Hashable {
    /// The value.
    public var expr: Expr
    /// The column it produces (the same attribute as the input when `expr` is a bare reference).
    public var attribute: Attribute

    /// `expr` named `name`: a bare reference keeps its attribute (renamed), anything else gets a fresh one.
    public init(_ expr: Expr, name: String? = nil) {
        let inner = expr.unaliased
        let finalName: String
        if let name { finalName = name } else if case .alias(_, let alias) = expr { finalName = alias } else { finalName = inner.autoName }
        self.expr = inner
        if case .ref(var attribute) = inner {
            attribute.name = finalName
            self.attribute = attribute
        } else {
            self.attribute = Attribute(name: finalName, type: inner.type, nullable: inner.nullable)
        }
    }

    /// An expression producing a given attribute.
    public init(expr: Expr, attribute: Attribute) {
        self.expr = expr
        self.attribute = attribute
    }

    /// `expr AS name#id` (or the bare attribute).
    var planString: String {
        if case .ref(let a) = expr, a.id == attribute.id, a.name == attribute.name { return a.display }
        return "\(expr.planString) AS \(attribute.display)"
    }
}

/// A scan of a table source: its full list of attributes, the columns read and the filters pushed
/// into it (rows failing them never leave the scan).
public struct ScanNode: Sendable {
    /// The table.
    public let source: any TableSource
    /// One attribute per column of the source.
    public let attributes: [Attribute]
    /// The columns read, as indices into `attributes`.
    public var columns: [Int]
    /// Filters applied as the rows are read.
    public var filters: [Expr]

    /// A scan of every column of `source`.
    public init(source: any TableSource) {
        self.source = source
        attributes = source.schema.fields.map { Attribute(name: $0.name, type: $0.type, nullable: $0.nullable) }
        columns = Array(attributes.indices)
        filters = []
    }

    /// A scan of `source` producing the given attributes (a cached frame keeps its columns' ids).
    public init(source: any TableSource, attributes: [Attribute]) {
        self.source = source
        self.attributes = attributes
        columns = Array(attributes.indices)
        filters = []
    }

    /// The attributes read.
    public var output: [Attribute] { columns.map { attributes[$0] } }
}

/// A logical plan: what to compute, as a tree of relational operators over resolved expressions.
public indirect enum LogicalPlan: Sendable {
    case scan(ScanNode)
    case project([NamedExpr], LogicalPlan)
    case filter(Expr, LogicalPlan)
    /// GROUP BY `groups`, computing `aggregates` (expressions over aggregate functions and groups).
    case aggregate(groups: [NamedExpr], aggregates: [NamedExpr], LogicalPlan)
    /// A join on a condition over both sides' columns (nil: cross product).
    case join(LogicalPlan, LogicalPlan, JoinType, Expr?)
    case sort([SortKey], LogicalPlan)
    case limit(Int, LogicalPlan)
    /// UNION ALL by position, producing `output`.
    case union([LogicalPlan], output: [Attribute])
    case distinct(LogicalPlan)
    /// The rows whose per-row random value in [0, 1) lies in [lower, upper) (randomSplit, sample).
    case sample(lower: Double, upper: Double, seed: Int64, LogicalPlan)
    /// Appends window-function columns to the child's.
    case window([NamedExpr], LogicalPlan)

    /// The columns this node produces.
    public var output: [Attribute] {
        switch self {
        case .scan(let scan): return scan.output
        case .project(let named, _): return named.map(\.attribute)
        case .filter(_, let child), .sort(_, let child), .limit(_, let child), .distinct(let child), .sample(_, _, _, let child):
            return child.output
        case .aggregate(let groups, let aggregates, _): return groups.map(\.attribute) + aggregates.map(\.attribute)
        case .join(let left, let right, let type, _):
            switch type {
            case .leftSemi, .leftAnti: return left.output
            case .left: return left.output + right.output.map(nullable)
            case .right: return left.output.map(nullable) + right.output
            case .full: return left.output.map(nullable) + right.output.map(nullable)
            default: return left.output + right.output
            }
        case .union(_, let output): return output
        case .window(let named, let child): return child.output + named.map(\.attribute)
        }
    }

    private func nullable(_ a: Attribute) -> Attribute { var a = a; a.nullable = true; return a }

    /// The schema of `output`.
    public var schema: Schema { Schema(output.map(\.field)) }

    /// The children.
    public var children: [LogicalPlan] {
        switch self {
        case .scan: return []
        case .project(_, let c), .filter(_, let c), .aggregate(_, _, let c), .sort(_, let c), .limit(_, let c),
             .distinct(let c), .sample(_, _, _, let c), .window(_, let c): return [c]
        case .join(let l, let r, _, _): return [l, r]
        case .union(let children, _): return children
        }
    }

    /// This node with its children replaced (same count and order as `children`).
    public func withChildren(_ new: [LogicalPlan]) -> LogicalPlan {
        switch self {
        case .scan: return self
        case .project(let n, _): return .project(n, new[0])
        case .filter(let e, _): return .filter(e, new[0])
        case .aggregate(let g, let a, _): return .aggregate(groups: g, aggregates: a, new[0])
        case .sort(let k, _): return .sort(k, new[0])
        case .limit(let n, _): return .limit(n, new[0])
        case .distinct: return .distinct(new[0])
        case .sample(let l, let u, let s, _): return .sample(lower: l, upper: u, seed: s, new[0])
        case .window(let n, _): return .window(n, new[0])
        case .join(_, _, let t, let c): return .join(new[0], new[1], t, c)
        case .union(_, let o): return .union(new, output: o)
        }
    }

    /// The plan with `rule` applied to every node, children first.
    public func transformUp(_ rule: (LogicalPlan) throws -> LogicalPlan) rethrows -> LogicalPlan {
        let kids = try children.map { try $0.transformUp(rule) }
        return try rule(kids.isEmpty ? self : withChildren(kids))
    }

    /// The plan with `rule` applied to every node, parents first.
    public func transformDown(_ rule: (LogicalPlan) throws -> LogicalPlan) rethrows -> LogicalPlan {
        let top = try rule(self)
        let kids = try top.children.map { try $0.transformDown(rule) }
        return kids.isEmpty ? top : top.withChildren(kids)
    }

    /// One line describing this node (without children).
    public var nodeString: String {
        func list(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }
        switch self {
        case .scan(let scan):
            var text = "Relation \(scan.source.label)[\(scan.output.map(\.display).joined(separator: ","))]"
            if !scan.filters.isEmpty { text += ", PushedFilters: " + list(scan.filters.map(\.planString)) }
            return text
        case .project(let named, _): return "Project " + list(named.map(\.planString))
        case .filter(let condition, _): return "Filter " + condition.planString
        case .aggregate(let groups, let aggregates, _):
            return "Aggregate " + list(groups.map { $0.expr.planString }) + ", " + list((groups + aggregates).map(\.planString))
        case .join(_, _, let type, let condition):
            return "Join \(type.rawValue)" + (condition.map { ", " + $0.planString } ?? "")
        case .sort(let keys, _):
            return "Sort " + list(keys.map { Expr.sortOrder($0.expr, ascending: $0.ascending, nullsFirst: $0.nullsFirst).planString }) + ", true"
        case .limit(let n, _): return "Limit \(n)"
        case .union: return "Union"
        case .distinct: return "Distinct"
        case .sample(let lower, let upper, let seed, _): return "Sample \(ValueFormatting.javaDouble(lower)), \(ValueFormatting.javaDouble(upper)), false, \(seed)"
        case .window(let named, _): return "Window " + list(named.map(\.planString))
        }
    }

    /// The expressions of this node (not its children's).
    public var expressions: [Expr] {
        switch self {
        case .scan(let scan): return scan.filters
        case .project(let named, _), .window(let named, _): return named.map(\.expr)
        case .filter(let condition, _): return [condition]
        case .aggregate(let groups, let aggregates, _): return (groups + aggregates).map(\.expr)
        case .join(_, _, _, let condition): return condition.map { [$0] } ?? []
        case .sort(let keys, _): return keys.map(\.expr)
        case .limit, .union, .distinct, .sample: return []
        }
    }

    /// Whether some expression of the plan calls a user function (udf).
    public var containsUserFunction: Bool {
        func has(_ e: Expr) -> Bool {
            if case .udf = e { return true }
            return e.children.contains(where: has)
        }
        return expressions.contains(where: has) || children.contains { $0.containsUserFunction }
    }

    /// The tree as Spark prints plans (`+- ` before children, `:  ` continuing non-last ones).
    public var treeString: String {
        var lines: [String] = []
        func walk(_ node: LogicalPlan, _ prefix: String, _ childPrefix: String) {
            lines.append(prefix + node.nodeString)
            let kids = node.children
            for (i, kid) in kids.enumerated() {
                let last = i == kids.count - 1
                walk(kid, childPrefix + (last ? "+- " : ":- "), childPrefix + (last ? "   " : ":  "))
            }
        }
        walk(self, "", "")
        return lines.joined(separator: "\n")
    }
}
