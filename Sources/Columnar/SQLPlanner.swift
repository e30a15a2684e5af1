/// `spark.sql(text)`: parses one SELECT query and plans it over the session's temporary views.
public enum SQLQuery {
    /// The frame of the query `text` (views and WITH queries by name, Spark SQL syntax).
    public static func run(_ text: String, in session: SQLSession) throws -> DataFrame {
        let statement = try SQLParser.parse(text)
        let planner = SQLPlanner(session: session, source: text)
        return try planner.plan(statement, ctes: [:])
    }
}

/// A FROM item in scope: its alias (lowercased) and the columns it contributes.
struct SQLScopeItem {
    var alias: String
    var attributes: [Attribute]
}

/// What names mean while converting an expression: the frame's columns (unqualified names),
/// the FROM items (qualified `t.a`), and the select list's output names (HAVING, ORDER BY).
struct SQLScope {
    var frame: [Attribute]
    var items: [SQLScopeItem]
    /// Select output names and their expressions (resolved over `frame`).
    var aliases: [(String, Expr)] = []
    /// Whether output names win over the frame's columns (ORDER BY) or only fill in (HAVING, GROUP BY).
    var aliasesFirst = false
    /// Leave column names unresolved (`functions.expr`, resolved later against the frame it is used on).
    var deferColumns = false
}

/// Plans a parsed query as DataFrame calls: FROM items and joins, WHERE as `filter`, aggregation as
/// `aggregate(groupBy:_:)` with HAVING as a filter above it, the select list as `select`, ORDER BY
/// as `orderBy` (over hidden columns when it sorts on what is not selected), LIMIT, DISTINCT, UNION.
struct SQLPlanner {
    let session: SQLSession
    let source: String

    // MARK: Queries

    func plan(_ statement: SQLStatement, ctes inherited: [String: DataFrame]) throws -> DataFrame {
        var ctes = inherited
        for (name, query) in statement.ctes { ctes[name.lowercased()] = try plan(query, ctes: ctes) }
        if case .select(let select) = statement.body {
            return try planSelect(select, orderBy: statement.orderBy, limit: statement.limit, ctes: ctes)
        }
        var df = try planBody(statement.body, ctes: ctes)
        if !statement.orderBy.isEmpty {
            let scope = SQLScope(frame: df.output, items: [], aliases: df.output.map { ($0.name, Expr.ref($0)) }, aliasesFirst: true)
            let keys = try statement.orderBy.map { item -> Expr in
                let key: Expr
                if let position = ordinal(item.expr) {
                    guard position >= 1, position <= df.output.count else {
                        throw ColumnarError(.analysis, "[ORDER_BY_POS_OUT_OF_RANGE] ORDER BY position \(position) is not in select list (valid range is [1, \(df.output.count)]).")
                    }
                    key = .ref(df.output[position - 1])
                } else {
                    key = try convert(item.expr, scope)
                }
                return .sortOrder(key, ascending: item.ascending, nullsFirst: item.nullsFirst)
            }
            df = try df.orderBy(keys)
        }
        if let limit = statement.limit { df = try df.limit(limit) }
        return df
    }

    func planBody(_ body: SQLQueryBody, ctes: [String: DataFrame]) throws -> DataFrame {
        switch body {
        case .select(let select): return try planSelect(select, orderBy: [], limit: nil, ctes: ctes)
        case .nested(let statement): return try plan(statement, ctes: ctes)
        case .union(let l, let r, let all):
            var left = try planBody(l, ctes: ctes)
            let right = try planBody(r, ctes: ctes)
            // Spark widens both sides to the common type; DataFrame.union casts only the right side.
            if left.output.count == right.output.count {
                var casts: [Expr] = []
                var widen = false
                for (a, b) in zip(left.output, right.output) {
                    if a.type != b.type, let common = DataType.widened(a.type, b.type), common != a.type {
                        casts.append(.alias(.cast(.ref(a), common), a.name)); widen = true
                    } else {
                        casts.append(.ref(a))
                    }
                }
                if widen { left = try left.select(casts) }
            }
            let union = try left.union(right)
            return all ? union : union.distinct()
        }
    }

