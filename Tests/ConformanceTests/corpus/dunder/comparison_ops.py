# dunder: __eq__, __lt__, __le__, __gt__, __ge__, __ne__ defaults, reflected comparisons, sorting
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    __hash__ = None
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.2"), Version("1.10")
print(a < b, a > b, a <= b, a >= b, a == Version("1.2"), a != b)
print(a == "1.2", a != "1.2")
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
class Reflect:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("  Reflect.__gt__ called")
        return self.v > other
print(5 < Reflect(10))
class AlwaysEqual:
    def __eq__(self, other):
        return True
print(AlwaysEqual() == 3, 3 == AlwaysEqual(), AlwaysEqual() != 3, [1, 2].count(AlwaysEqual()))
print(AlwaysEqual() in [1], [AlwaysEqual()] == [object()])
