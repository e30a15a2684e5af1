# lists: index errors, negative indices, assignment out of range
a = [10, 20, 30]
print(a[0], a[-1], a[-3], a[2])
try:
    a[3]
except IndexError as e:
    print("IndexError:", e)
try:
    a[-4]
except IndexError as e:
    print("IndexError:", e)
try:
    a[3] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del a[5]
except IndexError as e:
    print("IndexError:", e)
try:
    a["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    a[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    [][0]
except IndexError as e:
    print("IndexError:", e)
print(a[1:100], a[-100:1], a[5:], [][1:])
a[-1] = 99
print(a)
a[True] = "bool index"
print(a)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].insert("x", 1)
except TypeError as e:
    print("TypeError:", e)
