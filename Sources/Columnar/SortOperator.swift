import Foundation

/// The sort keys of a batch, extracted once, compared row against row.
struct SortKeyColumns {
    enum Values {
        case ints(ContiguousArray<Int64>), doubles(ContiguousArray<Double>), bools(ContiguousArray<Bool>), strings(StringArray)
    }
    let values: [Values]
    let validity: [Bitmap?]
    let ascending: [Bool]
    let nullsFirst: [Bool]

    init(_ columns: [Column], _ keys: [SortKey]) {
        values = columns.map {
            switch $0.values {
            case .ints(let v): .ints(v)
            case .doubles(let v): .doubles(v)
            case .bools(let v): .bools(v)
            case .strings(let v): .strings(v)
            }
        }
        validity = columns.map(\.validity)
        ascending = keys.map(\.ascending)
        nullsFirst = keys.map(\.nullsFirst)
    }

    /// -1, 0 or 1: how row `a` orders against row `b`.
    @inline(__always)
    func compare(_ a: Int, _ b: Int) -> Int {
        for k in 0 ..< values.count {
            let va = validity[k]?.isValid(a) ?? true, vb = validity[k]?.isValid(b) ?? true
            if !va || !vb {
                if va == vb { continue }
                return (!va) == nullsFirst[k] ? -1 : 1
            }
            var c = 0
            switch values[k] {
            case .ints(let v): c = v[a] < v[b] ? -1 : (v[a] > v[b] ? 1 : 0)
            case .doubles(let v):
                let x = v[a], y = v[b]
                if x < y { c = -1 } else if x > y { c = 1 } else if x.isNaN != y.isNaN { c = x.isNaN ? 1 : -1 }
            case .bools(let v): c = v[a] == v[b] ? 0 : (v[a] ? 1 : -1)
            case .strings(let s): c = s.compare(a, s, b)
            }
            if c != 0 { return ascending[k] ? c : -c }
        }
        return 0
    }
}

extension QueryExecutor {
    /// ORDER BY: the whole input sorted (in parallel runs, then merged), optionally cut to `limit` rows.
    func sort(_ keys: [SortKey], _ child: LogicalPlan, limit: Int?) throws -> Pipeline {
        let upstream = try pipeline(child)
        let all = try materializeSingle(upstream)
        try memoryBudget.check(all.byteSize * 2, "The sort")
        let evaluator = Evaluator(upstream.attributes)
        let keyColumns = try evaluator.evaluate(keys.map(\.expr), all)
        let order = SortKeyColumns(keyColumns, keys)
        let permutation = sortedPermutation(all.count, order, limit: limit)
        let sorted = Batch(schema: all.schema, columns: all.columns.map { $0.gather(permutation) }, count: permutation.count)
        return .memory(upstream.attributes, [sorted.chunked()])
    }

    /// ORDER BY ... LIMIT n (TakeOrderedAndProject).
    func topK(_ n: Int, _ keys: [SortKey], _ child: LogicalPlan) throws -> Pipeline {
        try sort(keys, child, limit: n)
    }

    /// The row order of `count` rows by `order`: runs sorted on every thread, then merged pairwise.
    func sortedPermutation(_ count: Int, _ order: SortKeyColumns, limit: Int?) -> ContiguousArray<Int32> {
        let runs = max(1, min(settings.threads, count / 50_000))
        let bounds = (0 ... runs).map { $0 * count / runs }
        let results = PartitionResults<(Int, [Int32])>(count: runs)
        try? ParallelRun.run(partitions: runs, threads: settings.threads) { r, _ in
            let range = bounds[r] ..< bounds[r + 1]
            if let limit, limit * 8 < range.count {
                results.set(r, (r, QueryExecutor.smallest(limit, of: range, order)))
                return
            }
            var run = range.map { Int32(truncatingIfNeeded: $0) }
            run.sort { order.compare(Int($0), Int($1)) < 0 }
            if let limit, run.count > limit { run.removeSubrange(limit...) }
            results.set(r, (r, run))
        }
        var merged = results.all.sorted { $0.0 < $1.0 }.map(\.1)
        while merged.count > 1 {
            var next: [[Int32]] = []
            var i = 0
            while i < merged.count {
                if i + 1 < merged.count { next.append(merge(merged[i], merged[i + 1], order, limit: limit)) } else { next.append(merged[i]) }
                i += 2
            }
            merged = next
        }
        var result = ContiguousArray(merged.first ?? [])
        if let limit, result.count > limit { result.removeSubrange(limit...) }
        return result
    }

    /// The first `k` rows of `range` in `order`, sorted: a bounded max-heap holds the best k seen,
    /// so ORDER BY ... LIMIT k costs O(n log k) instead of a full sort.
    static func smallest(_ k: Int, of range: Range<Int>, _ order: SortKeyColumns) -> [Int32] {
        guard k > 0 else { return [] }
        var heap: [Int32] = []
        heap.reserveCapacity(k)
        // Max-heap: heap[0] is the worst of the best k. Ties keep the earlier row (stable).
        func worse(_ a: Int32, _ b: Int32) -> Bool {
            let c = order.compare(Int(a), Int(b))
            return c > 0 || (c == 0 && a > b)
        }
        func siftDown(_ start: Int) {
            var i = start
            while true {
                let l = 2 * i + 1, r = l + 1
                var top = i
                if l < heap.count && worse(heap[l], heap[top]) { top = l }
                if r < heap.count && worse(heap[r], heap[top]) { top = r }
                if top == i { return }
                heap.swapAt(i, top)
                i = top
            }
        }
        for index in range {
            let row = Int32(truncatingIfNeeded: index)
            if heap.count < k {
                heap.append(row)
                var i = heap.count - 1
                while i > 0 {
                    let parent = (i - 1) / 2
                    guard worse(heap[i], heap[parent]) else { break }
                    heap.swapAt(i, parent)
                    i = parent
                }
            } else if worse(heap[0], row) {
                heap[0] = row
                siftDown(0)
            }
        }
        heap.sort { a, b in
            let c = order.compare(Int(a), Int(b))
            return c < 0 || (c == 0 && a < b)
        }
        return heap
    }

    private func merge(_ a: [Int32], _ b: [Int32], _ order: SortKeyColumns, limit: Int?) -> [Int32] {
        var out: [Int32] = []
        let total = limit.map { min($0, a.count + b.count) } ?? a.count + b.count
        out.reserveCapacity(total)
        var i = 0, j = 0
        while out.count < total {
            if j >= b.count || (i < a.count && order.compare(Int(a[i]), Int(b[j])) <= 0) { out.append(a[i]); i += 1 }
            else { out.append(b[j]); j += 1 }
        }
        return out
    }
}
