# fstrings: format() builtin and __format__ of builtins
print(format(3.14159, ".2f"), format(42, "08b"), format("s", ">4"), format(1234567, ","))
print(repr(format(5)), repr(format("x")), repr(format(None)), repr(format([1, 2])))
print(format(True), format(True, "d"), format(False, ">6"))
print(format(0.5, ".0%"), format(-1.5, "+.3e"), format(10 ** 20, "e"))
try:
    format(5, "s")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format([1], "10")
except TypeError as e:
    print("TypeError:", e)
try:
    format(1.5, "x")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1, ",s")
except ValueError as e:
    print("ValueError:", e)
try:
    format("abc", ",")
except ValueError as e:
    print("ValueError:", e)
try:
    format(10, ".2d")
except ValueError as e:
    print("ValueError:", e)
print(int.__format__(7, "03"), float.__format__(0.5, "e"), str.__format__("a", "^3"))
