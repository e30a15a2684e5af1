/// The store's mutable state: the objects, their references and the byte counters.
/// Every member is used only with the store's lock held.
final class StoreTable {
    /// The memory budget in bytes.
    let budget: Int
    /// Where spilled payloads go.
    var spillFiles: SpillFiles
    /// The objects the store holds.
    var objects: [ObjectID: StoredObject] = [:]
    /// The raw value of the last id handed out.
    private var lastID: UInt64 = 0
    /// Ticks once per use of an object, for least-recently-used spilling.
    private var clock: UInt64 = 0
    /// Bytes of ready payloads in memory (including pinned objects already released).
    var inMemoryBytes = 0
    /// Bytes of in-memory payloads that are pinned.
    var pinnedBytes = 0
    /// Bytes currently in spill files.
    var spilledBytes = 0
    /// Bytes ever spilled.
    var spilledTotal = 0
    /// Bytes ever restored.
    var restoredTotal = 0

    /// An empty table.
    init(budget: Int, spillDirectory: String) {
        self.budget = max(0, budget)
        spillFiles = SpillFiles(directory: spillDirectory)
    }

    /// A new id, larger than every earlier one.
    func newID() -> ObjectID {
        lastID += 1
        return ObjectID(raw: lastID)
    }

    /// Marks an object as just used.
    func touch(_ object: StoredObject) {
        clock += 1
        object.lastUse = clock
    }

    /// Adds a new pending object with one reference.
    func insertPending(_ id: ObjectID, owner: String) -> StoredObject {
        let object = StoredObject(id: id, owner: owner)
        objects[id] = object
        touch(object)
        return object
    }

    /// Gives a pending object its payload (already admitted to the budget); each nested id gains a reference.
    func makeReady(_ object: StoredObject, _ bytes: OwnedBytes, nested: [ObjectID], isError: Bool) {
        object.residence = .inMemory(bytes.base)
        object.size = bytes.count
        object.isError = isError
        object.nested = nested.filter { $0 != object.id }
        inMemoryBytes += bytes.count
        touch(object)
        for id in object.nested {
            addReference(id)
        }
    }

    /// One more reference to an object the store holds; ids it does not hold are ignored.
    func addReference(_ id: ObjectID) {
        objects[id]?.referenceCount += 1
    }

    /// One reference fewer; an object left without references is released, which drops one
    /// reference from each of its nested ids in turn. Ids the store does not hold are ignored.
    func removeReference(_ id: ObjectID, into cleanup: inout Cleanup) {
        var work = [id]
        while let next = work.popLast() {
            guard let object = objects[next] else {
                continue
            }
            object.referenceCount -= 1
            if object.referenceCount > 0 {
                continue
            }
            objects[next] = nil
            release(object, into: &cleanup)
            work.append(contentsOf: object.nested)
        }
    }

    /// Frees an object that left the table: its memory (at once, or at its last unpin), its spill
    /// file, or, if pending, hands its callbacks over to run.
    func release(_ object: StoredObject, into cleanup: inout Cleanup) {
        object.isReleased = true
        switch object.residence {
        case .pending:
            cleanup.callbacks += object.readyCallbacks
            object.readyCallbacks = []
            object.residence = .freed
            cleanup.wakesWaiters = true
        case .inMemory(let base):
            if object.pins == 0 {
                freeMemory(object, base, into: &cleanup)
            }
        case .spilled:
            spillFiles.remove(object.id)
            spilledBytes -= object.size
            object.residence = .freed
        case .freed:
            break
        }
    }

    /// Pins an in-memory object and returns a view of its bytes, valid until it is unpinned.
    func pin(_ object: StoredObject) -> PinnedPayload {
        if object.pins == 0 {
            pinnedBytes += object.size
        }
        object.pins += 1
        touch(object)
        var base: UnsafeRawPointer?
        if case .inMemory(let pointer) = object.residence {
            base = pointer.map { UnsafeRawPointer($0) }
        }
        return PinnedPayload(object: object, bytes: UnsafeRawBufferPointer(start: base, count: base == nil ? 0 : object.size), isError: object.isError)
    }

    /// Undoes one `pin`; frees the memory of a released object at its last unpin.
    func unpin(_ object: StoredObject, into cleanup: inout Cleanup) {
        object.pins -= 1
        if object.pins > 0 {
            return
        }
        pinnedBytes -= object.size
        if object.isReleased, case .inMemory(let base) = object.residence {
            freeMemory(object, base, into: &cleanup)
        }
    }

    /// Hands an in-memory payload's allocation over to be freed.
    private func freeMemory(_ object: StoredObject, _ base: UnsafeMutableRawPointer?, into cleanup: inout Cleanup) {
        if let base {
            cleanup.buffers.append(base)
        }
        inMemoryBytes -= object.size
        object.residence = .freed
    }
}

/// A view of a pinned object's bytes, taken with the lock held and read without it.
struct PinnedPayload {
    /// The pinned object (to unpin it afterwards).
    let object: StoredObject
    /// The payload's bytes, stable while pinned.
    let bytes: UnsafeRawBufferPointer
    /// Whether the payload is an error.
    let isError: Bool
}
