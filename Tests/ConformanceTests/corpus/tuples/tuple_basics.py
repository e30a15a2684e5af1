# tuples: creation, singleton comma, empty, indexing, slicing, count/index, immutability
t = (1, 2, 3)
single = (5,)
not_tuple = (5)
empty = ()
no_parens = 1, 2
print(t, single, not_tuple, empty, no_parens)
print(type(single).__name__, type(not_tuple).__name__, type(no_parens).__name__)
print(len(t), len(empty), t[0], t[-1], t[1:], t[::-1], t[5:])
print((1, 2, 2, 3, 2).count(2), (1, 2, 3).index(3), ("a", "b").index("b"))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2).index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}))
print(t + (4,), t * 2, 2 * single, () * 3)
try:
    t + [4]
except TypeError as e:
    print("TypeError:", e)
print(3 in t, 9 not in t)
