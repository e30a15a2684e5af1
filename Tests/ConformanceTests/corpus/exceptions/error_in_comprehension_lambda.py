# exceptions: errors raised from lambdas, comprehensions, map/filter/sorted keys, caught outside
try:
    [1 / x for x in [1, 0, 2]]
except ZeroDivisionError as e:
    print("listcomp:", e)
try:
    sorted(["b", "a", 3], key=lambda v: v.upper())
except AttributeError as e:
    print("sort key:", e)
try:
    list(map(int, ["1", "2", "three"]))
except ValueError as e:
    print("map:", e)
try:
    list(filter(lambda s: s[0] == "a", ["abc", ""]))
except IndexError as e:
    print("filter:", e)
try:
    {k: 1 / v for k, v in {"a": 1, "b": 0}.items()}
except ZeroDivisionError as e:
    print("dictcomp:", e)
try:
    sum(x for x in [1, 2, None])
except TypeError as e:
    print("genexp sum:", e)
try:
    max([], key=len)
except ValueError as e:
    print("max empty:", e)
try:
    min(())
except ValueError as e:
    print("min empty:", e)
print(max([], default="no items"), min([3, 1], default=0))
