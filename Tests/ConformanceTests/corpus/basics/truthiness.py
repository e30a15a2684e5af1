# basics: truthiness of builtin values and bool()
values = [0, 1, -1, 0.0, -0.0, 0.5, "", " ", "0", [], [0], (), (None,), {}, {0: 0},
          set(), {0}, None, True, False, range(0), range(1), float("nan")]
for v in values:
    print(repr(v), "->", bool(v))
if []:
    print("empty list is true?")
else:
    print("empty list is false")
if "False":
    print("non-empty string 'False' is true")
print("bool('') =", bool(''))
print("bool() =", bool())
n = 0
while not n:
    n += 1
print("loop ended with n =", n)
print("True + True =", True + True)
print("True * 10 =", True * 10)
print("False - 1 =", False - 1)
print("sum of bools:", sum([True, False, True, True]))
print("True == 1:", True == 1, "False == 0:", False == 0)
print("type(True) is bool:", type(True) is bool)
print("isinstance(True, int):", isinstance(True, int))
