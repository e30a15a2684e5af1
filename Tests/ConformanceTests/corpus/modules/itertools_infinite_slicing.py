# modules: itertools: count, cycle, repeat, islice, takewhile, dropwhile, compress, starmap
from itertools import count, cycle, repeat, islice, takewhile, dropwhile, compress, starmap
print(list(islice(count(), 5)), list(islice(count(10, -3), 4)), list(islice(count(0.5, 0.25), 3)))
print(list(islice(cycle("abc"), 7)), list(islice(cycle([]), 3)))
print(list(repeat("x", 3)), list(repeat(0, 0)), list(islice(repeat(7), 2)))
print(list(islice(range(10), 2, 8, 2)), list(islice("abcdef", 3)), list(islice(range(5), None)))
print(list(islice(range(10), 4, None)), list(islice(range(10), 0, 0)))
print(list(takewhile(lambda x: x < 4, [1, 3, 5, 2, 1])), list(dropwhile(lambda x: x < 4, [1, 3, 5, 2, 1])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(compress(range(5), [True, False])))
print(list(starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(starmap(lambda a, b: a + b, zip("ab", "xy"))))
print(list(map(pow, range(4), repeat(2))))
c = count(5)
print(next(c), next(c), repr(c))
print(list(zip(count(1), "xyz")))
try:
    list(islice(range(3), -1))
except ValueError as e:
    print("ValueError:", e)
