/// A lazy dataframe: a logical plan and its session. Every transformation resolves its
/// expressions at once (so an unknown column fails where it is written) and returns a new frame;
/// actions optimize the plan and run it.
public struct DataFrame: Sendable {
    /// The plan.
    public let plan: LogicalPlan
    /// The session.
    public let session: SQLSession

    /// A frame of `plan`.
    public init(_ plan: LogicalPlan, _ session: SQLSession) {
        self.plan = plan
        self.session = session
    }

    /// The columns.
    public var output: [Attribute] { plan.output }
    /// The schema.
    public var schema: Schema { plan.schema }
    /// The column names.
    public var columns: [String] { output.map(\.name) }

    func with(_ plan: LogicalPlan) -> DataFrame { DataFrame(plan, session) }

    /// Resolves `expr` against this frame's columns.
    public func resolve(_ expr: Expr) throws -> Expr { try Resolver(output).resolve(expr) }

    /// The column `name` of this frame, as a resolved reference (`df["a"]`, `df.a`).
    public func column(_ name: String) throws -> Expr { .ref(try Resolver(output).attribute(name)) }

    // MARK: Projection

    /// `select(*exprs)`: `*` expands to every column; aggregates make a global aggregation; window
    /// functions add a window step.
    public func select(_ exprs: [Expr]) throws -> DataFrame {
        var named: [NamedExpr] = []
        for expr in exprs {
            if case .star = expr.unaliased { named += output.map { NamedExpr(.ref($0)) }; continue }
            if case .column(let name) = expr, name.hasSuffix(".*") { named += output.map { NamedExpr(.ref($0)) }; continue }
            named.append(NamedExpr(try resolve(expr), name: outputName(expr)))
        }
        if named.contains(where: { $0.expr.containsAggregate }) {
            for n in named where !n.expr.containsAggregate && !n.expr.references.isEmpty {
                throw ColumnarError(.analysis, "[MISSING_GROUP_BY] The query does not include a GROUP BY clause. Add GROUP BY or turn it into the window functions using OVER clauses. (column \(n.attribute.name))")
            }
            return with(.aggregate(groups: [], aggregates: named, plan))
        }
        return try project(named)
    }

    /// A projection, with a window step first when some expressions hold window functions.
    func project(_ named: [NamedExpr]) throws -> DataFrame {
        guard named.contains(where: { $0.expr.containsWindow }) else { return with(.project(named, plan)) }
        let windowed = named.filter { $0.expr.containsWindow }
        let windowPlan = LogicalPlan.window(windowed, plan)
        let final = named.map { n -> NamedExpr in
            n.expr.containsWindow ? NamedExpr(expr: .ref(n.attribute), attribute: n.attribute) : n
        }
        return with(.project(final, windowPlan))
    }

    func aliasName(_ expr: Expr) -> String? { if case .alias(_, let name) = expr { name } else { nil } }

    /// The output name of a select item: its alias, or Spark's name of the expression as written
    /// (before implicit casts are added: `fare > 0`, not `fare > 0.0`). A bare column keeps the
    /// column's own spelling.
    func outputName(_ expr: Expr) -> String? {
        if let alias = aliasName(expr) { return alias }
        switch expr {
        case .column, .ref: return nil
        default: return expr.containsUnresolved ? expr.autoName : nil
        }
    }

    /// `withColumn(name, expr)`: replaces a column of that name in place, or appends one.
    public func withColumns(_ columns: [(String, Expr)]) throws -> DataFrame {
        var named = output.map { NamedExpr(.ref($0)) }
        for (name, expr) in columns {
            let resolved = try resolve(expr)
            if resolved.containsAggregate {
                throw ColumnarError(.analysis, "[MISSING_GROUP_BY] aggregate function \(resolved.autoName) in withColumn needs a groupBy or a window (over).")
            }
            let new = NamedExpr(resolved, name: name)
            let fresh = NamedExpr(expr: new.expr, attribute: Attribute(name: name, type: new.expr.type, nullable: new.expr.nullable))
            if let i = named.firstIndex(where: { $0.attribute.name.lowercased() == name.lowercased() }) { named[i] = fresh } else { named.append(fresh) }
        }
        return try project(named)
    }

