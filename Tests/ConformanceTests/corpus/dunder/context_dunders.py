# dunder: __enter__/__exit__ arguments, return value of __enter__, exception info passed to __exit__
class Recorder:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"  enter {self.name}")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print(f"  exit {self.name}: type={kind} msg={exc} tb_is_none={tb is None}")
        return self.suppress
with Recorder("plain") as value:
    print("  body got", value)
with Recorder("swallow", suppress=True):
    raise KeyError("hidden")
print("after swallowed error")
try:
    with Recorder("propagate"):
        raise ValueError("visible")
except ValueError as e:
    print("caught outside:", e)
with Recorder("no-as"):
    pass
class ReturnsSelf:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("  exit args:", args)
        return False
with ReturnsSelf() as rs:
    print("  is instance:", isinstance(rs, ReturnsSelf))
def early():
    with Recorder("early-return"):
        return "returned"
print(early())
for i in range(3):
    with Recorder(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
