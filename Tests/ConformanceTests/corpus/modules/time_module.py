# modules: time: only deterministic properties (types, monotonic increase, sleep)
import time
t = time.time()
print("time() is float:", isinstance(t, float), "positive:", t > 1_600_000_000)
p1 = time.perf_counter()
time.sleep(0.01)
p2 = time.perf_counter()
print("perf_counter increased:", p2 > p1, "slept at least ~10ms:", p2 - p1 >= 0.009)
m1 = time.monotonic()
m2 = time.monotonic()
print("monotonic non-decreasing:", m2 >= m1)
print("sleep returns:", time.sleep(0))
ns = time.time_ns()
print("time_ns is int:", isinstance(ns, int), "consistent with time():", abs(ns / 1e9 - time.time()) < 5)
start = time.perf_counter()
total = sum(range(10000))
elapsed = time.perf_counter() - start
print("elapsed is non-negative float:", isinstance(elapsed, float) and elapsed >= 0, total)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
