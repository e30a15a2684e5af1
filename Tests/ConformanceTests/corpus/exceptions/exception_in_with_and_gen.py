# exceptions: exceptions inside generators and with-blocks propagating through
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"  enter {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        print(f"  exit {self.name} with {et.__name__ if et else None}")
        return False
def gen():
    with CM("in-generator"):
        yield 1
        raise ValueError("generator failure")
try:
    for v in gen():
        print("  got", v)
except ValueError as e:
    print("caught:", e)
try:
    with CM("outer"):
        with CM("inner"):
            raise KeyError("deep")
except KeyError as e:
    print("caught:", repr(e))
def raises_in_enter():
    class Bad:
        def __enter__(self):
            raise RuntimeError("enter failed")
        def __exit__(self, *a):
            print("  never called")
    with Bad():
        print("  body never runs")
try:
    raises_in_enter()
except RuntimeError as e:
    print("caught:", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise TypeError("exit replaced " + (et.__name__ if et else "nothing"))
try:
    with ExitRaises():
        raise ValueError("original")
except TypeError as e:
    print("caught:", e, "| context:", repr(e.__context__))
