import Support

/// The build side of a hash join: all its rows, and a hash table from key to a chain of rows.
struct JoinTable: @unchecked Sendable {
    let batch: Batch
    var table = KeyTable()
    var heads: [Int32] = []
    var next: [Int32] = []

    init(_ batch: Batch, keys: [Column]) {
        self.batch = batch
        let encoder = KeyEncoder(columns: keys)
        next = Array(repeating: -1, count: batch.count)
        let buffer = KeyBuffer()
        for row in 0 ..< batch.count {
            buffer.reset()
            guard encoder.encode(row, into: buffer) else { continue }  // null keys never match
            var isNew = false
            let group = table.findOrInsert(buffer.bytes, isNew: &isNew)
            if isNew { heads.append(-1) }
            // Prepend: a chain lists its rows newest first.
            next[row] = heads[group]
            heads[group] = Int32(row)
        }
    }
}

/// Rows of the build side that found a partner (for full outer joins), shared by the probing threads.
final class MatchedRows: @unchecked Sendable {
    private let lock = ThreadLock()
    private var matched: [Bool]

    init(count: Int) { matched = Array(repeating: false, count: count) }

    func mark(_ rows: [Int32]) { lock.locked { for r in rows where r >= 0 { matched[Int(r)] = true } } }

    var unmatched: [Int32] { lock.locked { matched.indices.filter { !matched[$0] }.map { Int32($0) } } }
}

extension Column {
    /// The rows at `indices`, where -1 stands for a null row.
    func gatherOrNull(_ indices: ContiguousArray<Int32>) -> Column {
        guard indices.contains(-1) else { return gather(indices) }
        let safe = ContiguousArray(indices.lazy.map { max($0, 0) })
        let gathered = count == 0 ? Column.repeating(.null, type: type, count: indices.count) : gather(safe)
        var validity = gathered.validity ?? Bitmap(count: indices.count, valid: true)
        for (i, index) in indices.enumerated() where index < 0 { validity.set(i, false) }
        return Column(type: type, values: gathered.values, validity: validity)
    }
}

extension QueryExecutor {
    /// Splits a join condition into equal-key pairs (left expression, right expression) and the rest.
    static func equiKeys(_ condition: Expr?, left: Set<Int>, right: Set<Int>) -> ([Expr], [Expr], Expr?) {
        guard let condition else { return ([], [], nil) }
        var leftKeys: [Expr] = [], rightKeys: [Expr] = [], residual: [Expr] = []
        for conjunct in condition.conjuncts {
            if case .binary(.equal, let a, let b) = conjunct, !a.references.isEmpty, !b.references.isEmpty {
                if a.references.isSubset(of: left) && b.references.isSubset(of: right) { leftKeys.append(a); rightKeys.append(b); continue }
                if b.references.isSubset(of: left) && a.references.isSubset(of: right) { leftKeys.append(b); rightKeys.append(a); continue }
            }
            residual.append(conjunct)
        }
        return (leftKeys, rightKeys, Expr.and(residual))
    }

