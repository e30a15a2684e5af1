# dicts: keys/values/items views, dynamic views, set ops on keys and items views
d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
d["d"] = 4
print("views are live:", list(k), list(v), len(it))
print(sorted(k & {"a", "z", "d"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(it & {("a", 1), ("b", 99)}))
print("a" in k, 4 in v, ("d", 4) in it, ("d", 5) in it)
print(k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"}, k.isdisjoint({"x"}))
print(list(reversed(k)), list(reversed(d.values())))
e = {"b": 0, "a": 0}
print(d.keys() & e.keys() == {"a", "b"}, sorted(d.keys() - e.keys()))
for key, value in d.items():
    print(key, "=>", value, end="; ")
print()
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d))
print(list({}.items()), {}.keys())
print(sum(d.values()), max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
