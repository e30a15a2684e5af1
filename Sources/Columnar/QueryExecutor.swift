/// How a session executes queries: its parallelism and each executor's memory.
public struct ExecutionSettings: Sendable {
    /// Threads running partitions at once (num_executors x executor_cores).
    public var threads: Int
    /// Memory an operator may hold, in bytes (executor_memory x num_executors).
    public var memoryLimit: Int
    /// The setting a user raises when an operator runs out of memory.
    public var memorySetting: String
    /// Rules switched off.
    public var excludedRules: Set<String>

    /// Settings.
    public init(threads: Int, memoryLimit: Int, memorySetting: String = "spark.executor.memory", excludedRules: Set<String> = []) {
        self.threads = max(1, threads)
        self.memoryLimit = memoryLimit
        self.memorySetting = memorySetting
        self.excludedRules = excludedRules
    }
}

/// Checks operators' memory against the executors' limit.
struct MemoryBudget: Sendable {
    let limit: Int
    let setting: String

    /// Throws the engine's out-of-memory error when `bytes` exceed the limit.
    func check(_ bytes: Int, _ operation: String) throws {
        guard bytes > limit else { return }
        throw ColumnarError(.memory, "\(operation) needs about \(ByteCount.text(bytes)), more than the executors' memory (\(ByteCount.text(limit))); raise \(setting) (executor_memory in raydp.init_spark) or reduce the data first.")
    }
}

/// Byte counts as people read them.
public enum ByteCount {
    /// "1.5 GiB", "320.0 MiB", "12.0 KiB", "100 B".
    public static func text(_ bytes: Int) -> String {
        let units = ["B", "KiB", "MiB", "GiB", "TiB"]
        var value = Double(bytes), unit = 0
        while value >= 1024 && unit < units.count - 1 { value /= 1024; unit += 1 }
        return unit == 0 ? "\(bytes) B" : String(format: "%.1f %@", value, units[unit])
    }

    /// Parses "4g", "512m", "2GB", "1024" (bytes) as Spark's memory strings.
    public static func parse(_ text: String) -> Int? {
        let lower = text.trimmingCharacters(in: .whitespaces).lowercased()
        let digits = lower.prefix { $0.isNumber || $0 == "." }
        guard let value = Double(digits) else { return nil }
        var unit = String(lower.dropFirst(digits.count)).trimmingCharacters(in: .whitespaces)
        if unit.hasSuffix("ib") { unit.removeLast(2) } else if unit.hasSuffix("b") && unit.count > 1 { unit.removeLast() }
        let scale: Double
        switch unit {
        case "", "b": scale = 1
        case "k": scale = 1024
        case "m": scale = 1024 * 1024
        case "g": scale = 1024 * 1024 * 1024
        case "t": scale = 1024 * 1024 * 1024 * 1024
        default: return nil
        }
        return Int(value * scale)
    }
}

/// Turns optimized logical plans into pipelines and runs them on the session's threads.
public struct QueryExecutor: Sendable {
    /// The settings.
    public let settings: ExecutionSettings

    /// An executor.
    public init(settings: ExecutionSettings) { self.settings = settings }

    var memoryBudget: MemoryBudget { MemoryBudget(limit: settings.memoryLimit, setting: settings.memorySetting) }

    /// The optimizer of these settings.
    public var optimizer: Optimizer { Optimizer(excluding: settings.excludedRules) }

    /// This executor, on one thread (the caller's) when the plan runs user functions, which the
    /// host language can only run on its own thread.
    func adjusted(for plan: LogicalPlan) -> QueryExecutor {
        guard plan.containsUserFunction else { return self }
        var single = settings
        single.threads = 1
        return QueryExecutor(settings: single)
    }

    /// The rows of `plan`, optimized, as batches in order.
    public func collect(_ plan: LogicalPlan) throws -> [Batch] {
        let executor = adjusted(for: plan)
        let optimized = try optimizer.optimize(plan)
        return try executor.materialize(try executor.pipeline(optimized)).flatMap { $0 }
    }

