# sets: frozenset hashing, frozenset as dict key and set member, immutability
f = frozenset([3, 1, 2])
print(f, type(f).__name__, len(f), 2 in f)
g = frozenset({1, 2, 3})
print(f == g, f | {4}, f & {1, 9}, f - {1}, type(f | {4}).__name__)
print(type({4} | f).__name__)
d = {frozenset({1, 2}): "pair", frozenset(): "empty"}
print(d[frozenset({2, 1})], d[frozenset()])
s = {frozenset({1}), frozenset({1}), frozenset({2, 3})}
print(len(s), sorted(sorted(x) for x in s))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(hash(frozenset()) == hash(frozenset([])), hash(f) == hash(g))
print(frozenset(), frozenset("a") == frozenset(["a"]), frozenset([0, 1]))
edges = {frozenset((1, 2)), frozenset((2, 1)), frozenset((2, 3))}
print("undirected edges:", len(edges))
print(sorted(frozenset({5, 4})), max(frozenset({5, 4})))
