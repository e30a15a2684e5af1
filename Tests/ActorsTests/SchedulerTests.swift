import Foundation
import ObjectStore
import Testing
@testable import Actors

/// An executor whose "function" is a one-byte opcode: 0 doubles the argument byte, 1 raises, 2
/// crashes the worker; it records how many calls ran at once.
final class ByteExecutor: Executor, @unchecked Sendable {
    let store: ObjectStore
    let probe: ConcurrencyProbe
    var interruptFlag = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    var attention = UnsafeMutablePointer<Int>.allocate(capacity: 1)

    init(store: ObjectStore, probe: ConcurrencyProbe) {
        self.store = store
        self.probe = probe
        interruptFlag.pointee = 0
    }

    func byte(_ id: ObjectID) -> UInt8 { (try? store.copyPayload(id, timeout: nil).bytes.first) ?? 0 }

    func runTask(_ invocation: Invocation) -> ExecutionResult {
        probe.enter()
        defer { probe.leave() }
        usleep(20_000)
        let argument = byte(invocation.arguments)
        switch byte(invocation.callable) {
        case 0: return .success([EncodedObject(bytes: [argument &* 2], nested: [])])
        case 1: return .failure(EncodedObject(bytes: [255], nested: []), retryable: true)
        default: return .workerDied("crashed")
        }
    }

    func createActor(_ invocation: Invocation) -> ExecutionResult { .success([]) }
    func callActor(_ invocation: Invocation) -> ExecutionResult { runTask(invocation) }
}

/// Counts calls in progress and the most seen at once.
final class ConcurrencyProbe: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    private(set) var maximum = 0
    func enter() { lock.lock(); current += 1; maximum = max(maximum, current); lock.unlock() }
    func leave() { lock.lock(); current -= 1; lock.unlock() }
}

final class ByteFactory: ExecutorFactory, @unchecked Sendable {
    let store: ObjectStore
    let probe = ConcurrencyProbe()
    init(store: ObjectStore) { self.store = store }
    func makeExecutor(worker: Int) -> Executor { ByteExecutor(store: store, probe: probe) }
}

@Suite("Actor system")
struct SchedulerTests {
    func makeSystem(cpus: Int) -> (ActorSystem, ObjectStore, ByteFactory) {
        let store = ObjectStore(budget: 1 << 20, spillDirectory: NSTemporaryDirectory() + "actors-test-\(UUID().uuidString)")
        let factory = ByteFactory(store: store)
        return (ActorSystem(cpus: cpus, store: store, factory: factory, localExecutor: nil, localMode: false), store, factory)
    }

    func put(_ store: ObjectStore, _ byte: UInt8) throws -> ObjectID {
        try [byte].withUnsafeBytes { try store.put($0, nested: [], owner: "test") }
    }

    func submit(_ system: ActorSystem, _ store: ObjectStore, op: UInt8, argument: UInt8, cpus: Double = 1,
                retries: Int = 3, retryExceptions: Bool = false) throws -> ObjectID {
        let function = try put(store, op), arguments = try put(store, argument)
        let result = store.create(owner: "test")
        try system.submit(TaskSpec(function: function, arguments: arguments, dependencies: [], returns: [result],
                                   resources: ResourceRequest(cpus: cpus), maxRetries: retries,
                                   retryExceptions: retryExceptions, name: "op\(op)"))
        store.removeReference(function)
        store.removeReference(arguments)
        return result
    }

    @Test("Tasks run on as many workers as CPUs, and no more")
    func parallelism() throws {
        let (system, store, factory) = makeSystem(cpus: 2)
        let results = try (0 ..< 8).map { try submit(system, store, op: 0, argument: UInt8($0)) }
        let values = try results.map { try store.copyPayload($0, timeout: 10).bytes }
        #expect(values == (0 ..< 8).map { [UInt8($0 * 2)] })
        #expect(factory.probe.maximum == 2)
        #expect(system.workerCount == 2)
        system.shutdown()
    }

    @Test("A task asking for more CPUs than exist is refused at once")
    func infeasible() throws {
        let (system, store, _) = makeSystem(cpus: 2)
        #expect(throws: SchedulingError.self) { try submit(system, store, op: 0, argument: 1, cpus: 3) }
        system.shutdown()
    }

    @Test("Crashed workers are retried up to max_retries, then the result is WorkerCrashedError")
    func retries() throws {
        let (system, store, _) = makeSystem(cpus: 1)
        let result = try submit(system, store, op: 2, argument: 0, retries: 2)
        let payload = try store.copyPayload(result, timeout: 10)
        #expect(payload.isError)
        let decoded = payload.bytes.withUnsafeBytes { SystemErrorKind.decode($0) }
        #expect(decoded?.0 == .workerCrashed)
        system.shutdown()
    }

    @Test("Application errors are not retried unless retry_exceptions")
    func applicationErrors() throws {
        let (system, store, _) = makeSystem(cpus: 1)
        let result = try submit(system, store, op: 1, argument: 0)
        let payload = try store.copyPayload(result, timeout: 10)
        #expect(payload.isError && payload.bytes == [255])
        system.shutdown()
    }

    @Test("Cancelling a queued task ends it with TaskCancelledError without running it")
    func cancelQueued() throws {
        let (system, store, _) = makeSystem(cpus: 1)
        let first = try submit(system, store, op: 0, argument: 1)
        let queued = (0 ..< 5).map { _ in try? submit(system, store, op: 0, argument: 2) }.compactMap { $0 }
        #expect(system.cancel(queued[4], force: false))
        let payload = try store.copyPayload(queued[4], timeout: 10)
        #expect(payload.bytes.withUnsafeBytes { SystemErrorKind.decode($0) }?.0 == .cancelled)
        #expect(try store.copyPayload(first, timeout: 10).bytes == [2])
        system.shutdown()
    }
}
