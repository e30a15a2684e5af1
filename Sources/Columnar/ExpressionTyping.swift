extension Expr {
    /// The type of a resolved expression.
    public var type: DataType {
        switch self {
        case .column, .star, .call: return .string  // unresolved: never asked after resolution
        case .ref(let attribute): return attribute.type
        case .literal(_, let type): return type
        case .unary(let op, let e): return op == .negate ? e.type : .bool
        case .binary(let op, let a, let b):
            if op.isComparison || op == .and || op == .or { return .bool }
            if op == .divide || op == .power { return .float64 }
            return DataType.widened(a.type, b.type) ?? a.type
        case .function(let f, _): return f.function.resultType
        case .udf(let f, _): return f.resultType
        case .cast(_, let type): return type
        case .alias(let e, _), .sortOrder(let e, _, _): return e.type
        case .caseWhen(let branches, let otherwise):
            return Expr.commonType((branches.map(\.value) + (otherwise.map { [$0] } ?? []))) ?? .string
        case .inList: return .bool
        case .aggregate(let function, let e): return function.resultType(e?.type)
        case .window(let function, _):
            switch function {
            case .rowNumber, .rank, .denseRank, .ntile: return .int32
            case .percentRank: return .float64
            case .offset(let e, _, _): return e.type
            case .aggregate(let a, let e): return a.resultType(e?.type)
            }
        case .random: return .float64
        case .rowID: return .int64
        }
    }

    /// Whether the expression is a null literal (which takes the type its context needs).
    public var isNullLiteral: Bool { if case .literal(.null, _) = self { true } else { false } }

    /// The widened type of several values, ignoring null literals.
    static func commonType(_ values: [Expr]) -> DataType? {
        var result: DataType? = nil
        for value in values where !value.isNullLiteral {
            guard let current = result else { result = value.type; continue }
            result = DataType.widened(current, value.type) ?? (current == value.type ? current : .string)
        }
        return result ?? values.first?.type
    }

    /// Whether a resolved expression may be null.
    public var nullable: Bool {
        switch self {
        case .ref(let a): return a.nullable
        case .literal(let v, _): return v.isNull
        case .unary(let op, let e): return op == .negate || op == .not ? e.nullable : false
        case .aggregate(let f, _): return f != .count && f != .countDistinct
        case .window(let f, _):
            switch f {
            case .rowNumber, .rank, .denseRank, .percentRank, .ntile: return false
            default: return true
            }
        case .rowID, .random: return false
        case .binary(let op, let a, let b):
            if op == .divide || op == .modulo { return true }
            if op == .nullSafeEqual { return false }
            return a.nullable || b.nullable
        case .alias(let e, _), .cast(let e, _): return e.nullable
        default: return true
        }
    }
}

extension AggregateFunction {
    /// The result type for an argument of `argument` type (nil: count(*)).
    public func resultType(_ argument: DataType?) -> DataType {
        switch self {
        case .count, .countDistinct: return .int64
        case .sum, .sumDistinct:
            guard let argument else { return .int64 }
            return argument.isIntegral ? .int64 : .float64
        case .avg, .stddev, .stddevPop, .variance, .variancePop: return .float64
        case .min, .max, .first, .last: return argument ?? .int64
        }
    }

    /// The aggregate named `name` in Spark's function list, or nil.
    public init?(sparkName: String) {
        switch sparkName.lowercased() {
        case "count": self = .count
        case "sum": self = .sum
        case "avg", "mean": self = .avg
        case "min": self = .min
        case "max": self = .max
        case "first", "first_value": self = .first
        case "last", "last_value": self = .last
        case "stddev", "stddev_samp", "std": self = .stddev
        case "stddev_pop": self = .stddevPop
        case "variance", "var_samp": self = .variance
        case "var_pop": self = .variancePop
        case "count_distinct", "countdistinct": self = .countDistinct
        case "sum_distinct", "sumdistinct": self = .sumDistinct
        default: return nil
        }
    }
}
