# exceptions: CPython's exact messages for common builtin errors, caught and printed
import math
class Foo:
    pass
def f(a, b):
    return a
def g():
    x = x + 1
five = 5
nothing = None
small_set = {1, 2}
tests = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1.5 / 0,
    lambda: [1][3],
    lambda: {"a": 1}["b"],
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: five[0],
    lambda: nothing(),
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, z=3),
    lambda: Foo().bar,
    lambda: Foo.bar,
    lambda: math.foo,
    lambda: undefined_thing,
    g,
    lambda: int("abc"),
    lambda: [].remove(1),
    lambda: "abc".index("z"),
    lambda: next(iter([])),
    lambda: [1, 2] < "a",
    lambda: {}.pop("k"),
    lambda: (1, 2).x,
    lambda: None.attr,
    lambda: len(None),
    lambda: sorted([3, None]),
    lambda: abs("x"),
    lambda: -[1],
    lambda: [1, 2][1:2:0],
    lambda: float("1.2.3"),
    lambda: chr(-5),
    lambda: "x" * "y",
    lambda: iter(3),
    lambda: small_set[0],
    lambda: hash([]),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except Exception as e:
        print(i, f"{type(e).__name__}: {e}")
