/// Where an expression is evaluated: which partition, and the position of the batch's first row
/// within it (for `monotonically_increasing_id` and `rand`).
public struct EvaluationContext: Sendable {
    /// The partition's index.
    public var partition: Int
    /// The index within the partition of the batch's first row.
    public var rowBase: Int64

    /// A context.
    public init(partition: Int = 0, rowBase: Int64 = 0) {
        self.partition = partition
        self.rowBase = rowBase
    }
}

/// Evaluates resolved expressions a batch at a time, producing one column per expression.
public struct Evaluator: Sendable {
    /// Attribute id -> column position in the batches evaluated.
    public let layout: [Int: Int]

    /// An evaluator for batches whose columns are `attributes`, in order.
    public init(_ attributes: [Attribute]) {
        var layout: [Int: Int] = [:]
        for (i, a) in attributes.enumerated() { layout[a.id] = i }
        self.layout = layout
    }

    /// Evaluates `expr` over the (selected) rows of `batch`.
    public func evaluate(_ expr: Expr, _ batch: Batch, _ context: EvaluationContext = EvaluationContext()) throws -> Column {
        var cache: [Int: Column] = [:]
        return try evaluate(expr, batch, context, &cache)
    }

    /// Evaluates several expressions, sharing the gathered input columns.
    public func evaluate(_ exprs: [Expr], _ batch: Batch, _ context: EvaluationContext = EvaluationContext()) throws -> [Column] {
        var cache: [Int: Column] = [:]
        return try exprs.map { try evaluate($0, batch, context, &cache) }
    }

    /// The rows of `batch` for which `predicate` is true, as a selection vector over its physical rows.
    public func select(_ predicate: Expr, _ batch: Batch, _ context: EvaluationContext = EvaluationContext()) throws -> ContiguousArray<Int32> {
        // In a filter a null is as good as false, so the conjuncts of an AND are evaluated one by
        // one and their "true and not null" masks combined, without three-valued logic.
        let conjuncts = predicate.conjuncts
        var cache: [Int: Column] = [:]
        var combined: ContiguousArray<Bool>? = nil
        for conjunct in conjuncts {
            let column = try evaluate(conjunct, batch, context, &cache)
            guard case .bools(let values) = column.values else { throw ColumnarError(.type, "a filter condition must be boolean, not \(column.type)") }
            var truthy = values
            if let validity = column.validity {
                truthy.withUnsafeMutableBufferPointer { t in for i in 0 ..< t.count where !validity.isValid(i) { t[i] = false } }
            }
            if var current = combined {
                current.withUnsafeMutableBufferPointer { c in truthy.withUnsafeBufferPointer { t in for i in 0 ..< c.count { c[i] = c[i] && t[i] } } }
                combined = current
            } else {
                combined = truthy
            }
        }
        let mask = Column(type: .bool, values: .bools(combined ?? []))
        guard case .bools(let values) = mask.values else { throw ColumnarError(.type, "a filter condition must be boolean") }
        var out = ContiguousArray<Int32>()
        out.reserveCapacity(values.count)
        values.withUnsafeBufferPointer { v in
            if let selection = batch.selection {
                selection.withUnsafeBufferPointer { s in
                    for i in 0 ..< v.count where v[i] && mask.isValid(i) { out.append(s[i]) }
                }
            } else if let validity = mask.validity {
                for i in 0 ..< v.count where v[i] && validity.isValid(i) { out.append(Int32(truncatingIfNeeded: i)) }
            } else {
                for i in 0 ..< v.count where v[i] { out.append(Int32(truncatingIfNeeded: i)) }
            }
        }
        return out
    }

    func evaluate(_ expr: Expr, _ batch: Batch, _ context: EvaluationContext, _ cache: inout [Int: Column]) throws -> Column {
        let count = batch.count
        switch expr {
        case .ref(let attribute):
            if let cached = cache[attribute.id] { return cached }
            guard let position = layout[attribute.id] else {
                throw ColumnarError(.analysis, "internal: column \(attribute.display) is not in the batch")
            }
            let column = batch.column(position)
            cache[attribute.id] = column
            return column
        case .literal(let value, let type):
            return Column.repeating(value, type: type, count: count)
        case .alias(let e, _), .sortOrder(let e, _, _):
            return try evaluate(e, batch, context, &cache)
        case .cast(let e, let type):
            return try Cast.column(try evaluate(e, batch, context, &cache), to: type)
        case .unary(let op, let e):
            return Kernels.unary(op, try evaluate(e, batch, context, &cache))
        case .binary(let op, let a, let b):
            let left = try operand(a, batch, context, &cache)
            let right = try operand(b, batch, context, &cache)
            return try Kernels.binary(op, left, right, count: count)
        case .function(let f, let args):
            let columns = try args.map { try evaluate($0, batch, context, &cache) }
            return try f.function.evaluate(columns, count)
        case .udf(let f, let args):
            let columns = try args.map { try evaluate($0, batch, context, &cache) }
            return try f.evaluate(columns, count)
        case .caseWhen(let branches, let otherwise):
            let conditions = try branches.map { try evaluate($0.condition, batch, context, &cache) }
            let values = try branches.map { try evaluate($0.value, batch, context, &cache) }
            let fallback = try otherwise.map { try evaluate($0, batch, context, &cache) }
            return Kernels.caseWhen(conditions, values, fallback, type: expr.type, count: count)
        case .inList(let e, let values):
            let column = try evaluate(e, batch, context, &cache)
            let candidates = try values.map { try evaluate($0, batch, context, &cache) }
            return Kernels.inList(column, candidates, count: count)
        case .random(let seed, let gaussian):
            return Kernels.random(seed: seed, gaussian: gaussian, context: context, count: count)
        case .rowID:
            let base = (Int64(context.partition) << 33) + context.rowBase
            return Column(type: .int64, values: .ints(ContiguousArray((0 ..< Int64(count)).lazy.map { base + $0 })))
        case .aggregate, .window:
            throw ColumnarError(.analysis, "aggregate or window function \(expr.autoName) is not allowed here")
        case .column(let name):
            throw ColumnarError(.analysis, "internal: unresolved column \(name)")
        case .star, .call:
            throw ColumnarError(.analysis, "internal: unresolved expression \(expr.autoName)")
        }
    }

    func operand(_ expr: Expr, _ batch: Batch, _ context: EvaluationContext, _ cache: inout [Int: Column]) throws -> Operand {
        if case .literal(let value, let type) = expr { return .constant(value, type) }
        return .column(try evaluate(expr, batch, context, &cache))
    }
}

/// An input of a kernel: a column, or one value standing for every row.
public enum Operand {
    case column(Column)
    case constant(Scalar, DataType)

    var type: DataType {
        switch self {
        case .column(let c): c.type
        case .constant(_, let t): t
        }
    }

    var isNullConstant: Bool { if case .constant(.null, _) = self { true } else { false } }

    var validity: Bitmap? { if case .column(let c) = self { c.validity } else { nil } }
}
