# sets: error messages from set operations
def attempt(label, fn):
    try:
        print(label, "=", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
attempt("set().pop()", lambda: set().pop())
attempt("{1}.remove(2)", lambda: {1}.remove(2))
attempt("{[]}", lambda: {[]})
attempt("set(5)", lambda: set(5))
attempt("{1} < [1]", lambda: {1} < [1])
attempt("{1} - [1]", lambda: {1} - [1])
attempt("{1}.difference([1])", lambda: {1}.difference([1]))
attempt("frozenset().add", lambda: frozenset().add(1))
attempt("{1}.add([1])", lambda: {1}.add([1]))
attempt("{{1}}", lambda: {frozenset({1})} | {frozenset()} == {frozenset(), frozenset({1})})
attempt("set({'a': 1})", lambda: sorted(set({"a": 1, "b": 2})))
attempt("{1, 2} * 2", lambda: {1, 2} * 2)
attempt("hash({1})", lambda: hash({1}))
attempt("dict key set", lambda: {{1}: 2})
