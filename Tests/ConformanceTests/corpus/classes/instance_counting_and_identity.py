# classes: equality defaults to identity, __eq__ absent, objects in lists/dicts as keys by identity
class Plain:
    def __init__(self, v):
        self.v = v
a, b = Plain(1), Plain(1)
print(a == b, a == a, a != b, a is not b)
print([a, b].index(b), [a].count(b), b in [a], a in [a])
d = {a: "a", b: "b"}
print(len(d), d[a], d[b])
s = {a, a, b}
print(len(s))
class Tracked:
    created = []
    def __init__(self, name):
        self.name = name
        Tracked.created.append(name)
for n in "xyz":
    Tracked(n)
print(Tracked.created)
objs = [Plain(i) for i in range(3)]
print([o.v for o in objs], objs[0] is objs[0], len(set(objs)), objs[0] is objs[1])
x = Plain(5)
y = x
y.v = 6
print(x.v)
print(hash(a) == hash(a), isinstance(hash(a), int))
