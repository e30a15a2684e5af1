# dunder: __format__, __str__, __repr__ priorities in format(), f-strings and str.format
class Angle:
    def __init__(self, deg):
        self.deg = deg
    def __format__(self, spec):
        if spec.endswith("r"):
            import math
            return format(math.radians(self.deg), spec[:-1] or "f")
        return format(self.deg, spec or "g") + "°"
    def __repr__(self):
        return f"Angle({self.deg})"
    def __str__(self):
        return f"{self.deg} degrees"
a = Angle(90)
print(f"{a}", f"{a:.1f}", f"{a:.3r}", f"{a:r}", f"{a!s}", f"{a!r}")
print("{} {:06.2f} {!r}".format(a, a, a), format(a), format(a, ">5"))
print(str(a), repr(a), [a])
class Inherit:
    def __str__(self):
        return "inherit-str"
print(format(Inherit()), f"{Inherit()}", "{}".format(Inherit()))
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)
