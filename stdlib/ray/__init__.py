"""Prism's `ray`: tasks, actors and the object store, on worker threads that each run their own
interpreter (no global lock). The API and defaults are Ray's; the engine is Prism's (`_ray`)."""

import _ray
from ray.exceptions import (RayError, RayTaskError, RayActorError, WorkerCrashedError,
                            TaskCancelledError, GetTimeoutError, ObjectStoreFullError)

# Incremented by each ray.init: functions and classes are exported again into a new cluster.
_session = 0

_SYSTEM_ERRORS = {1: RayActorError, 2: WorkerCrashedError, 3: TaskCancelledError, 4: ObjectStoreFullError}


class ObjectRef:
    """A reference to an object in the store (a task's result or a `put`)."""

    def __init__(self, token):
        self._token = token

    def hex(self):
        return _ray.ref_hex(self._token)

    def __repr__(self):
        return "ObjectRef(" + self.hex() + ")"

    def __eq__(self, other):
        return isinstance(other, ObjectRef) and _ray.ref_id(self._token) == _ray.ref_id(other._token)

    def __hash__(self):
        return hash(_ray.ref_id(self._token))


def _wrap(tokens):
    return [ObjectRef(token) for token in tokens]


def _error_from_result(payload):
    """The exception to raise for a failed object: a system error (kind, message) or a remote
    exception (exception or None, summary, traceback)."""
    if len(payload) == 2:
        kind, message = payload
        return _SYSTEM_ERRORS.get(kind, RayError)(message)
    cause, summary, traceback_str = payload
    if isinstance(cause, RayTaskError):
        return cause
    error = RayTaskError(_function_name(traceback_str), traceback_str, cause, summary)
    return error.as_instanceof_cause()


def _function_name(traceback_str):
    lines = [line for line in traceback_str.splitlines() if line.strip().startswith("File ")]
    if lines:
        last = lines[-1]
        if ", in " in last:
            return last.rsplit(", in ", 1)[1].strip()
    return "task"


# ---------------------------------------------------------------------------------------------
# Cluster

def init(address=None, *, num_cpus=None, num_gpus=None, resources=None, object_store_memory=None,
         local_mode=False, ignore_reinit_error=False, include_dashboard=None, namespace=None,
         runtime_env=None, log_to_driver=True, _spill_directory=None, **kwargs):
    """Starts the workers. A second call raises unless `ignore_reinit_error=True`."""
    if address not in (None, "local", "auto"):
        raise ValueError("Prism runs on one machine: ray.init(address=" + repr(address) + ") is not supported")
    if num_gpus:
        raise ValueError("Prism has no GPUs: num_gpus must be 0")
    if _ray.is_initialized():
        if ignore_reinit_error:
            return RayContext()
        raise RuntimeError("Maybe you called ray.init twice by accident? This error can be suppressed by "
                           "passing in 'ignore_reinit_error=True' or by calling 'ray.shutdown()' prior to 'ray.init()'.")
    global _session
    _ray.init(num_cpus, object_store_memory, local_mode, _spill_directory)
    _session += 1
    return RayContext()


class RayContext:
    """What `ray.init` returns."""

    def __init__(self):
        self.address_info = {"address": "local", "node_ip_address": "127.0.0.1"}
        self.dashboard_url = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        shutdown()
        return False

    def __repr__(self):
        return "RayContext(local)"


def shutdown():
    """Stops the workers and frees the object store's bookkeeping."""
    _ray.shutdown()


def is_initialized():
    return _ray.is_initialized()


def _auto_init():
    if not _ray.is_initialized():
        init()


def cluster_resources():
    _auto_init()
    return _ray.resources(False)


def available_resources():
    _auto_init()
    return _ray.resources(True)


# ---------------------------------------------------------------------------------------------
# Objects

def put(value):
    """Stores a value (by copy) and returns its ObjectRef."""
    _auto_init()
    if isinstance(value, ObjectRef):
        raise TypeError("Calling 'put' on an ray.ObjectRef is not allowed. If you really want to do this, "
                        "you can wrap the ray.ObjectRef in a list and call 'put' on it.")
    return ObjectRef(_ray.put(value))


def get(object_refs, *, timeout=None):
    """The value of one ObjectRef, or the values of a list of them, waiting as long as needed
    (or `timeout` seconds: GetTimeoutError). A failed task's exception is raised here."""
    single = isinstance(object_refs, ObjectRef)
    refs = [object_refs] if single else object_refs
    if not isinstance(refs, (list, tuple)):
        raise ValueError("'object_refs' must either be an ObjectRef or a list of ObjectRefs.")
    for ref in refs:
        if not isinstance(ref, ObjectRef):
            raise TypeError("Attempting to call `get` on the value " + repr(ref) + ", which is not an ray.ObjectRef.")
    try:
        results = _ray.get(refs, timeout)
    except TimeoutError:
        raise GetTimeoutError("Get timed out: some object(s) not ready.") from None
    values = []
    for is_error, value in results:
        if is_error:
            raise _error_from_result(value)
        values.append(value)
    return values[0] if single else values


