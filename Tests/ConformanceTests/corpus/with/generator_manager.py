# with: generator-based context managers via a hand-written contextmanager decorator (no contextlib)
class _GeneratorCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(exc)
        except StopIteration:
            return True
        except BaseException as e:
            if e is exc:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")
def contextmanager(func):
    def helper(*args, **kwargs):
        return _GeneratorCM(func(*args, **kwargs))
    return helper
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("div") as t:
    print("  got", t)
@contextmanager
def handled():
    try:
        yield
    except ValueError as e:
        print("  handled inside manager:", e)
with handled():
    raise ValueError("oops")
print("continued after handled")
try:
    with handled():
        raise TypeError("not handled")
except TypeError as e:
    print("propagated:", e)
try:
    with tag("err"):
        raise RuntimeError("inside tag")
except RuntimeError as e:
    print("after cleanup:", e)
@contextmanager
def counter():
    state = {"n": 0}
    yield state
    print("  final count:", state["n"])
with counter() as c:
    for _ in range(5):
        c["n"] += 1
@contextmanager
def temp_setting(d, key, value):
    old = d.get(key)
    d[key] = value
    try:
        yield d
    finally:
        d[key] = old
settings = {"mode": "normal"}
with temp_setting(settings, "mode", "debug"):
    print("inside:", settings)
print("restored:", settings)
