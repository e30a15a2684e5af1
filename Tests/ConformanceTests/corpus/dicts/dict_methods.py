# dicts: get/setdefault/pop/popitem/update/fromkeys/copy/clear
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 99))
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
d.update({"x": 10, "a": -1})
print(d)
d.update([("y", 20)], z=30)
print(d)
d.update(w=0)
print(d)
print(dict.fromkeys("abc"), dict.fromkeys(["k1", "k2"], 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print("fromkeys shares value:", shared)
c = d.copy()
c["new"] = 1
print(len(d), len(c))
c.clear()
print(c)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
grouped = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    grouped.setdefault(word[0], []).append(word)
print(grouped)