    /// One SELECT block with the ORDER BY and LIMIT that follow it.
    func planSelect(_ select: SQLSelect, orderBy: [SQLOrderItem], limit: Int?, ctes: [String: DataFrame]) throws -> DataFrame {
        // FROM
        var df: DataFrame
        var scope: SQLScope
        if let from = select.from {
            let (frame, items) = try planRelation(from, ctes: ctes)
            df = frame
            scope = SQLScope(frame: df.output, items: items)
        } else {
            df = try session.range(0, 1, partitions: 1)
            scope = SQLScope(frame: [], items: [])
        }
        // WHERE
        if let condition = select.whereClause {
            df = try df.filter(try convert(condition, scope))
            scope.frame = df.output
        }

        // The select list, resolved over the frame, stars expanded.
        var items: [(expr: Expr, name: String)] = []
        for item in select.items {
            switch item.expr {
            case .star(nil, let position):
                guard select.from != nil else {
                    throw ColumnarError(.analysis, "[INVALID_USAGE_OF_STAR_OR_REGEX] Invalid usage of '*' in Project" + SQLErrors.located(position))
                }
                items += scope.frame.map { (Expr.ref($0), $0.name) }
            case .star(let qualifier?, let position):
                items += try qualifiedStar(qualifier, position, scope).map { (Expr.ref($0), $0.name) }
            default:
                let resolved = try df.resolve(try convert(item.expr, scope))
                items.append((resolved, item.alias ?? resolved.autoName))
            }
        }
        var aliasScope = scope
        aliasScope.aliases = items.map { ($0.name, $0.expr) }

        // ORDER BY keys: a select output (by ordinal, name or equal expression) or an expression over the frame.
        enum OrderTarget { case output(Int), expression(Expr) }
        var orderScope = aliasScope
        orderScope.aliasesFirst = true
        let targets = try orderBy.map { item -> OrderTarget in
            if let position = ordinal(item.expr) {
                guard position >= 1, position <= items.count else {
                    throw ColumnarError(.analysis, "[ORDER_BY_POS_OUT_OF_RANGE] ORDER BY position \(position) is not in select list (valid range is [1, \(items.count)]).")
                }
                return .output(position - 1)
            }
            if case .column(let parts, _) = item.expr, parts.count == 1,
               let i = items.firstIndex(where: { $0.name.lowercased() == parts[0].lowercased() }) {
                return .output(i)
            }
            let resolved = try df.resolve(try convert(item.expr, orderScope))
            if let i = items.firstIndex(where: { $0.expr == resolved }) { return .output(i) }
            return .expression(resolved)
        }

        // Aggregation.
        let having = try select.having.map { try df.resolve(try convert($0, aliasScope)) }
        let isAggregate = !select.groupBy.isEmpty || select.having != nil || items.contains { SQLPlanner.hasAggregate($0.expr) }
        var base = df
        var finalItems = items
        var orderExprs: [Expr?] = targets.map { if case .expression(let e) = $0 { e } else { nil } }
        if isAggregate {
            var groups: [Expr] = []
            for g in select.groupBy {
                if let position = ordinal(g) {
                    guard position >= 1, position <= items.count else {
                        throw ColumnarError(.analysis, "[GROUP_BY_POS_OUT_OF_RANGE] GROUP BY position \(position) is not in select list (valid range is [1, \(items.count)]).")
                    }
                    let target = items[position - 1].expr
                    if SQLPlanner.hasAggregate(target) {
                        throw ColumnarError(.analysis, "[GROUP_BY_POS_AGGREGATE] GROUP BY \(position) refers to an expression \(target.autoName) that contains an aggregate function. Aggregate functions are not allowed in GROUP BY.")
                    }
                    groups.append(target)
                    continue
                }
                let resolved = try df.resolve(try convert(g, aliasScope))
                if SQLPlanner.hasAggregate(resolved) {
                    throw ColumnarError(.analysis, "[GROUP_BY_AGGREGATE] Aggregate functions are not allowed in GROUP BY, but found \(resolved.autoName).")
                }
                groups.append(resolved)
            }
            var aggregates: [Expr] = []
            for e in items.map(\.expr) + (having.map { [$0] } ?? []) + orderExprs.compactMap({ $0 }) {
                SQLPlanner.collectAggregates(e, into: &aggregates)
            }
            let aggregated = try df.aggregate(groupBy: groups, aggregates)
            let outputs = aggregated.output
            let groupTable = Array(zip(groups, outputs.prefix(groups.count)))
            let aggregateTable = Array(zip(aggregates, outputs.dropFirst(groups.count)))
            let available = Set(outputs.map(\.id))
            func rewrite(_ e: Expr) throws -> Expr {
                // Aggregates first (their arguments untouched), then grouping expressions.
                let withAggregates = e.transformUp { node in
                    if case .aggregate = node, let hit = aggregateTable.first(where: { $0.0 == node }) { return .ref(hit.1) }
                    return node
                }
                let rewritten = withAggregates.transformUp { node in
                    if let hit = groupTable.first(where: { $0.0 == node }) { return .ref(hit.1) }
                    return node
                }
                if let missing = SQLPlanner.firstReference(in: rewritten, notIn: available) {
                    throw ColumnarError(.analysis, "[MISSING_AGGREGATION] The non-aggregating expression \"\(missing.name)\" is based on columns which are not participating in the GROUP BY clause.\nAdd the columns or the expression to the GROUP BY, aggregate the expression, or use \"any_value(\(missing.name))\" if you do not care which of the values within a group is returned.")
                }
                return rewritten
            }
            base = aggregated
            finalItems = try items.map { (try rewrite($0.expr), $0.name) }
            orderExprs = try orderExprs.map { try $0.map(rewrite) }
            if let having {
                base = try base.filter(try rewrite(having))
            }
        }

        // The projection, with hidden sort columns after the selected ones.
        var hiddenIndex: [Int: Int] = [:]
        var projection = finalItems.map { Expr.alias($0.expr, $0.name) }
        for (k, e) in orderExprs.enumerated() {
            guard let e else { continue }
            hiddenIndex[k] = projection.count
            projection.append(.alias(e, "__sort_\(k)"))
        }
        var result = try base.select(projection)
        if select.distinct {
            guard hiddenIndex.isEmpty else {
                throw ColumnarError(.analysis, "[MISSING_ATTRIBUTES.RESOLVED_ATTRIBUTE_APPEAR_IN_OPERATION] ORDER BY expressions of a SELECT DISTINCT must appear in the select list.")
            }
            result = result.distinct()
        }
        if !orderBy.isEmpty {
            let output = result.output
            let keys = zip(orderBy, targets).enumerated().map { k, pair -> Expr in
                let index: Int
                switch pair.1 {
                case .output(let i): index = i
                case .expression: index = hiddenIndex[k] ?? 0
                }
                return .sortOrder(.ref(output[index]), ascending: pair.0.ascending, nullsFirst: pair.0.nullsFirst)
            }
            result = try result.orderBy(keys)
        }
        if let limit { result = try result.limit(limit) }
        if !hiddenIndex.isEmpty {
            result = try result.select(result.output.prefix(finalItems.count).map { .ref($0) })
        }
        return result
    }

