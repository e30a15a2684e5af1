# dicts: creation forms, access, assignment, deletion, len, in, ordering by insertion
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), "a" in d, 2 in d, "z" not in d)
print(dict(x=1, y=2), dict([("k", "v"), ("k2", "v2")]), dict({"a": 1}, b=2), dict())
print(dict(zip("abc", range(3))))
print({}, {1: {}}, {(): None})
del d["a"]
print(d)
d["a"] = 1
print("re-inserted goes last:", d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, list({1: 0, 2: 0}) == list({2: 0, 1: 0}))
nums = {}
for w in "the cat and the hat and the bat".split():
    nums[w] = nums.get(w, 0) + 1
print(nums)
print({"x": 1, "x": 2})
