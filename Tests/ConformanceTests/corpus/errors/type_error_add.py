# errors: uncaught TypeError "unsupported operand type(s) for +: 'int' and 'str'"
def total(items):
    t = 0
    for item in items:
        t = t + item
    return t
print(total([1, 2, 3]))
for a, b in [(1, 2), ("a", "b"), ([1], [2]), (1.5, True)]:
    print(repr(a), "+", repr(b), "=", repr(a + b))
try:
    None + 1
except TypeError as e:
    print("caught:", e)
print(total([]), total([0.5, 0.25]))
print(total([4, "5", 6]))
