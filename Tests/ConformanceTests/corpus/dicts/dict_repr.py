# dicts: repr of dicts with various key/value types, nested, recursive
print({})
print({1: "a", "b": 2, 3.5: None, (1, 2): [3], None: True, False: 0})
print({"quote'": 'dq"', "nl": "\n"})
print({"nested": {"deeper": {"deepest": []}}})
d = {"self": None}
d["self"] = d
print(d)
print(str({1: 2}), repr({1: 2}))
print({-1: -0.0, 10 ** 20: 1e20})
print(dict(a=[1, {"b": (2,)}]))
print({"é": "日本"})
print([{}, {1: {}}])
print({i: chr(97 + i) for i in range(5)})
print({"list": [], "tuple": (), "dict": {}, "str": ""})
print(repr({True: False}), str({None: None}))
print({0.1: 1 / 3, 1e16: 1e-16})
print({"a": {"b": {"c": {"d": {"e": 1}}}}})
