# generators: infinite generators consumed with itertools.islice, takewhile
from itertools import islice, takewhile, count
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(islice(naturals(), 5)))
print(list(islice(primes(), 15)))
print(list(islice(fibs(), 10, 15)))
print(list(islice(fibs(), 0, 30, 7)))
print(list(takewhile(lambda x: x < 100, fibs())))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))))
evens = (n for n in count(0, 2))
print([next(evens) for _ in range(4)])
def cycle_str(s):
    while True:
        yield from s
print("".join(islice(cycle_str("abc"), 8)))
