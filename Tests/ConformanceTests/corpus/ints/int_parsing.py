# ints: int() from strings with bases, whitespace, signs, underscores
print(int("42"), int(" 42 "), int("\t-17\n"), int("+5"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("Zz", 36), int("10", 36))
print(int("1_000_000"), int("0_7", 10))
print(int("-0"), int("000123"))
print(int("12345678901234567890123456789"))
print(int(3.99), int(-3.99), int(True), int(1e20))
print(int("0", 0), int("10", 0))
bad = ["abc", "", " ", "1.5", "1e3", "12a", "--1", "1__0", "0x", "_1"]
for s in bad:
    try:
        int(s)
    except ValueError as e:
        print("ValueError:", e)
for s, base in [("12", 2), ("g", 16), ("08", 0), ("9", 8)]:
    try:
        int(s, base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
