# floats: division by zero errors for floats and ints and their messages
tests = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("10**30 / 0", lambda: 10 ** 30 / 0),
    ("10**30 // 0", lambda: 10 ** 30 // 0),
    ("pow(0, -2)", lambda: pow(0, -2)),
]
for label, fn in tests:
    try:
        print(label, "=", fn())
    except ZeroDivisionError as e:
        print(label, "->", type(e).__name__ + ":", e)
print("0.0 / 1 =", 0.0 / 1, " -0.0 / 1 =", -0.0 / 1, " 0 / -1 =", 0 / -1)
