/// Why a store operation failed. Messages are built fresh for every error the store throws.
public enum ObjectStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A blocking read or wait ran out of time before its objects were ready.
    case timeout
    /// The payload does not fit in the memory budget, even after spilling what can be spilled.
    case full(String)
    /// The store holds no such object: it was freed (its last reference dropped) or never existed.
    case notFound(ObjectID)
    /// Writing or reading a spill file failed; the message names the file.
    case spillFailed(String)

    /// A one-line message in the style of Ray's exceptions.
    public var description: String {
        switch self {
        case .timeout:
            return "GetTimeoutError: the objects were not ready before the timeout"
        case .full(let message), .spillFailed(let message):
            return message
        case .notFound(let id):
            return "ObjectFreedError: object \(id) was freed or never existed"
        }
    }
}
