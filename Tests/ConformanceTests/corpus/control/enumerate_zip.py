# control: enumerate with start, zip of unequal lengths, zip with three iterables, strict mode
names = ["ann", "ben", "cid"]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, start=1):
    print(f"{i}. {name}")
print(list(enumerate("ab", -5)))
print(list(zip([1, 2, 3], "ab")))
print(list(zip(range(5), [10, 20], (100, 200, 300))))
print(list(zip()), list(zip([1, 2])), list(zip([], [1])))
for (i, n), s in zip(enumerate(names), [0.5, 1.5, 2.5]):
    print(i, n, s)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], [3, 4], strict=True)))
keys, vals = zip(*{"a": 1, "b": 2}.items())
print(keys, vals)
e = enumerate("xyz")
print(next(e), next(e), list(e))
print(dict(enumerate("hey")))
matrix = [[1, 2, 3], [4, 5, 6]]
for r, row in enumerate(matrix):
    for c, val in enumerate(row):
        if val % 2 == 0:
            print(f"even at ({r},{c})")
