/// The operators of binary expressions.
public enum BinaryOperator: String, Sendable, Hashable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%", power = "POWER"
    case equal = "=", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case nullSafeEqual = "<=>", and = "AND", or = "OR"

    /// Whether the result is a boolean comparison of two values.
    public var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .nullSafeEqual: true
        default: false
        }
    }

    /// Whether the operator is arithmetic.
    public var isArithmetic: Bool {
        switch self {
        case .add, .subtract, .multiply, .divide, .modulo, .power: true
        default: false
        }
    }
}

/// The operators of unary expressions.
public enum UnaryOperator: String, Sendable, Hashable {
    case negate = "-", not = "NOT", isNull = "IS NULL", isNotNull = "IS NOT NULL", isNaN = "isnan"
}

/// The aggregate functions.
public enum AggregateFunction: String, Sendable, Hashable, CaseIterable {
    case count, sum, avg, min, max, first, last, stddev, stddevPop = "stddev_pop", variance
    case variancePop = "var_pop", countDistinct = "count_distinct", sumDistinct = "sum_distinct"
}

/// The window-only functions (aggregates can also be used over windows).
public enum WindowFunction: Sendable, Hashable {
    case rowNumber, rank, denseRank, percentRank, ntile(Int)
    /// lag/lead: the value `offset` rows before (negative: after) with a default.
    case offset(Expr, Int, Scalar)
    /// An aggregate over the window frame.
    case aggregate(AggregateFunction, Expr?)
}

/// One key of a sort: an expression, its direction and where nulls go.
public struct SortKey: Sendable, Hashable {
    /// The value sorted on.
    public var expr: Expr
    /// Ascending order?
    public var ascending: Bool
    /// Nulls before values? (Spark: first for ascending, last for descending, unless said.)
    public var nullsFirst: Bool

    /// A key; nulls placed as Spark's default for the direction unless given.
    public init(_ expr: Expr, ascending: Bool = true, nullsFirst: Bool? = nil) {
        self.expr = expr
        self.ascending = ascending
        self.nullsFirst = nullsFirst ?? ascending
    }
}

/// Frame boundaries of a window: whole partition, or rows/range from the start to the current row.
public enum WindowFrame: Sendable, Hashable {
    /// The whole partition (no ORDER BY).
    case partition
    /// From the partition's start to the current row and its peers (Spark's default with ORDER BY).
    case rangeToCurrent
    /// ROWS BETWEEN start AND end (offsets relative to the current row; nil = unbounded).
    case rows(Int?, Int?)
}

/// A window: PARTITION BY, ORDER BY and frame.
public struct WindowSpec: Sendable, Hashable {
    /// The partitioning expressions.
    public var partitionBy: [Expr]
    /// The ordering.
    public var orderBy: [SortKey]
    /// The frame; nil means Spark's default for the function.
    public var frame: WindowFrame?

    /// A window spec.
    public init(partitionBy: [Expr] = [], orderBy: [SortKey] = [], frame: WindowFrame? = nil) {
        self.partitionBy = partitionBy
        self.orderBy = orderBy
        self.frame = frame
    }
}

/// One WHEN ... THEN ... branch of a CASE.
public struct WhenBranch: Sendable, Hashable {
    /// The condition.
    public var condition: Expr
    /// The value when it holds.
    public var value: Expr

    /// A branch.
    public init(_ condition: Expr, _ value: Expr) {
        self.condition = condition
        self.value = value
    }
}

