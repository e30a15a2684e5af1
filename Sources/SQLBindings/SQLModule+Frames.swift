import Columnar
import VM

/// `_sql`'s DataFrame transformations: each takes a frame handle and returns a new one.
extension SQLModule {
    static func installFrameFunctions(_ vm: VM, _ c: SQLContext, _ module: PyModule) {
        func transform(_ name: String, _ arity: Int, _ body: @escaping (VM, DataFrame, Arguments) throws(PyException) -> DataFrame) {
            vm.function(module, name) { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expect(vm, name, arity, arity)
                return c.wrap(try body(vm, try c.frame(args[0]), args))
            }
        }
        transform("select", 2) { (vm: VM, df: DataFrame, args: Arguments) throws(PyException) -> DataFrame in
            let exprs = try c.exprs(args[1])
            return try c.run { try df.select(exprs) }
        }
        transform("filter", 2) { (vm: VM, df: DataFrame, args: Arguments) throws(PyException) -> DataFrame in
            let e = try c.expr(args[1])
            return try c.run { try df.filter(e) }
        }
        transform("with_columns", 2) { (vm: VM, df: DataFrame, args: Arguments) throws(PyException) -> DataFrame in
            let columns = try c.pairs(args[1]).map { (pair: (Value, Value)) throws(PyException) -> (String, Expr) in (try vm.str(pair.0), try c.expr(pair.1)) }
            return try c.run { try df.withColumns(columns) }
        }
        transform("rename", 3) { (vm: VM, df: DataFrame, args: Arguments) throws(PyException) -> DataFrame in
            df.withColumnRenamed(try vm.str(args[1]), try vm.str(args[2]))
        }
        transform("drop", 2) { (vm: VM, df: DataFrame, args: Arguments) throws(PyException) -> DataFrame in
            df.drop(try c.strings(args[1]))
        }
        transform("drop_refs", 2) { (vm: VM, df: DataFrame, args: Arguments) throws(PyException) -> DataFrame in
            let exprs = try c.exprs(args[1])
            return try c.run { try df.drop(references: exprs) }
        }
        transform("limit", 2) { (vm: VM, df: DataFrame, args: Arguments) throws(PyException) -> DataFrame in
            let n = try vm.integerArgument(args[1])
            return try c.run { try df.limit(n) }
        }
        transform("order_by", 2) { (vm: VM, df: DataFrame, args: Arguments) throws(PyException) -> DataFrame in
            let keys = try c.exprs(args[1])
            return try c.run { try df.orderBy(keys) }
        }
        transform("cache", 1) { (vm: VM, df: DataFrame, args: Arguments) throws(PyException) -> DataFrame in
            try c.run { try df.cache() }
        }
        transform("distinct", 1) { (vm: VM, df: DataFrame, args: Arguments) throws(PyException) -> DataFrame in df.distinct() }
        transform("drop_duplicates", 2) { (vm: VM, df: DataFrame, args: Arguments) throws(PyException) -> DataFrame in
            let names = args[1].isNone ? [] : try c.strings(args[1])
            return try c.run { try df.dropDuplicates(names) }
        }
        transform("union", 2) { (vm: VM, df: DataFrame, args: Arguments) throws(PyException) -> DataFrame in
            let other = try c.frame(args[1])
            return try c.run { try df.union(other) }
        }
        transform("union_by_name", 3) { (vm: VM, df: DataFrame, args: Arguments) throws(PyException) -> DataFrame in
            let other = try c.frame(args[1])
            let allow = try vm.isTrue(args[2])
            return try c.run { try df.unionByName(other, allowMissingColumns: allow) }
        }
        transform("sample", 3) { (vm: VM, df: DataFrame, args: Arguments) throws(PyException) -> DataFrame in
            let fraction = try vm.floatArgument(args[1])
            let seed = Int64(try vm.integerArgument(args[2]))
            return try c.run { try df.sample(fraction: fraction, seed: seed) }
        }
        vm.function(module, "random_split") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // random_split(frame, weights, seed) -> [frame]
            try args.expect(vm, "random_split", 3, 3)
            let df = try c.frame(args[0])
            let weights = try vm.collect(args[1]).map { (w: Value) throws(PyException) -> Double in try vm.floatArgument(w) }
            let seed = Int64(try vm.integerArgument(args[2]))
            let parts = try c.run { try df.randomSplit(weights, seed: seed) }
            return .object(PyList(parts.map { c.wrap($0) }))
        }
        transform("dropna", 4) { (vm: VM, df: DataFrame, args: Arguments) throws(PyException) -> DataFrame in
            // dropna(frame, how, thresh or None, subset or None)
            let how = try vm.str(args[1])
            let thresh = args[2].isNone ? nil : try vm.integerArgument(args[2])
            let subset = args[3].isNone ? nil : try c.strings(args[3])
            return try c.run { try df.dropna(how: how, thresh: thresh, subset: subset) }
        }
        transform("fillna", 4) { (vm: VM, df: DataFrame, args: Arguments) throws(PyException) -> DataFrame in
            // fillna(frame, value or None, [(column, value)], subset or None)
            let fallback = args[1].isNone ? nil : try c.literal(args[1]).0
            var values: [String: Scalar] = [:]
            for (k, v) in try c.pairs(args[2]) { values[try vm.str(k)] = try c.literal(v).0 }
            let subset = args[3].isNone ? nil : try c.strings(args[3])
            return try c.run { try df.fillna(values, default: fallback, subset: subset) }
        }
        transform("group_agg", 3) { (vm: VM, df: DataFrame, args: Arguments) throws(PyException) -> DataFrame in
            let keys = try c.exprs(args[1]), aggregates = try c.exprs(args[2])
            return try c.run { try df.aggregate(groupBy: keys, aggregates) }
        }
        transform("join_using", 4) { (vm: VM, df: DataFrame, args: Arguments) throws(PyException) -> DataFrame in
            // join_using(frame, other, names, how)
            let other = try c.frame(args[1])
            let names = try c.strings(args[2])
            let how = try joinType(vm, c, args[3])
            return try c.run { try df.join(other, using: names, how: how) }
        }
        transform("join_on", 4) { (vm: VM, df: DataFrame, args: Arguments) throws(PyException) -> DataFrame in
            // join_on(frame, other, condition or None, how)
            let other = try c.frame(args[1])
            let condition = args[2].isNone ? nil : try c.expr(args[2])
            let how = try joinType(vm, c, args[3])
            return try c.run { try df.join(other, on: condition, how: how) }
        }
        vm.function(module, "column") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // column(frame, name) -> a Column bound to this frame's attribute
            try args.expect(vm, "column", 2, 2)
            let df = try c.frame(args[0])
            let name = try vm.str(args[1])
            if name == "*" { return c.wrap(.star) }
            return c.wrap(try c.run { try df.column(name) })
        }
    }

    static func joinType(_ vm: VM, _ c: SQLContext, _ value: Value) throws(PyException) -> JoinType {
        let how = try vm.str(value)
        guard let type = JoinType(sparkName: how) else {
            throw c.exception(for: ColumnarError(.argument, "Unsupported join type '\(how)'. Supported join types include: 'inner', 'outer', 'full', 'fullouter', 'full_outer', 'leftouter', 'left', 'left_outer', 'rightouter', 'right', 'right_outer', 'leftsemi', 'left_semi', 'semi', 'leftanti', 'left_anti', 'anti', 'cross'."))
        }
        return type
    }
}
