# unpacking: evaluation order in multiple targets, same name twice, chained assignment with unpacking
a, a = 1, 2
print(a)
x = [0, 0]
i = 0
i, x[i] = 1, 5
print(i, x)
lst = [1, 2, 3]
lst[:2], tail = ["a", "b", "c"], "t"
print(lst, tail)
p = q = [1, 2]
p.append(3)
print(q)
a, b = b, a = "left", "right"
print(a, b)
(x1, y1), (x2, y2) = [(0, 1), (2, 3)]
print(x1 + x2, y1 + y2)
d = {"k": [1, 2]}
d["k"][0], d["k"][1] = d["k"][1], d["k"][0]
print(d)
s = "hi"
c1, c2 = s
print(c2 + c1)
n1, n2 = map(int, "3 4".split())
print(n1 * n2)
key, value = "name=ann".split("=")
print(key, value)
k1, (k2, k3) = "x", "yz"
print(k1, k2, k3)
