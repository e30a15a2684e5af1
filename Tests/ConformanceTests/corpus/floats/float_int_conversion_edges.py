# floats: int()/round()/math.floor on large floats and float() on large ints
import math
for v in [1e15, 1e16 + 1, 2.0 ** 53, 2.0 ** 53 + 1, 2.0 ** 64, 1e19, -1e19, 1.5e300]:
    i = int(v)
    print(repr(v), i if i < 10 ** 25 else len(str(i)), math.floor(v) == i)
print(float(2 ** 53 + 1), float(2 ** 53 + 2), float(2 ** 54 + 3))
print(float(10 ** 22), float(10 ** 23), float(-(10 ** 23)))
print(int(0.1 * 3 * 10), int(2.9999999999999996), int(2.99999999999999999))
print(round(0.1 * 3, 15), round(2.5), round(3.5), round(-3.5))
print(math.ceil(1e-300), math.floor(-1e-300), math.ceil(-0.0))
print(7.0 // 2, -7.0 // 2, int(-7.0 / 2))
print(float(int(1.9)), int(float("9" * 20)))
for v in [0.5, 1.5, 2.5, -0.5, -1.5]:
    print(v, int(v), round(v), math.floor(v), math.ceil(v), math.trunc(v))
print(float(True), float(-5), int(-0.9999), int(1e-300))