    /// `withColumnRenamed(existing, new)` (a missing column is ignored, as in Spark).
    public func withColumnRenamed(_ existing: String, _ new: String) -> DataFrame {
        guard output.contains(where: { $0.name.lowercased() == existing.lowercased() }) else { return self }
        let named = output.map { a in
            a.name.lowercased() == existing.lowercased() ? NamedExpr(.ref(a), name: new) : NamedExpr(.ref(a))
        }
        return with(.project(named, plan))
    }

    /// `drop(*names)` (missing names are ignored, as in Spark).
    public func drop(_ names: [String]) -> DataFrame {
        let lower = Set(names.map { $0.lowercased() })
        return with(.project(output.filter { !lower.contains($0.name.lowercased()) }.map { NamedExpr(.ref($0)) }, plan))
    }

    /// `drop(column)` by reference.
    public func drop(references: [Expr]) throws -> DataFrame {
        let ids = Set(try references.map { try resolve($0) }.flatMap(\.references))
        return with(.project(output.filter { !ids.contains($0.id) }.map { NamedExpr(.ref($0)) }, plan))
    }

    // MARK: Rows

    /// `filter(condition)` / `where`.
    public func filter(_ condition: Expr) throws -> DataFrame {
        let resolved = try resolve(condition)
        guard resolved.type == .bool || resolved.isNullLiteral else {
            throw ColumnarError(.type, "[DATATYPE_MISMATCH.FILTER_NOT_BOOLEAN] Cannot resolve \"\(resolved.autoName)\" due to data type mismatch: Filter expression \"\(resolved.autoName)\" of type \"\(resolved.type.simpleString.uppercased())\" is not a boolean.")
        }
        if resolved.containsAggregate {
            throw ColumnarError(.analysis, "[INVALID_WHERE_CONDITION] The WHERE condition \(resolved.autoName) contains invalid expressions: aggregate functions are not allowed here.")
        }
        if resolved.containsWindow {
            let named = NamedExpr(resolved, name: "__window_condition")
            let windowed = LogicalPlan.window([named], plan)
            let filtered = LogicalPlan.filter(.ref(named.attribute), windowed)
            return with(.project(output.map { NamedExpr(.ref($0)) }, filtered))
        }
        return with(.filter(resolved, plan))
    }

    /// `limit(n)`.
    public func limit(_ n: Int) throws -> DataFrame {
        guard n >= 0 else { throw ColumnarError(.argument, "[INVALID_LIMIT_LIKE_EXPRESSION.IS_NEGATIVE] The limit expression must be equal to or greater than 0, but got \(n).") }
        return with(.limit(n, plan))
    }

    /// `orderBy(*keys)` / `sort`.
    public func orderBy(_ keys: [Expr]) throws -> DataFrame {
        let sortKeys = try keys.map { key -> SortKey in
            if case .sortOrder(let e, let ascending, let nullsFirst) = key {
                return SortKey(try resolve(e), ascending: ascending, nullsFirst: nullsFirst)
            }
            return SortKey(try resolve(key))
        }
        return with(.sort(sortKeys, plan))
    }

    /// `distinct()`.
    public func distinct() -> DataFrame { with(.distinct(plan)) }

