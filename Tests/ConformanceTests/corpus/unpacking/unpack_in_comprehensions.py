# unpacking: targets inside comprehensions and generator expressions, dict item unpacking
pairs = [(1, "one"), (2, "two"), (3, "three")]
print([n for n, _ in pairs], [w for _, w in pairs])
print({w: n for n, w in pairs})
print(sum(n * len(w) for n, w in pairs))
grid = {(0, 0): "a", (0, 1): "b", (1, 0): "c"}
print([f"{r}-{c}:{v}" for (r, c), v in grid.items()])
print(sorted((c, r) for r, c in grid))
nested = [(1, (2, 3)), (4, (5, 6))]
print([a + b * c for a, (b, c) in nested])
print([(h, t) for h, *t in ["abc", "de", "f"]])
print(dict((v, k) for k, v in {"x": 1, "y": 2}.items()))
print([x * y for x, y in zip(range(4), range(4, 8))])
records = [("ann", 31, "oslo"), ("bob", 25, "rome"), ("cy", 40, "oslo")]
print([name for name, age, _ in records if age > 30])
print({city: [n for n, _, c in records if c == city] for _, _, city in records})
print(max((age, name) for name, age, _ in records))
print([(a, b) for a, b in enumerate("xyz", 1) if a != 2])
print(list(zip(*[(1, "a"), (2, "b")])))
