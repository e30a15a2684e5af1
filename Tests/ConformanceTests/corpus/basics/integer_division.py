# basics: / vs // vs %, signs, with ints and floats
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (1, 7)]
for a, b in pairs:
    print(f"{a} / {b} = {a / b}", f"{a} // {b} = {a // b}", f"{a} % {b} = {a % b}", sep=" | ")
for a, b in [(7.5, 2), (-7.5, 2), (7, 2.5), (-7, 2.5)]:
    print(a, b, a // b, a % b, divmod(a, b))
print("identity holds:", all(a == (a // b) * b + a % b for a, b in pairs))
print(10 / 5, type(10 / 5))
print(2 ** 10, 2 ** 0.5, 4 ** 0.5)
print(10 ** -2)
print(0 ** 0, 0.0 ** 0)
print(-1 ** 0.5 if True else 0)
for a, b in [(10 ** 20, 3), (-(10 ** 20), 3), (10 ** 20, -7)]:
    print(a // b, a % b, divmod(a, b) == (a // b, a % b))
print(7 // 7, -7 // 7, 0 // 7, 6 % 7, -6 % 7)
print(1 / 4, 3 / 4, -1 / 4, 2 / -8)
