# modules: itertools: groupby (sorted and unsorted), accumulate with func and initial, pairwise, tee
from itertools import groupby, accumulate, pairwise, tee
import operator
data = "aaabbcaaad"
print([(k, len(list(g))) for k, g in groupby(data)])
print(["".join(g) for _, g in groupby(data)])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print([(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
print([(k, list(g)) for k, g in groupby(sorted(words), key=lambda w: w[0])])
print([(k, [n for n in g]) for k, g in groupby(range(10), key=lambda n: n // 3)])
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([])), list(accumulate([], initial=0)), list(accumulate("abc")))
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * 10 + b)))
print(list(pairwise([1, 2, 3, 4])), list(pairwise("ab")), list(pairwise([1])))
a, b = tee([1, 2, 3])
print(list(a), list(b))
x, y, z = tee(iter("xy"), 3)
print(next(x), list(y), list(x), list(z))
runs = [(k, sum(1 for _ in g)) for k, g in groupby([1, 1, 0, 0, 0, 1, 1, 1, 1])]
print("longest run of 1s:", max(n for k, n in runs if k == 1))
