# dunder: __iter__ returning self with __next__, StopIteration, iterator exhaustion, for-loop protocol
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
c = Countdown(3)
print(list(c), list(c))
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
it = Countdown(2)
print(next(it), next(it), next(it, "done"))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 2
r = Range2(3)
print(list(r), list(r), [x + y for x in r for y in r][:4])
a, b, c2 = Range2(3)
print(a, b, c2)
print(dict(zip(Range2(2), "ab")), 4 in Range2(3), 5 in Range2(3))
class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in NotIterable():
        pass
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