    /// `dropDuplicates(subset)`: the first row of each distinct subset.
    public func dropDuplicates(_ subset: [String]) throws -> DataFrame {
        guard !subset.isEmpty else { return distinct() }
        let keys = try subset.map { try Resolver(output).attribute($0) }
        let keyIDs = Set(keys.map(\.id))
        let groups = keys.map { NamedExpr(expr: .ref($0), attribute: $0) }
        let rest = output.filter { !keyIDs.contains($0.id) }.map { NamedExpr(expr: .aggregate(.first, .ref($0)), attribute: Attribute(name: $0.name, type: $0.type, nullable: true)) }
        let aggregated = LogicalPlan.aggregate(groups: groups, aggregates: rest, plan)
        let byName = Dictionary((groups + rest).map { ($0.attribute.name, $0.attribute) }, uniquingKeysWith: { a, _ in a })
        return with(.project(output.compactMap { byName[$0.name].map { NamedExpr(.ref($0)) } }, aggregated))
    }

    /// `union` / `unionAll`: by position.
    public func union(_ other: DataFrame) throws -> DataFrame {
        guard other.output.count == output.count else {
            throw ColumnarError(.analysis, "[NUM_COLUMNS_MISMATCH] UNION can only be performed on inputs with the same number of columns, but the first input has \(output.count) columns and the second input has \(other.output.count) columns.")
        }
        var right = other.plan
        var casts: [NamedExpr] = []
        var needsCast = false
        for (a, b) in zip(output, other.output) {
            if a.type == b.type { casts.append(NamedExpr(expr: .ref(b), attribute: b)); continue }
            guard let common = DataType.widened(a.type, b.type), common == a.type else {
                throw ColumnarError(.analysis, "[INCOMPATIBLE_COLUMN_TYPE] UNION can only be performed on inputs with compatible column types. The column \(b.name) of the second input is \(b.type.simpleString.uppercased()), not compatible with \(a.type.simpleString.uppercased()).")
            }
            casts.append(NamedExpr(.cast(.ref(b), a.type), name: b.name))
            needsCast = true
        }
        if needsCast { right = .project(casts, right) }
        let result = output.map { Attribute(name: $0.name, type: $0.type, nullable: true) }
        return with(.union([plan, right], output: result))
    }

    /// `unionByName(other, allowMissingColumns)`.
    public func unionByName(_ other: DataFrame, allowMissingColumns: Bool) throws -> DataFrame {
        var named: [NamedExpr] = []
        for a in output {
            if let b = other.output.first(where: { $0.name.lowercased() == a.name.lowercased() }) {
                named.append(NamedExpr(expr: .ref(b), attribute: b))
            } else if allowMissingColumns {
                named.append(NamedExpr(.literal(.null, a.type), name: a.name))
            } else {
                throw ColumnarError(.analysis, "[NUM_COLUMNS_MISMATCH] Cannot resolve column name \"\(a.name)\" among (\(other.columns.joined(separator: ", "))).")
            }
        }
        var left = self
        if allowMissingColumns {
            let extra = other.output.filter { b in !output.contains { $0.name.lowercased() == b.name.lowercased() } }
            if !extra.isEmpty {
                left = with(.project(output.map { NamedExpr(.ref($0)) } + extra.map { NamedExpr(.literal(.null, $0.type), name: $0.name) }, plan))
                named += extra.map { NamedExpr(expr: .ref($0), attribute: $0) }
            }
        }
        return try left.union(DataFrame(.project(named, other.plan), session))
    }

    /// `sample(fraction, seed)` (without replacement).
    public func sample(fraction: Double, seed: Int64) throws -> DataFrame {
        guard fraction >= 0, fraction <= 1 else { throw ColumnarError(.argument, "requirement failed: Sampling fraction (\(fraction)) must be on interval [0, 1] without replacement") }
        return with(.sample(lower: 0, upper: fraction, seed: seed, plan))
    }

    /// `randomSplit(weights, seed)`: disjoint frames covering every row, sized by the weights.
    public func randomSplit(_ weights: [Double], seed: Int64) throws -> [DataFrame] {
        guard !weights.isEmpty, weights.allSatisfy({ $0 >= 0 }), weights.reduce(0, +) > 0 else {
            throw ColumnarError(.argument, "requirement failed: Weights must be nonnegative with a positive sum, but got \(weights)")
        }
        let total = weights.reduce(0, +)
        var bounds = [0.0]
        for w in weights { bounds.append(bounds.last! + w / total) }
        bounds[bounds.count - 1] = 1.0
        return (0 ..< weights.count).map { with(.sample(lower: bounds[$0], upper: bounds[$0 + 1], seed: seed, plan)) }
    }

