import Actors
import Foundation
import ObjectStore
import VM

/// The native `_ray` module, under the dialect's `ray` package (stdlib/ray): cluster start and
/// stop, put/get/wait, task and actor submission, kill, cancel, and the store's summary. Every
/// function takes positional arguments only; `ray` gives them Ray's signatures and defaults.
enum RayModule {
    /// Installs `_ray` in a worker's `vm` and returns its context.
    static func install(in vm: VM, worker: Int, cluster: RayCluster?) -> RayContext {
        let context = RayContext(vm: vm, worker: worker, cluster: cluster)
        vm.nativeModules["_ray"] = { vm in .success(makeModule(vm, context)) }
        return context
    }

    /// Makes `_ray` importable in the driver's `vm`; its context is created on first import, so
    /// scripts that never import `ray` pay nothing at start-up.
    static func installLazily(in vm: VM) {
        vm.nativeModules["_ray"] = { vm in
            .success(makeModule(vm, RayContext(vm: vm, worker: RayContext.driverIndex, cluster: nil)))
        }
    }

    /// The token inside a `ray.ObjectRef` (or a bare token), if `value` is one.
    static func token(in value: Value) -> PyObjectRefToken? {
        guard case .object(let object) = value else { return nil }
        if let token = object as? PyObjectRefToken { return token }
        if let instance = object as? PyInstance, instance.type.name == "ObjectRef",
           case .object(let inner)? = instance.attribute(PyStr("_token")) {
            return inner as? PyObjectRefToken
        }
        return nil
    }

    /// The value of a `get` result, raising the remote error (built by `ray._error_from_result`).
    static func unwrap(_ context: RayContext, _ result: (Bool, Value)) throws(PyException) -> Value {
        guard result.0 else { return result.1 }
        let ray = try context.vm.importModule("ray")
        let builder = try context.vm.getAttribute(.object(ray), PyStr("_error_from_result"))
        let error = try context.vm.call(builder, [result.1])
        guard let exception = error.asObject as? PyExceptionObject else {
            throw context.vm.raise("RuntimeError", "a remote error could not be rebuilt")
        }
        throw PyException(exception)
    }

    static func tokens(_ vm: VM, _ value: Value) throws(PyException) -> [PyObjectRefToken] {
        try vm.collect(value).map { (item: Value) throws(PyException) -> PyObjectRefToken in
            guard let token = token(in: item) else { throw vm.typeError("expected an ObjectRef, got \(item.asObject?.type.name ?? "a value")") }
            return token
        }
    }

    static func optionalDouble(_ vm: VM, _ value: Value) throws(PyException) -> Double? {
        value.isNone ? nil : try vm.floatArgument(value)
    }

