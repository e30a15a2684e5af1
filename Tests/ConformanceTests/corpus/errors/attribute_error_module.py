# errors: uncaught AttributeError "module 'math' has no attribute 'square'"
import math
def compute(x):
    return math.sqrt(x) + math.square(x)
print("sqrt ok:", math.sqrt(16))
for name in ("pi", "tau", "square"):
    print(name, getattr(math, name, "missing"))
try:
    math.cube
except AttributeError as e:
    print("caught:", e)
print(math.floor(2.5), math.ceil(2.5))
print(hasattr(math, "isqrt"), hasattr(math, "square"))
print(math.isqrt(17), math.gcd(12, 8))
print(compute(4))
