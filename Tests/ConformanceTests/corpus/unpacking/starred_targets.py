# unpacking: starred assignment targets in all positions, empty star, nested star
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
a, *mid, z = "abcdef"
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
*everything, = range(4)
print(everything)
head, *tail = "x"
print(head, tail)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
a, b, *c, d, e = range(10)
print(a, b, c, d, e)
*a, b = (i * i for i in range(5))
print(a, b)
first, *_, last = "python"
print(first, last, _)
rows = [("name", "ann", "bob"), ("age", 30, 25)]
for label, *values in rows:
    print(label, values)
t = (1, 2, 3)
x, *y = t
print(type(y).__name__, y)
