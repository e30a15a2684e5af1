/// Resolves expressions against the output of a plan: column names to attributes, function names
/// to kernels, implicit casts between types (Spark's non-ANSI coercions), with Spark's messages for
/// unknown columns and type mismatches.
public struct Resolver {
    /// The columns in scope.
    public let input: [Attribute]

    /// A resolver over `input`.
    public init(_ input: [Attribute]) { self.input = input }

    /// The attribute named `name` (case-insensitive; a qualifier "t." is ignored).
    public func attribute(_ name: String) throws -> Attribute {
        var matches = input.filter { $0.name == name }
        if matches.isEmpty { matches = input.filter { $0.name.lowercased() == name.lowercased() } }
        if matches.isEmpty, let dot = name.lastIndex(of: "."), !name.hasPrefix("`") {
            let bare = String(name[name.index(after: dot)...])
            matches = input.filter { $0.name.lowercased() == bare.lowercased() }
        }
        if matches.isEmpty, name.hasPrefix("`"), name.hasSuffix("`"), name.count >= 2 {
            return try attribute(String(name.dropFirst().dropLast()))
        }
        if matches.count > 1 {
            throw ColumnarError(.analysis, "[AMBIGUOUS_REFERENCE] Reference `\(name)` is ambiguous, could be: [\(matches.map { "`\($0.name)`" }.joined(separator: ", "))].")
        }
        guard let match = matches.first else { throw unresolved(name) }
        return match
    }

    /// Spark's UNRESOLVED_COLUMN error, suggesting the closest names.
    func unresolved(_ name: String) -> ColumnarError {
        let ranked = input.map(\.name).sorted { levenshtein($0.lowercased(), name.lowercased()) < levenshtein($1.lowercased(), name.lowercased()) }
        let suggestions = ranked.prefix(5).map { "`\($0)`" }.joined(separator: ", ")
        return ColumnarError(.analysis, "[UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name `\(name)` cannot be resolved. Did you mean one of the following? [\(suggestions)].")
    }

    /// Resolves `expr`.
    public func resolve(_ expr: Expr) throws -> Expr {
        switch expr {
        case .column(let name): return .ref(try attribute(name))
        case .star: throw ColumnarError(.analysis, "Invalid usage of '*' in expression.")
        case .ref, .literal, .random, .rowID: return expr
        case .unary(let op, let e):
            let inner = try resolve(e)
            switch op {
            case .negate:
                guard inner.type.isNumeric else { throw mismatch(expr, "the operand of negation must be numeric, not \"\(inner.type.simpleString.uppercased())\"") }
            case .not:
                guard inner.type == .bool || inner.isNullLiteral else { throw mismatch(expr, "the operand of NOT must be \"BOOLEAN\", not \"\(inner.type.simpleString.uppercased())\"") }
            case .isNaN:
                return .unary(op, try coerce(inner, to: .float64))
            default: break
            }
            return .unary(op, inner)
        case .binary(let op, let a, let b): return try resolveBinary(op, try resolve(a), try resolve(b), original: expr)
        case .call(let name, let args):
            let resolved = try args.map { try resolve($0) }
            return try resolveCall(name, resolved)
        case .function(let f, let args): return .function(f, try args.map { try resolve($0) })
        case .udf(let f, let args): return .udf(f, try args.map { try resolve($0) })
        case .cast(let e, let type):
            let inner = try resolve(e)
            guard Cast.isSupported(from: inner.type, to: type) else {
                throw mismatch(expr, "cannot cast \"\(inner.type.simpleString.uppercased())\" to \"\(type.simpleString.uppercased())\"")
            }
            return .cast(inner, type)
        case .alias(let e, let name): return .alias(try resolve(e), name)
        case .sortOrder(let e, let a, let n): return .sortOrder(try resolve(e), ascending: a, nullsFirst: n)
        case .caseWhen(let branches, let otherwise):
            let conditions = try branches.map { try resolve($0.condition) }
            for condition in conditions where condition.type != .bool && !condition.isNullLiteral {
                throw mismatch(expr, "WHEN expressions must be \"BOOLEAN\", not \"\(condition.type.simpleString.uppercased())\"")
            }
            var values = try branches.map { try resolve($0.value) }
            var elseValue = try otherwise.map { try resolve($0) }
            let common = Expr.commonType(values + (elseValue.map { [$0] } ?? [])) ?? .string
            values = try values.map { try coerce($0, to: common) }
            elseValue = try elseValue.map { try coerce($0, to: common) }
            return .caseWhen(zip(conditions, values).map { WhenBranch($0, $1) }, elseValue)
        case .inList(let e, let values):
            let inner = try resolve(e)
            let resolved = try values.map { try resolve($0) }
            let common = Expr.commonType([inner] + resolved) ?? inner.type
            return .inList(try coerce(inner, to: common), try resolved.map { try coerce($0, to: common) })
        case .aggregate(let f, let e):
            guard let e else { return expr }
            let inner = try resolve(e)
            if inner.containsAggregate {
                throw ColumnarError(.analysis, "[NESTED_AGGREGATE_FUNCTION] It is not allowed to use an aggregate function in the argument of another aggregate function.")
            }
            switch f {
            case .sum, .avg, .stddev, .stddevPop, .variance, .variancePop, .sumDistinct:
                if inner.type == .string { return .aggregate(f, .cast(inner, .float64)) }
                guard inner.type.isNumeric || inner.isNullLiteral else {
                    throw mismatch(expr, "the argument of \(f.rawValue) must be numeric, not \"\(inner.type.simpleString.uppercased())\"")
                }
            default: break
            }
            return .aggregate(f, inner)
        case .window(let function, var spec):
            spec.partitionBy = try spec.partitionBy.map { try resolve($0) }
            spec.orderBy = try spec.orderBy.map { var k = $0; k.expr = try resolve(k.expr); return k }
            switch function {
            case .offset(let e, let n, let d): return .window(.offset(try resolve(e), n, d), spec)
            case .aggregate(let a, let e):
                guard case .aggregate(let fa, let fe) = try resolve(.aggregate(a, e)) else { return expr }
                return .window(.aggregate(fa, fe), spec)
            default: return .window(function, spec)
            }
        }
    }

