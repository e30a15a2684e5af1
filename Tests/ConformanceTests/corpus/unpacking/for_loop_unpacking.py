# unpacking: in for loops over dict items, enumerate, zip, nested structures, comprehensions
pairs = {"a": 1, "b": 2}
for key, value in pairs.items():
    print(key, value)
for idx, (key, value) in enumerate(pairs.items(), 1):
    print(idx, key, value)
for (a, b), c in zip([(1, 2), (3, 4)], "xy"):
    print(a, b, c)
points = [(1, 2, 3), (4, 5, 6)]
print([x + y + z for x, y, z in points])
print({name: score for name, score in [("ann", 9), ("bob", 7)]})
matrix = [[1, 2], [3, 4]]
for i, (left, right) in enumerate(matrix):
    print(i, left * right)
data = [("x", [1, 2, 3]), ("y", [4])]
for label, (first, *others) in data:
    print(label, first, others)
total = 0
for _, n in [("skip", 5), ("skip", 6)]:
    total += n
print(total)
for a, b in ["ab", "cd"]:
    print(a + b, b + a)
