/// A chunk of a table: columns of equal length, and optionally a selection vector naming the rows
/// that are part of the chunk (a filter's result, kept without copying the columns).
public struct Batch: Sendable {
    /// The columns' names and types.
    public var schema: Schema
    /// The columns, all `physicalCount` long.
    public var columns: [Column]
    /// The number of rows in the columns.
    public var physicalCount: Int
    /// The rows of the chunk, ascending; nil when every row is.
    public var selection: ContiguousArray<Int32>?

    /// The preferred number of rows per batch.
    public static let preferredRows = 2048

    /// A batch of `columns` (all of one length), every row selected.
    public init(schema: Schema, columns: [Column], count: Int? = nil) {
        self.schema = schema
        self.columns = columns
        physicalCount = count ?? columns.first?.count ?? 0
        selection = nil
    }

    /// A batch with no rows.
    public static func empty(_ schema: Schema) -> Batch {
        Batch(schema: schema, columns: schema.fields.map { Column.repeating(.null, type: $0.type, count: 0) }, count: 0)
    }

    /// The number of rows in the chunk.
    @inline(__always) public var count: Int { selection?.count ?? physicalCount }

    /// The same rows with the selection applied to every column (no-op without a selection).
    public func compacted() -> Batch {
        guard let selection else { return self }
        return Batch(schema: schema, columns: columns.map { $0.gather(selection) }, count: selection.count)
    }

    /// Column `i` of the chunk, its selection applied.
    public func column(_ i: Int) -> Column {
        guard let selection else { return columns[i] }
        return columns[i].gather(selection)
    }

    /// The physical row of logical row `i`.
    @inline(__always) public func row(_ i: Int) -> Int { selection.map { Int($0[i]) } ?? i }

    /// Row `i` (logical) as scalars.
    public func rowScalars(_ i: Int) -> [Scalar] {
        let physical = row(i)
        return columns.map { $0.scalar(at: physical) }
    }

    /// Approximate memory held, in bytes.
    public var byteSize: Int { columns.reduce(0) { $0 + $1.byteSize } }
}
