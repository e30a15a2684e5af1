import Actors
import ObjectStore
import Support
import VM

/// One interpreter's view of the cluster: the driver's (worker -1) or a worker thread's. Converts
/// between the interpreter's values and the store's payloads.
final class RayContext {
    let vm: VM
    /// The worker index in the pool (negative for actors, `driverIndex` for the driver).
    let worker: Int
    var cluster: RayCluster?
    /// The class of `ObjectRef` tokens in this interpreter.
    let tokenType: PyType

    static let driverIndex = Int.min

    init(vm: VM, worker: Int, cluster: RayCluster?) {
        self.vm = vm
        self.worker = worker
        self.cluster = cluster
        tokenType = vm.nativeHandleType("ObjectRefToken", module: "ray")
        vm.objectRefHooks = ObjectRefHooks(
            identify: { object in (object as? PyObjectRefToken)?.id.raw },
            make: { [unowned self] vm, raw throws(PyException) in
                let cluster = try self.requireCluster()
                let id = ObjectID(raw: raw)
                cluster.store.addReference(id)
                return .object(PyObjectRefToken(id: id, store: cluster.store, type: self.tokenType))
            })
    }

    func requireCluster() throws(PyException) -> RayCluster {
        guard let cluster else {
            throw vm.raise("RuntimeError", "Ray has not been started yet. You can start Ray with 'ray.init()'.")
        }
        return cluster
    }

    /// A token for an id whose reference the caller hands over.
    func token(_ id: ObjectID, _ cluster: RayCluster) -> Value {
        .object(PyObjectRefToken(id: id, store: cluster.store, type: tokenType))
    }

    /// Stores a value; the returned id carries one reference.
    func put(_ value: Value, owner: String) throws(PyException) -> ObjectID {
        let cluster = try requireCluster()
        let pickled = try vm.pickle(value)
        do {
            return try pickled.bytes.withUnsafeBytes { bytes in
                try cluster.store.put(bytes, nested: pickled.references.map { ObjectID(raw: $0) }, owner: owner)
            }
        } catch let error as ObjectStoreError {
            throw storeError(error)
        } catch {
            throw vm.raise("RuntimeError", "\(error)")
        }
    }

    func storeError(_ error: ObjectStoreError) -> PyException {
        switch error {
        case .timeout: return vm.raise("TimeoutError", "Get timed out: some object(s) not ready.")
        case .full(let message): return vm.raise("MemoryError", message)
        default: return vm.raise("RuntimeError", "\(error)")
        }
    }

    /// Reads stored objects: for each, whether it is an error, and its value. System errors (a dead
    /// actor, a crashed worker, a cancelled task, a full store) come back as (kind, message) tuples.
    /// A worker lends its CPU while it waits.
    func get(_ ids: [ObjectID], timeout: Double?) throws(PyException) -> [(Bool, Value)] {
        let cluster = try requireCluster()
        var decodeError: PyException?
        let results: [(Bool, Value)]
        do {
            results = try lendingCPU(cluster, if: ids.contains { !cluster.store.isReady($0) }) {
                try cluster.store.withPayloads(ids, timeout: timeout) { _, bytes, isError in
                    decodeResult(bytes, isError: isError, failure: &decodeError)
                }
            }
        } catch let error as ObjectStoreError {
            throw storeError(error)
        } catch {
            throw vm.raise("RuntimeError", "\(error)")
        }
        if let decodeError { throw decodeError }
        return results
    }

    /// One stored object as (is an error, value); a system error as a (kind, message) tuple.
    func decodeResult(_ bytes: UnsafeRawBufferPointer, isError: Bool, failure: inout PyException?) -> (Bool, Value) {
        if isError, let (kind, message) = SystemErrorKind.decode(bytes) {
            return (true, .object(PyTuple([.int(Int(kind.rawValue)), .string(message)])))
        }
        do throws(PyException) {
            return (isError, try vm.unpickle(bytes))
        } catch {
            failure = error
            return (true, .none)
        }
    }

    /// A pool worker about to wait in `body` lends its CPU to the pool meanwhile (nested tasks then run
    /// even on a pool of one); the driver and actors hold no pool CPU and lend nothing.
    func lendingCPU<R, E: Error>(_ cluster: RayCluster, if waiting: Bool, _ body: () throws(E) -> R) throws(E) -> R {
        guard waiting, worker >= 0 else { return try body() }
        cluster.system.willBlock(worker: worker)
        defer { cluster.system.didUnblock(worker: worker) }
        return try body()
    }

    /// Encodes a value as a task result.
    func encode(_ value: Value) throws(PyException) -> EncodedObject {
        let pickled = try vm.pickle(value)
        return EncodedObject(bytes: pickled.bytes, nested: pickled.references.map { ObjectID(raw: $0) })
    }

    /// Encodes an exception raised by remote code: (exception or None, "Type: message", traceback).
    func encodeError(_ error: PyException, traceback: String) -> EncodedObject {
        let exception = error.object
        let summary = (try? vm.str(.object(exception))).map { $0.isEmpty ? exception.type.name : "\(exception.type.name): \($0)" }
            ?? exception.type.name
        let withException = PyTuple([.object(exception), .string(summary), .string(traceback)])
        if let encoded = try? encode(.object(withException)) { return encoded }
        let plain = PyTuple([.none, .string(summary), .string(traceback)])
        return (try? encode(.object(plain))) ?? EncodedObject(bytes: [], nested: [])
    }
}
