# floats: round() with banker's rounding and ndigits, on floats and ints
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5000001]:
    print("round(", v, ") =", round(v), type(round(v)).__name__)
for v, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (1.25, 1), (1.35, 1), (-1.25, 1),
             (3.14159, 3), (3.14159, 0), (1234.5678, -2), (1250.0, -2), (1350.0, -2), (0.0, 3),
             (-0.4, 0), (1e20, 2), (123.456, 10), (5e-324, 5)]:
    print(f"round({v}, {n}) = {round(v, n)!r}")
print(round(-0.4), round(-0.6), repr(round(-0.4, 0)))
print(round(2.5, None), round(7.0))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 1))
print(round(1e300), len(str(round(1e300))))
