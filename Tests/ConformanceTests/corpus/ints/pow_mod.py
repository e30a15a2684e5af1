# ints: pow with two and three arguments, negative exponents, modular inverse
print(pow(2, 10))
print(pow(2, 10, 1000))
print(pow(3, 200, 1000000007))
print(pow(7, 0, 13))
print(pow(0, 0))
print(pow(-2, 3), pow(-2, 4))
print(pow(2, -2))
print(pow(10, 3, 7), (10 ** 3) % 7)
print(pow(-3, 3, 7))
print(pow(3, 3, -7))
print(pow(38, -1, 97), (38 * pow(38, -1, 97)) % 97)
print(pow(12345678901234567890, 3, 10 ** 9 + 9))
print(pow(2, 1000, 10 ** 20))
print(pow(5, 1, 1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
print(2 ** 0.5 == pow(2, 0.5))
print(type(pow(2, 3)), type(pow(2, -3)))
print(pow(-8, 2, 5))
print((-1) ** 1001, (-1) ** 1000)
print(pow(2, 3.0))
