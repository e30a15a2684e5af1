# floats: inf and nan behavior, -0.0, comparisons, math.isnan/isinf
import math
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, -inf < inf, inf == inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(inf))
print(1 / inf, -1 / inf, inf / inf)
print(max(1, inf), min(-inf, 0), sorted([3.0, -inf, inf, 0.0]))
print(-0.0 == 0.0, repr(-0.0), repr(0.0 * -1), repr(-0.0 + 0.0), repr(-0.0 - 0.0))
print(math.copysign(1, -0.0), math.copysign(1, 0.0))
print(str(-0.0), abs(-0.0), -(0.0))
print(nan in [nan], [nan] == [nan], [float("nan")] == [float("nan")])
print(inf > 10 ** 400, -inf < -(10 ** 400))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
print(float("inf") == math.inf, math.inf, -math.inf, math.nan)
print(inf ** 0, nan ** 0, 1 ** nan, pow(1.0, inf))
print("2.0**1023:", 2.0 ** 1023)
try:
    print(2.0 ** 1024)
except OverflowError as e:
    print("2.0 ** 1024 raises", type(e).__name__)
print(1e308 + 1e308, -1e308 - 1e308)
print(5e-324 / 2, -5e-324 / 2)
