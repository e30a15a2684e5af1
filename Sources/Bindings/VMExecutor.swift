import Actors
import Interpreter
import ObjectStore
import VM

/// Runs tasks and actor methods in one interpreter, on one thread. Functions and classes are
/// decoded once per interpreter and cached by their store id.
final class VMExecutor: Executor {
    let vm: VM
    let session: Session?
    let context: RayContext
    var callables: [ObjectID: Value] = [:]
    var instances: [ActorID: Value] = [:]

    /// An executor with a fresh interpreter of its own (a worker thread or an actor).
    init(vm: VM, session: Session?, cluster: RayCluster?, worker: Int) {
        self.vm = vm
        self.session = session
        context = RayModule.install(in: vm, worker: worker, cluster: cluster)
    }

    /// An executor running in the driver's interpreter (local mode).
    init(vm: VM, session: Session?, sharing context: RayContext) {
        self.vm = vm
        self.session = session
        self.context = context
    }

    var interruptFlag: UnsafeMutablePointer<Int32> { vm.interruptFlag }
    var attention: UnsafeMutablePointer<Int> { vm.attention }

    func runTask(_ invocation: Invocation) -> ExecutionResult {
        run(invocation) { () throws(PyException) -> Value in
            let function = try callable(invocation.callable)
            let (positional, keywords) = try arguments(invocation.arguments)
            return try vm.call(function, positional, keywords: keywords)
        }
    }

    func createActor(_ invocation: Invocation) -> ExecutionResult {
        guard let actor = invocation.actor else { return .workerDied("an actor constructor without an actor") }
        return run(invocation) { () throws(PyException) -> Value in
            let actorClass = try callable(invocation.callable)
            let (positional, keywords) = try arguments(invocation.arguments)
            instances[actor] = try vm.call(actorClass, positional, keywords: keywords)
            return .none
        }
    }

    func callActor(_ invocation: Invocation) -> ExecutionResult {
        guard let actor = invocation.actor, let method = invocation.method else {
            return .workerDied("an actor call without an actor")
        }
        return run(invocation) { () throws(PyException) -> Value in
            guard let instance = instances[actor] else {
                throw vm.raise("RuntimeError", "the actor's instance is not in this worker")
            }
            let bound = try vm.getAttribute(instance, vm.intern(method))
            let (positional, keywords) = try arguments(invocation.arguments)
            return try vm.call(bound, positional, keywords: keywords)
        }
    }

    /// Runs `body` and encodes its result(s), or the exception it raised.
    func run(_ invocation: Invocation, _ body: () throws(PyException) -> Value) -> ExecutionResult {
        do throws(PyException) {
            let result = try body()
            let returns = invocation.returns.count
            if returns <= 1 { return .success(returns == 0 ? [] : [try context.encode(result)]) }
            let items = try vm.collect(result)
            guard items.count == returns else {
                throw vm.valueError("Task returned \(items.count) objects, but num_returns=\(returns).")
            }
            return .success(try items.map { (item: Value) throws(PyException) -> EncodedObject in try context.encode(item) })
        } catch {
            if vm.crashRequested {
                vm.clearAbort()
                return .workerDied("The worker running \(invocation.name) was killed")
            }
            vm.clearAbort()
            let traceback = session?.traceback(error) ?? ""
            return .failure(context.encodeError(error, traceback: traceback), retryable: true)
        }
    }

    /// The function or class stored under `id`, decoded once.
    func callable(_ id: ObjectID) throws(PyException) -> Value {
        if let known = callables[id] { return known }
        let decoded = try context.get([id], timeout: nil)
        guard let (isError, value) = decoded.first, !isError else {
            throw vm.raise("RuntimeError", "the remote function could not be loaded")
        }
        callables[id] = value
        return value
    }

    /// The positional and keyword arguments stored under `id`, with top-level ObjectRefs replaced
    /// by their values (as Ray does).
    func arguments(_ id: ObjectID) throws(PyException) -> ([Value], [(String, Value)]) {
        let decoded = try context.get([id], timeout: nil)
        guard let (_, value) = decoded.first, let pair = value.asObject as? PyTuple, pair.items.count == 2,
              let positionalTuple = pair.items[0].asObject as? PyTuple, let keywordDict = pair.items[1].asObject as? PyDict else {
            throw vm.raise("RuntimeError", "malformed task arguments")
        }
        var positional = Array(positionalTuple.items)
        var keywords = keywordDict.items.compactMap { (key, value) in key.asString.map { ($0.value, value) } }
        for index in positional.indices { positional[index] = try resolve(positional[index]) }
        for index in keywords.indices { keywords[index].1 = try resolve(keywords[index].1) }
        return (positional, keywords)
    }

    /// The value of an `ObjectRef` argument (raising the task's error if it failed), or the argument.
    func resolve(_ value: Value) throws(PyException) -> Value {
        guard let token = RayModule.token(in: value) else { return value }
        return try RayModule.unwrap(context, try context.get([token.id], timeout: nil)[0])
    }
}
