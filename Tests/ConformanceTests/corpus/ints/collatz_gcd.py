# ints: integer algorithms: gcd, collatz, primes, digit sums, base conversion
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
print("gcd:", gcd(48, 18), gcd(-48, 18), gcd(0, 5), gcd(2 ** 64, 2 ** 40 * 3))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print("collatz:", [collatz(n) for n in (1, 6, 7, 27, 97)])
def primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(sieve[i * i::i])
    return [i for i, p in enumerate(sieve) if p]
print("primes:", primes(60))
def to_base(n, b):
    if n == 0:
        return "0"
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for n, b in [(255, 2), (255, 16), (-255, 7), (2 ** 70, 36), (0, 3)]:
    s = to_base(n, b)
    print("to_base", n, b, s, int(s, b) == n)
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
print("isqrt:", isqrt(10 ** 40), isqrt(99), isqrt(2 ** 101))
print("digit sum 100!:", sum(map(int, str(__import__("math").factorial(100)))))
