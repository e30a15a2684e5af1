/// Where an object is, as reported by `ObjectStore.summary()`.
public enum ObjectState: Sendable {
    /// Created but not sealed yet: a task's future result.
    case pending
    /// Sealed, with its bytes in memory.
    case inMemory
    /// Sealed, with its bytes in a spill file on disk.
    case spilled

    /// The state as the memory summary prints it.
    var label: String {
        switch self {
        case .pending: return "pending"
        case .inMemory: return "in memory"
        case .spilled: return "spilled"
        }
    }
}

/// A snapshot of one object, built fresh for each call of `ObjectStore.summary()`.
public struct ObjectSummary: Sendable {
    /// The object's id.
    public let id: ObjectID
    /// The payload's size in bytes (0 while pending).
    public let size: Int
    /// Who created the object, as given to `create` or `put`.
    public let owner: String
    /// Pending, in memory or spilled.
    public let state: ObjectState
    /// How many references keep the object alive.
    public let referenceCount: Int
    /// Whether the payload is an error (a failed task's exception).
    public let isError: Bool
}

/// The store's counters, as a snapshot.
public struct StoreStatistics: Sendable, Equatable {
    /// Objects the store holds: pending, in memory and spilled.
    public let objectCount: Int
    /// Bytes of ready payloads held in memory.
    public let inMemoryBytes: Int
    /// Bytes of payloads currently in spill files.
    public let spilledBytes: Int
    /// Bytes ever written to spill files.
    public let spilledTotal: Int
    /// Bytes ever read back from spill files.
    public let restoredTotal: Int
    /// The memory budget in bytes.
    public let budget: Int
}
