# Bare object() instances have no __dict__: setting an attribute fails, as in CPython.
o = object()
for name in ["x", "value", "__something__"]:
    try:
        setattr(o, name, 1)
    except AttributeError as error:
        print("AttributeError:", error)
print(hasattr(o, "x"), type(o).__name__)


class Plain:
    pass


p = Plain()
p.x = 1
print(p.x, vars(p))
