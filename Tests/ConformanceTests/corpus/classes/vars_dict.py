# classes: vars()/__dict__ of instances and updates through __dict__, class __dict__ keys
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(vars(p), p.__dict__ is vars(p))
p.__dict__["z"] = 5
print(p.z, vars(p))
vars(p).update(x=10)
print(p.x, p.norm2())
print("dims" in vars(p), "dims" in vars(Point), "norm2" in Point.__dict__, "__init__" in Point.__dict__)
q = Point(1, 1)
print(vars(q))
q.__dict__.clear()
print(vars(q), hasattr(q, "x"))
class Empty:
    pass
print(vars(Empty()))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
def to_dict(obj):
    return {k: v for k, v in vars(obj).items() if not k.startswith("_")}
p._private = 1
print(to_dict(p))
print(sorted(k for k in vars(Point) if not k.startswith("__")))
