# dunder: __iadd__/__isub__/__imul__ in-place vs fallback to __add__, identity preservation
class Acc:
    def __init__(self, items=None):
        self.items = list(items or [])
    def __iadd__(self, other):
        self.items.extend(other if isinstance(other, list) else [other])
        return self
    def __add__(self, other):
        return Acc(self.items + [other])
    def __repr__(self):
        return f"Acc({self.items})"
a = Acc([1])
alias = a
a += 2
a += [3, 4]
print(a, alias, a is alias)
b = a + 5
print(b, b is a)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return OnlyAdd(self.v + other)
    def __repr__(self):
        return f"OnlyAdd({self.v})"
o = OnlyAdd(1)
ref = o
o += 10
print(o, ref, o is ref)
class Counter:
    def __init__(self):
        self.n = 0
    def __iadd__(self, k):
        self.n += k
        return self
    def __isub__(self, k):
        self.n -= k
        return self
    def __imul__(self, k):
        self.n *= k
        return self
c = Counter()
c += 5
c *= 3
c -= 1
print(c.n)
class Broken:
    def __iadd__(self, other):
        self.total = other
x = Broken()
x += 1
print(x)
lst = [1]
t = (lst,)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
