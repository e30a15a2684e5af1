# ints: comparisons between big and small ints and floats, min/max, sorting mixed
big = 2 ** 100
print(big > 1, big < -1, -big < 0, big == big + 0)
print(big > 1e30, big < 1e31, big == float(big), big + 1 == float(big))
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(1 == 1.0, 1 < 1.5, 2 > 1.999999)
print(max(3, big, -big, 7.5), min(3, big, -big, 7.5))
print(sorted([big, 3, -big, 0, 2.5, -1]))
print(0 == -0, 0 == 0.0, 0 == -0.0)
print(True < 2, False < True, True == 1.0)
five = 5
print(5 != 5.0, five is not None)
vals = [10 ** 18, 10 ** 19, 2 ** 63, 2 ** 63 - 1, -(2 ** 63), 9.3e18]
print(sorted(vals))
print(sorted(vals, reverse=True)[0])
print(1 < 2 < 3 < 4, 1 < 3 < 2, 5 > 4 >= 4 > 3)
print(float(2 ** 63), int(float(2 ** 63)) == 2 ** 63)
