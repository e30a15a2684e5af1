# modules: math: log with base, log2, log10, exp, pow, trig, hypot, degrees/radians
import math
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(1024, 2), math.log(10))
print(math.log2(8), math.log2(1e6), math.log10(1000), math.log10(2), math.log1p(1e-10), math.expm1(1e-10))
print(math.log(2 ** 1000), math.log10(10 ** 50), math.log2(2 ** 200))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10), math.exp(-745.2))
print(math.pow(2, 10), math.pow(2, -1), math.pow(4, 0.5), math.pow(0, 0), math.pow(-8, 3))
print(math.sin(math.pi / 6), math.cos(math.pi / 3), math.tan(math.pi / 4))
print(math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(-1, -1), math.atan2(0, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 2, 2), math.hypot(), math.dist([0, 0], [3, 4]))
print(math.degrees(math.pi / 2), math.radians(90), math.degrees(1), math.radians(1))
print([round(math.sin(math.radians(d)), 6) for d in range(0, 361, 45)])
for bad in [lambda: math.log(-1), lambda: math.log(0), lambda: math.log10(-5), lambda: math.acos(2), lambda: math.pow(-8, 1 / 3)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(710)
except OverflowError as e:
    print("OverflowError:", e)