    /// `dropna(how, thresh, subset)`.
    public func dropna(how: String, thresh: Int?, subset: [String]?) throws -> DataFrame {
        let columns = try (subset ?? columns).map { try Resolver(output).attribute($0) }
        guard !columns.isEmpty else { return self }
        let notNull = columns.map { Expr.cast(.unary(.isNotNull, .ref($0)), .int32) }
        var sum = notNull[0]
        for e in notNull.dropFirst() { sum = .binary(.add, sum, e) }
        let required: Int
        if let thresh { required = thresh } else if how.lowercased() == "all" { required = 1 } else if how.lowercased() == "any" { required = columns.count }
        else { throw ColumnarError(.argument, "how ('\(how)') should be 'any' or 'all'") }
        return with(.filter(.binary(.greaterEqual, sum, .literal(.int(Int64(required)), .int32)), plan))
    }

    /// `fillna(value, subset)`: nulls of columns whose type accepts `value` replaced by it.
    public func fillna(_ values: [String: Scalar], default fallback: Scalar?, subset: [String]?) throws -> DataFrame {
        let targets = Set((subset ?? columns).map { $0.lowercased() })
        let named = output.map { a -> NamedExpr in
            let value = values.first { $0.key.lowercased() == a.name.lowercased() }?.value ?? (targets.contains(a.name.lowercased()) ? fallback : nil)
            guard let value, let literal = DataFrame.fillLiteral(value, for: a.type) else { return NamedExpr(.ref(a)) }
            return NamedExpr(expr: .caseWhen([WhenBranch(.unary(.isNull, .ref(a)), literal)], .ref(a)),
                             attribute: Attribute(name: a.name, type: a.type, nullable: a.nullable))
        }
        return with(.project(named, plan))
    }

    static func fillLiteral(_ value: Scalar, for type: DataType) -> Expr? {
        switch (value, type.physical) {
        case (.int(let v), .int) where type.isIntegral: return .literal(.int(v), type)
        case (.int(let v), .double): return .literal(.double(Double(v)), type)
        case (.double(let v), .double): return .literal(.double(v), type)
        case (.double(let v), .int) where type.isIntegral: return .literal(.int(Int64(v)), type)
        case (.string, .string): return .literal(value, type)
        case (.bool, .bool): return .literal(value, type)
        default: return nil
        }
    }

    // MARK: Grouping and joins

    /// `groupBy(*keys).agg(*exprs)`.
    public func aggregate(groupBy keys: [Expr], _ aggregates: [Expr]) throws -> DataFrame {
        let groups = try keys.map { NamedExpr(try resolve($0), name: outputName($0)) }
        var named: [NamedExpr] = []
        for expr in aggregates {
            let resolved = try resolve(expr)
            guard resolved.containsAggregate || resolved.references.isSubset(of: Set(groups.flatMap { $0.expr.references })) else {
                throw ColumnarError(.analysis, "[MISSING_AGGREGATION] The non-aggregating expression \"\(resolved.autoName)\" is based on columns which are not participating in the GROUP BY clause. Add the columns or the expression to the GROUP BY, aggregate the expression, or use \"any_value(\(resolved.autoName))\".")
            }
            named.append(NamedExpr(resolved, name: outputName(expr)))
        }
        return with(.aggregate(groups: groups, aggregates: named, plan))
    }

