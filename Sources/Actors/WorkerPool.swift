import Support
import ObjectStore

/// A task the system knows about.
final class TaskRecord: @unchecked Sendable {
    enum State { case waiting, queued, running, finished }
    let spec: TaskSpec
    var state = State.waiting
    var attempts = 0
    /// The worker running it.
    var worker: Int?
    /// Set by `ray.cancel`: the task ends with TaskCancelledError.
    var cancelled = false
    init(spec: TaskSpec) { self.spec = spec }
}

/// A worker thread of the pool.
final class WorkerRecord: @unchecked Sendable {
    let index: Int
    var running: UInt64?
    var isBlocked = false
    /// The executor's interrupt flag and attention counter (raw memory, safe from any thread).
    var interruptFlag: UnsafeMutablePointer<Int32>?
    var attention: UnsafeMutablePointer<Int>?
    init(index: Int) { self.index = index }
}

extension ActorSystem {
    /// A worker thread: takes queued tasks that fit the free CPUs and runs them in its executor,
    /// replacing the executor when its worker "dies".
    func workerLoop(_ worker: WorkerRecord) {
        var executor = factory.makeExecutor(worker: worker.index)
        lock.locked {
            worker.interruptFlag = executor.interruptFlag
            worker.attention = executor.attention
        }
        while let (taskID, record) = nextTask(for: worker) {
            let spec = record.spec
            let invocation = Invocation(callable: spec.function, arguments: spec.arguments, returns: spec.returns.map { $0 },
                                        method: nil, actor: nil, name: Fresh.string(spec.name))
            let result = executor.runTask(invocation)
            if case .workerDied = result {
                executor = factory.makeExecutor(worker: worker.index)
                lock.locked {
                    worker.interruptFlag = executor.interruptFlag
                    worker.attention = executor.attention
                }
            }
            complete(taskID, record, result, on: worker)
        }
    }

    /// Waits for a queued task that fits; nil when the system shuts down.
    func nextTask(for worker: WorkerRecord) -> (UInt64, TaskRecord)? {
        lock.locked {
            idleWorkers += 1
            defer { idleWorkers -= 1 }
            while true {
                if isShutDown { return nil }
                let free = totalCPUs - usedCPUs - reservedCPUs + 1e-9
                if let position = readyQueue.firstIndex(where: { (tasks[$0]?.spec.resources.cpus ?? 0) <= free }),
                   let record = tasks[readyQueue[position]] {
                    let taskID = readyQueue.remove(at: position)
                    record.state = .running
                    record.worker = worker.index
                    record.attempts += 1
                    usedCPUs += record.spec.resources.cpus
                    worker.running = taskID
                    worker.isBlocked = false
                    idleWorkers -= 1
                    startWorkerIfNeeded()
                    idleWorkers += 1
                    return (taskID, record)
                }
                lock.wait()
            }
        }
    }

    /// Records a task's end: retries it if its budget allows, or seals its results.
    func complete(_ taskID: UInt64, _ record: TaskRecord, _ result: ExecutionResult, on worker: WorkerRecord) {
        let retry: Bool = lock.locked {
            if !worker.isBlocked { usedCPUs -= record.spec.resources.cpus }
            worker.running = nil
            worker.isBlocked = false
            let spec = record.spec
            let withinBudget = spec.maxRetries < 0 || record.attempts <= spec.maxRetries
            var retry = false
            if !record.cancelled, withinBudget, !isShutDown {
                switch result {
                case .workerDied: retry = true
                case .failure(_, let retryable): retry = retryable && spec.retryExceptions
                case .success: retry = false
                }
            }
            if retry {
                record.state = .queued
                readyQueue.append(taskID)
            } else {
                record.state = .finished
                tasks[taskID] = nil
                for returned in spec.returns { taskByReturn[returned] = nil }
            }
            lock.broadcast()
            return retry
        }
        if retry { return }
        if record.cancelled {
            let error = EncodedObject(bytes: SystemErrorKind.cancelled.encode("Task \(record.spec.name) was cancelled"), nested: [])
            finish(record.spec, .failure(error, retryable: false))
        } else {
            finish(record.spec, result)
        }
    }

    /// `ray.cancel`: a task not started yet never runs; a running one is interrupted
    /// (KeyboardInterrupt in its code) or, with `force`, its worker is killed.
    /// Returns false when no unfinished task produces `id`.
    @discardableResult
    public func cancel(_ id: ObjectID, force: Bool) -> Bool {
        let queued: TaskRecord? = lock.locked {
            guard let taskID = taskByReturn[id], let record = tasks[taskID] else { return nil }
            record.cancelled = true
            switch record.state {
            case .waiting, .queued:
                readyQueue.removeAll { $0 == taskID }
                tasks[taskID] = nil
                for returned in record.spec.returns { taskByReturn[returned] = nil }
                return record
            case .running:
                if let index = record.worker, index < workers.count,
                   let flag = workers[index].interruptFlag, let attention = workers[index].attention {
                    flag.pointee = force ? 3 : 1
                    attention.pointee = 0
                }
                return nil
            case .finished:
                return nil
            }
        }
        if let queued {
            let error = EncodedObject(bytes: SystemErrorKind.cancelled.encode("Task \(queued.spec.name) was cancelled"), nested: [])
            finish(queued.spec, .failure(error, retryable: false))
        }
        return true
    }

    /// Fault injection for tests: kills the worker running the task that produces `id` (the task
    /// is retried within its `max_retries`). False if no such task is running.
    @discardableResult
    public func killWorker(runningTaskOf id: ObjectID) -> Bool {
        lock.locked {
            guard let taskID = taskByReturn[id], let record = tasks[taskID], record.state == .running,
                  let index = record.worker, index < workers.count,
                  let flag = workers[index].interruptFlag, let attention = workers[index].attention else { return false }
            flag.pointee = 3
            attention.pointee = 0
            return true
        }
    }
}
