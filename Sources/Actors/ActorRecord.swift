import Support
import ObjectStore

/// One actor: its spec, its mailbox of calls and its thread's state.
final class ActorRecord: @unchecked Sendable {
    struct Call {
        var method: String
        var arguments: ObjectID
        var dependencies: [ObjectID]
        var returns: [ObjectID]
        var attempts = 0
    }
    let id: ActorID
    let spec: ActorSpec
    /// What the bindings keep with a named actor to rebuild its handle (fresh copy).
    let metadata: [UInt8]
    let lock = ThreadLock()
    // Guarded by `lock`.
    var mailbox = Mailbox()
    var dead: String?
    var restarts = 0
    var killRequested = false
    var noRestart = false
    var interruptFlag: UnsafeMutablePointer<Int32>?
    var attention: UnsafeMutablePointer<Int>?
    /// The executor holding the instance (local mode only; otherwise it lives on the actor's thread).
    var localExecutor: Executor?

    init(id: ActorID, spec: ActorSpec, metadata: [UInt8]) {
        self.id = id
        self.spec = spec
        self.metadata = metadata
    }
}

/// An actor's queue of calls: appends at the back, takes from the front in O(1) (a head index into
/// an array compacted when half of it is consumed), so a burst of thousands of async calls costs
/// linear time.
struct Mailbox {
    private var calls: [ActorRecord.Call] = []
    private var head = 0

    /// Whether no call waits.
    var isEmpty: Bool { head == calls.count }

    /// Queues `call` last.
    mutating func append(_ call: ActorRecord.Call) { calls.append(call) }

    /// Queues `call` first (a retried call).
    mutating func prepend(_ call: ActorRecord.Call) {
        if head > 0 { head -= 1; calls[head] = call } else { calls.insert(call, at: 0) }
    }

    /// The first call, removed.
    mutating func removeFirst() -> ActorRecord.Call {
        let call = calls[head]
        head += 1
        if head == calls.count { calls.removeAll(keepingCapacity: true); head = 0 }
        else if head >= 1024 && head * 2 >= calls.count { calls.removeFirst(head); head = 0 }
        return call
    }

    /// Every waiting call, removed.
    mutating func removeAll() -> [ActorRecord.Call] {
        let pending = Array(calls[head...])
        calls.removeAll()
        head = 0
        return pending
    }
}

extension ActorSystem {
    /// Creates an actor; its constructor runs on its own thread (at once in local mode).
    /// `metadata` is kept for `namedActor`.
    public func createActor(_ given: ActorSpec, metadata: [UInt8]) throws(SchedulingError) -> ActorID {
        let spec = given.detachedCopy
        guard spec.resources.cpus <= totalCPUs else {
            throw SchedulingError("actor \(spec.className) asks for \(formatCPUs(spec.resources.cpus)) CPUs but the cluster has \(formatCPUs(totalCPUs)) (ray.init(num_cpus=...))")
        }
        let outcome: Result<ActorRecord, SchedulingError> = lock.locked {
            guard !isShutDown else { return .failure(SchedulingError("ray is shut down")) }
            if let name = spec.name, namedActors[name] != nil {
                return .failure(SchedulingError("Actor with name '\(name)' already exists in the namespace"))
            }
            guard spec.resources.cpus <= totalCPUs - usedCPUs - reservedCPUs + 1e-9 else {
                return .failure(SchedulingError("actor \(spec.className) asks for \(formatCPUs(spec.resources.cpus)) CPUs but only \(formatCPUs(totalCPUs - usedCPUs - reservedCPUs)) are free"))
            }
            let id = ActorID(raw: nextActorID)
            nextActorID += 1
            let record = ActorRecord(id: id, spec: spec, metadata: Fresh.array(metadata))
            actors[id] = record
            if let name = spec.name { namedActors[name] = id }
            reservedCPUs += spec.resources.cpus
            return .success(record)
        }
        let record = try outcome.get()
        for id in [spec.actorClass, spec.arguments] + spec.dependencies { store.addReference(id) }
        if localMode, let localExecutor {
            record.localExecutor = localExecutor
            construct(record, localExecutor)
        } else {
            startThread { [self] in actorLoop(record) }
        }
        return record.id
    }

    /// The actor registered under `name`, with its metadata.
    public func namedActor(_ name: String) -> (ActorID, [UInt8])? {
        lock.locked {
            guard let id = namedActors[name], let record = actors[id], record.lock.locked({ record.dead == nil }) else { return nil }
            return (id, record.metadata.map { $0 })
        }
    }

    /// Queues a method call; its results arrive in `returns`. Calls run in submission order.
    public func callActor(_ actor: ActorID, method: String, arguments: ObjectID, dependencies: [ObjectID],
                          returns: [ObjectID]) {
        for id in [arguments] + dependencies { store.addReference(id) }
        let call = ActorRecord.Call(method: Fresh.string(method), arguments: arguments,
                                    dependencies: Fresh.array(dependencies), returns: Fresh.array(returns))
        guard let record = lock.locked({ actors[actor] }) else {
            fail(call, "the actor \(actor) does not exist (it was killed or ray was shut down)")
            return
        }
        if let executor = record.localExecutor {
            if let reason = record.lock.locked({ record.dead }) { fail(call, reason); return }
            finishCall(call, executor.callActor(invocation(for: call, record)))
            return
        }
        let deadReason: String? = record.lock.locked {
            if let dead = record.dead { return dead }
            record.mailbox.append(call)
            record.lock.broadcast()
            return nil
        }
        if let deadReason { fail(call, deadReason) }
    }

