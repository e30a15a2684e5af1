# lists: +, *, +=, *=, len, in, min/max/sum, list() of iterables, unpacking into list
a = [1, 2]
b = [3]
print(a + b, a * 3, 2 * b, [] * 5, a * 0, a * -1)
c = a
c += [9]
print("a after c += :", a)
c = c + [10]
print("a after c = c + :", a, c)
d = [1, 2]
d *= 2
print("d *= 2:", d)
print(len(d), sum(d), min(d), max(d))
print(list(range(5, 0, -1)), list(map(abs, [-1, -2])), list(x for x in "hi"))
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
x = [1]
x += (2, 3)
print("list += tuple works:", x)
x += "ab"
print("list += str:", x)
try:
    [1] * 2.0
except TypeError as e:
    print("TypeError:", e)
print([*a, *b, *"xy"], [*range(3)])
first, *rest = [1, 2, 3, 4]
print(first, rest)
print(sum([[1], [2], [3]], []))
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]))
