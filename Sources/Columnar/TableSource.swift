/// A table the engine can scan: a file format reader (ColumnarIO) or data already in memory. The
/// engine asks for partitions and scans each on an executor thread; a source reads only the
/// columns asked for.
public protocol TableSource: Sendable {
    /// The columns of the table.
    var schema: Schema { get }
    /// What `explain()` shows for the scan, e.g. "csv [/data/taxi.csv]".
    var label: String { get }
    /// How many partitions to scan, given the number the engine would like.
    func partitionCount(preferred: Int) -> Int
    /// Reads partition `partition` of `partitionCount` (as returned by `partitionCount`), calling
    /// `sink` with batches (of about `Batch.preferredRows` rows) holding the columns at `columns`, in
    /// that order. Throws `ColumnarError` for unreadable or malformed input.
    func scan(partition: Int, of partitionCount: Int, columns: [Int], sink: (Batch) throws -> Void) throws
}

/// A table held in memory as partitions of batches (`createDataFrame`, `spark.range`, cached data).
public final class MemorySource: TableSource, @unchecked Sendable {
    public let schema: Schema
    /// The partitions, each a list of batches.
    public let partitions: [[Batch]]
    public let label: String

    /// A source of `partitions`.
    public init(schema: Schema, partitions: [[Batch]], label: String = "memory") {
        self.schema = schema
        self.partitions = partitions.isEmpty ? [[]] : partitions
        self.label = label
    }

    public func partitionCount(preferred: Int) -> Int { partitions.count }

    public func scan(partition: Int, of partitionCount: Int, columns: [Int], sink: (Batch) throws -> Void) throws {
        let projected = schema.project(columns)
        for batch in partitions[partition] {
            var out = Batch(schema: projected, columns: columns.map { batch.columns[$0] }, count: batch.physicalCount)
            out.selection = batch.selection
            try sink(out)
        }
    }

    /// The number of rows.
    public var rowCount: Int { partitions.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } } }
}