/// An expression. Built unresolved (`.column(name)`, `.call(name, ...)`) by the API, then resolved
/// against a plan's output into `.ref(attribute)` and `.function(...)` nodes.
public indirect enum Expr: Sendable, Hashable {
    /// An unresolved column name ("a", or "t.a" for a qualified reference).
    case column(String)
    /// `*`, expanded by select.
    case star
    /// A resolved column.
    case ref(Attribute)
    /// A literal of a type.
    case literal(Scalar, DataType)
    /// A unary operator.
    case unary(UnaryOperator, Expr)
    /// A binary operator.
    case binary(BinaryOperator, Expr, Expr)
    /// An unresolved function call by name.
    case call(String, [Expr])
    /// A resolved scalar function (name, result type) of arguments.
    case function(FunctionRef, [Expr])
    /// CAST(expr AS type).
    case cast(Expr, DataType)
    /// expr AS name.
    case alias(Expr, String)
    /// CASE WHEN ... ELSE ... END.
    case caseWhen([WhenBranch], Expr?)
    /// expr IN (values).
    case inList(Expr, [Expr])
    /// An aggregate function (nil argument: count(*)).
    case aggregate(AggregateFunction, Expr?)
    /// A window function over a window.
    case window(WindowFunction, WindowSpec)
    /// rand(seed) / randn(seed): per-row pseudo-random values, a function of the seed and the row.
    case random(seed: Int64, gaussian: Bool)
    /// monotonically_increasing_id().
    case rowID
    /// A user function run by the host (the language), with its result type.
    case udf(UserFunction, [Expr])
    /// A sort key wrapper used while building ORDER BY lists (`col.desc()`).
    case sortOrder(Expr, ascending: Bool, nullsFirst: Bool?)
}

/// A resolved scalar function inside an expression: compared by name and types, carrying its kernel.
public struct FunctionRef: Sendable, Hashable {
    /// The function.
    public let function: ScalarFunction
    /// The arguments' types it was resolved for.
    public let argumentTypes: [DataType]

    /// A reference to `function`.
    public init(_ function: ScalarFunction, argumentTypes: [DataType]) {
        self.function = function
        self.argumentTypes = argumentTypes
    }

    public static func == (a: FunctionRef, b: FunctionRef) -> Bool {
        a.function.name == b.function.name && a.argumentTypes == b.argumentTypes && a.function.resultType == b.function.resultType
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(function.name)
        hasher.combine(argumentTypes)
    }
}

/// A function of the host language applied row by row (`udf`). The engine calls `evaluate` with
/// the argument columns of a batch; the host runs it on its own thread.
public final class UserFunction: Sendable, Hashable {
    /// The function's name, for plans and column names.
    public let name: String
    /// The declared result type.
    public let resultType: DataType
    /// Evaluates the function over argument columns of `count` rows.
    public let evaluate: @Sendable ([Column], Int) throws -> Column

    /// A user function.
    public init(name: String, resultType: DataType, evaluate: @escaping @Sendable ([Column], Int) throws -> Column) {
        self.name = name
        self.resultType = resultType
        self.evaluate = evaluate
    }

    public static func == (a: UserFunction, b: UserFunction) -> Bool { a === b }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

extension Expr {
    /// The children of this node.
    public var children: [Expr] {
        switch self {
        case .column, .star, .ref, .literal, .random, .rowID: return []
        case .unary(_, let e), .cast(let e, _), .alias(let e, _), .sortOrder(let e, _, _): return [e]
        case .binary(_, let a, let b): return [a, b]
        case .call(_, let args), .function(_, let args), .udf(_, let args): return args
        case .caseWhen(let branches, let otherwise):
            return branches.flatMap { [$0.condition, $0.value] } + (otherwise.map { [$0] } ?? [])
        case .inList(let e, let values): return [e] + values
        case .aggregate(_, let e): return e.map { [$0] } ?? []
        case .window(let function, let spec):
            var result = spec.partitionBy + spec.orderBy.map(\.expr)
            switch function {
            case .offset(let e, _, _): result.append(e)
            case .aggregate(_, let e): if let e { result.append(e) }
            default: break
            }
            return result
        }
    }

    /// The attributes this expression reads.
    public var references: Set<Int> {
        if case .ref(let attribute) = self { return [attribute.id] }
        var result = Set<Int>()
        for child in children { result.formUnion(child.references) }
        return result
    }

