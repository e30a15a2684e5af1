# errors: uncaught KeyError raised explicitly with a string key
def require(d, *keys):
    for k in keys:
        if k not in d:
            raise KeyError(k)
    print("all present:", keys)
require({"a": 1, "b": 2}, "a", "b")
try:
    raise KeyError("explicit")
except KeyError as e:
    print("caught:", e)
require({"x": 0}, "x")
d = {"k": None}
print("k" in d, d["k"])
require(d)
require({"a": 1}, "a", "missing_key")
