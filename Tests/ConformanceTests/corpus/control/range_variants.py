# control: range with steps, negatives, empty ranges, indexing and slicing ranges, len
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(-5, 0)), list(range(0, -5, -1)), list(range(5, 5)), list(range(5, 0)))
print(list(range(-10, 10, 7)), list(range(10, -10, -7)))
r = range(3, 20, 4)
print(r, len(r), r[0], r[-1], r[1:3], r[::-1], list(r[::-1]))
print(7 in r, 8 in r, r.index(11), r.count(15), r.start, r.stop, r.step)
print(range(0), len(range(0)), bool(range(0)), range(5) == range(0, 5, 1))
print(range(0, 10, 2) == range(0, 9, 2), range(1, 1) == range(2, 2))
print(sum(range(101)), max(range(-3, 3)), list(reversed(range(4))))
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), range(10 ** 20)[10 ** 19])
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
print(repr(range(-2, 3)), str(range(1, 10, 2)))
print(list(range(True, 4)))
