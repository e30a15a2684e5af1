# tuples: returning multiple values, unpacking, swapping, nested tuples
def min_max(xs):
    return min(xs), max(xs)
lo, hi = min_max([4, 8, 1, 9])
print(lo, hi, min_max([7]))
result = min_max([3, 2])
print(type(result).__name__, result)
def divide(a, b):
    return a // b, a % b
q, r = divide(17, 5)
print(q, r)
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)
(a, b), c = (1, 2), 3
print(a, b, c)
x, y = 1, 2
x, y = y, x + y
print(x, y)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
def stats(*nums):
    return len(nums), sum(nums), sum(nums) / len(nums) if nums else None
print(stats(1, 2, 3), stats(10))
t = 1,
print(t, len(t))
