# modules: functools: partial (incl. keywords), reduce with/without initial, cmp_to_key, wraps
import functools
import operator
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3)
mod_pow = functools.partial(power, mod=1000)
print(square(12), cube(3), mod_pow(7, 10), square(5, exp=4))
p = functools.partial(print, "prefix:", sep="|")
p("a", "b")
print(square.func is power, square.args, square.keywords, cube.keywords)
int2 = functools.partial(int, base=2)
print(int2("1011"), int2("1111"))
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(operator.mul, range(1, 6)))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(functools.reduce(max, [3, 9, 2]), functools.reduce(operator.add, [], 0), functools.reduce(operator.add, ["a", "b"], "z"))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
def compare(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
print(sorted(["ccc", "a", "bb", "aa", "b"], key=functools.cmp_to_key(compare)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper
@deco
def documented(x):
    """Docs here."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(3))