    /// An integer literal used as a position (GROUP BY 1, ORDER BY 2).
    func ordinal(_ e: SQLExpr) -> Int? {
        if case .literal(.int(let n), let type) = e, type == .int32 || type == .int64 { return Int(n) }
        return nil
    }

    // MARK: FROM

    func planRelation(_ relation: SQLRelation, ctes: [String: DataFrame]) throws -> (DataFrame, [SQLScopeItem]) {
        switch relation {
        case .table(let name, let alias, let position):
            let base: DataFrame
            if let cte = ctes[name.lowercased()] {
                base = cte
            } else if let plan = session.view(name) {
                base = DataFrame(plan, session)
            } else {
                let quoted = name.split(separator: ".").map { "`\($0)`" }.joined(separator: ".")
                throw ColumnarError(.analysis, "[TABLE_OR_VIEW_NOT_FOUND] The table or view \(quoted) cannot be found. Verify the spelling and correctness of the schema and catalog.\nIf you did not qualify the name with a schema, verify the current_schema() output, or qualify the name with the correct schema and catalog.\nTo tolerate the error on drop use DROP VIEW IF EXISTS or DROP TABLE IF EXISTS." + SQLErrors.located(position))
            }
            // Fresh attributes per reference, so a view joined with itself has two distinct sides.
            let fresh = base.output.map { NamedExpr(expr: .ref($0), attribute: Attribute(name: $0.name, type: $0.type, nullable: $0.nullable)) }
            let df = DataFrame(.project(fresh, base.plan), session)
            let label = alias ?? String(name.split(separator: ".").last ?? Substring(name))
            return (df, [SQLScopeItem(alias: label.lowercased(), attributes: df.output)])
        case .subquery(let statement, let alias):
            let df = try plan(statement, ctes: ctes)
            return (df, alias.map { [SQLScopeItem(alias: $0.lowercased(), attributes: df.output)] } ?? [])
        case .join(let l, let r, let type, let criteria):
            let (left, leftItems) = try planRelation(l, ctes: ctes)
            let (right, rightItems) = try planRelation(r, ctes: ctes)
            let joined: DataFrame
            switch criteria {
            case nil:
                joined = try left.join(right, on: nil, how: type)
            case .on(let condition):
                let scope = SQLScope(frame: left.output + right.output, items: leftItems + rightItems)
                joined = try left.join(right, on: try convert(condition, scope), how: type)
            case .using(let names):
                joined = try left.join(right, using: names, how: type)
            }
            let items = type == .leftSemi || type == .leftAnti ? leftItems : leftItems + rightItems
            return (joined, items)
        }
    }

