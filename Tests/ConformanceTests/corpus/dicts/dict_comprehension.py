# dicts: dict comprehensions, inversion, filtering, nested, from enumerate
squares = {n: n * n for n in range(6)}
print(squares)
evens = {k: v for k, v in squares.items() if k % 2 == 0}
print(evens)
inverted = {v: k for k, v in squares.items()}
print(inverted)
words = ["apple", "bob", "kayak", "level", "python"]
print({w: w == w[::-1] for w in words})
print({w[0]: w for w in words})
print({i: c for i, c in enumerate("abc", 1)})
nested = {r: {c: r * c for c in range(3)} for r in range(3)}
print(nested)
print({(i, j): i + j for i in range(2) for j in range(2)})
print({k: sorted(v) for k, v in {"b": [3, 1], "a": [2, 0]}.items()})
print({x % 3: x for x in range(10)})
lengths = {w: len(w) for w in words if len(w) > 3}
print(lengths, len(lengths))
print(dict(sorted(lengths.items(), key=lambda kv: (-kv[1], kv[0]))))
print({k.upper(): v for k, v in zip("xyz", [1, 2, 3])})