    func resolveBinary(_ op: BinaryOperator, _ a: Expr, _ b: Expr, original: Expr) throws -> Expr {
        if op == .and || op == .or {
            for side in [a, b] where side.type != .bool && !side.isNullLiteral {
                throw mismatch(original, "the operands of \(op.rawValue) must be \"BOOLEAN\", not \"\(side.type.simpleString.uppercased())\"")
            }
            return .binary(op, try coerce(a, to: .bool), try coerce(b, to: .bool))
        }
        if op.isArithmetic {
            var left = a, right = b
            // Spark (non-ANSI) reads strings in arithmetic as doubles.
            if left.type == .string { left = .cast(left, .float64) }
            if right.type == .string { right = .cast(right, .float64) }
            if left.isNullLiteral { left = .literal(.null, right.type) }
            if right.isNullLiteral { right = .literal(.null, left.type) }
            guard left.type.isNumeric, right.type.isNumeric else {
                throw mismatch(original, "the left and right operands of the binary operator have incompatible types (\"\(a.type.simpleString.uppercased())\" and \"\(b.type.simpleString.uppercased())\")")
            }
            var common = DataType.widened(left.type, right.type) ?? .float64
            if op == .divide || op == .power { common = .float64 }
            return .binary(op, try coerce(left, to: common), try coerce(right, to: common))
        }
        // Comparisons.
        var left = a, right = b
        if left.isNullLiteral { left = .literal(.null, right.type) }
        if right.isNullLiteral { right = .literal(.null, left.type) }
        let common: DataType
        if let widened = DataType.widened(left.type, right.type) {
            common = widened
        } else if left.type == .string, right.type != .bool {
            common = right.type == .date || right.type == .timestamp ? right.type : .float64
        } else if right.type == .string, left.type != .bool {
            common = left.type == .date || left.type == .timestamp ? left.type : .float64
        } else {
            throw mismatch(original, "the left and right operands of the binary operator have incompatible types (\"\(a.type.simpleString.uppercased())\" and \"\(b.type.simpleString.uppercased())\")")
        }
        return .binary(op, try coerce(left, to: common), try coerce(right, to: common))
    }

    func resolveCall(_ name: String, _ args: [Expr]) throws -> Expr {
        let lower = name.lowercased()
        if let aggregate = AggregateFunction(sparkName: lower) {
            if lower == "count", args.count == 1, case .literal = args[0] { return .aggregate(.count, nil) }
            guard args.count <= 1 else {
                if lower == "count" || lower == "count_distinct" {
                    throw ColumnarError(.analysis, "[WRONG_NUM_ARGS] count with several arguments is not supported; use count(DISTINCT ...) of one column.")
                }
                throw ColumnarError(.analysis, "[WRONG_NUM_ARGS.WITHOUT_SUGGESTION] The `\(lower)` requires 1 parameters but the actual number is \(args.count).")
            }
            return try resolve(.aggregate(aggregate, args.first))
        }
        switch lower {
        case "rand", "random", "randn":
            var seed: Int64 = 0
            if let first = args.first, case .literal(let value, _) = first { seed = value.intValue ?? 0 }
            return .random(seed: seed, gaussian: lower == "randn")
        case "monotonically_increasing_id": return .rowID
        case "cast":
            break
        default: break
        }
        let constants: [Scalar?] = args.map { if case .literal(let v, _) = $0.unaliased { v } else { nil } }
        let function = try Resolver.scalarFunction(lower, args.map(\.type), constants)
        return .function(FunctionRef(function, argumentTypes: args.map(\.type)), args)
    }

    /// The scalar function `name` of the catalog (Functions*.swift).
    static func scalarFunction(_ name: String, _ types: [DataType], _ constants: [Scalar?]) throws -> ScalarFunction {
        try FunctionCatalog.resolve(name, argumentTypes: types, constants: constants)
    }

    /// `expr` as `type`, adding a cast when needed.
    func coerce(_ expr: Expr, to type: DataType) throws -> Expr {
        if expr.type == type { return expr }
        if case .literal(let value, _) = expr {
            if value.isNull { return .literal(.null, type) }
            return .literal(try Cast.scalar(value, from: expr.type, to: type), type)
        }
        return .cast(expr, type)
    }

    func mismatch(_ expr: Expr, _ detail: String) -> ColumnarError {
        ColumnarError(.type, "[DATATYPE_MISMATCH] Cannot resolve \"\(expr.autoName)\" due to data type mismatch: \(detail).")
    }
}

/// Edit distance between two strings (for "did you mean" suggestions).
func levenshtein(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0 ... b.count)
    var current = previous
    for i in 1 ... a.count {
        current[0] = i
        for j in 1 ... b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
