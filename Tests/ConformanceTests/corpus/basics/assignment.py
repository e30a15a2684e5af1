# basics: assignment forms: chained, augmented, multiple targets, swap
a = b = c = 5
print("chained:", a, b, c)
a += 1
b -= 2
c *= 3
print("augmented:", a, b, c)
x = 17
x //= 5
print("floordiv-assign:", x)
x **= 3
print("pow-assign:", x)
x %= 7
print("mod-assign:", x)
y = 6
y /= 4
print("truediv-assign:", y)
z = 0b1100
z &= 0b1010
print("and-assign:", z)
z |= 0b0001
print("or-assign:", z)
z ^= 0b1111
print("xor-assign:", z)
z <<= 3
print("lshift-assign:", z)
z >>= 2
print("rshift-assign:", z)
p, q = 1, 2
p, q = q, p
print("swap:", p, q)
s = "ab"
s += "cd"
s *= 2
print("str aug:", s)
lst = [1]
alias = lst
lst += [2]
print("list += mutates alias:", alias)
t = (1,)
talias = t
t += (2,)
print("tuple += rebinds:", t, talias)