    /// `join(other, on=[names], how)`: equal values of the named columns, which appear once.
    public func join(_ other: DataFrame, using names: [String], how: JoinType) throws -> DataFrame {
        let leftKeys = try names.map { try Resolver(output).attribute($0) }
        let rightKeys = try names.map { name -> Attribute in
            do { return try Resolver(other.output).attribute(name) } catch {
                throw ColumnarError(.analysis, "[UNRESOLVED_USING_COLUMN_FOR_JOIN] USING column `\(name)` cannot be resolved on the right side of the join. The right-side columns: [\(other.columns.map { "`\($0)`" }.joined(separator: ", "))].")
            }
        }
        let condition = Expr.and(zip(leftKeys, rightKeys).map { l, r in
            try? Resolver(output + other.output).resolveBinary(.equal, .ref(l), .ref(r), original: .binary(.equal, .ref(l), .ref(r)))
        }.compactMap { $0 })
        let joined = LogicalPlan.join(plan, other.plan, how, condition)
        if how == .leftSemi || how == .leftAnti { return with(joined) }
        let leftIDs = Set(leftKeys.map(\.id)), rightIDs = Set(rightKeys.map(\.id))
        var named: [NamedExpr] = []
        for (l, r) in zip(leftKeys, rightKeys) {
            switch how {
            case .right: named.append(NamedExpr(.ref(r)))
            case .full:
                let merged = Expr.caseWhen([WhenBranch(.unary(.isNotNull, .ref(l)), .ref(l))], .cast(.ref(r), l.type))
                named.append(NamedExpr(expr: merged, attribute: Attribute(name: l.name, type: l.type)))
            default: named.append(NamedExpr(.ref(l)))
            }
        }
        named += output.filter { !leftIDs.contains($0.id) }.map { NamedExpr(.ref($0)) }
        named += other.output.filter { !rightIDs.contains($0.id) }.map { NamedExpr(.ref($0)) }
        return with(.project(named, joined))
    }

    /// `join(other, condition, how)` (nil condition: a cross join).
    public func join(_ other: DataFrame, on condition: Expr?, how: JoinType) throws -> DataFrame {
        guard let condition else { return with(.join(plan, other.plan, how == .inner ? .cross : how, nil)) }
        let resolved = try Resolver(output + other.output).resolve(condition)
        guard resolved.type == .bool else {
            throw ColumnarError(.type, "[DATATYPE_MISMATCH] the join condition \(resolved.autoName) must be boolean, not \(resolved.type.simpleString)")
        }
        return with(.join(plan, other.plan, how, resolved))
    }

    // MARK: Actions

    /// Every row, as scalars in column order.
    public func collect() throws -> [[Scalar]] {
        let batches = try session.executor.collect(plan)
        var rows: [[Scalar]] = []
        for batch in batches { for i in 0 ..< batch.count { rows.append(batch.rowScalars(i)) } }
        return rows
    }

    /// The rows as batches (for conversion to other engines without going through scalars).
    public func collectBatches() throws -> [Batch] { try session.executor.collect(plan) }

    /// The number of rows.
    public func count() throws -> Int { try session.executor.count(plan) }

    /// `cache()`: the frame computed now and held in memory; the result keeps the columns' ids, so
    /// Columns taken from this frame still refer to it.
    public func cache() throws -> DataFrame {
        if case .scan(let scan) = plan, scan.source is MemorySource { return self }
        let partitions = try session.executor.partitions(plan)
        let source = MemorySource(schema: schema, partitions: partitions, label: "InMemoryRelation")
        return with(.scan(ScanNode(source: source, attributes: output)))
    }

    /// The optimized plan.
    public func optimizedPlan() throws -> LogicalPlan { try session.executor.optimizer.optimize(plan) }

    /// `explain()`: the logical, optimized and physical plans.
    public func explain() throws -> String {
        let optimized = try optimizedPlan()
        return "== Analyzed Logical Plan ==\n" + schema.fields.map { "\($0.name): \($0.type.simpleString)" }.joined(separator: ", ") + "\n"
            + plan.treeString + "\n\n== Optimized Logical Plan ==\n" + optimized.treeString
            + "\n\n== Physical Plan ==\n" + PhysicalPlanPrinter.treeString(optimized) + "\n"
    }
}
