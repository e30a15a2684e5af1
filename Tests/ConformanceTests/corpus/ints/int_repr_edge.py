# ints: string conversion of large/negative values and str(int) round-trips
nums = [0, -0, 1, -1, 10 ** 18, -(10 ** 18), 2 ** 63, -(2 ** 63), 2 ** 64 - 1, 10 ** 50 + 1]
for n in nums:
    s = str(n)
    print(s, len(s), int(s) == n, repr(n) == s)
print(str(-2 ** 127))
print(int("-" + "9" * 40) + 1)
print(1000000 * 1000000 * 1000000 * 1000000)
print(-(10 ** 19) // 3, -(10 ** 19) % 3)
print(999999999999999999 + 1)
print(4611686018427387904 * 2, 4611686018427387904 * -2)
print(-9223372036854775808 - 1)
print(3037000500 * 3037000500)
print(-3037000500 * 3037000500)
print(9223372036854775807 - -1)
print(abs(-9223372036854775808))
print(-(-9223372036854775808))
