# control: conditional expressions, chained comparisons, and/or returning operands
for n in [-1, 0, 1]:
    print(n, "pos" if n > 0 else "neg" if n < 0 else "zero")
print(1 < 2 < 3, 3 > 2 > 1, 1 < 3 < 2, 1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 1.5)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(0) < v(5), calls)
calls.clear()
print(v(1) < v(2) < v(3), calls)
print(0 or "default", "" or [] or None, "a" or "b", 0 and 1, 1 and 2, None and "never")
print([] or [1], {} and {1: 1}, 5 and 0 or 7, (0 or 0) and 1)
x = None
name = x or "anonymous"
print(name)
print(not 0, not "", not [1], not None)
print(1 if True else 1 / 0, (lambda: "lazy")() if False else "else branch")
a = 5
print(0 < a <= 5, 0 < a < 5, a in range(10) == True)
print("x" < "y" < "z", [1] < [2] < [3])
one = 1
print(one is not None is not False)
