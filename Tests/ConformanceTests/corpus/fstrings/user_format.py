# fstrings: __format__ on a user class, and what format() does with it
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        value = self.cents / 100
        if spec == "":
            return f"${value:.2f}"
        if spec == "words":
            return f"{self.cents // 100} dollars and {self.cents % 100} cents"
        return "$" + format(value, spec)
    def __str__(self):
        return "Money(" + str(self.cents) + ")"
m = Money(123456)
print(f"{m}")
print(f"{m:words}")
print(f"{m:,.2f}")
print(f"{m:>12.1f}")
print(format(m), format(m, "words"))
print("{} | {:words} | {!s}".format(m, m, m))
print(str(m), f"{m!s}", f"{m!s:>15}")
class Plain:
    def __str__(self):
        return "plain-str"
p = Plain()
print(f"{p}", format(p), f"{p!s:^13}")
try:
    f"{p:>10}"
except TypeError as e:
    print("TypeError:", e)
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        unit = spec[-1] if spec and spec[-1] in "CF" else "C"
        rest = spec[:-1] if spec and spec[-1] in "CF" else spec
        val = self.c if unit == "C" else self.c * 9 / 5 + 32
        return format(val, rest or ".1f") + "°" + unit
t = Temp(21.5)
print(f"{t} {t:F} {t:.0C} {t:8.2F}")
