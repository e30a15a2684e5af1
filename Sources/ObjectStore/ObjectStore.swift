import Support
/// The object store of the task runtime: immutable payloads (opaque bytes) under ids, kept alive by
/// reference counts, held in memory within a budget and spilled to disk beyond it.
///
/// Every thread may use the store. Callers may be compiled with non-atomic reference counting, so
/// the store copies whatever comes in (bytes, strings, arrays) into storage of its own and hands
/// out only fresh copies or raw views inside closures. The instance is meant to live for the whole
/// process; `shutdown()` frees what it holds.
public final class ObjectStore: @unchecked Sendable {
    /// The one lock guarding `table`.
    let lock = ThreadLock()
    /// All mutable state; used only with `lock` held.
    let table: StoreTable

    /// An empty store keeping at most `budget` bytes of payloads in memory; the spill directory is
    /// created when the first object is spilled.
    public init(budget: Int, spillDirectory: String) {
        table = StoreTable(budget: budget, spillDirectory: spillDirectory)
    }

    /// A pending object (a task's future result) with one reference, to be given its payload by `seal`.
    public func create(owner: String) -> ObjectID {
        let owner = Fresh.string(owner)
        lock.lock()
        defer { lock.unlock() }
        let id = table.newID()
        _ = table.insertPending(id, owner: owner)
        return id
    }

    /// Stores a copy of `bytes` as a ready object with one reference; each id in `nested` gains a
    /// reference until the object is freed. Throws `.full` or `.spillFailed`, storing nothing.
    public func put(_ bytes: UnsafeRawBufferPointer, nested: [ObjectID], isError: Bool = false, owner: String) throws(ObjectStoreError) -> ObjectID {
        let payload = OwnedBytes(copying: bytes)
        let nested = Fresh.array(nested)
        let owner = Fresh.string(owner)
        lock.lock()
        defer { lock.unlock() }
        let id = table.newID()
        do throws(ObjectStoreError) {
            try table.admit(payload.count, for: id, restoring: false)
        } catch {
            payload.free()
            throw error
        }
        let object = table.insertPending(id, owner: owner)
        table.makeReady(object, payload, nested: nested, isError: isError)
        return id
    }

    /// Gives a pending object a copy of `bytes`, wakes its readers and runs its `onReady`
    /// callbacks (on this thread, after releasing the lock). Sealing an object that is already
    /// sealed (a retried task) or that the store no longer holds (its references dropped) discards
    /// the bytes. On `.full` the object stays pending, so the caller can seal a small error payload
    /// instead: payloads under 4 KiB are always admitted.
    public func seal(_ id: ObjectID, _ bytes: UnsafeRawBufferPointer, nested: [ObjectID], isError: Bool) throws(ObjectStoreError) {
        let payload = OwnedBytes(copying: bytes)
        let nested = Fresh.array(nested)
        var callbacks: [@Sendable () -> Void] = []
        lock.lock()
        guard let object = table.objects[id], object.isPending else {
            lock.unlock()
            payload.free()
            return
        }
        do throws(ObjectStoreError) {
            try table.admit(payload.count, for: id, restoring: false)
        } catch {
            lock.unlock()
            payload.free()
            throw error
        }
        table.makeReady(object, payload, nested: nested, isError: isError)
        swap(&callbacks, &object.readyCallbacks)
        lock.broadcast()
        lock.unlock()
        for callback in callbacks {
            callback()
        }
    }

    /// One more reference to an object; ids the store does not hold are ignored.
    public func addReference(_ id: ObjectID) {
        lock.lock()
        defer { lock.unlock() }
        table.addReference(id)
    }

    /// One reference fewer. At zero the object's memory or spill file is freed and each nested id
    /// loses a reference; a pending object at zero is forgotten (a later `seal` discards its bytes,
    /// its `onReady` callbacks run now, readers blocked on it get `.notFound`).
    public func removeReference(_ id: ObjectID) {
        var cleanup = Cleanup()
        lock.lock()
        table.removeReference(id, into: &cleanup)
        if cleanup.wakesWaiters {
            lock.broadcast()
        }
        lock.unlock()
        cleanup.perform()
    }

    /// Whether the store holds the object and it is sealed (in memory or spilled).
    public func isReady(_ id: ObjectID) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard let object = table.objects[id] else {
            return false
        }
        return !object.isPending
    }

    /// The ids the object's payload refers to (empty while pending or when the store does not hold it).
    public func nestedReferences(_ id: ObjectID) -> [ObjectID] {
        lock.lock()
        defer { lock.unlock() }
        return Fresh.array(table.objects[id]?.nested ?? [])
    }

    /// Frees every object, deletes the spill files and the directories the store created, runs
    /// pending objects' callbacks and wakes blocked readers (they get `.notFound`). Objects being
    /// read right now are freed when their readers finish. The store stays usable, empty.
    public func shutdown() {
        var cleanup = Cleanup()
        lock.lock()
        for object in table.objects.values {
            table.release(object, into: &cleanup)
        }
        table.objects = [:]
        table.spilledBytes = 0
        table.spillFiles.removeDirectories()
        lock.broadcast()
        lock.unlock()
        cleanup.perform()
    }
}
