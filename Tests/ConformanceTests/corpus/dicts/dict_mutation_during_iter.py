# dicts: modifying during iteration errors and safe patterns (iterate over a copy of keys)
d = {i: i * i for i in range(6)}
try:
    for k in d:
        if k % 2:
            del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = {i: i * i for i in range(6)}
for k in list(d):
    if k % 2:
        del d[k]
print("safe delete:", d)
for k in d:
    d[k] = -d[k]
print("value update ok:", d)
d2 = {"a": 1}
try:
    for k in d2:
        d2["b"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
print(d2)
d3 = {"x": 1, "y": 2}
try:
    for k, v in d3.items():
        d3.pop(k)
except RuntimeError as e:
    print("RuntimeError:", e)
print(d3)
kept = {k: v for k, v in {"a": 1, "b": -2, "c": 3}.items() if v > 0}
print(kept)
