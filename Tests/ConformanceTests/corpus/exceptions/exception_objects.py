# exceptions: str/repr/args of builtin exception instances with 0, 1, many args
cases = [
    ValueError(),
    ValueError("msg"),
    ValueError("a", 1),
    KeyError("key"),
    KeyError(),
    KeyError("a", "b"),
    IndexError(3),
    TypeError(None),
    RuntimeError(""),
    Exception([1, 2]),
    StopIteration(5),
    OSError("disk"),
    ZeroDivisionError("custom text"),
    AssertionError(),
    NotImplementedError("todo"),
    AttributeError("attr"),
]
for e in cases:
    print(f"{type(e).__name__:20} str={str(e)!r:22} repr={e!r:28} args={e.args}")
e = ValueError("changeable")
e.args = ("changed", 2)
print(str(e), repr(e))
err = Exception("with attr")
err.extra = 42
print(err.extra, hasattr(err, "extra"))
print(isinstance(KeyError(), LookupError), isinstance(ValueError(), Exception), isinstance(Exception(), BaseException))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(StopIteration, Exception))
print(ValueError("x") == ValueError("x"), type(ValueError).__name__)
