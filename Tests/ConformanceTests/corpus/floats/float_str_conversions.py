# floats: str() of floats in containers and f-strings, scientific thresholds
for k in range(-8, 0):
    print(k, 10.0 ** k, 1.5 * 10.0 ** k)
for k in range(13, 19):
    print(k, 10.0 ** k, 1.5 * 10.0 ** k, 2 ** k * 1.0)
print(str(1e16), str(1.0e15), str(123456789.123456789))
print(f"{0.1}", f"{1e-5}", f"{1e16}", f"{1/3}")
print("%s %r" % (0.1, 0.1))
print(str(0.30000000000000004), 0.3000000000000001)
print([1.0, 2.0], (3.0,), {"k": 4.0})
print(float("0.1000000000000000055511151231257827"))
print(1.0000000000000002, 0.9999999999999999)
print(123456789.0, 1234567890123456.0, 12345678901234567.0)
print(-1e-300 * 1e-300)
print(str(2.5e-5), str(1e-4 * 3), str(123e10), str(1.0e-10))
print(str(float(10 ** 15)), str(float(10 ** 16)), str(-1e22))
