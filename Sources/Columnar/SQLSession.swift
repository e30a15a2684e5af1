import Support

/// A dataframe session (what `SparkSession` wraps): execution settings, configuration, and the
/// temporary views of `createOrReplaceTempView`.
public final class SQLSession: @unchecked Sendable {
    private let lock = ThreadLock()
    private var views: [String: LogicalPlan] = [:]
    private var configuration: [String: String]
    /// The application's name.
    public let appName: String

    /// A session with `settings`.
    public init(appName: String, settings: ExecutionSettings, configuration: [String: String] = [:]) {
        self.appName = appName
        self.configuration = configuration
        self.configuration["spark.app.name"] = appName
        baseSettings = settings
    }

    private let baseSettings: ExecutionSettings

    /// The execution settings, with the optimizer rules switched off by configuration.
    public var settings: ExecutionSettings {
        var settings = baseSettings
        let excluded = get("spark.sql.optimizer.excludedRules") ?? ""
        settings.excludedRules = Set(excluded.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        return settings
    }

    /// The executor of this session.
    public var executor: QueryExecutor { QueryExecutor(settings: settings) }

    /// A configuration value.
    public func get(_ key: String) -> String? { lock.locked { configuration[key] } }

    /// Sets a configuration value.
    public func set(_ key: String, _ value: String) { lock.locked { configuration[key] = value } }

    /// Removes a configuration value.
    public func unset(_ key: String) { lock.locked { _ = configuration.removeValue(forKey: key) } }

    /// Every configuration value.
    public var allConfiguration: [String: String] { lock.locked { configuration } }

    /// Registers (or replaces) a temporary view.
    public func createView(_ name: String, _ plan: LogicalPlan) { lock.locked { views[name.lowercased()] = plan } }

    /// The plan of a view, or nil.
    public func view(_ name: String) -> LogicalPlan? { lock.locked { views[name.lowercased()] } }

    /// Drops a view; returns whether it existed.
    public func dropView(_ name: String) -> Bool { lock.locked { views.removeValue(forKey: name.lowercased()) != nil } }

    /// The views' names, sorted.
    public var viewNames: [String] { lock.locked { views.keys.sorted() } }

    /// A dataframe over `source`.
    public func read(_ source: any TableSource) -> DataFrame {
        DataFrame(.scan(ScanNode(source: source)), self)
    }

    /// A dataframe of `rows` (scalars in `schema`'s column order), in `partitions` partitions.
    public func createDataFrame(rows: [[Scalar]], schema: Schema, partitions: Int = 1) -> DataFrame {
        let parts = max(1, min(partitions, max(rows.count, 1)))
        var data: [[Batch]] = []
        for p in 0 ..< parts {
            let slice = rows[(p * rows.count / parts) ..< ((p + 1) * rows.count / parts)]
            var builders = schema.fields.map { ColumnBuilder(type: $0.type, capacity: slice.count) }
            for row in slice { for (i, value) in row.enumerated() where i < builders.count { builders[i].append(value) } }
            let columns = builders.indices.map { builders[$0].finish() }
            data.append([Batch(schema: schema, columns: columns, count: slice.count)])
        }
        return read(MemorySource(schema: schema, partitions: data, label: "LocalRelation"))
    }

    /// `spark.range(start, end, step, numPartitions)`: one bigint column `id`.
    public func range(_ start: Int64, _ end: Int64, step: Int64 = 1, partitions: Int? = nil) throws -> DataFrame {
        guard step != 0 else { throw ColumnarError(.argument, "The step of range must not be 0") }
        let count = max(0, step > 0 ? (end - start + step - 1) / step : (start - end - step - 1) / -step)
        let parts = max(1, partitions ?? settings.threads)
        let schema = Schema([Field("id", .int64, nullable: false)])
        var data: [[Batch]] = []
        for p in 0 ..< Int64(parts) {
            let from = p * count / Int64(parts), to = (p + 1) * count / Int64(parts)
            var batches: [Batch] = []
            var i = from
            while i < to {
                let n = min(Int64(Batch.preferredRows), to - i)
                let values = ContiguousArray((0 ..< n).lazy.map { start + (i + $0) * step })
                batches.append(Batch(schema: schema, columns: [Column(type: .int64, values: .ints(values))], count: Int(n)))
                i += n
            }
            data.append(batches)
        }
        return read(MemorySource(schema: schema, partitions: data, label: "Range (\(start), \(end), step=\(step), splits=\(parts))"))
    }
}

import Foundation
