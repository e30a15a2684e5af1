# floats: mixing ints and floats in arithmetic and comparisons
print(1 + 1.0, type(1 + 1.0).__name__)
print(3 * 0.5, 7 - 0.5, 2 ** 0.5, 0.5 ** 2)
print(10 / 4, 10 // 4, 10 // 4.0, 10 % 4.0)
print(2 ** -1, 2.0 ** 3, 4 ** 0.5, 8 ** (1 / 3))
print(1 == 1.0, 2 < 2.5, 3 >= 3.0)
print(10 ** 20 + 0.5, 10 ** 16 + 1.0)
print(sum([1, 2.5, 3]), sum([1, 2, 3], 0.0))
print(max(1, 1.0), max(1.0, 1), min(2, 2.0))
print(abs(-3), abs(-3.0), abs(-0.0))
print(divmod(7, 2.0), divmod(-7, 2.0))
print(int(7 / 2), round(7 / 2), 7 // 2)
print(True + 1.5, 3 / True)
print(1 / 3 + 1 / 3 + 1 / 3)
print(0.1 * 3 == 0.3, 0.5 * 2 == 1)
x = 5
x /= 2
print("x /= 2:", x, type(x).__name__)
y = 6
y /= 3
print("y /= 3:", y, type(y).__name__)
print([i / 2 for i in range(5)])
print([i * 0.1 for i in range(5)])
print(1e3 == 1000, int(1e3), 1e3)
