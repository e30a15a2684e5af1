# builtins: type() of many values, type names, comparing types, type as a callable
samples = [1, 1.0, "s", True, None, [], (), {}, set(), frozenset(), range(1), len, print, type, object(),
           lambda: 0, iter([]), (x for x in []), slice(1)]
print([type(s).__name__ for s in samples])
print(type(1)(3.9), type("")(42), type([])("ab"), type(())([1]), type({})(a=1))
print(type(1) == int, type(True) == bool, type(True) != int, type(None) is type(None))
print(int is type(0), isinstance(type, type), type(object), object.__name__)
def fn():
    pass
print(type(fn).__name__, type(fn()).__name__)
print(callable(type), callable(int), callable(1), callable(fn))
class Base:
    pass
class Derived(Base):
    pass
obj = Derived()
print(type(obj).__name__, type(obj) is Base, isinstance(obj, Base), type(obj).__mro__[1].__name__)
print(type(type(obj)) is type, type(obj)() is not obj, type(obj).__bases__)
converters = [int, float, str, bool]
print([conv("1") for conv in converters])
