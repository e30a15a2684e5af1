# functions: exact TypeError messages for bad calls
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h():
    return 0
ident = lambda x: x
nothing = None
five = 5
text = "s"
class K:
    def method(self, x):
        return x
cases = [
    ("f(1)", lambda: f(1)),
    ("f()", lambda: f()),
    ("f(1, 2, 3)", lambda: f(1, 2, 3)),
    ("f(1, b=2, z=3)", lambda: f(1, b=2, z=3)),
    ("f(1, a=1)", lambda: f(1, a=1)),
    ("g(1)", lambda: g(1)),
    ("g(1, 2, 3)", lambda: g(1, 2, 3)),
    ("h(1)", lambda: h(1)),
    ("K().method()", lambda: K().method()),
    ("K().method(1, 2)", lambda: K().method(1, 2)),
    ("K.method(1)", lambda: K.method(1)),
    ("ident()", lambda: ident()),
    ("nothing()", lambda: nothing()),
    ("five()", lambda: five()),
    ("text()", lambda: text()),
    ("len()", lambda: len()),
    ("len(1, 2)", lambda: len([1], [2])),
    ("abs()", lambda: abs()),
]
for label, fn in cases:
    try:
        fn()
    except TypeError as e:
        print(f"{label:20} -> {e}")
