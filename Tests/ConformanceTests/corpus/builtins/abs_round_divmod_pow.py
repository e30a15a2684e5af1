# builtins: abs, round, divmod, pow across int/float/bool and negative values
print(abs(-7), abs(7.5), abs(-0.0), abs(True), abs(-2 ** 70))
print(round(3.14159), round(3.14159, 2), round(-2.5), round(2.5), round(3.5), round(0.5), round(-0.5))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 0), round(5.0, 0))
print(round(2.345, 2), round(2.355, 2), round(1e-10, 5), round(123.456, -1), round(-123.456, -2))
print(divmod(20, 6), divmod(-20, 6), divmod(20, -6), divmod(20.5, 6), divmod(-20.5, 6), divmod(True, 2))
print(pow(2, 8), pow(2, -1), pow(2.5, 2), pow(9, 0.5), pow(3, 4, 5), pow(True, 3))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7)).__name__, type(round(7, -1)).__name__)
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    abs(None)
except TypeError as e:
    print("TypeError:", e)
print(round(0.1 + 0.2, 10), round(1 / 3, 3), round(2 / 3, 3), round(-1 / 3, 1))
