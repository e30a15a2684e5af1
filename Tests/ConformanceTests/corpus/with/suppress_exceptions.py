# with: __exit__ returning True suppresses exceptions; selective suppression by exception type
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc
            return True
        return False
with Suppress(KeyError) as s:
    {}["missing"]
    print("never printed")
print("suppressed:", repr(s.caught))
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated:", e)
with Suppress(LookupError) as s:
    [][0]
print("base class suppression:", repr(s.caught))
with Suppress(ZeroDivisionError, ValueError):
    1 / 0
print("tuple of types suppressed ZeroDivisionError")
def f():
    with Suppress(Exception):
        return "returned normally"
print(f())
def g():
    for i in range(3):
        with Suppress(ValueError):
            if i == 1:
                raise ValueError("skip")
            print("  iteration", i)
g()
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "yes"
with Truthy():
    raise RuntimeError("suppressed by truthy return")
print("truthy non-bool return suppresses too")
