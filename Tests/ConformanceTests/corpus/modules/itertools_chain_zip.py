# modules: itertools: chain, chain.from_iterable, zip_longest with fillvalue, filterfalse, islice combos
from itertools import chain, zip_longest, filterfalse, islice, count
print(list(chain([1, 2], "ab", (3,), range(2))), list(chain()), list(chain([], [])))
print(list(chain.from_iterable([[1, 2], [3], [], "xy"])))
print(list(chain.from_iterable(["abc", "de"])))
print(list(zip_longest([1, 2, 3], "ab")), list(zip_longest("a", "bcd", fillvalue="-")))
print(list(zip_longest()), list(zip_longest([1], [], [2, 3], fillvalue=0)))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))
evens = (n for n in count() if n % 2 == 0)
print(list(islice(evens, 5)))
flat = chain.from_iterable((i, -i) for i in range(1, 4))
print(list(flat))
matrix = [[1, 2], [3, 4], [5]]
print(list(chain(*matrix)), sum(chain(*matrix)))
cols = list(zip_longest(*matrix, fillvalue=None))
print(cols)
