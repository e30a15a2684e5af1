# strings: indexing and slicing with negative indices, steps, out-of-range bounds
s = "Hello, World!"
print(s[0], s[-1], s[7], s[-6])
print(s[0:5], s[7:], s[:5], s[-6:], s[:-1], s[:])
print(s[::2], s[1::2], s[::-1], s[::-2], s[-2::-3])
print(s[5:2], s[5:2:-1], s[100:], s[-100:3], s[2:100], repr(s[3:3]))
print(s[10:2:-2], s[:3:-1], s[3::-1], s[-1:-6:-1])
print(s[None:4], s[4:None], s[::None])
print(s[slice(2, 8, 2)], s[slice(-3, None)])
t = "abc"
for i in range(-3, 3):
    print(i, t[i], end="; ")
print()
try:
    t[3]
except IndexError as e:
    print("IndexError:", e)
try:
    t[-4]
except IndexError as e:
    print("IndexError:", e)
try:
    t[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    t[1] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    t["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    t[1.0]
except TypeError as e:
    print("TypeError:", e)
print("".join(reversed(t)), t[::-1] == "cba")
print(len(s[::3]), s[::3])