def wait(object_refs, *, num_returns=1, timeout=None, fetch_local=True):
    """(ready, not_ready): the first `num_returns` refs ready within `timeout`, in their order."""
    if isinstance(object_refs, ObjectRef):
        raise TypeError("wait() expected a list of ray.ObjectRef, got a single ray.ObjectRef")
    refs = list(object_refs)
    if num_returns <= 0:
        raise ValueError("Invalid number of objects to return " + str(num_returns) + ".")
    if num_returns > len(refs):
        raise ValueError("num_returns cannot be greater than the number of objects provided to ray.wait.")
    ready, not_ready = _ray.wait(refs, num_returns, timeout)
    return [refs[i] for i in ready], [refs[i] for i in not_ready]


def cancel(object_ref, *, force=False, recursive=True):
    """Cancels the task producing `object_ref`: not started, it never runs; running, it gets
    KeyboardInterrupt (or, with force=True, its worker is killed). Its get raises TaskCancelledError."""
    if not isinstance(object_ref, ObjectRef):
        raise TypeError("ray.cancel() only supported for object refs. For actors, try ray.kill().")
    _ray.cancel(object_ref, force)


def memory_summary():
    """A table of the objects in the store: id, size, owner, state, references; then totals."""
    return _ray.memory_summary()


# ---------------------------------------------------------------------------------------------
# Tasks

_TASK_DEFAULTS = {"num_cpus": 1, "num_returns": 1, "max_retries": 3, "retry_exceptions": False, "name": None}
_ACTOR_DEFAULTS = {"num_cpus": 0, "name": None, "max_restarts": 0, "max_task_retries": 0, "max_concurrency": 1,
                   "namespace": None, "lifetime": None, "get_if_exists": False}
_ACCEPTED = {"num_gpus", "memory", "resources", "scheduling_strategy", "runtime_env", "max_calls", "namespace",
             "lifetime", "placement_group", "accelerator_type"}


def _check_options(options, defaults, what):
    for key in options:
        if key not in defaults and key not in _ACCEPTED:
            raise ValueError("Invalid option keyword " + key + " for " + what + ".")
    if options.get("num_gpus"):
        raise ValueError("Prism has no GPUs: num_gpus must be 0")
    merged = dict(defaults)
    merged.update({k: v for k, v in options.items() if k in defaults})
    if merged["num_cpus"] is None or merged["num_cpus"] < 0:
        raise ValueError("num_cpus must be a non-negative number")
    return merged


class RemoteFunction:
    """A function decorated with @ray.remote: call `.remote(...)` to run it on a worker."""

    def __init__(self, function, options):
        self._function = function
        self._options = _check_options(options, _TASK_DEFAULTS, "tasks")
        self._exported = None
        self.__name__ = getattr(function, "__name__", "remote_function")
        self.__doc__ = getattr(function, "__doc__", None)

    def __call__(self, *args, **kwargs):
        raise TypeError("Remote functions cannot be called directly. Instead of running '" + self.__name__ +
                        "()', try '" + self.__name__ + ".remote()'.")

    def options(self, **options):
        merged = dict(self._options)
        merged.update(options)
        copy = RemoteFunction(self._function, merged)
        copy._exported = self._exported
        return copy

    def remote(self, *args, **kwargs):
        _auto_init()
        if self._exported is None or self._exported[0] != _session:
            self._exported = (_session, ObjectRef(_ray.put(self._function)))
        o = self._options
        refs = _wrap(_ray.submit(self._exported[1], args, kwargs, o["num_returns"], o["num_cpus"], o["max_retries"],
                                 bool(o["retry_exceptions"]), o["name"] or self.__name__))
        if o["num_returns"] == 1:
            return refs[0]
        return refs


# ---------------------------------------------------------------------------------------------
# Actors

class ActorMethod:
    """`handle.method`: call `.remote(...)`; `.options(num_returns=...)`."""

    def __init__(self, handle, name, num_returns=1):
        self._handle = handle
        self._name = name
        self._num_returns = num_returns

    def remote(self, *args, **kwargs):
        refs = _wrap(_ray.call_actor(self._handle._actor_id, self._name, args, kwargs, self._num_returns))
        return refs[0] if self._num_returns == 1 else refs

    def options(self, num_returns=1, **options):
        return ActorMethod(self._handle, self._name, num_returns)

    def __call__(self, *args, **kwargs):
        raise TypeError("Actor methods cannot be called directly. Instead of running 'object." + self._name +
                        "()', try 'object." + self._name + ".remote()'.")