    /// `ray.kill`: the actor dies now (its running call is stopped); it restarts only if
    /// `noRestart` is false and `max_restarts` allows.
    public func kill(_ actor: ActorID, noRestart: Bool) {
        guard let record = lock.locked({ actors[actor] }) else { return }
        record.lock.locked {
            record.killRequested = true
            record.noRestart = noRestart
            if let flag = record.interruptFlag, let attention = record.attention {
                flag.pointee = 3
                attention.pointee = 0
            }
            record.lock.broadcast()
        }
        if record.localExecutor != nil {
            markDead(record, "The actor was killed by ray.kill()")
        }
    }

    func invocation(for call: ActorRecord.Call, _ record: ActorRecord) -> Invocation {
        Invocation(callable: record.spec.actorClass, arguments: call.arguments, returns: call.returns.map { $0 },
                   method: call.method, actor: record.id, name: "\(record.spec.className).\(call.method)")
    }

    /// Runs the constructor; false (and the actor dead) if it raised.
    @discardableResult
    func construct(_ record: ActorRecord, _ executor: Executor) -> Bool {
        if !record.spec.dependencies.isEmpty {
            _ = store.wait(record.spec.dependencies, numReturns: record.spec.dependencies.count, timeout: nil)
        }
        let invocation = Invocation(callable: record.spec.actorClass, arguments: record.spec.arguments, returns: [],
                                    method: nil, actor: record.id, name: record.spec.className)
        switch executor.createActor(invocation) {
        case .success: return true
        case .failure:
            markDead(record, "The actor died because of an error raised in its creation task")
            return false
        case .workerDied(let message):
            markDead(record, "The actor died while being created: \(message)")
            return false
        }
    }

    /// An actor's thread: constructs the instance, then runs calls in order, restarting after
    /// crashes as `max_restarts` allows.
    func actorLoop(_ record: ActorRecord) {
        var executor = factory.makeExecutor(worker: -Int(record.id.raw))
        record.lock.locked {
            record.interruptFlag = executor.interruptFlag
            record.attention = executor.attention
        }
        guard construct(record, executor) else { return }
        while let call = nextCall(record) {
            if !call.dependencies.isEmpty {
                _ = store.wait(call.dependencies, numReturns: call.dependencies.count, timeout: nil)
            }
            let result = executor.callActor(invocation(for: call, record))
            guard case .workerDied = result else {
                finishCall(call, result)
                continue
            }
            // The actor crashed (ray.kill, fault injection): restart it or let it die.
            let restart: Bool = record.lock.locked {
                let allowed = !record.noRestart && (record.spec.maxRestarts < 0 || record.restarts < record.spec.maxRestarts)
                if allowed { record.restarts += 1; record.killRequested = false }
                return allowed
            }
            guard restart else {
                fail(call, "The actor died unexpectedly before finishing this task")
                markDead(record, "The actor is dead because it was killed or crashed (max_restarts exhausted)")
                return
            }
            executor = factory.makeExecutor(worker: -Int(record.id.raw))
            record.lock.locked {
                record.interruptFlag = executor.interruptFlag
                record.attention = executor.attention
            }
            var retried = call
            retried.attempts += 1
            if record.spec.maxTaskRetries < 0 || retried.attempts <= record.spec.maxTaskRetries {
                record.lock.locked { record.mailbox.prepend(retried) }
            } else {
                fail(call, "The actor died unexpectedly before finishing this task (it restarted; max_task_retries=\(record.spec.maxTaskRetries))")
            }
            guard construct(record, executor) else { return }
        }
    }

    /// The next call, or nil once the actor is dead or killed.
    func nextCall(_ record: ActorRecord) -> ActorRecord.Call? {
        let outcome: (ActorRecord.Call?, Bool) = record.lock.locked {
            while true {
                if record.dead != nil { return (nil, false) }
                if record.killRequested { return (nil, true) }
                if !record.mailbox.isEmpty { return (record.mailbox.removeFirst(), false) }
                if lock.locked({ isShutDown }) { return (nil, true) }
                record.lock.wait()
            }
        }
        if outcome.1 { markDead(record, "The actor was killed by ray.kill()") }
        return outcome.0
    }

    func finishCall(_ call: ActorRecord.Call, _ result: ExecutionResult) {
        deliver(result, to: call.returns, death: .actorDied)
        release([call.arguments] + call.dependencies)
    }

    /// Ends a call with RayActorError.
    func fail(_ call: ActorRecord.Call, _ reason: String) {
        finishCall(call, .workerDied(reason))
    }

    /// Marks an actor dead: queued calls fail, its name and resources are released.
    func markDead(_ record: ActorRecord, _ message: String) {
        let pending: [ActorRecord.Call] = record.lock.locked {
            if record.dead == nil { record.dead = message }
            let pending = record.mailbox.removeAll()
            record.lock.broadcast()
            return pending
        }
        for call in pending { fail(call, message) }
        let firstDeath: Bool = lock.locked {
            guard actors[record.id] != nil else { return false }
            actors[record.id] = nil
            reservedCPUs -= record.spec.resources.cpus
            if let name = record.spec.name, namedActors[name] == record.id { namedActors[name] = nil }
            return true
        }
        if firstDeath { release([record.spec.actorClass, record.spec.arguments] + record.spec.dependencies) }
    }
}
