import Columnar
import VM

/// `_sql`'s expression (Column) functions.
extension SQLModule {
    static let binaryOperators: [String: BinaryOperator] = [
        "+": .add, "-": .subtract, "*": .multiply, "/": .divide, "%": .modulo, "**": .power,
        "==": .equal, "!=": .notEqual, "<": .less, "<=": .lessEqual, ">": .greater, ">=": .greaterEqual,
        "and": .and, "or": .or, "<=>": .nullSafeEqual,
    ]

    static let unaryOperators: [String: UnaryOperator] = [
        "-": .negate, "not": .not, "isnull": .isNull, "isnotnull": .isNotNull, "isnan": .isNaN,
    ]

    static func installExpressionFunctions(_ vm: VM, _ c: SQLContext, _ module: PyModule) {
        vm.function(module, "col") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "col", 1, 1)
            let name = try vm.str(args[0])
            return c.wrap(name == "*" ? .star : .column(name))
        }
        vm.function(module, "lit") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // lit(value, type name or None)
            try args.expect(vm, "lit", 2, 2)
            var (value, type) = try c.literal(args[0])
            if !args[1].isNone {
                let wanted = try c.dataType(args[1])
                value = try c.run { try Cast.scalar(value, from: type, to: wanted) }
                type = wanted
            }
            return c.wrap(.literal(value, type))
        }
        vm.function(module, "binary") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "binary", 3, 3)
            let name = try vm.str(args[0])
            guard let op = binaryOperators[name] else { throw vm.valueError("unknown operator \(name)") }
            return c.wrap(.binary(op, try c.expr(args[1]), try c.expr(args[2])))
        }
        vm.function(module, "unary") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "unary", 2, 2)
            let name = try vm.str(args[0])
            guard let op = unaryOperators[name] else { throw vm.valueError("unknown operator \(name)") }
            return c.wrap(.unary(op, try c.expr(args[1])))
        }
        vm.function(module, "call") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "call", 2, 2)
            return c.wrap(.call(try vm.str(args[0]), try c.exprs(args[1])))
        }
        vm.function(module, "agg") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // agg(name, argument or None)
            try args.expect(vm, "agg", 2, 2)
            let name = try vm.str(args[0])
            guard let function = AggregateFunction(sparkName: name) else { throw vm.valueError("unknown aggregate \(name)") }
            return c.wrap(.aggregate(function, args[1].isNone ? nil : try c.expr(args[1])))
        }
        vm.function(module, "cast") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "cast", 2, 2)
            return c.wrap(.cast(try c.expr(args[0]), try c.dataType(args[1])))
        }
        vm.function(module, "alias") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "alias", 2, 2)
            return c.wrap(.alias(try c.expr(args[0]).unaliased, try vm.str(args[1])))
        }
        vm.function(module, "sort_order") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // sort_order(e, ascending, nulls_first or None)
            try args.expect(vm, "sort_order", 3, 3)
            let nullsFirst: Bool? = args[2].isNone ? nil : try vm.isTrue(args[2])
            var inner = try c.expr(args[0])
            if case .sortOrder(let e, _, _) = inner { inner = e }
            return c.wrap(.sortOrder(inner, ascending: try vm.isTrue(args[1]), nullsFirst: nullsFirst))
        }
        vm.function(module, "case_when") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // case_when([(condition, value)], otherwise or None)
            try args.expect(vm, "case_when", 2, 2)
            let branches = try c.pairs(args[0]).map { (pair: (Value, Value)) throws(PyException) -> WhenBranch in
                WhenBranch(try c.expr(pair.0), try c.expr(pair.1))
            }
            return c.wrap(.caseWhen(branches, args[1].isNone ? nil : try c.expr(args[1])))
        }
        vm.function(module, "in_list") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "in_list", 2, 2)
            return c.wrap(.inList(try c.expr(args[0]), try c.exprs(args[1])))
        }
        vm.function(module, "over") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // over(e, partition_by, order_by, frame): frame None, or (kind, start, end) with kind "rows"
            try args.expect(vm, "over", 4, 4)
            let e = try c.expr(args[0]).unaliased
            let partitionBy = try c.exprs(args[1])
            let orderBy = try c.exprs(args[2]).map { key -> SortKey in
                if case .sortOrder(let inner, let ascending, let nullsFirst) = key { return SortKey(inner, ascending: ascending, nullsFirst: nullsFirst) }
                return SortKey(key)
            }
            var frame: WindowFrame? = nil
            if !args[3].isNone {
                let parts = try vm.collect(args[3])
                guard parts.count == 3 else { throw vm.valueError("a window frame is (kind, start, end)") }
                let start: Int? = parts[1].isNone ? nil : try vm.integerArgument(parts[1])
                let end: Int? = parts[2].isNone ? nil : try vm.integerArgument(parts[2])
                if try vm.str(parts[0]) == "rows" { frame = .rows(start, end) }
                else if start == nil && end == 0 { frame = .rangeToCurrent }
                else if start == nil && end == nil { frame = .partition }
                else { throw vm.valueError("only ROWS frames, or RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW / UNBOUNDED FOLLOWING, are supported") }
            }
            let spec = WindowSpec(partitionBy: partitionBy, orderBy: orderBy, frame: frame)
            let function: WindowFunction
            switch e {
            case .aggregate(let a, let argument): function = .aggregate(a, argument)
            case .call(let name, let callArgs):
                switch name.lowercased() {
                case "row_number": function = .rowNumber
                case "rank": function = .rank
                case "dense_rank": function = .denseRank
                case "percent_rank": function = .percentRank
                case "ntile":
                    guard case .literal(let n, _)? = callArgs.first, let buckets = n.intValue, buckets > 0 else { throw vm.valueError("ntile needs a positive number of buckets") }
                    function = .ntile(Int(buckets))
                case "lag", "lead":
                    guard let target = callArgs.first else { throw vm.valueError("\(name) needs a column") }
                    var offset = 1
                    if callArgs.count > 1, case .literal(let n, _) = callArgs[1], let v = n.intValue { offset = Int(v) }
                    var fallback: Scalar = .null
                    if callArgs.count > 2, case .literal(let d, _) = callArgs[2] { fallback = d }
                    function = .offset(target, name.lowercased() == "lag" ? offset : -offset, fallback)
                default:
                    if let aggregate = AggregateFunction(sparkName: name) { function = .aggregate(aggregate, callArgs.first) }
                    else { throw c.exception(for: ColumnarError(.analysis, "\(name) is not a window function")) }
                }
            default:
                throw c.exception(for: ColumnarError(.analysis, "[UNSUPPORTED_EXPR_FOR_WINDOW] Expression \"\(e.autoName)\" not supported within a window function."))
            }
            return c.wrap(.window(function, spec))
        }
        vm.function(module, "rand") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // rand(seed, gaussian)
            try args.expect(vm, "rand", 2, 2)
            return c.wrap(.random(seed: Int64(try vm.integerArgument(args[0])), gaussian: try vm.isTrue(args[1])))
        }
        vm.function(module, "row_id") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            c.wrap(.rowID)
        }
        vm.function(module, "udf") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // udf(function, return type, arguments, name)
            try args.expect(vm, "udf", 4, 4)
            let type = try c.dataType(args[1])
            let function = UserFunction(name: try vm.str(args[3]), resultType: type, evaluate: makeUDF(c, args[0], type))
            return c.wrap(.udf(function, try c.exprs(args[2])))
        }
        vm.function(module, "expr_name") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "expr_name", 1, 1)
            return .string(try c.expr(args[0]).autoName)
        }
    }

    /// The kernel of a udf: calls the language's function once per row, on the calling thread
    /// (queries with a udf run on the driver's thread; see `SQLModule.settings`).
    static func makeUDF(_ c: SQLContext, _ function: Value, _ type: DataType) -> @Sendable ([Column], Int) throws -> Column {
        let box = UnsafeTransfer((c, function))
        return { columns, count in
            let (c, function) = box.value
            var builder = ColumnBuilder(type: type, capacity: count)
            var datetime: PyModule? = nil
            do {
                for row in 0 ..< count {
                    var arguments: [Value] = []
                    for column in columns { arguments.append(try c.python(column.scalar(at: row), column.type, &datetime)) }
                    let result = try c.vm.call(function, arguments)
                    builder.append(result.isNone ? .null : try c.scalar(result, as: type, column: "udf"))
                }
            } catch let error as PyException {
                throw UserFunctionError(exception: error)
            }
            return builder.finish()
        }
    }
}

/// Carries a value the compiler cannot prove sendable to a closure that runs on the same thread.
struct UnsafeTransfer<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
