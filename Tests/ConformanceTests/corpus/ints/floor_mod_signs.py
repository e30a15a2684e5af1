# ints: floor division and modulo with negative operands, small and big
cases = [(17, 5), (-17, 5), (17, -5), (-17, -5), (5, 17), (-5, 17), (0, -5), (-1, 3)]
for a, b in cases:
    print(f"{a:>4} // {b:>3} = {a // b:>3}   {a:>4} % {b:>3} = {a % b:>3}   divmod = {divmod(a, b)}")
big = 10 ** 25 + 7
for d in (3, -3, 10 ** 12, -(10 ** 12)):
    print("big", d, big // d, big % d)
nb = -big
for d in (3, -3, 10 ** 12):
    print("negbig", d, nb // d, nb % d)
print("-7 // 1 =", -7 // 1, " -7 % 1 =", -7 % 1)
print("-1 // 10**30 =", -1 // 10 ** 30)
print("-1 % 10**30 =", -1 % 10 ** 30)
print("divmod(-2**70, 7):", divmod(-2 ** 70, 7))
print("(-2**70) // -(2**35):", (-2 ** 70) // -(2 ** 35))
