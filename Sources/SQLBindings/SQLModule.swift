import Columnar
import ColumnarIO
import Foundation
import VM

/// The native `_sql` module under the dialect's `pyspark.sql` and `raydp` packages: sessions,
/// readers, expressions (Columns), DataFrame transformations and actions. Functions take
/// positional arguments only; the dialect's classes give them PySpark's signatures.
public enum SQLModule {
    /// Makes `_sql` importable in `vm`.
    public static func installLazily(in vm: VM) {
        vm.nativeModules["_sql"] = { vm in .success(makeModule(vm, SQLContext(vm: vm))) }
    }

    static func makeModule(_ vm: VM, _ c: SQLContext) -> PyModule {
        vm.nativeModule("_sql") { module in
            installSessionFunctions(vm, c, module)
            installExpressionFunctions(vm, c, module)
            installFrameFunctions(vm, c, module)
            installActionFunctions(vm, c, module)
            installParseExpression(vm, c, module)
        }
    }

    // MARK: Sessions and sources

    static func installSessionFunctions(_ vm: VM, _ c: SQLContext, _ module: PyModule) {
        vm.function(module, "session") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // session(app_name, threads, memory_bytes, [(key, value)])
            try args.expect(vm, "session", 4, 4)
            let threads = try vm.integerArgument(args[1])
            let memory = try vm.integerArgument(args[2])
            guard threads >= 1 else { throw vm.valueError("the number of executor cores must be at least 1") }
            guard memory > 0 else { throw vm.valueError("executor memory must be positive") }
            var configuration: [String: String] = [:]
            for (k, v) in try c.pairs(args[3]) { configuration[try vm.str(k)] = try vm.str(v) }
            let settings = ExecutionSettings(threads: threads, memoryLimit: memory)
            return c.wrap(SQLSession(appName: try vm.str(args[0]), settings: settings, configuration: configuration))
        }
        vm.function(module, "conf_get") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "conf_get", 2, 2)
            return try c.session(args[0]).get(try vm.str(args[1])).map { .string($0) } ?? .none
        }
        vm.function(module, "conf_set") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "conf_set", 3, 3)
            let session = try c.session(args[0])
            if args[2].isNone { session.unset(try vm.str(args[1])) } else { session.set(try vm.str(args[1]), try vm.str(args[2])) }
            return .none
        }
        vm.function(module, "conf_all") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "conf_all", 1, 1)
            let all = try c.session(args[0]).allConfiguration.sorted { $0.key < $1.key }
            return .object(PyList(all.map { .object(PyTuple([.string($0.key), .string($0.value)])) }))
        }
        vm.function(module, "session_info") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // session_info(s) -> (app_name, threads, memory_bytes)
            try args.expect(vm, "session_info", 1, 1)
            let session = try c.session(args[0])
            return .object(PyTuple([.string(session.appName), .int(session.settings.threads), .int(session.settings.memoryLimit)]))
        }
        vm.function(module, "range") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // range(s, start, end, step, partitions)
            try args.expect(vm, "range", 5, 5)
            let session = try c.session(args[0])
            let start = Int64(try vm.integerArgument(args[1])), end = Int64(try vm.integerArgument(args[2]))
            let step = Int64(try vm.integerArgument(args[3]))
            let partitions = args[4].isNone ? nil : try vm.integerArgument(args[4])
            return c.wrap(try c.run { try session.range(start, end, step: step, partitions: partitions) })
        }
        vm.function(module, "create") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // create(s, rows, [(name, type, nullable)])
            try args.expect(vm, "create", 3, 3)
            let session = try c.session(args[0])
            let fields = try vm.collect(args[2]).map { (item: Value) throws(PyException) -> Field in
                let parts = try vm.collect(item)
                guard parts.count == 3 else { throw vm.typeError("schema fields are (name, type, nullable)") }
                return Field(try vm.str(parts[0]), try c.dataType(parts[1]), nullable: try vm.isTrue(parts[2]))
            }
            var rows: [[Scalar]] = []
            for row in try vm.collect(args[1]) {
                let values = try vm.collect(row)
                guard values.count == fields.count else {
                    throw vm.valueError("[LENGTH_SHOULD_BE_THE_SAME] obj and fields should be of the same length, got \(values.count) and \(fields.count).")
                }
                var scalars: [Scalar] = []
                for (value, field) in zip(values, fields) {
                    let scalar = try c.scalar(value, as: field.type, column: field.name)
                    if scalar.isNull && !field.nullable { throw vm.valueError("[FIELD_NOT_NULLABLE] Field \(field.name) is not nullable, but got None.") }
                    scalars.append(scalar)
                }
                rows.append(scalars)
            }
            return c.wrap(session.createDataFrame(rows: rows, schema: Schema(fields), partitions: session.settings.threads))
        }
        vm.function(module, "read_csv") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // read_csv(s, paths, [(option, value)], schema or None)
            try args.expect(vm, "read_csv", 4, 4)
            let session = try c.session(args[0])
            let paths = try c.strings(args[1])
            var options = CSVOptions()
            for (k, v) in try c.pairs(args[2]) {
                let key = try vm.str(k), value = try vm.str(v)
                try c.run { try options.apply(option: key, value: value) }
            }
            if !args[3].isNone { options.schema = try schema(vm, c, args[3]) }
            let source = try c.run { try CSVSource(paths: paths, options: options) }
            return c.wrap(session.read(source))
        }
        vm.function(module, "read_parquet") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "read_parquet", 2, 2)
            let session = try c.session(args[0])
            let paths = try c.strings(args[1])
            let source = try c.run { try ParquetSource(paths: paths) }
            return c.wrap(session.read(source))
        }
        vm.function(module, "create_view") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // create_view(s, name, frame, replace)
            try args.expect(vm, "create_view", 4, 4)
            let session = try c.session(args[0])
            let name = try vm.str(args[1])
            if !(try vm.isTrue(args[3])), session.view(name) != nil {
                throw c.exception(for: ColumnarError(.analysis, "[TEMP_TABLE_OR_VIEW_ALREADY_EXISTS] Cannot create the temporary view `\(name)` because it already exists."))
            }
            session.createView(name, try c.frame(args[2]).plan)
            return .none
        }
        vm.function(module, "view") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "view", 2, 2)
            let session = try c.session(args[0])
            let name = try vm.str(args[1])
            guard let plan = session.view(name) else {
                throw c.exception(for: ColumnarError(.analysis, "[TABLE_OR_VIEW_NOT_FOUND] The table or view `\(name)` cannot be found."))
            }
            return c.wrap(DataFrame(plan, session))
        }
        vm.function(module, "drop_view") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "drop_view", 2, 2)
            return .bool(try c.session(args[0]).dropView(try vm.str(args[1])))
        }
        vm.function(module, "view_names") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "view_names", 1, 1)
            return .object(PyList(try c.session(args[0]).viewNames.map { .string($0) }))
        }
        vm.function(module, "sql") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "sql", 2, 2)
            let session = try c.session(args[0])
            let text = try vm.str(args[1])
            return c.wrap(try c.run { try SQLQuery.run(text, in: session) })
        }
    }

    static func installParseExpression(_ vm: VM, _ c: SQLContext, _ module: PyModule) {
        vm.function(module, "parse_expr") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // parse_expr(session or None, text)
            try args.expect(vm, "parse_expr", 2, 2)
            let session = args[0].isNone ? SQLSession(appName: "expr", settings: ExecutionSettings(threads: 1, memoryLimit: 1)) : try c.session(args[0])
            let text = try vm.str(args[1])
            return c.wrap(try c.run { try SQLQuery.parseExpression(text, session: session) })
        }
    }

    static func schema(_ vm: VM, _ c: SQLContext, _ value: Value) throws(PyException) -> Schema {
        Schema(try vm.collect(value).map { (item: Value) throws(PyException) -> Field in
            let parts = try vm.collect(item)
            guard parts.count == 3 else { throw vm.typeError("schema fields are (name, type, nullable)") }
            return Field(try vm.str(parts[0]), try c.dataType(parts[1]), nullable: try vm.isTrue(parts[2]))
        })
    }
}
