# ints: unary ops, comparisons chains, min/max on ints, int() of floats, rounding toward zero
print(+5, -5, --5, -(-5), +-5)
print(int(2.5), int(-2.5), int(0.9999), int(-0.0))
print(7 // 2 * 2 + 7 % 2)
print(1 if 5 > 3 else 0, 3 < 5 < 7 < 9)
n = 12345
print("digits:", [int(d) for d in str(n)], "reversed:", int(str(n)[::-1]))
print("last digit of negative:", -12345 % 10, "via str:", str(-12345)[-1])
print("even/odd:", [k % 2 == 0 for k in range(-3, 4)])
print("abs floor div:", -7 // 2, int(-7 / 2))
print("1000000 == 10**6:", 1000000 == 10 ** 6)
counts = {}
for k in range(-5, 6):
    counts[k % 3] = counts.get(k % 3, 0) + 1
print("residues:", counts)
print("hash small ints:", hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 6))
print("hash big int:", hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print("hash float ints:", hash(3.0) == hash(3), hash(0.5))
print(int.__name__, type(0).__name__)
