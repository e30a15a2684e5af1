# sets: iteration order of sets of small non-negative ints (each below the table size, so ascending), repr
print({5, 3, 1, 4, 2, 0})
print(set([6, 1, 7]))
print({3, 2, 1})
s = set()
for i in [6, 2, 7, 4]:
    s.add(i)
print(s, list(s))
print(set(range(8, 0, -1)))
t = {1, 2, 3}
t.remove(2)
t.add(2)
print(t)
print({0}, {1, 0}, {2, 1, 0})
print(sorted({3, -1, -7, 2}))
print([x for x in {4, 3, 2}])
print(set(reversed(range(20))))
print({x for x in range(10) if x % 3})
print(tuple({2, 0, 1}), min({5, 2}), list(reversed(sorted({9, 3, 5}))))
