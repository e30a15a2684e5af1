import Columnar
import ColumnarIO
import VM

/// `_sql`'s actions: they run the plan.
extension SQLModule {
    static func installActionFunctions(_ vm: VM, _ c: SQLContext, _ module: PyModule) {
        vm.function(module, "schema") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // schema(frame) -> [(name, type, nullable)]
            try args.expect(vm, "schema", 1, 1)
            let fields = try c.frame(args[0]).schema.fields
            return .object(PyList(fields.map { .object(PyTuple([.string($0.name), .string($0.type.simpleString), .bool($0.nullable)])) }))
        }
        vm.function(module, "print_schema") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "print_schema", 1, 1)
            return .string(try c.frame(args[0]).schema.treeString)
        }
        vm.function(module, "collect") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // collect(frame) -> [tuple]
            try args.expect(vm, "collect", 1, 1)
            let df = try c.frame(args[0])
            let batches = try c.run { try df.collectBatches() }
            return .object(PyList(try rows(c, batches, df.schema.fields.map(\.type)).map { .object(PyTuple($0)) }))
        }
        vm.function(module, "count") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "count", 1, 1)
            let df = try c.frame(args[0])
            return .int(try c.run { try df.count() })
        }
        vm.function(module, "show") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // show(frame, n, truncate (0 = no), vertical) -> text
            try args.expect(vm, "show", 4, 4)
            let df = try c.frame(args[0])
            let n = max(0, try vm.integerArgument(args[1]))
            let truncate = try vm.integerArgument(args[2])
            let vertical = try vm.isTrue(args[3])
            let rows = try c.run { try df.limit(n + 1).collect() }
            let text = ShowFormatter.table(names: df.columns, types: df.schema.fields.map(\.type), rows: Array(rows.prefix(n)),
                                           hasMore: rows.count > n, shown: n, truncate: truncate, vertical: vertical)
            return .string(text)
        }
        vm.function(module, "explain") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "explain", 1, 1)
            let df = try c.frame(args[0])
            return .string(try c.run { try df.explain() })
        }
        vm.function(module, "to_matrix") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // to_matrix(frame, [column names]) -> (rows, bytes of row-major float64 values; nulls as NaN)
            try args.expect(vm, "to_matrix", 2, 2)
            let df = try c.frame(args[0])
            let names = try c.strings(args[1])
            let (rows, values) = try c.run { () throws -> (Int, [Double]) in try matrix(df, names) }
            let bytes = values.withUnsafeBytes { [UInt8]($0) }
            return .object(PyTuple([.int(rows), .object(PyBytes(bytes))]))
        }
        vm.function(module, "with_double_column") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // with_double_column(frame, name, bytes of native doubles, one per row in collect order)
            try args.expect(vm, "with_double_column", 3, 3)
            let df = try c.frame(args[0])
            let name = try vm.str(args[1])
            guard let bytes = args[2].asObject as? PyBytes else { throw vm.typeError("expected bytes") }
            let values: [Double] = bytes.bytes.withUnsafeBytes { Array($0.bindMemory(to: Double.self)) }
            return c.wrap(try c.run { () throws -> DataFrame in try appendColumn(df, name, values) })
        }
        vm.function(module, "write_csv") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // write_csv(frame, path, mode, [(option, value)])
            try args.expect(vm, "write_csv", 4, 4)
            let df = try c.frame(args[0])
            let path = try vm.str(args[1])
            let mode = try saveMode(vm, c, args[2])
            var options = CSVOptions()
            for (k, v) in try c.pairs(args[3]) {
                let key = try vm.str(k), value = try vm.str(v)
                try c.run { try options.apply(option: key, value: value) }
            }
            let partitions = try c.run { try partitionsOf(df) }
            try c.run { try CSVWriter.write(partitions: partitions, schema: df.schema, to: path, mode: mode, options: options) }
            return .none
        }
        vm.function(module, "write_parquet") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // write_parquet(frame, path, mode, compression)
            try args.expect(vm, "write_parquet", 4, 4)
            let df = try c.frame(args[0])
            let path = try vm.str(args[1])
            let mode = try saveMode(vm, c, args[2])
            let name = try vm.str(args[3])
            guard let compression = ParquetCompression(sparkName: name) else {
                throw c.exception(for: ColumnarError(.argument, "Codec [\(name)] is not available. Available codecs are uncompressed, snappy, gzip, zstd, none."))
            }
            let partitions = try c.run { try partitionsOf(df) }
            try c.run { try ParquetWriter.write(partitions: partitions, schema: df.schema, to: path, mode: mode, compression: compression) }
            return .none
        }
    }

    /// The frame's rows, partition by partition (computed by the engine's own threads).
    static func partitionsOf(_ df: DataFrame) throws -> [[Batch]] {
        try df.session.executor.partitions(df.plan)
    }

    /// The numeric columns `names` of `df` as a row-major matrix of doubles (nulls as NaN).
    static func matrix(_ df: DataFrame, _ names: [String]) throws -> (Int, [Double]) {
        let selected = try df.select(names.map { Expr.column($0) })
        for field in selected.schema.fields where !(field.type.isNumeric || field.type == .bool) {
            throw ColumnarError(.type, "column \(field.name) is \(field.type.simpleString), not numeric: it cannot become a tensor")
        }
        let batches = try selected.collectBatches()
        let rows = batches.reduce(0) { $0 + $1.count }
        let width = names.count
        var values = [Double](repeating: .nan, count: rows * width)
        var base = 0
        for batch in batches {
            let dense = batch.compacted()
            for (k, column) in dense.columns.enumerated() {
                for i in 0 ..< dense.count where column.isValid(i) {
                    switch column.values {
                    case .ints(let v): values[(base + i) * width + k] = Double(v[i])
                    case .doubles(let v): values[(base + i) * width + k] = v[i]
                    case .bools(let v): values[(base + i) * width + k] = v[i] ? 1 : 0
                    case .strings: break
                    }
                }
            }
            base += dense.count
        }
        return (rows, values)
    }

    /// `df`'s rows (computed now) with one more float64 column of `values`, in collect order.
    static func appendColumn(_ df: DataFrame, _ name: String, _ values: [Double]) throws -> DataFrame {
        let batches = try df.collectBatches().map { $0.compacted() }
        let rows = batches.reduce(0) { $0 + $1.count }
        guard rows == values.count else {
            throw ColumnarError(.argument, "the new column has \(values.count) values for \(rows) rows")
        }
        let schema = Schema(df.schema.fields + [Field(name, .float64)])
        var start = 0
        var extended: [Batch] = []
        for batch in batches {
            let column = Column(type: .float64, values: .doubles(ContiguousArray(values[start ..< start + batch.count])))
            extended.append(Batch(schema: schema, columns: batch.columns + [column], count: batch.count))
            start += batch.count
        }
        return df.session.read(MemorySource(schema: schema, partitions: [extended], label: "LocalRelation"))
    }

    static func saveMode(_ vm: VM, _ c: SQLContext, _ value: Value) throws(PyException) -> SaveMode {
        let name = try vm.str(value)
        guard let mode = SaveMode(sparkName: name) else {
            throw c.exception(for: ColumnarError(.argument, "Unknown save mode: \(name). Accepted save modes are 'overwrite', 'append', 'ignore', 'error', 'errorifexists', 'default'."))
        }
        return mode
    }

    /// The rows of `batches` as tuples of the language's values.
    static func rows(_ c: SQLContext, _ batches: [Batch], _ types: [DataType]) throws(PyException) -> [[Value]] {
        var datetime: PyModule? = nil
        var result: [[Value]] = []
        for batch in batches {
            for i in 0 ..< batch.count {
                let row = batch.row(i)
                var values: [Value] = []
                values.reserveCapacity(types.count)
                for (k, column) in batch.columns.enumerated() { values.append(try c.python(column.scalar(at: row), types[k], &datetime)) }
                result.append(values)
            }
        }
        return result
    }
}

