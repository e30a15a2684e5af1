# dunder: __index__ for use in slicing, range, hex/bin, list indexing; __int__ / __float__
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
lst = list("abcdefgh")
print(lst[Idx(2)], lst[Idx(1):Idx(5)], lst[::Idx(3)])
print(list(range(Idx(4))), hex(Idx(255)), bin(Idx(5)), oct(Idx(8)))
print("xy" * Idx(3), [0] * Idx(2), (1,) * Idx(2))
import operator
print(operator.index(Idx(7)))
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
n = Num(3.7)
print(int(n), float(n), int(Num("12")), float(Num(2)))
try:
    lst[Num(1)]
except TypeError as e:
    print("TypeError:", e)
try:
    range(Num(3))
except TypeError as e:
    print("TypeError:", e)
class Both(Idx):
    def __int__(self):
        return 99
print(int(Both(5)), lst[Both(0)])
print(round(Num(2.5).__float__()), abs(-Idx(3).__index__()))
