# lists: in-place operations: reverse slices, rotate by slices, remove all occurrences, list.count
a = [1, 2, 1, 3, 1, 4]
while 1 in a:
    a.remove(1)
print("removed all 1s:", a)
b = list(range(10))
b[2:7] = b[2:7][::-1]
print("reverse middle:", b)
c = [5, 3, 8]
c[0], c[-1] = c[-1], c[0]
print("swap ends:", c)
d = ["a", "b", "c", "d"]
d[1:3] = reversed(d[1:3])
print("assign reversed iterator:", d)
e = [0] * 5
for i in range(len(e)):
    e[i] = i * i
print("fill by index:", e)
f = [[1, 2], [3, 4]]
for row in f:
    row.append(sum(row))
print("mutate rows:", f)
g = [1, 2, 3]
g[len(g):len(g)] = [4, 5]
g[0:0] = [-1, 0]
print("insert via empty slices:", g)
print("count:", [1, 1, 2, "1", 1.0, True].count(1))
h = list("hello world")
h.sort(key=lambda ch: ch == " ")
print("stable partition:", "".join(h))
