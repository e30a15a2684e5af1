# builtins: getattr/setattr/hasattr/delattr/callable/isinstance/issubclass/type on builtins and user types
class P:
    a = 1
    def m(self):
        return "m"
p = P()
print(getattr(p, "a"), getattr(p, "b", "dflt"), getattr(P, "m")(p), getattr("abc", "upper")())
print(hasattr(p, "a"), hasattr(p, "m"), hasattr(p, "zz"), hasattr([], "append"), hasattr(1, "real"))
setattr(p, "b", 2)
print(p.b, vars(p))
delattr(p, "b")
print(hasattr(p, "b"))
print(callable(p), callable(p.m), callable(P), callable(print), callable(None), callable(lambda: 0), callable("s"))
print(type(p) is P, type(P), type(1), type("s"), type([]), type(None), type(print), type(P.m), type(p.m))
print(isinstance(p, P), isinstance(1, (str, int)), issubclass(P, object), issubclass(bool, (int, str)))
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr([], "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(p, "nothing")
except AttributeError as e:
    print("AttributeError:", e)
print(type(type).__name__, type(P).__name__)
