# errors: uncaught OverflowError converting a huge int to float
def as_float(n):
    return float(n)
print(as_float(10 ** 300))
for p in (10, 100, 308):
    print(p, as_float(10 ** p))
try:
    float(2 ** 1024)
except OverflowError as e:
    print("caught:", e)
print(float(2 ** 1023) > 1e307, 10 ** 400 > 1e308)
print(as_float(2 ** 53 + 1), as_float(-(10 ** 20)))
print(as_float(True), as_float("1e400"))
print(int(1e300) == 10 ** 300, as_float(0))
print(as_float(10 ** 400))
