# unpacking: * and ** in list/tuple/set/dict literals and calls
a = [1, 2]
b = (3, 4)
s = "ab"
print([*a, *b], (*a, *b), [*s, *range(2)], [0, *a, 9])
print({*a, *b, 1}, sorted({*"hello"}))
print((*a,), [*()], [*[], *[[]]])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100})
print({**{}}, {**d1}, dict(**d1, extra=True))
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, *b, 5), f(**d1, **{"q": 9}), f(*s, **d2))
print(*a, *b, sep=",")
nested = [[1, 2], [3]]
print([*nested[0], *nested[1]], [x for sub in nested for x in sub])
gen = (i for i in range(3))
print([*gen, *gen])
keys = ["k1", "k2"]
print({**dict.fromkeys(keys, 0), "k2": 5})
print([*{"a": 1, "b": 2}], [*{"a": 1}.items()])
try:
    {**[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    [*5]
except TypeError as e:
    print("TypeError:", e)