    func hashJoin(_ left: LogicalPlan, _ right: LogicalPlan, _ type: JoinType, _ condition: Expr?) throws -> Pipeline {
        let leftIDs = Set(left.output.map(\.id)), rightIDs = Set(right.output.map(\.id))
        let (leftKeys, rightKeys, residual) = QueryExecutor.equiKeys(condition, left: leftIDs, right: rightIDs)
        // The probe side streams; the build side is held in memory.
        let probeIsLeft = type != .right
        let probePlan = probeIsLeft ? left : right, buildPlan = probeIsLeft ? right : left
        let probeKeys = probeIsLeft ? leftKeys : rightKeys, buildKeys = probeIsLeft ? rightKeys : leftKeys
        let probe = try pipeline(probePlan)
        let buildPipeline = try pipeline(buildPlan)
        let build = try materializeSingle(buildPipeline)
        try memoryBudget.check(build.byteSize * 2, "The join's build side")
        let buildKeyColumns = try Evaluator(buildPipeline.attributes).evaluate(buildKeys, build)
        let table = JoinTable(build, keys: buildKeyColumns)
        let output = LogicalPlan.join(left, right, type, condition).output
        let schema = Schema(output.map(\.field))
        let probeEvaluator = Evaluator(probe.attributes)
        let joinedAttributes = probeIsLeft ? probe.attributes + buildPipeline.attributes : buildPipeline.attributes + probe.attributes
        let residualEvaluator = Evaluator(joinedAttributes)
        let preserveProbe = type == .left || type == .right || type == .full
        let matched = type == .full ? MatchedRows(count: build.count) : nil
        let crossJoin = probeKeys.isEmpty

        @Sendable func assemble(_ probeBatch: Batch, _ probeRows: ContiguousArray<Int32>, _ buildRows: ContiguousArray<Int32>) -> Batch {
            let probeColumns = probeBatch.columns.map { $0.gatherOrNull(probeRows) }
            let buildColumns = build.columns.map { $0.gatherOrNull(buildRows) }
            let columns = probeIsLeft ? probeColumns + buildColumns : buildColumns + probeColumns
            return Batch(schema: Schema(joinedAttributes.map(\.field)), columns: columns, count: probeRows.count)
        }

        let joined = probe.map(output) { p, batch, _ in
            let dense = batch.compacted()
            var probeRows = ContiguousArray<Int32>(), buildRows = ContiguousArray<Int32>()
            if crossJoin {
                for row in 0 ..< dense.count { for b in 0 ..< build.count { probeRows.append(Int32(row)); buildRows.append(Int32(b)) } }
            } else {
                let keyColumns = try probeEvaluator.evaluate(probeKeys, dense)
                let encoder = KeyEncoder(columns: keyColumns)
                let buffer = KeyBuffer()
                for row in 0 ..< dense.count {
                    buffer.reset()
                    guard encoder.encode(row, into: buffer) else { continue }
                    guard let group = table.table.find(buffer.bytes) else { continue }
                    var b = table.heads[group]
                    while b >= 0 { probeRows.append(Int32(row)); buildRows.append(b); b = table.next[Int(b)] }
                }
            }
            if let residual, !probeRows.isEmpty {
                let candidates = assemble(dense, probeRows, buildRows)
                let keep = try residualEvaluator.select(residual, candidates)
                probeRows = ContiguousArray(keep.lazy.map { probeRows[Int($0)] })
                buildRows = ContiguousArray(keep.lazy.map { buildRows[Int($0)] })
            }
            switch type {
            case .leftSemi, .leftAnti:
                var hit = [Bool](repeating: false, count: dense.count)
                for r in probeRows { hit[Int(r)] = true }
                let wanted = type == .leftSemi
                let rows = ContiguousArray((0 ..< dense.count).filter { hit[$0] == wanted }.map { Int32($0) })
                guard !rows.isEmpty else { return nil }
                return Batch(schema: schema, columns: dense.columns.map { $0.gather(rows) }, count: rows.count)
            default:
                if preserveProbe {
                    var hit = [Bool](repeating: false, count: dense.count)
                    for r in probeRows { hit[Int(r)] = true }
                    // Keep probe order: rebuild the pair lists with the unmatched rows in place.
                    var orderedProbe = ContiguousArray<Int32>(), orderedBuild = ContiguousArray<Int32>()
                    var k = 0
                    for row in 0 ..< dense.count {
                        if hit[row] {
                            while k < probeRows.count && probeRows[k] == Int32(row) { orderedProbe.append(probeRows[k]); orderedBuild.append(buildRows[k]); k += 1 }
                        } else {
                            orderedProbe.append(Int32(row)); orderedBuild.append(-1)
                        }
                    }
                    probeRows = orderedProbe
                    buildRows = orderedBuild
                }
                matched?.mark(Array(buildRows))
                guard !probeRows.isEmpty else { return nil }
                var out = assemble(dense, probeRows, buildRows)
                out.schema = schema
                return out
            }
        }
        guard let matched else { return joined }
        // Full outer join: after every probe partition, the build rows nobody matched.
        let probed = try materialize(joined)
        let unmatched = ContiguousArray(matched.unmatched)
        var tail: [Batch] = []
        if !unmatched.isEmpty {
            let nullProbe = ContiguousArray<Int32>(repeating: -1, count: unmatched.count)
            let probeColumns = probe.attributes.map { Column.repeating(.null, type: $0.type, count: 0).gatherOrNull(nullProbe) }
            let buildColumns = build.columns.map { $0.gather(unmatched) }
            tail = [Batch(schema: schema, columns: probeColumns + buildColumns, count: unmatched.count)]
        }
        return .memory(output, probed + [tail])
    }
}
