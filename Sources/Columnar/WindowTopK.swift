import Support

/// `row_number() <= k` (or rank) over a window ordered by one numeric key: before the window runs,
/// each thread drops the rows that cannot be among their partition's first k. A row is kept when
/// its key is at least as good as the k-th best key seen so far in its window partition (a bound
/// that only tightens), so the exact window afterwards sees a few candidates per partition instead
/// of every row (Spark's WindowGroupLimit).
enum WindowTopK {
    /// The k and window of `condition` over a window step computing one row_number/rank column.
    static func limit(_ condition: Expr, _ named: [NamedExpr]) -> (Int, WindowSpec)? {
        guard named.count == 1, case .window(let function, let spec) = named[0].expr, spec.orderBy.count == 1 else { return nil }
        switch function {
        case .rowNumber, .rank: break
        default: return nil
        }
        guard case .binary(let op, .ref(let a), .literal(let value, _)) = condition, a.id == named[0].attribute.id,
              let bound = value.intValue else { return nil }
        switch op {
        case .lessEqual: return bound >= 0 ? (Int(bound), spec) : nil
        case .less: return bound >= 1 ? (Int(bound) - 1, spec) : nil
        default: return nil
        }
    }

    /// The best `k` keys of one window partition, best first (larger first when descending).
    struct Best {
        var keys: [Double] = []

        /// Whether `key` may be among the first k (ties kept).
        @inline(__always) func admits(_ key: Double, _ k: Int, descending: Bool) -> Bool {
            guard keys.count >= k, let worst = keys.last else { return true }
            return descending ? key >= worst : key <= worst
        }

        mutating func insert(_ key: Double, _ k: Int, descending: Bool) {
            var i = keys.count
            while i > 0 && (descending ? keys[i - 1] < key : keys[i - 1] > key) { i -= 1 }
            if i >= k { return }
            keys.insert(key, at: i)
            if keys.count > k { keys.removeLast() }
        }
    }
}

extension QueryExecutor {
    /// The rows of `child` that may be among the first `k` of their window partition under `spec`.
    func windowCandidates(_ spec: WindowSpec, _ k: Int, _ child: LogicalPlan) throws -> Pipeline {
        let upstream = try pipeline(child)
        let evaluator = Evaluator(upstream.attributes)
        let orderKey = spec.orderBy[0]
        guard orderKey.expr.type.isNumeric || orderKey.expr.type == .date || orderKey.expr.type == .timestamp else {
            return upstream
        }
        let descending = !orderKey.ascending
        let results = PartitionResults<(Int, [Batch])>(count: upstream.partitions)
        try ParallelRun.run(partitions: upstream.partitions, threads: settings.threads) { p, state in
            var table = KeyTable()
            var best: [WindowTopK.Best] = []
            var kept: [Batch] = []
            let buffer = KeyBuffer()
            try upstream.run(p, state) { batch in
                let groupColumns = try evaluator.evaluate(spec.partitionBy, batch)
                let keyColumn = try evaluator.evaluate(orderKey.expr, batch)
                let encoder = KeyEncoder(columns: groupColumns)
                var selection = ContiguousArray<Int32>()
                for row in 0 ..< batch.count {
                    buffer.reset()
                    _ = encoder.encode(row, into: buffer)
                    var isNew = false
                    let group = table.findOrInsert(buffer.bytes, isNew: &isNew)
                    if isNew { best.append(WindowTopK.Best()) }
                    guard keyColumn.isValid(row) else { selection.append(Int32(batch.row(row))); continue }
                    let key: Double
                    switch keyColumn.values {
                    case .ints(let v): key = Double(v[row])
                    case .doubles(let v): key = v[row]
                    default: key = 0
                    }
                    if key.isNaN { selection.append(Int32(batch.row(row))); continue }
                    if best[group].admits(key, k, descending: descending) {
                        best[group].insert(key, k, descending: descending)
                        selection.append(Int32(batch.row(row)))
                    }
                }
                guard !selection.isEmpty else { return }
                var candidates = batch
                candidates.selection = selection
                kept.append(candidates.compacted())
            }
            results.set(p, (p, kept))
        }
        return .memory(upstream.attributes, results.all.sorted { $0.0 < $1.0 }.map(\.1))
    }
}
