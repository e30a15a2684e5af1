# dicts: building dicts from zip/enumerate/pairs, dict() errors, keys of various types
keys = ["a", "b", "c"]
vals = [1, 2]
print(dict(zip(keys, vals)))
print(dict(enumerate(keys)))
print(dict([(1, 2), [3, 4], "xy"]))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict(["abc"])
except ValueError as e:
    print("ValueError:", e)
mixed = {1: "int", "1": "str", (1,): "tuple", None: "none", 1.5: "float", frozenset([1]): "fs"}
print(len(mixed), mixed[1], mixed["1"], mixed[(1,)], mixed[None], mixed[frozenset({1})])
print(dict(sorted({"b": 1, "a": 2}.items())))
matrix = {}
for i in range(3):
    for j in range(3):
        if i != j:
            matrix[i, j] = abs(i - j)
print(matrix)
print(dict(((k, v) for k, v in [("p", 1)]), q=2))