    /// The columns of `t.*`, as they are in the frame.
    func qualifiedStar(_ qualifier: String, _ position: SQLPosition, _ scope: SQLScope) throws -> [Attribute] {
        guard let item = try scopeItem(qualifier, position, scope) else {
            throw ColumnarError(.analysis, "[CANNOT_RESOLVE_STAR_EXPAND] Cannot resolve `\(qualifier)`.* given input columns \(scope.frame.map { "`\($0.name)`" }.joined(separator: ", "))." + SQLErrors.located(position))
        }
        return item.attributes.compactMap { a in scope.frame.first { $0.id == a.id } ?? scope.frame.first { $0.name == a.name } }
    }

    func scopeItem(_ qualifier: String, _ position: SQLPosition, _ scope: SQLScope) throws -> SQLScopeItem? {
        let matches = scope.items.filter { $0.alias == qualifier.lowercased() }
        if matches.count > 1 {
            throw ColumnarError(.analysis, "[AMBIGUOUS_REFERENCE] Reference `\(qualifier)` is ambiguous: several FROM items are named `\(qualifier)`; give them different aliases." + SQLErrors.located(position))
        }
        return matches.first
    }

    // MARK: Expressions

    /// `e` as an engine expression: columns become `.ref`s of the scope, operators and calls stay
    /// unresolved for the DataFrame's resolver.
    func convert(_ e: SQLExpr, _ scope: SQLScope) throws -> Expr {
        func c(_ e: SQLExpr) throws -> Expr { try convert(e, scope) }
        switch e {
        case .column(let parts, let position):
            return try column(parts, position, scope)
        case .star(_, let position):
            throw ColumnarError(.analysis, "[INVALID_USAGE_OF_STAR_OR_REGEX] Invalid usage of '*' in expression" + SQLErrors.located(position))
        case .literal(let value, let type): return .literal(value, type)
        case .unary(let op, let x): return .unary(op, try c(x))
        case .binary(let op, let a, let b): return .binary(op, try c(a), try c(b))
        case .between(let x, let low, let high, let negated):
            let value = try c(x)
            let test = Expr.binary(.and, .binary(.greaterEqual, value, try c(low)), .binary(.lessEqual, value, try c(high)))
            return negated ? .unary(.not, test) : test
        case .inList(let x, let values, let negated):
            let test = Expr.inList(try c(x), try values.map(c))
            return negated ? .unary(.not, test) : test
        case .like(let name, let x, let pattern, let negated):
            let test = Expr.call(name, [try c(x), try c(pattern)])
            return negated ? .unary(.not, test) : test
        case .isBoolean(let x, let value, let negated):
            let inner = try c(x)
            let test = Expr.caseWhen([WhenBranch(value ? inner : .unary(.not, inner), .literal(.bool(true), .bool))], .literal(.bool(false), .bool))
            return negated ? .unary(.not, test) : test
        case .caseWhen(let operand, let branches, let otherwise):
            let subject = try operand.map(c)
            let converted = try branches.map { condition, value -> WhenBranch in
                let test = try subject.map { Expr.binary(.equal, $0, try c(condition)) } ?? c(condition)
                return WhenBranch(test, try c(value))
            }
            return .caseWhen(converted, try otherwise.map(c))
        case .cast(let x, let type): return .cast(try c(x), type)
        case .integerDivide(let a, let b): return .cast(.binary(.divide, try c(a), try c(b)), .int64)
        case .call(let name, let args, let distinct, let over, let position):
            let lower = name.lowercased()
            if let over { return try windowCall(lower, args, distinct: distinct, over, position, scope) }
            if args.count == 1, case .star(nil, _) = args[0] {
                guard lower == "count" else {
                    throw ColumnarError(.analysis, "[INVALID_USAGE_OF_STAR_OR_REGEX] Invalid usage of '*' in \(lower)" + SQLErrors.located(position))
                }
                return .aggregate(.count, nil)
            }
            if distinct { return .aggregate(try distinctAggregate(lower, args.count, position), try c(args[0])) }
            return .call(name, try args.map(c))
        }
    }

