# builtins: dir() on user classes (filtered), id-free identity checks, isinstance with abstract types
class Thing:
    attr = 1
    def method(self):
        pass
    def _private(self):
        pass
print([n for n in dir(Thing) if not n.startswith("__")])
t = Thing()
t.extra = 2
print([n for n in dir(t) if not n.startswith("__")])
print("append" in dir([]), "upper" in dir(""), "keys" in dir({}))
print(sorted(n for n in dir(1) if n in ("real", "imag", "bit_length", "numerator")))
a = [1]
b = a
print(a is b, a is not list(a))
print(len(dir(Thing)) > 20)
import math
print([n for n in ["pi", "sqrt", "nope"] if n in dir(math)])
def f():
    local_a = 1
    local_b = 2
    return sorted(dir())
print(f())
print(isinstance(3, object), isinstance(None, object), issubclass(type, object))
