# dunder: __getattr__ fallback (only for missing attributes), __setattr__ interception, __delattr__
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(f"get {name}")
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append(f"set {name}")
        setattr(self._target, name, value)
class Target:
    def __init__(self):
        self.value = 1
    def hello(self):
        return "hello from target"
t = Target()
p = Proxy(t)
print(p.value, p.hello())
p.value = 42
print(t.value, p.log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
class Defaults:
    known = "class attr"
    def __getattr__(self, name):
        if name.startswith("opt_"):
            return f"default for {name[4:]}"
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Defaults()
d.real = "set"
print(d.known, d.real, d.opt_color, getattr(d, "opt_size"), hasattr(d, "nope"))
try:
    d.nope
except AttributeError as e:
    print("AttributeError:", e)
class ReadOnly:
    def __init__(self):
        object.__setattr__(self, "x", 1)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")
r = ReadOnly()
for action in (lambda: setattr(r, "x", 2), lambda: delattr(r, "x")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(r.x)
class Validated:
    def __setattr__(self, name, value):
        if name == "age" and value < 0:
            raise ValueError("age must be >= 0")
        super().__setattr__(name, value)
v = Validated()
v.age = 5
try:
    v.age = -1
except ValueError as e:
    print("ValueError:", e)
print(v.age, vars(v))
