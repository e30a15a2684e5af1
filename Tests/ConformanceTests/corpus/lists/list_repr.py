# lists: repr/str of lists with mixed content, empty, nested, self-referencing
print([])
print([1, 2.0, "three", None, True, (4,), [5], {"six": 6}])
print(repr(["a'b", 'c"d', "\n"]))
print(str([1, [2, [3, []]]]))
a = [1, 2]
a.append(a)
print(a)
b = [a, a]
print(len(b))
d = {"k": [1, 2]}
d["k"].append(d)
print(d)
print([0.1, 1e-7, float("inf"), -0.0])
print(list(), list(range(3)), list("ab"), list((1, 2)), list({1: "x", 2: "y"}))
print(str(["é", "日本"]))
print([[], [[]], [[], []]])
