# dicts: 1, 1.0 and True as the same key; 0/False/0.0; key keeps first, value is last
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
e = {True: "t", 1: "one", 1.0: "f"}
print(e)
f = {0: "zero", False: "false", 0.0: "float zero", -0.0: "neg zero"}
print(f)
print({1: "a"}[True], {True: "a"}[1.0], {0.0: "z"}[0])
print(1 in {True: 0}, 2.0 in {2: 0}, "1" in {1: 0})
g = {}
for k in [1, 1.0, True, 2, 2.0]:
    g[k] = g.get(k, 0) + 1
print(g)
print({**{1: "a"}, **{1.0: "b"}}, dict.fromkeys([True, 1, 1.0]))
print(list({1.0: 1, 1: 2}.keys()), [type(k).__name__ for k in {1.0: 1, 1: 2}])
print({(1, 2): "t", (1.0, 2.0): "u"})
