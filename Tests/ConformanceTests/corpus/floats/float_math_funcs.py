# floats: math module functions returning floats and ints
import math
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.25))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), type(math.floor(2.7)).__name__)
print(math.trunc(2.9), math.trunc(-2.9), math.floor(5), math.ceil(-0.5))
print(math.fabs(-3), math.fmod(-7, 3), -7 % 3, math.fmod(7, -3))
print(math.exp(1), math.exp(0), math.log(math.e), math.log(1))
print(math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(0.001))
print(math.pow(2, 10), math.pow(2, 0.5), type(math.pow(2, 2)).__name__)
print(math.sin(0), math.cos(0), math.tan(0))
print(math.sin(math.pi / 2), math.cos(math.pi), round(math.sin(math.pi), 10))
print(math.atan2(1, 1), math.atan(1) * 4, math.asin(1), math.acos(0))
print(math.degrees(math.pi), math.radians(180), math.degrees(1))
print(math.hypot(3, 4), math.hypot(1, 1), math.hypot(3, 4, 12))
print(math.pi, math.e, math.tau)
print(math.modf(3.75), math.modf(-2.5))
print(math.frexp(8.0), math.ldexp(0.5, 4))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
