# exceptions: TypeError messages for operators between incompatible types
pairs = [
    (1, "a", "+"), ("a", 1, "+"), ([1], (1,), "+"), ({}, {}, "+"), (None, 1, "+"),
    (1, None, "-"), ("a", "b", "*"), ([1], [2], "*"), (1.5, "x", "/"), ("x", 2, "/"),
    ({1}, [1], "|"), (1, "2", "<"), ([1], 1, ">"), (None, None, "<"), ({}, 1, "%"),
    ("a", 1, "-"), (3, [], "**"), (1.5, 2, "&"), ("a", "b", "//"), ((1,), 1, "<<"),
]
ops = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a / b, "|": lambda a, b: a | b, "<": lambda a, b: a < b,
    ">": lambda a, b: a > b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b,
    "&": lambda a, b: a & b, "//": lambda a, b: a // b, "<<": lambda a, b: a << b,
}
for a, b, op in pairs:
    try:
        print(repr(a), op, repr(b), "=", ops[op](a, b))
    except TypeError as e:
        print(repr(a), op, repr(b), "->", e)
for label, fn in [("-'a'", lambda: -"a"), ("~1.5", lambda: ~1.5), ("+[]", lambda: +[]), ("abs('')", lambda: abs(""))]:
    try:
        fn()
    except TypeError as e:
        print(label, "->", e)
