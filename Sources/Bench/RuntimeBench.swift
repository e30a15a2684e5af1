import Actors
import Foundation
import ObjectStore

/// The actor runtime without the language: an executor that answers every call with its argument's
/// bytes, so the figures are the scheduler's and the store's own costs (Ray's microbenchmark terms).
enum RuntimeBench {
    /// Echoes the argument bytes as the result.
    final class EchoExecutor: Executor, @unchecked Sendable {
        let store: ObjectStore
        let interruptFlag = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        let attention = UnsafeMutablePointer<Int>.allocate(capacity: 1)

        init(store: ObjectStore) {
            self.store = store
            interruptFlag.pointee = 0
            attention.pointee = 1
        }

        func runTask(_ invocation: Invocation) -> ExecutionResult {
            let bytes = (try? store.copyPayload(invocation.arguments, timeout: nil).bytes) ?? []
            return .success([EncodedObject(bytes: bytes, nested: [])])
        }

        func createActor(_ invocation: Invocation) -> ExecutionResult { .success([]) }
        func callActor(_ invocation: Invocation) -> ExecutionResult { runTask(invocation) }
    }

    /// Makes echo executors.
    final class EchoFactory: ExecutorFactory, @unchecked Sendable {
        let store: ObjectStore
        init(store: ObjectStore) { self.store = store }
        func makeExecutor(worker: Int) -> Executor { EchoExecutor(store: store) }
    }

    static func run() {
        let store = ObjectStore(budget: 4 << 30, spillDirectory: NSTemporaryDirectory() + "prism-bench-\(getpid())")
        let factory = EchoFactory(store: store)
        let system = ActorSystem(cpus: ProcessInfo.processInfo.activeProcessorCount, store: store, factory: factory,
                                 localExecutor: nil, localMode: false)
        defer { system.shutdown(); store.shutdown() }
        let function = put(store, [0])
        let argument = put(store, [1, 2, 3, 4])
        func task() -> ObjectID {
            let result = store.create(owner: "bench")
            for id in [function, argument] { store.addReference(id) }
            try? system.submit(TaskSpec(function: function, arguments: argument, dependencies: [], returns: [result],
                                        resources: ResourceRequest(cpus: 1), name: "echo"))
            return result
        }
        func finish(_ ids: [ObjectID]) {
            _ = try? store.withPayloads(ids, timeout: nil) { _, _, _ in 0 }
            for id in ids { store.removeReference(id) }
        }
        let n = 20_000
        let syncTasks = Timing.seconds { for _ in 0 ..< n { finish([task()]) } }
        let asyncTasks = Timing.seconds { finish((0 ..< n).map { _ in task() }) }
        guard let actor = try? system.createActor(ActorSpec(actorClass: function, arguments: argument, dependencies: [],
                                                            resources: ResourceRequest(cpus: 0), name: nil, className: "Echo"),
                                                  metadata: []) else {
            print("could not create the actor")
            return
        }
        func call() -> ObjectID {
            let result = store.create(owner: "bench")
            system.callActor(actor, method: "echo", arguments: argument, dependencies: [], returns: [result])
            return result
        }
        let syncCalls = Timing.seconds { for _ in 0 ..< n { finish([call()]) } }
        let asyncCalls = Timing.seconds { finish((0 ..< n).map { _ in call() }) }
        print("engine only (no interpreter), \(n) calls each:")
        print("tasks sync          \(Timing.grouped(Double(n) / syncTasks)) /s")
        print("tasks async         \(Timing.grouped(Double(n) / asyncTasks)) /s")
        print("actor calls sync    \(Timing.grouped(Double(n) / syncCalls)) /s")
        print("actor calls async   \(Timing.grouped(Double(n) / asyncCalls)) /s")
        let big = [UInt8](repeating: 7, count: 100 << 20)
        var id = ObjectID(raw: 0)
        let putTime = Timing.median(runs: 5) {
            id = put(store, big)
            store.removeReference(id)
        }
        id = put(store, big)
        let viewTime = Timing.median(runs: 5) { _ = try? store.withPayloads([id], timeout: nil) { _, bytes, _ in bytes.count } }
        let copyTime = Timing.median(runs: 5) { _ = try? store.copyPayload(id, timeout: nil) }
        print("put 100 MB          \(String(format: "%.2f", 0.1 / putTime)) GB/s")
        print("get 100 MB, view    \(String(format: "%.1f", viewTime * 1e6)) µs (no copy)")
        print("get 100 MB, copy    \(String(format: "%.2f", 0.1 / copyTime)) GB/s")
    }

    static func put(_ store: ObjectStore, _ bytes: [UInt8]) -> ObjectID {
        (try? bytes.withUnsafeBytes { try store.put($0, nested: [], owner: "bench") }) ?? ObjectID(raw: 0)
    }
}
