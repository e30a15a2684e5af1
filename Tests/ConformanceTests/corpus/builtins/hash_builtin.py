# builtins: hash() of ints, floats, tuples of ints, None, bools (deterministic values only)
for v in [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 20]:
    print("int", v, hash(v))
for v in [0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 1e20, 2.0 ** 70, float("inf"), float("-inf")]:
    print("float", v, hash(v))
for v in [(), (0,), (1, 2), (2, 1), (1, (2, 3)), (-1,), (True, False)]:
    print("tuple", v, hash(v))
print("bools", hash(True), hash(False))
print("None hashable:", isinstance(hash(None), int))
print("int/float agree:", hash(5) == hash(5.0), hash(-3) == hash(-3.0), hash(2 ** 70) == hash(2.0 ** 70))
print("frozenset equal sets same hash:", hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
for bad in ([], {}, set()):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
