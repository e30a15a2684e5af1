# functions: keyword-only (*), positional-only (/), and their error messages
def kw_only(a, *, b, c=3):
    return a, b, c
print(kw_only(1, b=2), kw_only(1, c=4, b=5))
try:
    kw_only(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kw_only(1)
except TypeError as e:
    print("TypeError:", e)
def pos_only(a, b, /, c, d=4):
    return a, b, c, d
print(pos_only(1, 2, 3), pos_only(1, 2, c=3, d=5))
try:
    pos_only(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
def both(a, /, b, *, c):
    return a + b + c
print(both(1, 2, c=3), both(1, b=2, c=3))
def pos_only_kwargs(name, /, **kwargs):
    return name, kwargs
print(pos_only_kwargs("x", name="y"))
try:
    both(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
def many_kw(*, x, y, z):
    return x, y, z
try:
    many_kw()
except TypeError as e:
    print("TypeError:", e)
try:
    many_kw(x=1)
except TypeError as e:
    print("TypeError:", e)
