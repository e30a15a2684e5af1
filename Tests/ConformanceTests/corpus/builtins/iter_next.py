# builtins: iter/next with defaults, iterators over containers, independent iterators
lst = [1, 2, 3]
it1 = iter(lst)
it2 = iter(lst)
print(next(it1), next(it1), next(it2))
print(list(it1), list(it2))
print(next(it1, "default"), next(iter([]), None))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), next(di), next(di, "end"))
s = iter("hi")
print(next(s), next(s), next(s, "!"))
r = iter(range(3))
print(type(r).__name__, list(r))
t = iter((10, 20))
print(sum(t))
nested = iter([[1, 2], [3]])
print(next(nested), next(nested))
data = iter(range(10))
print([next(data) for _ in range(3)], list(zip(data, data)))
it = iter([5])
print(iter(it) is it, next(it), next(it, "done"))
try:
    next(iter(()))
except StopIteration:
    print("StopIteration raised")
