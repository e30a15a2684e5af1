# sets: copy, isdisjoint, in with unhashables, set of tuples, min/max/sum/any/all on sets
a = {1, 2, 3}
b = a.copy()
b.add(4)
print(a, b, a is b)
pts = {(0, 0), (1, 2), (0, 0)}
print(len(pts), sorted(pts))
try:
    [1] in a
except TypeError as e:
    print("TypeError:", e)
print(min(a), max(a), sum(a), any(set()), all(set()), len(set()))
print(set("abc") == {"a", "b", "c"}, set() == frozenset())
words = "one two three two one".split()
print(len(set(words)), sorted(set(words), key=words.index))
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
try:
    one = {1}
    one[0]
except TypeError as e:
    print("TypeError:", e)
print(set([1, 2]) <= set(range(5)), {1, 2}.union(), {1, 2}.intersection())
print(sorted({1.5, 2, 0.5}))
