import Support
import ObjectStore

/// What a task or actor asks of the machine.
public struct ResourceRequest: Sendable, Equatable {
    /// CPUs held while running (may be fractional; 0 for none).
    public var cpus: Double
    /// Creates a request.
    public init(cpus: Double) { self.cpus = cpus }
}

/// A remote function call, as submitted: every payload lives in the object store.
public struct TaskSpec: Sendable {
    /// The encoded function.
    public var function: ObjectID
    /// The encoded arguments.
    public var arguments: ObjectID
    /// Objects that must be ready before the call (ObjectRefs passed as top-level arguments).
    public var dependencies: [ObjectID]
    /// Where the results go (pending objects created by the caller).
    public var returns: [ObjectID]
    /// Resources held while running.
    public var resources: ResourceRequest
    /// Retries after the worker dies (Ray's `max_retries`, default 3; -1 forever).
    public var maxRetries: Int
    /// Whether an exception raised by the function is retried too (Ray's `retry_exceptions`).
    public var retryExceptions: Bool
    /// The function's name, for errors and summaries.
    public var name: String

    /// Creates a spec.
    public init(function: ObjectID, arguments: ObjectID, dependencies: [ObjectID], returns: [ObjectID],
                resources: ResourceRequest, maxRetries: Int = 3, retryExceptions: Bool = false, name: String) {
        self.function = function
        self.arguments = arguments
        self.dependencies = dependencies
        self.returns = returns
        self.resources = resources
        self.maxRetries = maxRetries
        self.retryExceptions = retryExceptions
        self.name = name
    }
}

/// An actor, as created: its class and constructor arguments live in the object store.
public struct ActorSpec: Sendable {
    /// The encoded class.
    public var actorClass: ObjectID
    /// The encoded constructor arguments.
    public var arguments: ObjectID
    /// ObjectRefs among the constructor arguments.
    public var dependencies: [ObjectID]
    /// Resources held for the actor's lifetime.
    public var resources: ResourceRequest
    /// A name to find it by (`ray.get_actor`), or nil.
    public var name: String?
    /// Restarts after a crash (Ray's `max_restarts`, default 0; -1 forever).
    public var maxRestarts: Int
    /// Retries of a method call interrupted by a crash (Ray's `max_task_retries`, default 0).
    public var maxTaskRetries: Int
    /// Calls that may be in progress at once (a call blocked in `get` lets the next one run).
    public var maxConcurrency: Int
    /// The class name, for errors and summaries.
    public var className: String

    /// Creates a spec.
    public init(actorClass: ObjectID, arguments: ObjectID, dependencies: [ObjectID], resources: ResourceRequest,
                name: String?, maxRestarts: Int = 0, maxTaskRetries: Int = 0, maxConcurrency: Int = 1, className: String) {
        self.actorClass = actorClass
        self.arguments = arguments
        self.dependencies = dependencies
        self.resources = resources
        self.name = name
        self.maxRestarts = maxRestarts
        self.maxTaskRetries = maxTaskRetries
        self.maxConcurrency = maxConcurrency
        self.className = className
    }
}

/// Identifies an actor.
public struct ActorID: Hashable, Sendable, CustomStringConvertible {
    /// The number.
    public let raw: UInt64
    /// Creates an id.
    public init(raw: UInt64) { self.raw = raw }
    /// The id as 32 hex digits, like Ray's.
    public var description: String {
        let hex = String(raw, radix: 16)
        return String(repeating: "0", count: max(0, 16 - hex.count)) + hex + "ffffffffffffffff"
    }
}

/// One call handed to an executor. Every array in it is a fresh copy owned by the worker thread.
public struct Invocation: Sendable {
    /// The encoded function or class.
    public var callable: ObjectID
    /// The encoded arguments.
    public var arguments: ObjectID
    /// Where the results go.
    public var returns: [ObjectID]
    /// The method to call on an actor, or nil for a task or a constructor.
    public var method: String?
    /// The actor, for constructors and methods.
    public var actor: ActorID?
    /// The name, for errors.
    public var name: String
}

