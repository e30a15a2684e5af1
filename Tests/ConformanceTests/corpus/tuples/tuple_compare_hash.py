# tuples: comparisons, as dict keys, hash of tuples of ints, tuple containing list (unhashable)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9, 9))
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1,) == (1.0,), (0, "a") < (0, "b"))
print(max([(1, "z"), (2, "a"), (2, "b")]), min([(3,), (1, 5), (1, 2)]))
grid = {(0, 0): "origin", (1, 2): "point"}
print(grid[(0, 0)], grid[1, 2], (1, 2) in grid, (2, 1) in grid)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash(()), hash((1,)), hash((1, 2)), hash((-1, 0)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    {([1],): 0}
except TypeError as e:
    print("TypeError:", e)
tl = ([1, 2], 3)
tl[0].append(99)
print("mutable inside tuple:", tl)
try:
    tl[0] += [100]
except TypeError as e:
    print("TypeError:", e)
print("but it was still extended:", tl)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
