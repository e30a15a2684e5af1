import Support
/// Blocking until objects are ready: Ray's `wait`, `onReady` callbacks and the readers' wait.
extension ObjectStore {
    /// Ray's `wait`: blocks until at least `numReturns` of `ids` are resolved or `timeout` seconds
    /// pass (nil = forever). Returns the indices (into `ids`) of resolved ones, at most `numReturns`
    /// in the order of `ids`, and all other indices in order. An id is resolved when it is sealed,
    /// or when the store does not hold it (freed: reading it fails at once instead of blocking).
    public func wait(_ ids: [ObjectID], numReturns: Int, timeout: Double?) -> (ready: [Int], notReady: [Int]) {
        let wanted = min(max(numReturns, 0), ids.count)
        let deadline = Deadline.after(seconds: timeout)
        lock.lock()
        defer { lock.unlock() }
        var timedOut = false
        while true {
            var ready: [Int] = []
            for (index, id) in ids.enumerated() where ready.count < wanted && isResolved(id) {
                ready.append(index)
            }
            if ready.count >= wanted || timedOut {
                var notReady: [Int] = []
                var next = 0
                for index in ids.indices {
                    if next < ready.count && ready[next] == index {
                        next += 1
                    } else {
                        notReady.append(index)
                    }
                }
                return (ready, notReady)
            }
            timedOut = !lock.wait(until: deadline)
        }
    }

    /// Calls `callback` once the object is ready: now, on the calling thread, if it is sealed or the
    /// store does not hold it; otherwise on the thread that seals it (or drops its last reference,
    /// or shuts the store down), after that thread releases the lock. The store keeps the closure
    /// until then and releases it on that thread, so create it in a module with atomic reference
    /// counting (or keep no other reference to its captures on the creating thread).
    public func onReady(_ id: ObjectID, _ callback: @escaping @Sendable () -> Void) {
        lock.lock()
        if let object = table.objects[id], object.isPending {
            object.readyCallbacks.append(callback)
            lock.unlock()
            return
        }
        lock.unlock()
        callback()
    }

    /// With the lock held: whether waiting for `id` is over (sealed, or not held by the store).
    private func isResolved(_ id: ObjectID) -> Bool {
        guard let object = table.objects[id] else {
            return true
        }
        return !object.isPending
    }

    /// With the lock held: waits until no id is pending. Throws `.notFound` for an id the store does
    /// not hold and `.timeout` once the deadline (nil = none) passes.
    func waitUntilReady(_ ids: [ObjectID], deadline: Deadline?) throws(ObjectStoreError) {
        var timedOut = false
        // Ids found ready stay behind `next`: each wake-up rescans only from the first pending id,
        // so a get of n results woken by n seals costs O(n), not O(n²).
        var next = 0
        while true {
            while next < ids.count {
                guard let object = table.objects[ids[next]] else {
                    throw .notFound(ids[next])
                }
                if object.isPending {
                    break
                }
                next += 1
            }
            if next == ids.count {
                return
            }
            if timedOut {
                throw .timeout
            }
            timedOut = !lock.wait(until: deadline)
        }
    }
}
