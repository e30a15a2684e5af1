# functions: __name__, __doc__, __qualname__, __module__, custom attributes, annotations ignored
def documented(x: int, y: "str" = "d") -> list:
    """Return stuff.

    Extra lines.
    """
    return [x, y]
print(documented.__name__, documented.__qualname__, documented.__module__)
print(repr(documented.__doc__))
print(documented(1), documented(2, 3))
def nodoc():
    pass
print(nodoc.__doc__)
documented.custom = "attached"
print(documented.custom, hasattr(nodoc, "custom"))
class Outer:
    def method(self):
        def inner():
            pass
        return inner
print(Outer.method.__qualname__, Outer().method().__qualname__, Outer.method.__name__)
print(documented.__annotations__)
def annotated_local() -> None:
    count: int = 5
    label: str
    return count
print(annotated_local())
print(callable(documented), callable(5), callable(Outer), callable(Outer().method))
f = documented
print(f.__name__, f is documented)
print((lambda: 0).__qualname__)
print(type(documented).__name__, type(len).__name__, type(Outer().method).__name__)
