import Support
import ObjectStore

/// The workers of one `ray.init`: a pool of threads that run tasks (each thread with its own
/// interpreter, from the executor factory), one thread per actor, resources, dependencies,
/// retries, restarts and cancellation. In local mode everything runs on the caller's thread, at
/// once, in submission order.
public final class ActorSystem: @unchecked Sendable {
    /// The object store results go to.
    public let store: ObjectStore
    /// CPUs of the pool.
    public let totalCPUs: Double
    /// Whether everything runs on the caller's thread.
    public let localMode: Bool
    let factory: ExecutorFactory
    let lock = ThreadLock()
    /// The executor of the thread that called `ray.init`, used in local mode (set once, before use).
    public var localExecutor: Executor?

    // Guarded by `lock`.
    var nextTaskID: UInt64 = 1
    var nextActorID: UInt64 = 1
    var tasks: [UInt64: TaskRecord] = [:]
    var readyQueue: [UInt64] = []
    var taskByReturn: [ObjectID: UInt64] = [:]
    var usedCPUs: Double = 0
    var reservedCPUs: Double = 0
    var workers: [WorkerRecord] = []
    var idleWorkers = 0
    var actors: [ActorID: ActorRecord] = [:]
    var namedActors: [String: ActorID] = [:]
    var isShutDown = false

    /// Starts a system of `cpus` CPUs (threads start on demand).
    public init(cpus: Int, store: ObjectStore, factory: ExecutorFactory, localExecutor: Executor?, localMode: Bool) {
        self.totalCPUs = Double(max(cpus, 1))
        self.store = store
        self.factory = factory
        self.localExecutor = localExecutor
        self.localMode = localMode
    }

    /// CPUs not held by running tasks or actors.
    public var availableCPUs: Double { lock.locked { max(0, totalCPUs - usedCPUs - reservedCPUs) } }

    /// Worker threads started so far (for tests and summaries).
    public var workerCount: Int { lock.locked { workers.count } }

    // MARK: Tasks

    /// Submits a task; its results arrive in `spec.returns`. The system holds references to the
    /// function, arguments and dependencies until the task ends.
    public func submit(_ given: TaskSpec) throws(SchedulingError) {
        let spec = given.detachedCopy
        guard spec.resources.cpus <= totalCPUs else {
            throw SchedulingError("task \(spec.name) asks for \(formatCPUs(spec.resources.cpus)) CPUs but the cluster has \(formatCPUs(totalCPUs)) (ray.init(num_cpus=...))")
        }
        guard spec.resources.cpus >= 0 else { throw SchedulingError("num_cpus must be at least 0") }
        for id in [spec.function, spec.arguments] + spec.dependencies { store.addReference(id) }
        if localMode, let localExecutor {
            runLocally(spec, localExecutor)
            return
        }
        let record = TaskRecord(spec: spec)
        let taskID: UInt64 = lock.locked {
            let id = nextTaskID
            nextTaskID += 1
            tasks[id] = record
            for returned in spec.returns { taskByReturn[returned] = id }
            return id
        }
        waitForDependencies(spec.dependencies) { [self] in enqueue(taskID) }
    }

    /// Calls `then` once every id is ready (at once if they all are).
    func waitForDependencies(_ ids: [ObjectID], then: @escaping @Sendable () -> Void) {
        if ids.isEmpty { then(); return }
        let remaining = Countdown(ids.count)
        for id in ids {
            store.onReady(id) { if remaining.decrement() { then() } }
        }
    }

    func enqueue(_ taskID: UInt64) {
        lock.locked {
            guard let record = tasks[taskID], record.state == .waiting else { return }
            record.state = .queued
            readyQueue.append(taskID)
            startWorkerIfNeeded()
            lock.broadcast()
        }
    }

    /// Starts another worker thread when queued work fits the free CPUs and no worker is idle.
    /// The lock must be held.
    func startWorkerIfNeeded() {
        let free = totalCPUs - usedCPUs - reservedCPUs + 1e-9
        // Only whether more tasks can run than idle workers can take matters: count no further.
        let runnable = readyQueue.lazy.filter { [self] in (tasks[$0]?.spec.resources.cpus ?? 0) <= free }
            .prefix(idleWorkers + 1).count
        let blocked = workers.lazy.filter(\.isBlocked).count
        let capacity = Int(totalCPUs.rounded(.up)) + blocked
        guard !isShutDown, runnable > idleWorkers, workers.count < capacity else { return }
        let index = workers.count
        let worker = WorkerRecord(index: index)
        workers.append(worker)
        startThread { [self] in workerLoop(worker) }
    }

