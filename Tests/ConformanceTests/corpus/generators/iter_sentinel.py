# generators: iter(callable, sentinel), iter() on sequences, custom iterables via __iter__ generator
values = [3, 7, 0, 9]
pos = -1
def reader():
    global pos
    pos += 1
    return values[pos]
print(list(iter(reader, 0)))
counter = iter(range(10).__iter__().__next__, 4)
print(list(counter))
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), sum(c), 2 in c)
it = iter("ab")
print(next(it), next(it), next(it, "<end>"))
print(iter(it) is it)
lines = iter(["first", "second", "", "after blank"])
print(list(iter(lines.__next__, "")))
print(list(lines))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
