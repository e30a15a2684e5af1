# floats: floats as dict keys and in sets, equality with ints, hash of floats
d = {}
d[1] = "int one"
d[1.0] = "float one"
d[2.5] = "two and a half"
print(d)
print(d[True], 2.5 in d, 2 in d)
s = {1, 1.0, 2, 2.0, 3.5}
print(sorted(s), len(s))
print(hash(1.0) == hash(1), hash(2.5), hash(-1.0), hash(0.0) == hash(-0.0))
print(hash(1e300) == hash(int(1e300)))
print({0.0: "zero"}[-0.0])
counts = {}
for v in [1, 1.0, True, 2, 2.0, 0, False, 0.0]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
print(list({3.0: None, 3: None}.keys()))
