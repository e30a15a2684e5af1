# dicts: | and |= merge operators, ** unpacking, update order, merge precedence
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b)
print(b | a)
c = a
c |= b
print(a, c is a)
c |= [("w", 0)]
print(c)
print({**a, **b, "extra": True})
print({"first": 0, **b, "y": "override"})
try:
    a | [("k", 1)]
except TypeError as e:
    print("TypeError:", e)
defaults = {"color": "red", "size": "M", "qty": 1}
overrides = {"size": "L"}
print({**defaults, **overrides})
merged = dict(defaults)
merged.update(overrides, qty=5)
print(merged)
print(dict(a, **{"new": 1}))
print({} | {}, {1: 1} | {})
