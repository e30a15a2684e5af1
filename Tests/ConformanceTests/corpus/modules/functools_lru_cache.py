# modules: functools.lru_cache: memoization, cache_info(), cache_clear(), maxsize eviction, cache
import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
calls = []
@functools.lru_cache(maxsize=2)
def slow_square(n):
    calls.append(n)
    return n * n
for n in [1, 2, 1, 3, 1, 2]:
    slow_square(n)
print(calls, slow_square.cache_info())
@functools.lru_cache
def add(a, b=0):
    return a + b
print(add(1, 2), add(1, 2), add(a=1, b=2), add.cache_info())
@functools.cache
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)
print(ways(30), ways.cache_info().currsize)
try:
    add([1], [2])
except TypeError as e:
    print("TypeError:", e)
print(fib.__name__, fib.__wrapped__.__name__)
