import Support
/// Reports: per-object summaries, counters and Ray's `memory_summary`-like table.
extension ObjectStore {
    /// A snapshot of every object the store holds, sorted by id (all strings are fresh copies).
    public func summary() -> [ObjectSummary] {
        snapshot().objects
    }

    /// A snapshot of the store's counters.
    public var statistics: StoreStatistics {
        lock.lock()
        defer { lock.unlock() }
        return currentStatistics()
    }

    /// A readable table of the objects (id, size, owner, state, references), then the totals.
    public func memorySummary() -> String {
        let (objects, statistics) = snapshot()
        let headers = ["OBJECT ID", "SIZE", "OWNER", "STATE", "REFS"]
        var rows: [[String]] = []
        for object in objects {
            let state = object.isError ? object.state.label + " (error)" : object.state.label
            let size = object.state == .pending ? "-" : formatBytes(object.size)
            rows.append([object.id.description, size, object.owner, state, String(object.referenceCount)])
        }
        var widths = headers.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() {
                widths[column] = max(widths[column], cell.count)
            }
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (column, cell) in cells.enumerated() {
                let isLast = column == cells.count - 1
                text += isLast ? cell : cell + String(repeating: " ", count: widths[column] - cell.count + 2)
            }
            return text
        }
        var lines = ["--- Object store memory summary ---", line(headers)]
        lines += rows.map(line)
        if rows.isEmpty {
            lines.append("(no objects)")
        }
        lines.append("In memory: \(formatBytes(statistics.inMemoryBytes)) / \(formatBytes(statistics.budget)) budget")
        lines.append("Spilled: \(formatBytes(statistics.spilledBytes)) on disk (\(formatBytes(statistics.spilledTotal)) spilled, \(formatBytes(statistics.restoredTotal)) restored in total)")
        lines.append("Objects: \(statistics.objectCount)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The summaries and the counters, taken under one hold of the lock.
    private func snapshot() -> (objects: [ObjectSummary], statistics: StoreStatistics) {
        lock.lock()
        defer { lock.unlock() }
        var objects: [ObjectSummary] = []
        objects.reserveCapacity(table.objects.count)
        for object in table.objects.values {
            objects.append(ObjectSummary(
                id: object.id, size: object.size, owner: Fresh.string(object.owner), state: object.state,
                referenceCount: object.referenceCount, isError: object.isError))
        }
        objects.sort { $0.id < $1.id }
        return (objects, currentStatistics())
    }

    /// With the lock held: the counters.
    private func currentStatistics() -> StoreStatistics {
        StoreStatistics(
            objectCount: table.objects.count, inMemoryBytes: table.inMemoryBytes,
            spilledBytes: table.spilledBytes, spilledTotal: table.spilledTotal,
            restoredTotal: table.restoredTotal, budget: table.budget)
    }
}
