# functions: passing functions, map/filter/sorted with named functions, function composition, apply
def apply_twice(f, x):
    return f(f(x))
def inc(x):
    return x + 1
print(apply_twice(inc, 5), apply_twice(lambda s: s + s, "ab"))
def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed
pipeline = compose(str, abs, lambda x: x - 10)
print(repr(pipeline(3)))
def make_multiplier(k):
    def mult(x):
        return x * k
    mult.__name__ = f"times_{k}"
    return mult
fs = [make_multiplier(k) for k in (2, 3)]
print([f.__name__ for f in fs], [f(10) for f in fs])
ops = [abs, str, float, bool, len]
print([op.__name__ for op in ops])
print(list(map(len, ["a", "bb", "ccc"])), sorted(["bb", "a", "ccc"], key=len, reverse=True))
def fold(f, seq, init):
    acc = init
    for x in seq:
        acc = f(acc, x)
    return acc
print(fold(lambda a, b: a * b, range(1, 6), 1), fold(lambda a, b: b + a, "abc", ""))
def call_with(fn, *args, **kwargs):
    return fn(*args, **kwargs)
print(call_with(max, 3, 7, 5), call_with(sorted, [3, 1], reverse=True), call_with(dict, a=1))
