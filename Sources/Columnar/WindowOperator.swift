/// Window functions: the input is held in memory, ordered by (partition keys, order keys) for each
/// window call, and every call's value is computed walking its partitions. Rows come out in the
/// order of the first call's window (partitions together, ordered within).
extension QueryExecutor {
    func window(_ named: [NamedExpr], _ child: LogicalPlan) throws -> Pipeline {
        try window(named, input: try pipeline(child))
    }

    /// The window step over the rows of `upstream`.
    func window(_ named: [NamedExpr], input upstream: Pipeline) throws -> Pipeline {
        let all = try materializeSingle(upstream)
        try memoryBudget.check(all.byteSize * 2, "The window")
        let evaluator = Evaluator(upstream.attributes)
        var calls: [Expr] = []
        for n in named {
            _ = n.expr.transformUp { node in
                if case .window = node, !calls.contains(node) { calls.append(node) }
                return node
            }
        }
        var results: [Column] = []
        var firstOrder: ContiguousArray<Int32>? = nil
        for call in calls {
            guard case .window(let function, let spec) = call else { continue }
            let (order, column) = try windowCall(function, spec, type: call.type, all, evaluator)
            if firstOrder == nil { firstOrder = order }
            results.append(column)
        }
        let callAttributes = calls.map { Attribute(name: $0.autoName, type: $0.type, nullable: $0.nullable) }
        let stateAttributes = upstream.attributes + callAttributes
        let state = Batch(schema: Schema(stateAttributes.map(\.field)), columns: all.columns + results, count: all.count)
        let outputExprs = named.map { n in
            n.expr.transformUp { node in
                if case .window = node, let i = calls.firstIndex(of: node) { return .ref(callAttributes[i]) }
                return node
            }
        }
        let outputColumns = try Evaluator(stateAttributes).evaluate(outputExprs, state)
        let output = upstream.attributes + named.map(\.attribute)
        var result = Batch(schema: Schema(output.map(\.field)), columns: all.columns + outputColumns, count: all.count)
        if let firstOrder { result = Batch(schema: result.schema, columns: result.columns.map { $0.gather(firstOrder) }, count: firstOrder.count) }
        return .memory(output, [result.chunked()])
    }

    /// One window call: the row order used, and the values (indexed by input row).
    func windowCall(_ function: WindowFunction, _ spec: WindowSpec, type: DataType, _ all: Batch, _ evaluator: Evaluator) throws -> (ContiguousArray<Int32>, Column) {
        let n = all.count
        // Partition numbers.
        let partitionColumns = try evaluator.evaluate(spec.partitionBy, all)
        let encoder = KeyEncoder(columns: partitionColumns)
        var table = KeyTable()
        var partitionOf = ContiguousArray<Int64>(repeating: 0, count: n)
        let buffer = KeyBuffer()
        for row in 0 ..< n {
            buffer.reset()
            _ = encoder.encode(row, into: buffer)
            var isNew = false
            partitionOf[row] = Int64(table.findOrInsert(buffer.bytes, isNew: &isNew))
        }
        let orderColumns = try evaluator.evaluate(spec.orderBy.map(\.expr), all)
        let partitionKey = Column(type: .int64, values: .ints(partitionOf))
        let order = SortKeyColumns([partitionKey] + orderColumns, [SortKey(.literal(.null, .int64))] + spec.orderBy)
        let peers = SortKeyColumns(orderColumns, spec.orderBy)
        let permutation = sortedPermutation(n, order, limit: nil)
        var values = [Scalar](repeating: .null, count: n)
        var start = 0
        while start < n {
            var end = start + 1
            while end < n && partitionOf[Int(permutation[end])] == partitionOf[Int(permutation[start])] { end += 1 }
            try fillPartition(function, spec, Array(permutation[start ..< end]), peers, all, evaluator, &values)
            start = end
        }
        var builder = ColumnBuilder(type: type, capacity: n)
        for value in values { builder.append(value) }
        return (permutation, builder.finish())
    }

    /// Computes `function` for the rows of one partition, in window order.
    func fillPartition(_ function: WindowFunction, _ spec: WindowSpec, _ rows: [Int32], _ peers: SortKeyColumns,
                       _ all: Batch, _ evaluator: Evaluator, _ values: inout [Scalar]) throws {
        let count = rows.count
        func isPeer(_ i: Int, _ j: Int) -> Bool { peers.values.isEmpty || peers.compare(Int(rows[i]), Int(rows[j])) == 0 }
        switch function {
        case .rowNumber:
            for (i, r) in rows.enumerated() { values[Int(r)] = .int(Int64(i + 1)) }
        case .rank, .denseRank, .percentRank:
            var rank = 1, dense = 1
            for i in 0 ..< count {
                if i > 0 && !isPeer(i, i - 1) { rank = i + 1; dense += 1 }
                switch function {
                case .rank: values[Int(rows[i])] = .int(Int64(rank))
                case .denseRank: values[Int(rows[i])] = .int(Int64(dense))
                default: values[Int(rows[i])] = .double(count > 1 ? Double(rank - 1) / Double(count - 1) : 0)
                }
            }
        case .ntile(let buckets):
            let size = count / max(buckets, 1), extra = count % max(buckets, 1)
            var i = 0
            for bucket in 0 ..< max(buckets, 1) {
                let length = size + (bucket < extra ? 1 : 0)
                for _ in 0 ..< length where i < count { values[Int(rows[i])] = .int(Int64(bucket + 1)); i += 1 }
            }
        case .offset(let expr, let offset, let fallback):
            let column = try evaluator.evaluate(expr, all)
            for i in 0 ..< count {
                let j = i - offset
                values[Int(rows[i])] = j >= 0 && j < count ? column.scalar(at: Int(rows[j])) : fallback
            }
        case .aggregate(let aggregate, let expr):
            let column = try expr.map { try evaluator.evaluate($0, all) }
            let frame = spec.frame ?? (spec.orderBy.isEmpty ? .partition : .rangeToCurrent)
            switch frame {
            case .partition:
                var accumulator = Accumulator(aggregate, inputType: expr?.type)
                accumulator.grow(to: 1)
                rows.withUnsafeBufferPointer { accumulator.update(column, rows: $0, groups: Array(repeating: 0, count: count), count: count) }
                let value = accumulator.finish(count: 1).scalar(at: 0)
                for r in rows { values[Int(r)] = value }
            case .rangeToCurrent:
                var accumulator = Accumulator(aggregate, inputType: expr?.type)
                accumulator.grow(to: 1)
                var i = 0
                while i < count {
                    var j = i + 1
                    while j < count && isPeer(j, i) { j += 1 }
                    let slice = Array(rows[i ..< j])
                    slice.withUnsafeBufferPointer { accumulator.update(column, rows: $0, groups: Array(repeating: 0, count: j - i), count: j - i) }
                    let value = accumulator.finish(count: 1).scalar(at: 0)
                    for k in i ..< j { values[Int(rows[k])] = value }
                    i = j
                }
            case .rows(let lower, let upper):
                for i in 0 ..< count {
                    let from = max(0, lower.map { i + $0 } ?? 0), to = min(count - 1, upper.map { i + $0 } ?? count - 1)
                    var accumulator = Accumulator(aggregate, inputType: expr?.type)
                    accumulator.grow(to: 1)
                    if from <= to {
                        let slice = Array(rows[from ... to])
                        slice.withUnsafeBufferPointer { accumulator.update(column, rows: $0, groups: Array(repeating: 0, count: slice.count), count: slice.count) }
                    }
                    values[Int(rows[i])] = accumulator.finish(count: 1).scalar(at: 0)
                }
            }
        }
    }
}
