# builtins: min/max with key/default, multiple args, sum with start, any/all
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"))
print(max([1, -5, 3], key=abs), min(["aa", "b", "ccc"], key=len), max({"a": 3, "b": 9}, key=lambda k: -ord(k)))
print(max([], default=None), min((), default="empty"), max([7], default=0))
print(max([1, 3, 3, 2], key=lambda x: x), max([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(min([(2, "x"), (1, "y"), (1, "z")]), max(range(5), key=lambda v: v % 3))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(()), sum(range(5), start=-10))
print(sum([1.5, 2, True]), sum(x * x for x in range(4)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any([0, None, ""]), all([1, "a", [0]]), any(x > 2 for x in [1, 5]), all(iter([True])))
print(max(1, 2.5, True), min(-0.0, 0), max(0, -0.0), max("a", "B"))
print(min([[3], [1, 2]]), max([(1, 2), (1, 2, 0)]))
