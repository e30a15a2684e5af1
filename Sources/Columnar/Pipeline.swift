/// A partitioned stream of batches: the operators from a source (a scan or a materialized result)
/// up to the next pipeline breaker, fused so each batch flows through all of them before the next
/// one is read. `run(p, state, sink)` produces partition `p`.
public struct Pipeline: Sendable {
    /// The columns of the batches, in order.
    public let attributes: [Attribute]
    /// The number of partitions.
    public let partitions: Int
    /// Produces the batches of one partition.
    public let run: @Sendable (_ partition: Int, _ state: ParallelRun, _ sink: (Batch) throws -> Void) throws -> Void

    /// A pipeline over batches already in memory.
    static func memory(_ attributes: [Attribute], _ data: [[Batch]]) -> Pipeline {
        let data = data.isEmpty ? [[]] : data
        return Pipeline(attributes: attributes, partitions: data.count) { p, state, sink in
            for batch in data[p] {
                if state.isCancelled { throw StopReading() }
                try sink(batch)
            }
        }
    }

    /// The schema of the batches.
    var schema: Schema { Schema(attributes.map(\.field)) }

    /// This pipeline with `transform` applied to every batch (returning nil drops the batch).
    func map(_ attributes: [Attribute], _ transform: @escaping @Sendable (Int, Batch, inout Int64) throws -> Batch?) -> Pipeline {
        let upstream = run
        return Pipeline(attributes: attributes, partitions: partitions) { p, state, sink in
            var rowBase: Int64 = 0
            try upstream(p, state) { batch in
                if let out = try transform(p, batch, &rowBase) { try sink(out) }
            }
        }
    }
}

/// Runs whole pipelines: every partition in parallel, batches gathered in partition order.
extension QueryExecutor {
    /// The batches of every partition (selections applied), partition by partition.
    func materialize(_ pipeline: Pipeline) throws -> [[Batch]] {
        let results = PartitionResults<(Int, [Batch])>(count: pipeline.partitions)
        let budget = memoryBudget
        let operatorName = "materializing rows"
        try ParallelRun.run(partitions: pipeline.partitions, threads: settings.threads) { p, state in
            var batches: [Batch] = []
            var bytes = 0
            try pipeline.run(p, state) { batch in
                guard batch.count > 0 else { return }
                let dense = batch.compacted()
                bytes += dense.byteSize
                try budget.check(bytes * pipeline.partitions, operatorName)
                batches.append(dense)
            }
            results.set(p, (p, batches))
        }
        return results.all.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// Every row of `pipeline` as one batch of single columns.
    func materializeSingle(_ pipeline: Pipeline) throws -> Batch {
        let batches = try materialize(pipeline).flatMap { $0 }
        return Batch.concatenate(batches, schema: pipeline.schema)
    }
}

extension Batch {
    /// The batches' rows (selections applied) as one batch.
    public static func concatenate(_ batches: [Batch], schema: Schema) -> Batch {
        let dense = batches.map { $0.compacted() }
        if dense.count == 1 { return dense[0] }
        let columns = schema.fields.indices.map { i in Column.concatenate(dense.map { $0.columns[i] }, type: schema.fields[i].type) }
        return Batch(schema: schema, columns: columns, count: dense.reduce(0) { $0 + $1.count })
    }
}