    static func makeModule(_ vm: VM, _ context: RayContext) -> PyModule {
        vm.nativeModule("_ray") { module in
            vm.function(module, "init") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                // init(num_cpus, object_store_memory, local_mode, spill_directory)
                try args.expect(vm, "init", 4, 4)
                guard context.cluster == nil else { return .bool(false) }
                let cpus = args[0].isNone ? ProcessInfo.processInfo.activeProcessorCount : try vm.integerArgument(args[0])
                guard cpus >= 1 else { throw vm.valueError("num_cpus must be at least 1") }
                let physical = Int(clamping: ProcessInfo.processInfo.physicalMemory)
                let budget = args[1].isNone ? physical / 10 * 3 : try vm.integerArgument(args[1])
                guard budget > 0 else { throw vm.valueError("object_store_memory must be positive") }
                let spill = args[3].isNone
                    ? NSTemporaryDirectory() + "prism-spill-\(ProcessInfo.processInfo.processIdentifier)-\(UInt64.random(in: 0 ... .max))"
                    : try vm.str(args[3])
                let cluster = RayCluster(cpus: cpus, storeBudget: budget, spillDirectory: spill,
                                         localMode: try vm.isTrue(args[2]), searchPath: vm.searchPath)
                Immortality.make(cluster)
                context.cluster = cluster
                if cluster.system.localMode {
                    let executor = VMExecutor(vm: vm, session: nil, sharing: context)
                    Immortality.make(executor)
                    cluster.system.localExecutor = executor
                }
                return .bool(true)
            }
            vm.function(module, "shutdown") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                guard let cluster = context.cluster else { return .none }
                cluster.system.shutdown()
                context.cluster = nil
                return .none
            }
            vm.function(module, "is_initialized") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                .bool(context.cluster != nil)
            }
            vm.function(module, "resources") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                // resources(available) -> {"CPU": ..., "object_store_memory": ...}
                try args.expect(vm, "resources", 1, 1)
                let cluster = try context.requireCluster()
                let available = try vm.isTrue(args[0])
                let result = PyDict()
                let cpus = available ? cluster.system.availableCPUs : cluster.system.totalCPUs
                try result.store(.string("CPU"), .float(cpus), vm)
                let stats = cluster.store.statistics
                let memory = available ? max(0, cluster.storeBudget - stats.inMemoryBytes) : cluster.storeBudget
                try result.store(.string("object_store_memory"), .float(Double(memory)), vm)
                return .object(result)
            }
            vm.function(module, "put") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expect(vm, "put", 1, 1)
                let cluster = try context.requireCluster()
                return context.token(try context.put(args[0], owner: context.ownerName), cluster)
            }
            vm.function(module, "get") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                // get(refs, timeout) -> [(is_error, value)]
                try args.expect(vm, "get", 2, 2)
                let ids = try tokens(vm, args[0]).map(\.id)
                let results = try context.get(ids, timeout: try optionalDouble(vm, args[1]))
                return .object(PyList(results.map { .object(PyTuple([.bool($0.0), $0.1])) }))
            }
            vm.function(module, "wait") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                // wait(refs, num_returns, timeout) -> (ready indices, not-ready indices)
                try args.expect(vm, "wait", 3, 3)
                let cluster = try context.requireCluster()
                let ids = try tokens(vm, args[0]).map(\.id)
                let wanted = try vm.integerArgument(args[1])
                let timeout = try optionalDouble(vm, args[2])
                let waiting = ids.filter { cluster.store.isReady($0) }.count < min(wanted, ids.count)
                let (ready, notReady) = context.lendingCPU(cluster, if: waiting) {
                    cluster.store.wait(ids, numReturns: wanted, timeout: timeout)
                }
                return .object(PyTuple([.object(PyList(ready.map { .int($0) })), .object(PyList(notReady.map { .int($0) }))]))
            }
            vm.function(module, "submit") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                // submit(function_ref, args, kwargs, num_returns, num_cpus, max_retries, retry_exceptions, name)
                try args.expect(vm, "submit", 8, 8)
                let cluster = try context.requireCluster()
                guard let function = token(in: args[0]) else { throw vm.typeError("submit needs the function's ObjectRef") }
                let (argumentsID, dependencies) = try storeArguments(context, args[1], args[2])
                let returns = try vm.integerArgument(args[3])
                let returnIDs = (0 ..< max(returns, 0)).map { _ in cluster.store.create(owner: context.ownerName) }
                let spec = TaskSpec(function: function.id, arguments: argumentsID, dependencies: dependencies, returns: returnIDs,
                                    resources: ResourceRequest(cpus: try vm.floatArgument(args[4])),
                                    maxRetries: try vm.integerArgument(args[5]), retryExceptions: try vm.isTrue(args[6]),
                                    name: try vm.str(args[7]))
                let submitted = Result<Void, SchedulingError> { () throws(SchedulingError) in try cluster.system.submit(spec) }
                cluster.store.removeReference(argumentsID)
                if case .failure(let error) = submitted {
                    for id in returnIDs { cluster.store.removeReference(id) }
                    throw vm.valueError(error.description)
                }
                return .object(PyList(returnIDs.map { context.token($0, cluster) }))
            }
            vm.function(module, "create_actor") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                // create_actor(class_ref, args, kwargs, num_cpus, name, max_restarts, max_task_retries, max_concurrency, class_name, metadata)
                try args.expect(vm, "create_actor", 10, 10)
                let cluster = try context.requireCluster()
                guard let actorClass = token(in: args[0]) else { throw vm.typeError("create_actor needs the class's ObjectRef") }
                let (argumentsID, dependencies) = try storeArguments(context, args[1], args[2])
                let spec = ActorSpec(actorClass: actorClass.id, arguments: argumentsID, dependencies: dependencies,
                                     resources: ResourceRequest(cpus: try vm.floatArgument(args[3])),
                                     name: args[4].isNone ? nil : try vm.str(args[4]),
                                     maxRestarts: try vm.integerArgument(args[5]), maxTaskRetries: try vm.integerArgument(args[6]),
                                     maxConcurrency: try vm.integerArgument(args[7]), className: try vm.str(args[8]))
                let metadata = try vm.pickle(args[9]).bytes
                let created = Result<ActorID, SchedulingError> { () throws(SchedulingError) in try cluster.system.createActor(spec, metadata: metadata) }
                cluster.store.removeReference(argumentsID)
                switch created {
                case .success(let id): return .int(Int(truncatingIfNeeded: id.raw))
                case .failure(let error): throw vm.valueError(error.description)
                }
            }
            vm.function(module, "call_actor") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                // call_actor(actor_id, method, args, kwargs, num_returns)
                try args.expect(vm, "call_actor", 5, 5)
                let cluster = try context.requireCluster()
                let actor = ActorID(raw: UInt64(truncatingIfNeeded: try vm.integerArgument(args[0])))
                let (argumentsID, dependencies) = try storeArguments(context, args[2], args[3])
                let returns = max(try vm.integerArgument(args[4]), 0)
                let returnIDs = (0 ..< returns).map { _ in cluster.store.create(owner: context.ownerName) }
                cluster.system.callActor(actor, method: try vm.str(args[1]), arguments: argumentsID, dependencies: dependencies,
                                         returns: returnIDs)
                cluster.store.removeReference(argumentsID)
                return .object(PyList(returnIDs.map { context.token($0, cluster) }))
            }
            vm.function(module, "kill") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expect(vm, "kill", 2, 2)
                let cluster = try context.requireCluster()
                cluster.system.kill(ActorID(raw: UInt64(truncatingIfNeeded: try vm.integerArgument(args[0]))), noRestart: try vm.isTrue(args[1]))
                return .none
            }
            vm.function(module, "get_actor") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expect(vm, "get_actor", 1, 1)
                let cluster = try context.requireCluster()
                guard let (id, metadata) = cluster.system.namedActor(try vm.str(args[0])) else { return .none }
                var decoded: Result<Value, PyException> = .success(.none)
                metadata.withUnsafeBytes { bytes in
                    decoded = Result { () throws(PyException) -> Value in try vm.unpickle(bytes) }
                }
                let value = try decoded.get()
                return .object(PyTuple([.int(Int(truncatingIfNeeded: id.raw)), value]))
            }
            vm.function(module, "cancel") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expect(vm, "cancel", 2, 2)
                let cluster = try context.requireCluster()
                guard let token = token(in: args[0]) else { throw vm.typeError("ray.cancel() only supports ObjectRefs") }
                return .bool(cluster.system.cancel(token.id, force: try vm.isTrue(args[1])))
            }
            vm.function(module, "kill_worker") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                // Fault injection: kill the worker running the task that produces this ref.
                try args.expect(vm, "kill_worker", 1, 1)
                let cluster = try context.requireCluster()
                guard let token = token(in: args[0]) else { throw vm.typeError("kill_worker needs an ObjectRef") }
                return .bool(cluster.system.killWorker(runningTaskOf: token.id))
            }
            vm.function(module, "crash") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                // Fault injection from inside a task or actor: its worker dies now.
                guard context.worker != RayContext.driverIndex else { throw vm.raise("RuntimeError", "crash() only works inside a task or actor") }
                vm.interruptFlag.pointee = VM.crashRequest
                throw vm.takeInterrupt()
            }
            vm.function(module, "ref_hex") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expect(vm, "ref_hex", 1, 1)
                guard let token = token(in: args[0]) else { throw vm.typeError("expected an ObjectRef") }
                return .string(token.id.description)
            }
            vm.function(module, "ref_id") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expect(vm, "ref_id", 1, 1)
                guard let token = token(in: args[0]) else { throw vm.typeError("expected an ObjectRef") }
                return .int(Int(truncatingIfNeeded: token.id.raw))
            }
            vm.function(module, "memory_summary") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                .string(try context.requireCluster().store.memorySummary())
            }
            vm.function(module, "store_stats") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                let stats = try context.requireCluster().store.statistics
                let result = PyDict()
                for (key, number) in [("objects", stats.objectCount), ("in_memory_bytes", stats.inMemoryBytes),
                                      ("spilled_bytes", stats.spilledBytes), ("spilled_total", stats.spilledTotal),
                                      ("restored_total", stats.restoredTotal), ("budget", stats.budget)] {
                    try result.store(.string(key), .int(number), vm)
                }
                return .object(result)
            }
            vm.function(module, "worker_count") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                .int(try context.requireCluster().system.workerCount)
            }
            vm.constant(module, "ObjectRefToken", .object(context.tokenType))
        }
    }

    /// Stores (args, kwargs) for a call; returns the id (one reference) and the ObjectRefs given as
    /// top-level arguments (the call waits for them).
    static func storeArguments(_ context: RayContext, _ positional: Value, _ keywords: Value) throws(PyException) -> (ObjectID, [ObjectID]) {
        let vm = context.vm
        guard let tuple = positional.asObject as? PyTuple, let dict = keywords.asObject as? PyDict else {
            throw vm.typeError("arguments must be a tuple and a dict")
        }
        var dependencies: [ObjectID] = []
        for item in tuple.items { if let token = token(in: item) { dependencies.append(token.id) } }
        for item in dict.values { if let token = token(in: item) { dependencies.append(token.id) } }
        let id = try context.put(.object(PyTuple([positional, keywords])), owner: context.ownerName)
        return (id, dependencies)
    }
}

extension RayContext {
    /// Who owns the objects this interpreter creates, for `memory_summary`.
    var ownerName: String { worker == RayContext.driverIndex ? "driver" : worker >= 0 ? "worker-\(worker)" : "actor-\(-worker)" }
}
