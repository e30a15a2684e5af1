# classes: isinstance/issubclass with tuples, bool/int relations, type() is checks, object base
class A: pass
class B(A): pass
class C: pass
objs = [A(), B(), C(), 1, True, 1.5, "s", None, [1], (1,), {1: 2}]
for o in objs:
    print(type(o).__name__.ljust(8), isinstance(o, A), isinstance(o, (int, float)), isinstance(o, (list, tuple, dict)),
          type(o) is int, isinstance(o, object))
print(issubclass(B, (C, A)), issubclass(C, (A, B)), issubclass(A, object), issubclass(type, object))
print(isinstance(A, type), isinstance(int, type), type(A) is type, type(type) is type)
print(isinstance(True, bool), isinstance(1, bool), type(True) == int)
print(isinstance(None, type(None)), type(None).__name__)
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(A(), A)
except TypeError as e:
    print("TypeError:", e)
print(isinstance([], (int, (str, list))))