class ActorHandle:
    """A handle to an actor; it can be passed to tasks and other actors."""

    def __init__(self, actor_id, class_name, method_names):
        self._actor_id = actor_id
        self._class_name = class_name
        self._method_names = method_names

    def __getattr__(self, name):
        if name.startswith("__") or name not in self._method_names:
            raise AttributeError("'" + self._class_name + "' object has no attribute '" + name + "'")
        return ActorMethod(self, name)

    def __repr__(self):
        return "Actor(" + self._class_name + ", " + format(self._actor_id, "032x") + ")"

    def __eq__(self, other):
        return isinstance(other, ActorHandle) and other._actor_id == self._actor_id

    def __hash__(self):
        return hash(self._actor_id)


class ActorClass:
    """A class decorated with @ray.remote: `.remote(...)` creates an actor on its own thread."""

    def __init__(self, cls, options):
        self._cls = cls
        self._options = _check_options(options, _ACTOR_DEFAULTS, "actors")
        self._exported = None
        self.__name__ = cls.__name__

    def __call__(self, *args, **kwargs):
        raise TypeError("Actors cannot be instantiated directly. Instead of '" + self.__name__ + "()', use '" +
                        self.__name__ + ".remote()'.")

    def options(self, **options):
        merged = dict(self._options)
        merged.update(options)
        copy = ActorClass(self._cls, merged)
        copy._exported = self._exported
        return copy

    def remote(self, *args, **kwargs):
        _auto_init()
        o = self._options
        if o["get_if_exists"] and o["name"] is not None:
            try:
                return get_actor(o["name"])
            except ValueError:
                pass
        if self._exported is None or self._exported[0] != _session:
            self._exported = (_session, ObjectRef(_ray.put(self._cls)))
        methods = sorted(name for name in dir(self._cls) if callable(getattr(self._cls, name, None)) and not name.startswith("__"))
        metadata = (self._cls.__name__, methods)
        actor_id = _ray.create_actor(self._exported[1], args, kwargs, o["num_cpus"], o["name"], o["max_restarts"],
                                     o["max_task_retries"], o["max_concurrency"], self._cls.__name__, metadata)
        return ActorHandle(actor_id, self._cls.__name__, methods)


def get_actor(name, namespace=None):
    """The handle of the live actor created with `name`; ValueError if there is none."""
    found = _ray.get_actor(name)
    if found is None:
        raise ValueError("Failed to look up actor with name '" + name + "'. This could because 1. You are trying "
                         "to look up a named actor you didn't create. 2. The named actor died. 3. You did not use "
                         "a namespace matching the namespace of the actor.")
    actor_id, (class_name, methods) = found
    return ActorHandle(actor_id, class_name, methods)


def kill(actor, *, no_restart=True):
    """Kills an actor at once: pending calls fail with RayActorError; with no_restart=False it
    restarts if its max_restarts allows."""
    if not isinstance(actor, ActorHandle):
        raise ValueError("ray.kill() only supported for actors. For tasks, try ray.cancel(). Got: " + repr(actor) + ".")
    _ray.kill(actor._actor_id, no_restart)


def remote(*args, **kwargs):
    """@ray.remote on a function (a task) or a class (an actor), bare or with options."""
    if len(args) == 1 and not kwargs and callable(args[0]):
        target = args[0]
        if isinstance(target, type):
            return ActorClass(target, {})
        return RemoteFunction(target, {})
    if args:
        raise TypeError("The @ray.remote decorator must be applied either with no arguments and no parentheses, "
                        "or with keyword arguments only.")

    def decorate(target):
        if isinstance(target, type):
            return ActorClass(target, kwargs)
        return RemoteFunction(target, kwargs)
    return decorate


def method(num_returns=1, concurrency_group=None):
    """@ray.method(num_returns=...) on actor methods (accepted; use handle.m.options(num_returns=))."""
    def decorate(function):
        function.__ray_num_returns__ = num_returns
        return function
    return decorate


class _Private:
    """Fault injection for tests: `ray._private.crash()` kills the worker or actor running it;
    `ray._private.kill_worker(ref)` kills the worker running the task behind `ref`."""

    @staticmethod
    def crash():
        _ray.crash()

    @staticmethod
    def kill_worker(ref):
        return _ray.kill_worker(ref)

    @staticmethod
    def store_stats():
        return _ray.store_stats()

    @staticmethod
    def worker_count():
        return _ray.worker_count()


_private = _Private()

from ray import data  # ray.data.from_spark(df)
