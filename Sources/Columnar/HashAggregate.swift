/// GROUP BY with a hash table: each partition aggregates its rows into partial states (in
/// parallel), then the partial states are merged into the final groups, and the output
/// expressions (which may combine aggregates, e.g. `sum(a) / count(b)`) are evaluated on them.
extension QueryExecutor {
    func hashAggregate(_ groups: [NamedExpr], _ outputs: [NamedExpr], _ child: LogicalPlan) throws -> Pipeline {
        let upstream = try pipeline(child)
        // The distinct aggregate calls inside the outputs, each computed once.
        var calls: [Expr] = []
        for output in outputs {
            _ = output.expr.transformUp { node in
                if case .aggregate = node, !calls.contains(node) { calls.append(node) }
                return node
            }
        }
        let callAttributes = calls.map { Attribute(name: $0.autoName, type: $0.type) }
        let groupExprs = groups.map(\.expr)
        let evaluator = Evaluator(upstream.attributes)
        let callInputs: [Expr?] = calls.map { if case .aggregate(_, let e) = $0 { e } else { nil } }
        let prototypes: [Accumulator] = calls.map {
            if case .aggregate(let f, let e) = $0 { Accumulator(f, inputType: e?.type) } else { Accumulator(.count, inputType: nil) }
        }
        let budget = memoryBudget
        let partitions = PartitionResults<(KeyTable, [Accumulator], [[Scalar]])>(count: upstream.partitions)
        try ParallelRun.run(partitions: upstream.partitions, threads: settings.threads) { p, state in
            var table = KeyTable()
            var accumulators = prototypes
            var keyValues: [[Scalar]] = []  // the group values of each group, in group order
            let buffer = KeyBuffer()
            var groupsOfRows: [Int32] = []
            var rowBase: Int64 = 0
            try upstream.run(p, state) { batch in
                let context = EvaluationContext(partition: p, rowBase: rowBase)
                rowBase += Int64(batch.count)
                let keyColumns = try evaluator.evaluate(groupExprs, batch, context)
                let encoder = KeyEncoder(columns: keyColumns)
                let n = batch.count
                groupsOfRows.removeAll(keepingCapacity: true)
                for row in 0 ..< n {
                    buffer.reset()
                    _ = encoder.encode(row, into: buffer)
                    var isNew = false
                    let group = table.findOrInsert(buffer.bytes, isNew: &isNew)
                    if isNew { keyValues.append(keyColumns.map { QueryExecutor.normalizedKey($0.scalar(at: row)) }) }
                    groupsOfRows.append(Int32(truncatingIfNeeded: group))
                }
                for k in accumulators.indices {
                    accumulators[k].grow(to: table.count)
                    if let input = callInputs[k] {
                        let column = try evaluator.evaluate(input, batch, context)
                        accumulators[k].update(column, rows: nil, groups: groupsOfRows, count: n)
                    } else {
                        accumulators[k].update(nil, rows: nil, groups: groupsOfRows, count: n)
                    }
                }
                let bytes = table.byteSize + accumulators.reduce(0) { $0 + $1.byteSize }
                try budget.check(bytes, "The aggregation")
            }
            for k in accumulators.indices { accumulators[k].grow(to: table.count) }
            partitions.set(p, (table, accumulators, keyValues))
        }
        // Merge the partial states.
        var table = KeyTable()
        var accumulators = prototypes
        var keyValues: [[Scalar]] = []
        for (partTable, partAccumulators, partKeys) in partitions.all {
            for group in 0 ..< partTable.count {
                let key = Array(partTable.key(group))
                var isNew = false
                let target = key.withUnsafeBufferPointer { table.findOrInsert($0, isNew: &isNew) }
                if isNew { keyValues.append(partKeys[group]) }
                for k in accumulators.indices {
                    accumulators[k].grow(to: table.count)
                    accumulators[k].merge(partAccumulators[k], from: group, into: target)
                }
            }
        }
        // A global aggregate (no GROUP BY) has one row even without input.
        if groups.isEmpty && table.count == 0 {
            var isNew = false
            _ = [UInt8]().withUnsafeBufferPointer { table.findOrInsert($0, isNew: &isNew) }
            keyValues.append([])
            for k in accumulators.indices { accumulators[k].grow(to: 1) }
        }
        let groupCount = table.count
        var columns: [Column] = []
        for (i, g) in groups.enumerated() {
            var builder = ColumnBuilder(type: g.attribute.type, capacity: groupCount)
            for values in keyValues { builder.append(values[i]) }
            columns.append(builder.finish())
        }
        for accumulator in accumulators { columns.append(accumulator.finish(count: groupCount)) }
        let stateAttributes = groups.map(\.attribute) + callAttributes
        let state = Batch(schema: Schema(stateAttributes.map(\.field)), columns: columns, count: groupCount)
        // Output expressions over the group values and aggregate results.
        let groupRefs = Dictionary(groups.map { ($0.expr, Expr.ref($0.attribute)) }, uniquingKeysWith: { a, _ in a })
        let outputExprs = outputs.map { output in
            output.expr.transformUp { node in
                if case .aggregate = node, let index = calls.firstIndex(of: node) { return .ref(callAttributes[index]) }
                if let ref = groupRefs[node], !node.references.isEmpty { return ref }
                return node
            }
        }
        let finalEvaluator = Evaluator(stateAttributes)
        let outputColumns = try finalEvaluator.evaluate(outputExprs, state)
        let output = groups.map(\.attribute) + outputs.map(\.attribute)
        let result = Batch(schema: Schema(output.map(\.field)), columns: Array(columns.prefix(groups.count)) + outputColumns, count: groupCount)
        return .memory(output, [result.chunked()])
    }
}

extension QueryExecutor {
    /// A group key as Spark keeps it: -0.0 as 0.0 (NaNs are already one group).
    static func normalizedKey(_ value: Scalar) -> Scalar {
        if case .double(let d) = value, d == 0 { return .double(0) }
        return value
    }
}

extension Batch {
    /// The batch split into batches of at most `Batch.preferredRows * 8` rows.
    func chunked(_ size: Int = Batch.preferredRows * 8) -> [Batch] {
        guard count > size else { return [self] }
        return stride(from: 0, to: count, by: size).map { slice($0 ..< min(count, $0 + size)) }
    }
}
