# with: reusing a manager object, manager state across uses, manager that counts entries
class Reusable:
    def __init__(self):
        self.entries = 0
        self.active = False
    def __enter__(self):
        if self.active:
            raise RuntimeError("already active")
        self.active = True
        self.entries += 1
        return self.entries
    def __exit__(self, *a):
        self.active = False
m = Reusable()
with m as n:
    print("first use", n)
with m as n:
    print("second use", n)
try:
    with m:
        with m:
            pass
except RuntimeError as e:
    print("RuntimeError:", e, "| active after:", m.active)
print("entries:", m.entries)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
