# tuples: packing in return/for/subscript/print, trailing commas, parenthesized expressions
def f():
    return 1, 2,
print(f())
for x in 1, 2, 3:
    print(x, end=" ")
print()
d = {}
d[1, 2] = "tuple key"
print(d)
print((1, 2) + (3,), (1) + 2)
a = (1 + 2)
b = (1 + 2,)
print(a, b)
print(len((1, 2, 3,)), len(((1, 2),)))
x = 5,
print(x)
t = ([],) * 2
t[0].append("shared")
print(t)
lst = [(i, i * i) for i in range(3)]
print(lst)
print(*((1, 2), (3, 4)))
print(type(()) is tuple, isinstance((1,), tuple))
