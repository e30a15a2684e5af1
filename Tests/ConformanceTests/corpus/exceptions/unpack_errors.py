# exceptions: ValueError messages from unpacking, too many/not enough values, starred
def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)
def two(seq):
    a, b = seq
def three(seq):
    a, b, c = seq
def starred(seq):
    a, b, *c = seq
attempt("two([1,2,3])", lambda: two([1, 2, 3]))
attempt("two([1])", lambda: two([1]))
attempt("two([])", lambda: two([]))
attempt("three([1,2])", lambda: three([1, 2]))
attempt("three('abcd')", lambda: three("abcd"))
attempt("starred([1])", lambda: starred([1]))
attempt("starred([1,2])", lambda: starred([1, 2]))
attempt("two(5)", lambda: two(5))
attempt("two(None)", lambda: two(None))
attempt("two({'a':1,'b':2})", lambda: two({"a": 1, "b": 2}))
attempt("two(iter(range(10)))", lambda: two(iter(range(10))))
def nested(seq):
    (a, b), c = seq
attempt("nested([(1,), 2])", lambda: nested([(1,), 2]))
attempt("nested([(1, 2, 3), 4])", lambda: nested([(1, 2, 3), 4]))
def for_unpack():
    for x, y in [(1, 2), (3,)]:
        pass
attempt("for_unpack", for_unpack)
