# dunder: __hash__ with __eq__ for dict keys and set members; unhashable when __eq__ only
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
pts = {Point(1, 2), Point(1, 2), Point(3, 4)}
print(len(pts), Point(1, 2) in pts, Point(9, 9) in pts)
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], d.get(Point(1, 1), "none"))
print(hash(Point(1, 2)) == hash((1, 2)))
class EqOnly:
    def __eq__(self, other):
        return True
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
print(EqOnly.__hash__)
class Default:
    pass
x = Default()
print({x: 1}[x], hash(x) == hash(x))
class ConstHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return f"C{self.v}"
s = {ConstHash(1), ConstHash(2), ConstHash(1)}
print(len(s), sorted(s, key=lambda c: c.v))
print(hash(-1), hash(-2), hash(ConstHash(5)))
class NegHash:
    def __hash__(self):
        return -1
print(hash(NegHash()))