    /// The number of rows of `plan`.
    public func count(_ plan: LogicalPlan) throws -> Int {
        let settings = adjusted(for: plan).settings
        let optimized = try optimizer.optimize(plan)
        let pipeline = try adjusted(for: plan).pipeline(optimized)
        let results = PartitionResults<Int>(count: pipeline.partitions)
        try ParallelRun.run(partitions: pipeline.partitions, threads: settings.threads) { p, state in
            var n = 0
            try pipeline.run(p, state) { n += $0.count }
            results.set(p, n)
        }
        return results.all.reduce(0, +)
    }

    /// Runs `plan` and hands every partition's batches to `consume` (on the partition's thread).
    public func forEachPartition(_ plan: LogicalPlan, _ consume: @escaping @Sendable (Int, [Batch]) throws -> Void) throws -> Int {
        let executor = adjusted(for: plan)
        let settings = executor.settings
        let optimized = try optimizer.optimize(plan)
        let pipeline = try executor.pipeline(optimized)
        try ParallelRun.run(partitions: pipeline.partitions, threads: settings.threads) { p, state in
            var batches: [Batch] = []
            try pipeline.run(p, state) { if $0.count > 0 { batches.append($0.compacted()) } }
            try consume(p, batches)
        }
        return pipeline.partitions
    }

    /// The rows of `plan`, partition by partition (for writers: one part file per partition).
    public func partitions(_ plan: LogicalPlan) throws -> [[Batch]] {
        let executor = adjusted(for: plan)
        return try executor.materialize(try executor.pipeline(try optimizer.optimize(plan)))
    }

    /// The pipeline computing `plan` (already optimized).
    func pipeline(_ plan: LogicalPlan) throws -> Pipeline {
        switch plan {
        case .scan(let scan): return scanPipeline(scan)
        case .filter(let condition, .window(let named, let child)):
            // row_number()/rank() <= k: keep only candidates for each partition's first k rows first.
            guard let (k, spec) = WindowTopK.limit(condition, named) else { return try filterPipeline(condition, .window(named, child)) }
            let candidates = try windowCandidates(spec, k, child)
            let windowed = try window(named, input: candidates)
            let evaluator = Evaluator(windowed.attributes)
            return windowed.map(windowed.attributes) { p, batch, _ in
                let selection = try evaluator.select(condition, batch, EvaluationContext(partition: p))
                guard !selection.isEmpty else { return nil }
                var out = batch
                out.selection = selection
                return out
            }
        case .filter(let condition, let child):
            return try filterPipeline(condition, child)
        case .project(let named, let child):
            let upstream = try pipeline(child)
            let evaluator = Evaluator(upstream.attributes)
            let output = named.map(\.attribute)
            let schema = Schema(output.map(\.field))
            let exprs = named.map(\.expr)
            return upstream.map(output) { p, batch, rowBase in
                let columns = try evaluator.evaluate(exprs, batch, EvaluationContext(partition: p, rowBase: rowBase))
                rowBase += Int64(batch.count)
                return Batch(schema: schema, columns: columns, count: batch.count)
            }
        case .sample(let lower, let upper, let seed, let child):
            let upstream = try pipeline(child)
            return upstream.map(upstream.attributes) { _, batch, _ in
                let selection = Sampling.select(batch, lower: lower, upper: upper, seed: seed)
                guard !selection.isEmpty else { return nil }
                var out = batch
                out.selection = selection
                return out
            }
        case .union(let children, let output):
            let pipelines = try children.map { try pipeline($0) }
            var owners: [(Int, Int)] = []
            for (k, child) in pipelines.enumerated() { for p in 0 ..< child.partitions { owners.append((k, p)) } }
            let schema = Schema(output.map(\.field))
            let map = owners
            return Pipeline(attributes: output, partitions: max(1, map.count)) { p, state, sink in
                guard p < map.count else { return }
                let (k, inner) = map[p]
                try pipelines[k].run(inner, state) { batch in
                    var out = batch
                    out.schema = schema
                    try sink(out)
                }
            }
        case .limit(let n, .sort(let keys, let child)):
            return try topK(n, keys, child)
        case .limit(let n, let child):
            return try limit(n, child)
        case .aggregate(let groups, let aggregates, let child):
            return try hashAggregate(groups, aggregates, child)
        case .distinct(let child):
            let input = child.output
            return try hashAggregate(input.map { NamedExpr(expr: .ref($0), attribute: $0) }, [], child)
        case .join(let left, let right, let type, let condition):
            return try hashJoin(left, right, type, condition)
        case .sort(let keys, let child):
            return try sort(keys, child, limit: nil)
        case .window(let named, let child):
            return try window(named, child)
        }
    }

