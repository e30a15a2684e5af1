# dunder: __call__, __bool__, __len__ used for truthiness, callable()
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest):
        return x * self.k + sum(rest)
double = Multiplier(2)
print(double(5), double(5, 1, 1), callable(double), callable(Multiplier), list(map(double, [1, 2])))
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Falsy:
    def __bool__(self):
        return False
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Empty()), bool(Full()), bool(Falsy()), bool(Both()), bool(object()))
print("truthy" if Full() else "falsy", "truthy" if Empty() else "falsy", not Falsy())
print([x for x in [Empty(), Full(), Falsy(), Both()] if x].__len__())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class FloatLen:
    def __len__(self):
        return 2.5
try:
    len(FloatLen())
except TypeError as e:
    print("TypeError:", e)
class Accumulator:
    def __init__(self):
        self.total = 0
    def __call__(self, v):
        self.total += v
        return self
acc = Accumulator()
print(acc(1)(2)(3).total)
