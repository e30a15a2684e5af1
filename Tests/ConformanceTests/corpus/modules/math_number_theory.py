# modules: math used in number-theory style programs: primes via isqrt, digits, perfect squares
import math
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True
print([n for n in range(50) if is_prime(n)])
print([n for n in range(1, 200) if math.isqrt(n) ** 2 == n])
print(math.gcd(*[84, 126, 210]), math.lcm(*range(1, 11)))
print(sum(int(d) for d in str(math.factorial(50))), len(str(math.factorial(100))))
print([math.comb(6, k) for k in range(7)])
print(math.isqrt(10 ** 40 + 1), math.isqrt(10 ** 40 - 1))
def totient(n):
    return sum(1 for k in range(1, n + 1) if math.gcd(n, k) == 1)
print([totient(n) for n in range(1, 13)])
print(math.floor(math.log10(2 ** 100)) + 1, len(str(2 ** 100)))
print(math.ceil(10 / 3), -(-10 // 3), math.floor(-10 / 3), -10 // 3)
