# ints: bitwise operators including negatives and big values, shifts
a, b = 0b1100, 0b1010
print("and:", a & b, "or:", a | b, "xor:", a ^ b, "not a:", ~a)
print("-1 & 0xff:", -1 & 0xff)
print("-256 | 15:", -256 | 15)
print("-5 ^ 3:", -5 ^ 3)
print("-5 & -3:", -5 & -3)
print("~0:", ~0, "~-1:", ~-1)
print("1 << 100:", 1 << 100)
print("(1 << 100) >> 98:", (1 << 100) >> 98)
print("-1 >> 10:", -1 >> 10)
print("-16 >> 2:", -16 >> 2)
print("-17 >> 2:", -17 >> 2)
print("5 << 0:", 5 << 0)
print("big & mask:", (2 ** 100 + 12345) & 0xffff)
print("big xor:", (2 ** 70) ^ (2 ** 70 + 5))
print("neg big and:", -(2 ** 70) & 0xfff)
print("neg big or:", -(2 ** 70) | 1)
print("True & False:", True & False, "True | False:", True | False, "True ^ True:", True ^ True)
print("type(True & True):", type(True & True).__name__, "type(True & 1):", type(True & 1).__name__)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print("bin(-10):", bin(-10), "hex(-255):", hex(-255))
x = 0
for bit in (0, 3, 5, 64):
    x |= 1 << bit
print("set bits:", x, bin(x))
print("popcount:", bin(x).count("1"))
print("x & (x - 1) clears lowest:", x & (x - 1))
print("x & -x lowest bit:", x & -x)