    /// COUNT(DISTINCT x), SUM(DISTINCT x); MIN/MAX/FIRST/LAST(DISTINCT x) are the plain aggregates.
    func distinctAggregate(_ name: String, _ count: Int, _ position: SQLPosition) throws -> AggregateFunction {
        guard count == 1 else {
            throw ColumnarError(.analysis, "[UNSUPPORTED_FEATURE] \(name)(DISTINCT ...) of \(count) arguments is not supported; use one column" + SQLErrors.located(position))
        }
        switch AggregateFunction(sparkName: name) {
        case .count?, .countDistinct?: return .countDistinct
        case .sum?, .sumDistinct?: return .sumDistinct
        case let f? where f == .min || f == .max || f == .first || f == .last: return f
        default:
            throw ColumnarError(.analysis, "[UNSUPPORTED_FEATURE] DISTINCT is not supported in \(name)()" + SQLErrors.located(position))
        }
    }

    /// A column reference: select aliases (when they come first), the frame, then aliases.
    func column(_ parts: [String], _ position: SQLPosition, _ scope: SQLScope) throws -> Expr {
        if scope.deferColumns { return .column(parts.joined(separator: ".")) }
        func located(_ error: Error) -> Error {
            guard let error = error as? ColumnarError else { return error }
            return ColumnarError(error.kind, error.message + SQLErrors.located(position))
        }
        if parts.count == 1 {
            let name = parts[0]
            let alias = scope.aliases.first { $0.0 == name } ?? scope.aliases.first { $0.0.lowercased() == name.lowercased() }
            if scope.aliasesFirst, let alias { return alias.1 }
            do {
                return .ref(try Resolver(scope.frame).attribute(name))
            } catch {
                if let alias { return alias.1 }
                throw located(error)
            }
        }
        let qualifier = parts.dropLast().joined(separator: ".")
        let name = parts[parts.count - 1]
        let display = parts.map { "`\($0)`" }.joined(separator: ".")
        guard let item = try scopeItem(qualifier, position, scope) else {
            throw located(unresolved(display, scope))
        }
        let candidates = item.attributes.filter { $0.name == name }
        guard let attribute = candidates.first ?? item.attributes.first(where: { $0.name.lowercased() == name.lowercased() }) else {
            throw located(unresolved(display, scope))
        }
        if let live = scope.frame.first(where: { $0.id == attribute.id }) { return .ref(live) }
        // A USING join keeps one copy of its keys: the side's key is the merged column.
        do { return .ref(try Resolver(scope.frame).attribute(attribute.name)) } catch { throw located(error) }
    }

    func unresolved(_ display: String, _ scope: SQLScope) -> ColumnarError {
        var names: [String] = []
        for item in scope.items { names += item.attributes.map { "`\(item.alias)`.`\($0.name)`" } }
        if names.isEmpty { names = scope.frame.map { "`\($0.name)`" } }
        let target = display.replacingOccurrences(of: "`", with: "").lowercased()
        let ranked = names.sorted {
            levenshtein($0.replacingOccurrences(of: "`", with: "").lowercased(), target) < levenshtein($1.replacingOccurrences(of: "`", with: "").lowercased(), target)
        }
        return ColumnarError(.analysis, "[UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name \(display) cannot be resolved. Did you mean one of the following? [\(ranked.prefix(5).joined(separator: ", "))].")
    }

