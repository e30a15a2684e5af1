extension Expr {
    /// The column name Spark gives this expression in a select without alias.
    public var autoName: String { sql(qualified: false) }

    /// The expression as plans print it (`a#3 + 1`).
    public var planString: String { sql(qualified: true) }

    /// SQL-like text; attribute ids shown when `qualified`.
    func sql(qualified q: Bool) -> String {
        switch self {
        case .column(let name): return name
        case .star: return "*"
        case .ref(let a): return q ? a.display : a.name
        case .literal(let value, let type): return Expr.literalText(value, type)
        case .unary(let op, let e):
            switch op {
            case .negate: return "(- \(e.sql(qualified: q)))"
            case .not: return "(NOT \(e.sql(qualified: q)))"
            case .isNull: return "(\(e.sql(qualified: q)) IS NULL)"
            case .isNotNull: return "(\(e.sql(qualified: q)) IS NOT NULL)"
            case .isNaN: return "isnan(\(e.sql(qualified: q)))"
            }
        case .binary(let op, let a, let b):
            switch op {
            case .power: return "POWER(\(a.sql(qualified: q)), \(b.sql(qualified: q)))"
            case .notEqual: return "(NOT (\(a.sql(qualified: q)) = \(b.sql(qualified: q))))"
            default: return "(\(a.sql(qualified: q)) \(op.rawValue) \(b.sql(qualified: q)))"
            }
        case .call(let name, let args): return "\(name)(\(args.map { $0.sql(qualified: q) }.joined(separator: ", ")))"
        case .function(let f, let args): return "\(f.function.name)(\(args.map { $0.sql(qualified: q) }.joined(separator: ", ")))"
        case .udf(let f, let args): return "\(f.name)(\(args.map { $0.sql(qualified: q) }.joined(separator: ", ")))"
        case .cast(let e, let type): return "CAST(\(e.sql(qualified: q)) AS \(type.simpleString.uppercased()))"
        case .alias(let e, let name): return q ? "\(e.sql(qualified: q)) AS \(name)" : name
        case .sortOrder(let e, let ascending, let nullsFirst):
            let nulls = nullsFirst ?? ascending
            return "\(e.sql(qualified: q)) \(ascending ? "ASC" : "DESC") NULLS \(nulls ? "FIRST" : "LAST")"
        case .caseWhen(let branches, let otherwise):
            var text = "CASE"
            for branch in branches { text += " WHEN \(branch.condition.sql(qualified: q)) THEN \(branch.value.sql(qualified: q))" }
            if let otherwise { text += " ELSE \(otherwise.sql(qualified: q))" }
            return text + " END"
        case .inList(let e, let values):
            return "(\(e.sql(qualified: q)) IN (\(values.map { $0.sql(qualified: q) }.joined(separator: ", "))))"
        case .aggregate(let f, let e):
            let argument = e?.sql(qualified: q) ?? "1"
            switch f {
            case .countDistinct: return "count(DISTINCT \(argument))"
            case .sumDistinct: return "sum(DISTINCT \(argument))"
            default: return "\(f.rawValue)(\(argument))"
            }
        case .window(let f, let spec):
            let function: String
            switch f {
            case .rowNumber: function = "row_number()"
            case .rank: function = "RANK()"
            case .denseRank: function = "DENSE_RANK()"
            case .percentRank: function = "PERCENT_RANK()"
            case .ntile(let n): function = "ntile(\(n))"
            case .offset(let e, let n, let d):
                let name = n >= 0 ? "lag" : "lead"
                function = "\(name)(\(e.sql(qualified: q)), \(abs(n)), \(Expr.literalText(d, e.type)))"
            case .aggregate(let a, let e): function = Expr.aggregate(a, e).sql(qualified: q)
            }
            var parts: [String] = []
            if !spec.partitionBy.isEmpty { parts.append("PARTITION BY " + spec.partitionBy.map { $0.sql(qualified: q) }.joined(separator: ", ")) }
            if !spec.orderBy.isEmpty {
                parts.append("ORDER BY " + spec.orderBy.map { Expr.sortOrder($0.expr, ascending: $0.ascending, nullsFirst: $0.nullsFirst).sql(qualified: q) }.joined(separator: ", "))
            }
            return "\(function) OVER (\(parts.joined(separator: " ")))"
        case .random(let seed, let gaussian): return "\(gaussian ? "randn" : "rand")(\(seed))"
        case .rowID: return "monotonically_increasing_id()"
        }
    }

    /// A literal as Spark prints it in names: 1, 1.5, abc, NULL, true.
    static func literalText(_ value: Scalar, _ type: DataType) -> String {
        switch value {
        case .null: return "NULL"
        case .string(let s): return s
        case .double(let d): return type == .float32 ? ValueFormatting.javaFloat(d) : ValueFormatting.javaDouble(d)
        case .int(let i):
            switch type {
            case .date: return "DATE '\(Calendar.formatDate(i))'"
            case .timestamp: return "TIMESTAMP '\(Calendar.formatTimestamp(i))'"
            default: return String(i)
            }
        case .bool(let b): return b ? "true" : "false"
        }
    }
}