    /// Whether the expression (or a part of it) is an aggregate.
    public var containsAggregate: Bool {
        if case .aggregate = self { return true }
        if case .window = self { return false }
        return children.contains { $0.containsAggregate }
    }

    /// Whether the expression contains a window function.
    public var containsWindow: Bool {
        if case .window = self { return true }
        return children.contains { $0.containsWindow }
    }

    /// Whether evaluating twice gives the same result (no rand, no row ids, no user functions).
    public var isDeterministic: Bool {
        switch self {
        case .random, .rowID, .udf: return false
        default: return children.allSatisfy(\.isDeterministic)
        }
    }

    /// The expression with `transform` applied bottom-up to every node.
    public func transformUp(_ transform: (Expr) throws -> Expr) rethrows -> Expr {
        let rebuilt: Expr
        switch self {
        case .column, .star, .ref, .literal, .random, .rowID: rebuilt = self
        case .unary(let op, let e): rebuilt = .unary(op, try e.transformUp(transform))
        case .cast(let e, let t): rebuilt = .cast(try e.transformUp(transform), t)
        case .alias(let e, let n): rebuilt = .alias(try e.transformUp(transform), n)
        case .sortOrder(let e, let a, let n): rebuilt = .sortOrder(try e.transformUp(transform), ascending: a, nullsFirst: n)
        case .binary(let op, let a, let b): rebuilt = .binary(op, try a.transformUp(transform), try b.transformUp(transform))
        case .call(let n, let args): rebuilt = .call(n, try args.map { try $0.transformUp(transform) })
        case .function(let f, let args): rebuilt = .function(f, try args.map { try $0.transformUp(transform) })
        case .udf(let f, let args): rebuilt = .udf(f, try args.map { try $0.transformUp(transform) })
        case .caseWhen(let branches, let otherwise):
            rebuilt = .caseWhen(try branches.map { WhenBranch(try $0.condition.transformUp(transform), try $0.value.transformUp(transform)) },
                                try otherwise?.transformUp(transform))
        case .inList(let e, let values): rebuilt = .inList(try e.transformUp(transform), try values.map { try $0.transformUp(transform) })
        case .aggregate(let f, let e): rebuilt = .aggregate(f, try e?.transformUp(transform))
        case .window(let function, var spec):
            spec.partitionBy = try spec.partitionBy.map { try $0.transformUp(transform) }
            spec.orderBy = try spec.orderBy.map { var k = $0; k.expr = try k.expr.transformUp(transform); return k }
            var f = function
            switch function {
            case .offset(let e, let n, let d): f = .offset(try e.transformUp(transform), n, d)
            case .aggregate(let a, let e): f = .aggregate(a, try e?.transformUp(transform))
            default: break
            }
            rebuilt = .window(f, spec)
        }
        return try transform(rebuilt)
    }

    /// Whether the expression still has unresolved parts (names, calls).
    public var containsUnresolved: Bool {
        switch self {
        case .column, .call, .star: return true
        default: return children.contains { $0.containsUnresolved }
        }
    }

    /// The expression without a top-level alias.
    public var unaliased: Expr { if case .alias(let e, _) = self { e.unaliased } else { self } }

    /// The conjuncts of an AND chain.
    public var conjuncts: [Expr] {
        if case .binary(.and, let a, let b) = self { return a.conjuncts + b.conjuncts }
        return [self]
    }

    /// The AND of `exprs`, true when empty (a filter keeping every row).
    public static func conjunction(_ exprs: [Expr]) -> Expr { and(exprs) ?? .literal(.bool(true), .bool) }

    /// The AND of `exprs` (nil when empty).
    public static func and(_ exprs: [Expr]) -> Expr? {
        guard var result = exprs.first else { return nil }
        for e in exprs.dropFirst() { result = .binary(.and, result, e) }
        return result
    }
}
