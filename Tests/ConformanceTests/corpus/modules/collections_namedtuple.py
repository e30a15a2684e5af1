# modules: collections.namedtuple: fields, defaults, _asdict, _replace, _make, repr, tuple behavior
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(Point._fields, p._asdict(), p._replace(y=10), Point._make([5, 6]))
x, y = p
print(x + y, p == (1, 2), p == Point(1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
Person = namedtuple("Person", "name age city", defaults=["unknown"])
print(Person("Ann", 30), Person("Bob", 25, "Oslo"), Person._field_defaults)
Color = namedtuple("Color", "r, g, b")
print(Color(255, 0, 128), Color._fields)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
pts = [Point(3, 1), Point(1, 2), Point(1, 1)]
print(sorted(pts), max(pts, key=lambda q: q.y))
print(Point(x=7, y=8), Point(*[1, 2]), Point(**{"x": 0, "y": 0}))
print(type(p).__name__, Point.__name__)
Rec = namedtuple("Rec", ["id", "class", "def"], rename=True)
print(Rec._fields)
class Vec(namedtuple("Vec", "x y")):
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(Vec(3, 4).norm(), Vec(3, 4))
