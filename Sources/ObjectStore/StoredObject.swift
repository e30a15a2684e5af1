/// Where a stored object's bytes are.
enum Residence {
    /// Not sealed yet.
    case pending
    /// In memory the store allocated (nil base for an empty payload).
    case inMemory(UnsafeMutableRawPointer?)
    /// In the object's spill file.
    case spilled
    /// Freed: the object left the store.
    case freed
}

/// One object's record. Owned by the store and read or written only with the store's lock held.
final class StoredObject {
    /// The object's id.
    let id: ObjectID
    /// Who created it (a fresh copy of the caller's string).
    let owner: String
    /// Where its bytes are.
    var residence: Residence = .pending
    /// The payload's size in bytes (0 while pending).
    var size = 0
    /// Whether the payload is an error.
    var isError = false
    /// Ids the payload refers to; each holds one reference from this object while it is stored.
    var nested: [ObjectID] = []
    /// References keeping the object in the store.
    var referenceCount = 1
    /// Readers currently viewing the bytes; a pinned object is neither spilled nor freed.
    var pins = 0
    /// The store's clock at the last use, for least-recently-used spilling.
    var lastUse: UInt64 = 0
    /// Whether the object left the store (its memory is freed when the last pin goes).
    var isReleased = false
    /// Callbacks to run once the object is sealed (or dropped while pending).
    var readyCallbacks: [@Sendable () -> Void] = []

    /// A pending object with one reference.
    init(id: ObjectID, owner: String) {
        self.id = id
        self.owner = owner
    }

    /// Whether the object is still waiting for its payload.
    var isPending: Bool {
        if case .pending = residence { return true }
        return false
    }

    /// Whether the payload is in memory.
    var isInMemory: Bool {
        if case .inMemory = residence { return true }
        return false
    }

    /// The state reported in summaries.
    var state: ObjectState {
        switch residence {
        case .pending: return .pending
        case .inMemory, .freed: return .inMemory
        case .spilled: return .spilled
        }
    }
}

/// Work found with the lock held and done after releasing it.
struct Cleanup {
    /// Payload memory to free.
    var buffers: [UnsafeMutableRawPointer] = []
    /// `onReady` callbacks to run.
    var callbacks: [@Sendable () -> Void] = []
    /// Whether a pending object left the store, so blocked readers must wake (and fail).
    var wakesWaiters = false

    /// Frees the memory, then runs the callbacks, on the calling thread.
    func perform() {
        for buffer in buffers {
            buffer.deallocate()
        }
        for callback in callbacks {
            callback()
        }
    }
}
