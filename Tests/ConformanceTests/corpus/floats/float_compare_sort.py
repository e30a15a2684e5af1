# floats: sorting floats, min/max, equality with tolerance, sort stability with equal keys
vals = [3.5, -1.25, 0.0, -0.0, 2.0, 1e-9, -1e9, 2]
print(sorted(vals))
print(sorted(vals, reverse=True))
print(max(vals), min(vals))
print(sorted([0.0, -0.0]), sorted([-0.0, 0.0]))
print(max(0.0, -0.0), max(-0.0, 0.0))
import math
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0.0), math.isclose(1e-10, 0.0, abs_tol=1e-9))
print(math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 102, rel_tol=0.01))
pairs = [(1.5, "a"), (0.5, "b"), (1.5, "c"), (0.5, "d")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: -p[0]))
print(1.0 < 1.0000000000000002, 1.0 == 1.0000000000000001)
print(0.1 < 0.1 + 1e-17, 0.1 == 0.1 + 1e-17)
print(sorted([2.5, 2, 1, 1.5, True]))
