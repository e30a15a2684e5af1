# ints: arbitrary precision arithmetic
a = 2 ** 200
print("2**200 =", a)
print("2**64 =", 2 ** 64)
print("2**63 - 1 =", 2 ** 63 - 1)
print("-2**63 =", -2 ** 63)
print("2**64 + 1 - 2**64 =", 2 ** 64 + 1 - 2 ** 64)
b = 12345678901234567890 * 98765432109876543210
print("product:", b)
print("product // 10**20:", b // 10 ** 20)
print("product % 10**20:", b % 10 ** 20)
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print("30! // 29! =", f // (f // 30))
print("neg big:", -a)
print("big - big:", a - (a - 1))
print("big * 0:", a * 0)
print("big ** 2 digits:", len(str(a ** 2)))
print("sum of digits of 2**1000:", sum(int(c) for c in str(2 ** 1000)))
print("(2**100 + 1) * (2**100 - 1) == 2**200 - 1:", (2 ** 100 + 1) * (2 ** 100 - 1) == 2 ** 200 - 1)
x = 9223372036854775807
print("int64 max + 1:", x + 1)
print("int64 max * 2:", x * 2)
print("-(int64 min):", -(-x - 1))
print("int64 min // -1:", (-x - 1) // -1)
print("abs(int64 min):", abs(-x - 1))
print("fib(150):", end=" ")
p, q = 0, 1
for _ in range(150):
    p, q = q, p + q
print(p)
print("10**30 == 10**30:", 10 ** 30 == 10 ** 30, "type:", type(10 ** 30).__name__)
