# dicts: equality (order-insensitive), nested mutation through references, dict in list
a = {"x": [1, 2], "y": {"z": 1}}
b = {"y": {"z": 1}, "x": [1, 2]}
print(a == b, a != b, list(a) == list(b))
b["y"]["z"] = 2
print(a == b)
row = {"id": 1}
table = [row, row]
row["id"] = 99
print(table)
rows = [{"id": i} for i in range(3)]
rows[0]["id"] = -1
print(rows)
c = dict(a)
c["x"].append(3)
print("shallow copy shares list:", a["x"])
print({1: 1} == {1: 1.0}, {1: 1} == {1.0: True})
print({"a": 1} == {"a": 1, "b": 2}, {} == {}, {} == [])
try:
    {"a": 1} < {"a": 2}
except TypeError as e:
    print("TypeError:", e)
d1 = {"k": float("nan")}
print(d1 == d1, d1 == {"k": float("nan")})
