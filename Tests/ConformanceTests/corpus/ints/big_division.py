# ints: true division of big ints, int->float conversion, overflow
print(10 ** 30 / 10 ** 10)
print(2 ** 100 / 2 ** 99)
print((10 ** 50 + 1) / 10 ** 50)
print(1 / 3 * 3)
print(10 ** 300 / 10 ** 299)
print(7 / 2 ** 70)
print(2 ** 1000 / 2 ** 999)
print(10 ** 400 // 10 ** 398)
print((10 ** 400) / (10 ** 399))
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print("OverflowError:", e)
print(float(2 ** 1023))
print(12345678901234567891 / 3)
print(-(10 ** 20) / 7)
print(int(1e300) == 10 ** 300)
print(int(1e22), int(1e23))
print(round(10 ** 20 / 3))
print(2 ** 64 / 3)
