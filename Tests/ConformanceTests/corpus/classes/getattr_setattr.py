# classes: getattr/setattr/hasattr/delattr builtins with defaults, dynamic attribute names
class Obj:
    cls_attr = "on class"
    def method(self):
        return "method called"
o = Obj()
for name in ["x", "y", "z"]:
    setattr(o, name, name * 2)
print(o.x, o.y, o.z)
print(getattr(o, "x"), getattr(o, "nope", None), getattr(o, "cls_attr"), getattr(o, "method")())
print(hasattr(o, "x"), hasattr(o, "nope"), hasattr(Obj, "method"), hasattr(Obj, "x"))
try:
    getattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(Obj, "nope")
except AttributeError as e:
    print("AttributeError:", e)
delattr(o, "y")
print(hasattr(o, "y"), sorted(vars(o)))
try:
    delattr(o, "y")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
setattr(Obj, "added_later", lambda self: "added to class")
print(o.added_later())
fields = {"name": "widget", "price": 9.5}
for k, v in fields.items():
    setattr(o, k, v)
print({k: getattr(o, k) for k in fields})
print(getattr(o, "__class__").__name__, getattr(5, "real"), getattr("s", "upper")())
