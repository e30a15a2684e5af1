import Support
/// Reading payloads: pinning ready objects, restoring spilled ones, handing out views and copies.
extension ObjectStore {
    /// Blocks until every id is ready (at most `timeout` seconds, nil = forever; throws
    /// `ObjectStoreError.timeout`), restores spilled ones, then calls `body` once per id in order
    /// with (index, bytes, isError) while all are pinned: pinned objects are never spilled or freed.
    /// The views are valid only inside `body`. Marks the objects recently used. Throws `.notFound`
    /// for an id the store does not hold, `.full` or `.spillFailed` when restoring fails.
    public func withPayloads<R>(_ ids: [ObjectID], timeout: Double?, _ body: (Int, UnsafeRawBufferPointer, Bool) throws -> R) throws -> [R] {
        let payloads = try pin(ids, timeout: timeout)
        defer { unpin(payloads) }
        var results: [R] = []
        results.reserveCapacity(payloads.count)
        for (index, payload) in payloads.enumerated() {
            results.append(try body(index, payload.bytes, payload.isError))
        }
        return results
    }

    /// A copy of one object's bytes (which the store does not keep) and whether it is an error,
    /// blocking like `withPayloads`.
    public func copyPayload(_ id: ObjectID, timeout: Double?) throws(ObjectStoreError) -> (bytes: [UInt8], isError: Bool) {
        let payloads = try pin([id], timeout: timeout)
        defer { unpin(payloads) }
        guard let payload = payloads.first else {
            throw .notFound(id)
        }
        return (Array(payload.bytes), payload.isError)
    }

    /// Waits until all ids are ready, then pins them all (restoring spilled ones), in order.
    func pin(_ ids: [ObjectID], timeout: Double?) throws(ObjectStoreError) -> [PinnedPayload] {
        let deadline = Deadline.after(seconds: timeout)
        lock.lock()
        defer { lock.unlock() }
        try waitUntilReady(ids, deadline: deadline)
        var pinned: [PinnedPayload?] = Array(repeating: nil, count: ids.count)
        do throws(ObjectStoreError) {
            // In-memory objects first, so restoring the spilled ones cannot spill them.
            for pass in 0..<2 {
                for (index, id) in ids.enumerated() where pinned[index] == nil {
                    guard let object = table.objects[id] else {
                        throw ObjectStoreError.notFound(id)
                    }
                    if pass == 1 {
                        try table.restore(object)
                    }
                    if object.isInMemory {
                        pinned[index] = table.pin(object)
                    } else if pass == 1 {
                        throw ObjectStoreError.notFound(id)
                    }
                }
            }
        } catch {
            var cleanup = Cleanup()
            for payload in pinned.compactMap({ $0 }) {
                table.unpin(payload.object, into: &cleanup)
            }
            cleanup.perform()
            throw error
        }
        return pinned.compactMap { $0 }
    }

    /// Undoes `pin`, freeing objects released while they were pinned.
    func unpin(_ payloads: [PinnedPayload]) {
        var cleanup = Cleanup()
        lock.lock()
        for payload in payloads {
            table.unpin(payload.object, into: &cleanup)
        }
        lock.unlock()
        cleanup.perform()
    }
}
