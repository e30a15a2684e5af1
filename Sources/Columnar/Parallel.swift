import Foundation
import Support

/// Runs the partitions of a stage on up to `threads` threads. The first error stops the rest: every
/// partition checks `isCancelled` between batches, and `run` rethrows that error.
public final class ParallelRun: @unchecked Sendable {
    private let lock = ThreadLock()
    private var next = 0
    private var failure: Error?
    private var cancelled = false

    /// Whether another partition failed (or the query was cancelled).
    public var isCancelled: Bool { lock.locked { cancelled } }

    /// Cancels the run: partitions stop at their next batch.
    public func cancel(_ error: Error) {
        lock.locked {
            if failure == nil { failure = error }
            cancelled = true
        }
    }

    /// Calls `body(partition)` for every partition in `0 ..< partitions`, `threads` at a time.
    public static func run(partitions: Int, threads: Int, _ body: @escaping @Sendable (Int, ParallelRun) throws -> Void) throws {
        let state = ParallelRun()
        let workers = max(1, min(threads, partitions))
        if workers == 1 {
            for p in 0 ..< partitions { try body(p, state) }
            return
        }
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let p: Int? = state.lock.locked {
                    guard !state.cancelled, state.next < partitions else { return nil }
                    state.next += 1
                    return state.next - 1
                }
                guard let p else { return }
                do { try body(p, state) } catch { state.cancel(error) }
            }
        }
        if let failure = state.failure { throw failure }
    }
}

/// Thrown inside a partition to stop reading early (a limit that has its rows).
struct StopReading: Error {}

/// Results gathered per partition from parallel workers.
final class PartitionResults<T>: @unchecked Sendable {
    private let lock = ThreadLock()
    private var values: [T?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) { lock.locked { values[index] = value } }

    var all: [T] { lock.locked { values.compactMap { $0 } } }
}
