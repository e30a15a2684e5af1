# floats: shortest repr of many values
values = [0.1, 0.2, 0.3, 0.1 + 0.2, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001234,
          1.5e300, -0.0, 0.0, 1 / 3, 2 / 3 * 3, 100.0, 1e22, 1e21, 9999999999999998.0,
          5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 3.141592653589793,
          1.0, -1.5, 12345.678, 0.5, 0.25, 1e100, 123e-20, 4.35, 2.675, 1.1 * 3, 1e-7, 0.000001]
for v in values:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(repr(float("inf")), str(float("nan")))
print(float("Infinity"), float("-INF"), float("NaN"), float("  -nan  "))
print([0.1, 1e20, -0.0, float("inf")])
print((1.0, 2.5), {1.5: 2.25})
print(1e15 + 0.3, 1e16 + 1, 2 ** 53 + 1.0)
print(0.1 * 3, 0.7 + 0.1, 3 * 1.1)
print(1e308 * 10, -1e308 * 10)
print(float(1 << 60), float(10 ** 16), float(10 ** 15))
