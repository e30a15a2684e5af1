"""Ray's exception classes (ray.exceptions)."""


class RayError(Exception):
    """Base of every Ray error."""


class RayTaskError(RayError):
    """A task or actor method raised: `cause` is the original exception. `ray.get` raises an
    instance of a class deriving from both RayTaskError and the cause's class, so that
    `except ValueError` still catches it."""

    def __init__(self, function_name, traceback_str, cause=None, cause_summary=""):
        self.function_name = function_name
        self.traceback_str = traceback_str
        self.cause = cause
        self.cause_summary = cause_summary
        RayError.__init__(self, self._message())

    def _message(self):
        lines = ["ray::" + self.function_name + "()"]
        text = self.traceback_str.rstrip("\n")
        if text:
            lines.append(text)
        elif self.cause_summary:
            lines.append(self.cause_summary)
        return "\n".join(lines)

    def __str__(self):
        return self._message()

    def as_instanceof_cause(self):
        cause = self.cause
        if cause is None or not isinstance(cause, Exception) or isinstance(cause, RayTaskError):
            return self
        cause_class = type(cause)
        name = "RayTaskError(" + cause_class.__name__ + ")"
        try:
            combined = type(name, (RayTaskError, cause_class), {})
        except TypeError:
            return self
        error = combined.__new__(combined)
        error.function_name = self.function_name
        error.traceback_str = self.traceback_str
        error.cause = cause
        error.cause_summary = self.cause_summary
        error.args = cause.args
        for key, value in vars(cause).items():
            try:
                setattr(error, key, value)
            except Exception:
                pass
        return error


class RayActorError(RayError):
    """The actor died (killed, crashed, or its constructor raised)."""


class WorkerCrashedError(RayError):
    """The worker running a task died and its retries ran out."""


class TaskCancelledError(RayError):
    """`ray.cancel` stopped the task."""


class GetTimeoutError(RayError, TimeoutError):
    """`ray.get` timed out."""


class ObjectStoreFullError(RayError, MemoryError):
    """The object store is full and spilling could not make room."""