    func runLocally(_ spec: TaskSpec, _ executor: Executor) {
        var attempt = 0
        while true {
            let invocation = Invocation(callable: spec.function, arguments: spec.arguments, returns: spec.returns.map { $0 },
                                        method: nil, actor: nil, name: spec.name)
            let result = executor.runTask(invocation)
            if case .failure(_, let retryable) = result, retryable, spec.retryExceptions,
               spec.maxRetries < 0 || attempt < spec.maxRetries {
                attempt += 1
                continue
            }
            finish(spec, result)
            return
        }
    }

    /// Seals a finished task's results (or its error into every result) and drops its references.
    func finish(_ spec: TaskSpec, _ result: ExecutionResult) {
        deliver(result, to: spec.returns, death: .workerCrashed)
        release([spec.function, spec.arguments] + spec.dependencies)
    }

    /// Seals a result into `returns`: each value into its own, or the error into every one (a
    /// dead worker's as a `death` system error).
    func deliver(_ result: ExecutionResult, to returns: [ObjectID], death: SystemErrorKind) {
        switch result {
        case .success(let values) where values.count == returns.count:
            for (returned, value) in zip(returns, values) { seal(returned, value, isError: false) }
        case .success(let values):
            let error = EncodedObject(bytes: death.encode("the task produced \(values.count) values for \(returns.count) results"), nested: [])
            for returned in returns { seal(returned, error, isError: true) }
        case .failure(let error, _):
            for returned in returns { seal(returned, error, isError: true) }
        case .workerDied(let message):
            let error = EncodedObject(bytes: death.encode(message), nested: [])
            for returned in returns { seal(returned, error, isError: true) }
        }
    }

    /// Drops the references the system held for a task or call.
    func release(_ ids: [ObjectID]) {
        for id in ids { store.removeReference(id) }
    }

    /// Seals one result; a result too big for the store becomes an ObjectStoreFullError.
    func seal(_ id: ObjectID, _ value: EncodedObject, isError: Bool) {
        do {
            try value.bytes.withUnsafeBytes { bytes in
                try store.seal(id, bytes, nested: value.nested, isError: isError)
            }
        } catch {
            let message: String
            if case .full(let text)? = error as? ObjectStoreError { message = text } else { message = "\(error)" }
            let replacement = SystemErrorKind.storeFull.encode(message)
            _ = try? replacement.withUnsafeBytes { bytes in
                try store.seal(id, bytes, nested: [], isError: true)
            }
        }
    }

    // MARK: Blocking

    /// A worker is about to wait in `get`/`wait`: it lends its CPUs so other work can run.
    public func willBlock(worker: Int) {
        lock.locked {
            guard worker >= 0, worker < workers.count, let record = workers[worker].running.flatMap({ tasks[$0] }),
                  !workers[worker].isBlocked else { return }
            workers[worker].isBlocked = true
            usedCPUs -= record.spec.resources.cpus
            startWorkerIfNeeded()
            lock.broadcast()
        }
    }

    /// The worker's wait is over: it takes its CPUs back (briefly over-subscribing if need be).
    public func didUnblock(worker: Int) {
        lock.locked {
            guard worker >= 0, worker < workers.count, workers[worker].isBlocked,
                  let record = workers[worker].running.flatMap({ tasks[$0] }) else { return }
            workers[worker].isBlocked = false
            usedCPUs += record.spec.resources.cpus
        }
    }

    // MARK: Shutdown

    /// Stops accepting work, fails queued tasks and actor calls, and lets idle threads end.
    public func shutdown() {
        let (queued, actorRecords): ([TaskRecord], [ActorRecord]) = lock.locked {
            isShutDown = true
            let queued = readyQueue.compactMap { tasks[$0] }
            readyQueue.removeAll()
            let actorRecords = Array(actors.values)
            lock.broadcast()
            return (queued, actorRecords)
        }
        for record in queued {
            finish(record.spec, .workerDied("the cluster was shut down before the task ran"))
        }
        for actor in actorRecords { kill(actor.id, noRestart: true) }
    }
}

/// Counts down from n, from any thread; true for the caller that reaches zero.
final class Countdown: @unchecked Sendable {
    private let lock = ThreadLock()
    private var left: Int
    init(_ count: Int) { left = count }
    func decrement() -> Bool { lock.locked { left -= 1; return left == 0 } }
}

func formatCPUs(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
}
