# tuples: errors from tuple operations with exact messages
t = (1, 2, 3)
def attempt(label, fn):
    try:
        print(label, "=", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
attempt("t.append", lambda: t.append(4))
attempt("t[3]", lambda: t[3])
attempt("t + 1", lambda: t + 1)
attempt("t * t", lambda: t * t)
attempt("t.index(7)", lambda: t.index(7))
attempt("t['a']", lambda: t["a"])
attempt("t < [1]", lambda: t < [1])
attempt("tuple(5)", lambda: tuple(5))
attempt("a, b = t", lambda: [a for a in [0] for (x, y) in [t]])
attempt("(1,2) < (1,'x')", lambda: (1, 2) < (1, "x"))
attempt("t.count(2)", lambda: t.count(2))
attempt("t[::-2]", lambda: t[::-2])
attempt("len(t * 0)", lambda: len(t * 0))
attempt("t[1:1]", lambda: t[1:1])
