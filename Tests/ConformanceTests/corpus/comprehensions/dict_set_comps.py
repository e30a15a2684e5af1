# comprehensions: dict and set comprehensions, key collisions, conditional values
words = ["apple", "Banana", "cherry", "avocado", "blueberry"]
print({w: len(w) for w in words})
print({w[0].lower(): w for w in words})
print(sorted({len(w) for w in words}))
print({k: v for k, v in zip("abc", range(3)) if v})
print({i: ("even" if i % 2 == 0 else "odd") for i in range(5)})
print({i % 3: i for i in range(10)})
print({(a, b): a * b for a in range(1, 3) for b in range(1, 3)})
squares = {n * n for n in range(-4, 5)}
print(sorted(squares))
inv = {v: k for k, v in {"one": 1, "uno": 1, "two": 2}.items()}
print(inv)
print({c: "aeiou".count(c) for c in "aeiou"})
print({k: sorted(v) for k, v in {"x": {3, 1}, "y": {2}}.items()})
print(type({x for x in ()}).__name__, type({x: x for x in ()}).__name__)
