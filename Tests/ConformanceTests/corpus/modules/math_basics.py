# modules: math: sqrt, floor/ceil returning int, constants, isclose, trunc, copysign, fabs
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(144), math.sqrt(0.0), math.sqrt(1e-300))
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7), math.floor(5), math.ceil(5.0))
print(type(math.floor(2.5)).__name__, type(math.ceil(2.5)).__name__, type(math.trunc(2.5)).__name__)
print(math.floor(1e20), math.ceil(-1e20), math.floor(-0.0), math.ceil(0.0000001))
print(math.trunc(3.99), math.trunc(-3.99), math.trunc(0.1))
print(math.copysign(3, -0.0), math.copysign(-3, 1), math.copysign(0.0, -1))
print(math.fabs(-4), math.fabs(3.5), type(math.fabs(-4)).__name__)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.isclose(1000, 1001, rel_tol=1e-3), math.isclose(float("inf"), float("inf")))
print(math.isfinite(1e308), math.isinf(float("-inf")), math.isnan(float("nan")), math.isnan(1.0))
try:
    math.floor(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.ceil(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    math.sqrt("4")
except TypeError as e:
    print("TypeError:", e)
print(math.sqrt(10 ** 20), math.sqrt(2 ** 100))
