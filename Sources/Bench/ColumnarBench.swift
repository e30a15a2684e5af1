import Columnar
import Foundation

/// The dataframe engine without the language: a synthetic taxi-like table in memory, and the
/// operators of the peer workloads timed one by one (medians of 3).
enum ColumnarBench {
    static func run(rows: Int) {
        let threads = ProcessInfo.processInfo.activeProcessorCount
        let session = SQLSession(appName: "bench", settings: ExecutionSettings(threads: threads, memoryLimit: 8 << 30))
        let table = makeTable(session, rows: rows, partitions: threads * 2)
        let c = { (name: String) in Expr.column(name) }
        func report(_ name: String, _ frame: () throws -> DataFrame) {
            do {
                let df = try frame()
                var result = 0
                let time = try Timing.median(runs: 3) { result = try df.collectBatches().reduce(0) { $0 + $1.count } }
                print("\(name.padding(toLength: 34, withPad: " ", startingAt: 0)) \(String(format: "%.3f", time)) s  \(Timing.grouped(Double(rows) / time)) rows/s  (\(result) rows out)")
            } catch {
                print("\(name): \(error)")
            }
        }
        print("\(Timing.grouped(Double(rows))) rows in memory, \(threads) threads:")
        report("filter + count") {
            try table.filter(.binary(.greater, c("fare"), .literal(.double(10), .float64))).aggregate(groupBy: [], [.aggregate(.count, nil)])
        }
        report("project arithmetic + sum") {
            try table.aggregate(groupBy: [], [.aggregate(.sum, .binary(.multiply, c("fare"), .binary(.add, c("distance"), .literal(.double(1), .float64))))])
        }
        report("group by 2 int keys (144 groups)") {
            try table.aggregate(groupBy: [c("hour"), c("passengers")], [.aggregate(.count, nil), .aggregate(.avg, c("fare"))])
        }
        let dim = session.createDataFrame(rows: (0 ..< 24).map { [.int(Int64($0)), .string($0 < 6 ? "night" : "day")] },
                                          schema: Schema([Field("hour", .int64), Field("label", .string)]))
        report("join 24-row dim + group by string") {
            try table.join(dim, using: ["hour"], how: .inner).aggregate(groupBy: [c("label")], [.aggregate(.count, nil)])
        }
        report("sort by fare, limit 100") {
            try table.orderBy([.sortOrder(c("fare"), ascending: false, nullsFirst: nil)]).limit(100)
        }
    }

    /// A table of `rows` trips: hour (0-23), passengers (1-6), fare and distance (doubles).
    static func makeTable(_ session: SQLSession, rows: Int, partitions: Int) -> DataFrame {
        let schema = Schema([Field("hour", .int64), Field("passengers", .int64), Field("fare", .float64), Field("distance", .float64)])
        var state: UInt64 = 42
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 11
        }
        var data: [[Batch]] = []
        for p in 0 ..< partitions {
            let from = p * rows / partitions, to = (p + 1) * rows / partitions
            var batches: [Batch] = []
            var i = from
            while i < to {
                let n = min(Batch.preferredRows, to - i)
                var hours = ContiguousArray<Int64>(), passengers = ContiguousArray<Int64>()
                var fares = ContiguousArray<Double>(), distances = ContiguousArray<Double>()
                for _ in 0 ..< n {
                    hours.append(Int64(next() % 24))
                    passengers.append(Int64(next() % 6 + 1))
                    let distance = Double(next() % 20_000) / 1000
                    distances.append(distance)
                    fares.append(2.5 + 1.56 * distance + Double(next() % 300) / 100)
                }
                batches.append(Batch(schema: schema, columns: [
                    Column(type: .int64, values: .ints(hours)), Column(type: .int64, values: .ints(passengers)),
                    Column(type: .float64, values: .doubles(fares)), Column(type: .float64, values: .doubles(distances)),
                ], count: n))
                i += n
            }
            data.append(batches)
        }
        return session.read(MemorySource(schema: schema, partitions: data, label: "synthetic"))
    }
}
