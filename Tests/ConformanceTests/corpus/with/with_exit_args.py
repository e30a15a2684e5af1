# with: exit receives exception instance; exceptions chained when __exit__ raises; re-raising from exit
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            print("  clean exit")
        else:
            print("  exit saw:", exc_type.__name__, exc_value.args, isinstance(exc_value, exc_type))
        return exc_type is ZeroDivisionError
with Inspect():
    pass
with Inspect():
    1 / 0
print("zero division suppressed")
try:
    with Inspect():
        raise KeyError("a", "b")
except KeyError as e:
    print("KeyError propagated:", e.args)
class Translate:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is KeyError:
            raise LookupError(f"translated {ev}") from ev
        return False
try:
    with Translate():
        {}["x"]
except LookupError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
