# lists: slice assignment, slice deletion, extended slices, growth/shrink
a = list(range(10))
a[2:5] = ["x", "y"]
print("shrink:", a)
a[1:2] = [10, 20, 30, 40]
print("grow:", a)
a[:0] = ["start"]
print("prepend:", a)
a[len(a):] = ["end"]
print("append via slice:", a)
a[::2] = [0] * len(a[::2])
print("extended assign:", a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
b = list(range(10))
del b[::3]
print("del ::3:", b)
del b[-2:]
print("del -2:", b)
b[1:3] = []
print("assign empty:", b)
b[:] = "abc"
print("replace all with str:", b)
c = [1, 2, 3, 4, 5]
c[3:1] = ["ins"]
print("empty-range insert:", c)
c[-1:] = [9, 9]
print("negative slice assign:", c)
d = [1, 2, 3]
d[5:10] = [7]
print("beyond end:", d)
e = list(range(8))
e[::-2] = "abcd"
print("reverse step assign:", e)
f = [1, 2, 3]
f[1:2] = f
print("self splice:", f)
g = list(range(6))
del g[1:5:2]
print("del step 2:", g)
try:
    g[0:2] = 5
except TypeError as e:
    print("TypeError:", e)