    /// A filter over the batches of `child`: its selection vector set, failing batches dropped.
    func filterPipeline(_ condition: Expr, _ child: LogicalPlan) throws -> Pipeline {
        let upstream = try pipeline(child)
        let evaluator = Evaluator(upstream.attributes)
        return upstream.map(upstream.attributes) { p, batch, rowBase in
            let selection = try evaluator.select(condition, batch, EvaluationContext(partition: p, rowBase: rowBase))
            rowBase += Int64(batch.count)
            guard !selection.isEmpty else { return nil }
            var out = batch
            if selection.count < batch.physicalCount || batch.selection != nil { out.selection = selection }
            return out
        }
    }

    func scanPipeline(_ scan: ScanNode) -> Pipeline {
        let source = scan.source
        let columns = scan.columns
        let output = scan.output
        let evaluator = Evaluator(output)
        let filter = Expr.and(scan.filters)
        let count = source.partitionCount(preferred: max(settings.threads * 2, 1))
        return Pipeline(attributes: output, partitions: count) { p, state, sink in
            var rowBase: Int64 = 0
            try source.scan(partition: p, of: count, columns: columns) { batch in
                if state.isCancelled { throw StopReading() }
                guard let filter else { return try sink(batch) }
                let selection = try evaluator.select(filter, batch, EvaluationContext(partition: p, rowBase: rowBase))
                rowBase += Int64(batch.count)
                guard !selection.isEmpty else { return }
                var out = batch
                if selection.count < batch.physicalCount || batch.selection != nil { out.selection = selection }
                try sink(out)
            }
        }
    }

    /// The first `n` rows, in partition order: each partition stops once it alone has `n`.
    func limit(_ n: Int, _ child: LogicalPlan) throws -> Pipeline {
        let upstream = try pipeline(child)
        let results = PartitionResults<(Int, [Batch])>(count: upstream.partitions)
        try ParallelRun.run(partitions: upstream.partitions, threads: settings.threads) { p, state in
            var batches: [Batch] = []
            var rows = 0
            do {
                try upstream.run(p, state) { batch in
                    if batch.count == 0 { return }
                    guard rows < n else { throw StopReading() }
                    let dense = batch.compacted()
                    batches.append(dense)
                    rows += dense.count
                    if rows >= n { throw StopReading() }
                }
            } catch is StopReading {}
            results.set(p, (p, batches))
        }
        var remaining = n
        var kept: [Batch] = []
        for (_, batches) in results.all.sorted(by: { $0.0 < $1.0 }) {
            for batch in batches where remaining > 0 {
                if batch.count <= remaining { kept.append(batch); remaining -= batch.count }
                else {
                    kept.append(batch.slice(0 ..< remaining))
                    remaining = 0
                }
            }
        }
        return .memory(upstream.attributes, [kept])
    }
}

extension Batch {
    /// Logical rows `range` as a dense batch.
    public func slice(_ range: Range<Int>) -> Batch {
        let indices = ContiguousArray(range.map { Int32(truncatingIfNeeded: row($0)) })
        return Batch(schema: schema, columns: columns.map { $0.gather(indices) }, count: range.count)
    }
}

import Foundation
