# builtins: repr() of builtin values, ascii(), nested reprs, repr vs str for strings
values = [0, -1, 1.0, 1e100, -0.0, float("inf"), "s", "it's", 'q"', "\n", None, True, [], (), {}, set(),
          [1, [2]], (1,), {"a": [1]}, frozenset(), range(3), range(1, 10, 2), slice(1, 2), slice(None, 5, -1),
          int, str, type(None), len, Ellipsis, NotImplemented]
for v in values:
    print(repr(v))
print(ascii("naïve ☃"), ascii(["é"]), ascii(1))
print(str("s"), repr("s"), str(["s"]), repr(["s"]))
class K:
    pass
print(repr(K), repr(type(K)), repr(type(1)))
print(repr(repr("x")), repr(str(1.5)), repr([None, ...]))
print(repr(1e16), repr(1e-4), repr(123456789.0), repr(-1e-7))
print(repr({1: (2, [3, {4: None}])}))
print(repr("tab\there"), repr("uni\u00e9"), repr("\x1f"))
print(repr(type(repr)), repr(repr) == "<built-in function repr>")
print(repr(slice(0, None)), repr(range(-1)))