/// What an executor made of an invocation.
public enum ExecutionResult {
    /// The encoded results, one per return id (each with the store ids nested in it).
    case success([EncodedObject])
    /// The call raised: the encoded error, and whether `retry_exceptions` covers it.
    case failure(EncodedObject, retryable: Bool)
    /// The worker died (a crash was injected or the interpreter failed): its executor is discarded.
    case workerDied(String)
}

/// Bytes plus the store ids nested in them.
public struct EncodedObject {
    /// The encoding.
    public var bytes: [UInt8]
    /// Nested ObjectRef ids.
    public var nested: [ObjectID]
    /// Creates one.
    public init(bytes: [UInt8], nested: [ObjectID]) {
        self.bytes = bytes
        self.nested = nested
    }
}

/// Runs invocations on one thread, in an interpreter of its own (the bindings provide it; the
/// engine knows no language).
public protocol Executor: AnyObject {
    /// Runs a remote function.
    func runTask(_ invocation: Invocation) -> ExecutionResult
    /// Constructs an actor's instance and keeps it.
    func createActor(_ invocation: Invocation) -> ExecutionResult
    /// Calls a method of an actor this executor constructed.
    func callActor(_ invocation: Invocation) -> ExecutionResult
    /// Where to store an interrupt request (1: KeyboardInterrupt, 3: crash) from another thread.
    var interruptFlag: UnsafeMutablePointer<Int32> { get }
    /// Where to store zero to make the interpreter look at `interruptFlag` soon.
    var attention: UnsafeMutablePointer<Int> { get }
}

/// Makes executors, one per worker thread or actor (called on that thread). Must be immortal or
/// outlive the system.
public protocol ExecutorFactory: AnyObject, Sendable {
    /// A new executor for the calling thread.
    func makeExecutor(worker: Int) -> Executor
}

/// Errors the system reports in a result's place, encoded so the bindings can raise them: the
/// bytes `PRISMERR`, a kind byte, then a UTF-8 message.
public enum SystemErrorKind: UInt8, Sendable {
    /// `RayActorError`: the actor is dead.
    case actorDied = 1
    /// `WorkerCrashedError`: the worker died and retries ran out.
    case workerCrashed = 2
    /// `TaskCancelledError`: `ray.cancel` stopped the task.
    case cancelled = 3
    /// `ObjectStoreFullError`.
    case storeFull = 4

    /// The magic prefix.
    public static let magic: [UInt8] = Array("PRISMERR".utf8)

    /// The encoded error.
    public func encode(_ message: String) -> [UInt8] { SystemErrorKind.magic + [rawValue] + Array(message.utf8) }

    /// Decodes an error made by `encode`, or nil for an ordinary payload.
    public static func decode(_ bytes: UnsafeRawBufferPointer) -> (SystemErrorKind, String)? {
        guard bytes.count > magic.count, Array(bytes.prefix(magic.count)) == magic,
              let kind = SystemErrorKind(rawValue: bytes[magic.count]) else { return nil }
        return (kind, String(decoding: bytes.dropFirst(magic.count + 1), as: UTF8.self))
    }
}

/// Why a submission was refused at once.
public struct SchedulingError: Error, CustomStringConvertible, Sendable {
    /// The message.
    public let description: String
    /// Creates one.
    public init(_ description: String) { self.description = description }
}

extension TaskSpec {
    /// This spec in storage of its own.
    var detachedCopy: TaskSpec {
        TaskSpec(function: function, arguments: arguments, dependencies: Fresh.array(dependencies), returns: Fresh.array(returns),
                 resources: resources, maxRetries: maxRetries, retryExceptions: retryExceptions, name: Fresh.string(name))
    }
}

extension ActorSpec {
    /// This spec in storage of its own.
    var detachedCopy: ActorSpec {
        ActorSpec(actorClass: actorClass, arguments: arguments, dependencies: Fresh.array(dependencies), resources: resources,
                  name: name.map(Fresh.string), maxRestarts: maxRestarts, maxTaskRetries: maxTaskRetries,
                  maxConcurrency: maxConcurrency, className: Fresh.string(className))
    }
}
