# floats: is_integer, as_integer_ratio, float() parsing, conversions
for v in [1.0, 1.5, -2.0, 0.0, 1e20, 0.1]:
    print(v, v.is_integer(), v.as_integer_ratio())
print(float("3.14"), float("  -2.5e3 "), float("1_000.25"), float(".5"), float("5."), float("+1E-2"))
print(float(7), float(-0), float(True), float(2 ** 70))
print(float("1e500"), float("-1e500"), float("1e-500"))
for bad in ["", "abc", "1.2.3", "1e", "nan1", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
print(int(3.7), int(-3.7), int(1e15), int(-1e-9))
print((2.5).real, (2.5).conjugate())
print(float.__name__, type(1.5).__name__)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(1e16 + 1.0 - 1e16, (1e16 + 2.0) - 1e16)
