# unpacking: tuple and list targets, nested targets, unpacking strings/ranges/dicts/sets
a, b = 1, 2
[c, d] = "xy"
(e, f), g = [3, 4], 5
[h, (i, j)] = (6, (7, 8))
print(a, b, c, d, e, f, g, h, i, j)
k, l, m = range(3)
print(k, l, m)
p, q = {"first": 1, "second": 2}
print(p, q)
r, = [42]
print(r)
(s,) = "z"
print(s)
x = y = z = 0
print(x, y, z)
t1, t2 = t = (10, 20)
print(t1, t2, t)
u, v = v, u = 1, 2
print(u, v)
items = [(1, ("a", True)), (2, ("b", False))]
for num, (letter, flag) in items:
    print(num, letter, flag)
first, second = sorted({3, 1})
print(first, second)
lst = [0, 0, 0]
lst[0], lst[2] = "L", "R"
print(lst)
class O: pass
o = O()
o.a, o.b = 5, 6
print(o.a, o.b)
d = {}
d["x"], d["y"] = divmod(17, 5)
print(d)
