# tuples: iteration, enumerate over tuples, zip producing tuples, tuples in sorting keys
colors = ("red", "green", "blue")
for i, c in enumerate(colors):
    print(i, c)
print(list(zip(colors, (1, 2, 3))))
print(dict(zip(colors, range(3))))
records = [("bob", 3, 2.5), ("amy", 3, 1.5), ("cat", 1, 9.0)]
print(sorted(records, key=lambda r: (-r[1], r[2])))
print(sorted(records, key=lambda r: r[0]))
for name, count, score in records:
    print(f"{name}: {count * score}")
print(tuple(x * 2 for x in (1, 2, 3)))
print(sum((1, 2, 3)), max((4, 1)), min(("b", "a")))
print(any(()), all(()), len(tuple()))
coords = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*coords)
print(xs, ys)
print(list(map(sum, coords)))
print(tuple(reversed(colors)), colors[::-1] == tuple(reversed(colors)))