    /// `f(...) OVER (...)`.
    func windowCall(_ name: String, _ args: [SQLExpr], distinct: Bool, _ over: SQLWindow, _ position: SQLPosition, _ scope: SQLScope) throws -> Expr {
        let spec = WindowSpec(
            partitionBy: try over.partitionBy.map { try convert($0, scope) },
            orderBy: try over.orderBy.map { SortKey(try convert($0.expr, scope), ascending: $0.ascending, nullsFirst: $0.nullsFirst) },
            frame: over.frame)
        func requireOrder() throws {
            guard !spec.orderBy.isEmpty else {
                throw ColumnarError(.analysis, "[WINDOW_FUNCTION_WITHOUT_ORDER] Window function \(name)() requires window to be ordered, please add ORDER BY clause. For example SELECT \(name)() OVER (ORDER BY col) FROM table" + SQLErrors.located(position))
            }
        }
        func arity(_ allowed: ClosedRange<Int>) throws {
            guard allowed.contains(args.count) else {
                throw ColumnarError(.analysis, "[WRONG_NUM_ARGS.WITHOUT_SUGGESTION] The `\(name)` requires \(allowed.lowerBound == allowed.upperBound ? "\(allowed.lowerBound)" : "[\(allowed.lowerBound), \(allowed.upperBound)]") parameters but the actual number is \(args.count)." + SQLErrors.located(position))
            }
        }
        func integerArgument(_ i: Int) throws -> Int {
            guard i < args.count, case .literal(.int(let n), _) = args[i] else {
                throw ColumnarError(.analysis, "[DATATYPE_MISMATCH.NON_FOLDABLE_INPUT] The argument \(i + 1) of \(name) must be an integer literal" + SQLErrors.located(position))
            }
            return Int(n)
        }
        switch name {
        case "row_number", "rank", "dense_rank", "percent_rank":
            try arity(0 ... 0); try requireOrder()
            let function: WindowFunction = name == "row_number" ? .rowNumber : name == "rank" ? .rank : name == "dense_rank" ? .denseRank : .percentRank
            return .window(function, spec)
        case "ntile":
            try arity(1 ... 1); try requireOrder()
            let n = try integerArgument(0)
            guard n > 0 else {
                throw ColumnarError(.analysis, "[DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE] The buckets of ntile must be positive, but got \(n)" + SQLErrors.located(position))
            }
            return .window(.ntile(n), spec)
        case "lag", "lead":
            try arity(1 ... 3); try requireOrder()
            let value = try convert(args[0], scope)
            let offset = max(-Int(Int32.max), min(Int(Int32.max), args.count > 1 ? try integerArgument(1) : 1))
            var fallback: Scalar = .null
            if args.count > 2 {
                guard case .literal(let v, let literalType) = args[2] else {
                    throw ColumnarError(.analysis, "[DATATYPE_MISMATCH.NON_FOLDABLE_INPUT] The default of \(name) must be a literal" + SQLErrors.located(position))
                }
                let valueType = try Resolver(scope.frame).resolve(value).type
                fallback = v.isNull || literalType == valueType ? v : try Cast.scalar(v, from: literalType, to: valueType)
            }
            return .window(.offset(value, name == "lag" ? offset : -offset, fallback), spec)
        default:
            guard let aggregate = AggregateFunction(sparkName: name) else {
                throw ColumnarError(.analysis, "[UNSUPPORTED_FEATURE] \(name) cannot be used as a window function (supported: row_number, rank, dense_rank, percent_rank, ntile, lag, lead and aggregates)" + SQLErrors.located(position))
            }
            if args.count == 1, case .star(nil, _) = args[0], aggregate == .count { return .window(.aggregate(.count, nil), spec) }
            try arity(1 ... 1)
            let argument = try convert(args[0], scope)
            if distinct { return .window(.aggregate(try distinctAggregate(name, 1, position), argument), spec) }
            if aggregate == .count, case .literal(let v, _) = argument, !v.isNull { return .window(.aggregate(.count, nil), spec) }
            return .window(.aggregate(aggregate, argument), spec)
        }
    }

    // MARK: Aggregates

    /// Whether a resolved expression holds a grouping aggregate (also inside window arguments).
    static func hasAggregate(_ e: Expr) -> Bool {
        if case .aggregate = e { return true }
        return e.children.contains { hasAggregate($0) }
    }

    /// The distinct grouping aggregates of `e`, in order of appearance.
    static func collectAggregates(_ e: Expr, into result: inout [Expr]) {
        if case .aggregate = e {
            if !result.contains(e) { result.append(e) }
            return
        }
        for child in e.children { collectAggregates(child, into: &result) }
    }

    /// The first column `e` reads that is not among `available`.
    static func firstReference(in e: Expr, notIn available: Set<Int>) -> Attribute? {
        if case .ref(let a) = e { return available.contains(a.id) ? nil : a }
        for child in e.children { if let a = firstReference(in: child, notIn: available) { return a } }
        return nil
    }
}
