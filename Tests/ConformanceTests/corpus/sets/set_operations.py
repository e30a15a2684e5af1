# sets: union/intersection/difference/symmetric difference as operators and methods
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7, 8], (9,)), a.intersection(range(3)), a.difference([1], [2]))
try:
    a | [7]
except TypeError as e:
    print("TypeError:", e)
c = set(a)
c |= {7}
print(c)
c &= {1, 2, 7, 6}
print(c)
c -= {1}
print(c)
c ^= {2, 3}
print(c)
d = {1, 2}
d.update([3], {4})
print(d)
d.intersection_update({2, 3, 4, 5})
print(d)
d.difference_update({4})
print(d)
d.symmetric_difference_update({3, 5})
print(d)
print(set() | set(), {1} & set(), {1, 2} - {1, 2})
