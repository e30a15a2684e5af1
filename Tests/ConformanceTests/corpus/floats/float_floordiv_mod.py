# floats: // and % with floats, signs, zero, infinities
pairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (1.0, 0.1), (5.0, 0.5),
         (0.3, 0.1), (-0.0, 1.0), (1e10, 3.0), (2.5, 2.5)]
for a, b in pairs:
    print(f"{a!r} // {b!r} = {a // b!r}; {a!r} % {b!r} = {a % b!r}; divmod = {divmod(a, b)}")
print(5 % float("inf"), -5 % float("inf"), 5 // float("inf"), -5 // float("inf"))
print(-1e-20 % 1.0, 1e-20 % -1.0)
print(7 % 2.5, 7 // 2.5, -7 % 2.5, -7 // 2.5)
print(3.0 % -0.5, 10 % 3.3)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.5, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
