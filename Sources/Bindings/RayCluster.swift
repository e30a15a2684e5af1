import Actors
import Interpreter
import ObjectStore
import VM

/// The state of one `ray.init`: the object store, the actor system and what worker interpreters
/// need to start. Shared by every thread, so it (and the store, system and factory) is immortal:
/// the single-threaded bindings may hold it without writing its reference count.
final class RayCluster: @unchecked Sendable {
    let store: ObjectStore
    let system: ActorSystem
    let factory: WorkerFactory
    /// The memory budget of the store, in bytes.
    let storeBudget: Int

    init(cpus: Int, storeBudget: Int, spillDirectory: String, localMode: Bool, searchPath: [String]) {
        store = ObjectStore(budget: storeBudget, spillDirectory: spillDirectory)
        Immortality.make(store)
        factory = WorkerFactory(searchPath: searchPath)
        Immortality.make(factory)
        self.storeBudget = storeBudget
        system = ActorSystem(cpus: cpus, store: store, factory: factory, localExecutor: nil, localMode: localMode)
        Immortality.make(system)
        factory.cluster = self
    }
}

/// Makes the executor (a fresh interpreter) of each worker thread and actor.
final class WorkerFactory: ExecutorFactory, @unchecked Sendable {
    /// Where worker interpreters import modules from (the driver's path), as NUL-separated bytes in
    /// raw memory: worker threads read it at once, and this module's reference counting is not
    /// atomic, so it must not be a Swift array or string they would all retain.
    let searchPath: UnsafeMutableBufferPointer<UInt8>
    /// The cluster the workers belong to (set once, before any worker starts).
    var cluster: RayCluster?

    init(searchPath: [String]) {
        let bytes = Array(searchPath.joined(separator: "\0").utf8)
        self.searchPath = .allocate(capacity: bytes.count)
        _ = self.searchPath.initialize(from: bytes)
    }

    /// The search path in storage of the calling thread's own.
    var freshSearchPath: [String] {
        searchPath.isEmpty ? [] : searchPath.split(separator: 0, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    func makeExecutor(worker: Int) -> Executor {
        let session = Session(argv: [""], searchPath: freshSearchPath)
        return VMExecutor(vm: session.vm, session: session, cluster: cluster, worker: worker)
    }
}

/// The `ObjectRef` identity token: a native object holding one reference to a stored object,
/// released when the token is freed. The dialect's `ray.ObjectRef` wraps one.
final class PyObjectRefToken: PyObject {
    let id: ObjectID
    let store: ObjectStore

    /// Wraps `id`, taking over one reference the caller already holds.
    init(id: ObjectID, store: ObjectStore, type: PyType) {
        self.id = id
        self.store = store
        super.init(kind: .native, type: type)
    }

    deinit { store.removeReference(id) }
}
