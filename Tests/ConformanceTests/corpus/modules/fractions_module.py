# modules: fractions.Fraction: construction, normalization, arithmetic, comparisons, repr/str
from fractions import Fraction
a = Fraction(1, 3)
b = Fraction(2, 6)
print(a, b, a == b, repr(a), Fraction(6, -4), Fraction(0, 5), Fraction(5))
print(a + Fraction(1, 6), a - 1, a * 3, a / Fraction(2, 3), a ** 2, -a, abs(Fraction(-3, 4)))
print(Fraction("3/4"), Fraction(" -5/10 "), Fraction("1.25"), Fraction("2"), Fraction(0.5), Fraction(1.1))
print(Fraction(1, 3) < Fraction(1, 2), Fraction(1, 2) == 0.5, Fraction(2, 1) == 2, Fraction(1, 3) > 0.33)
print(sum(Fraction(1, n) for n in range(1, 7)), sum([Fraction(1, 10)] * 10))
print(float(Fraction(1, 3)), int(Fraction(7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(1, 3), 2))
f = Fraction(22, 7)
print(f.numerator, f.denominator, f.limit_denominator(5), Fraction(3.141592653589793).limit_denominator(1000))
print(Fraction(1, 3) + 0.5, type(Fraction(1, 3) + 0.5).__name__, type(Fraction(1, 3) + 1).__name__)
print(sorted([Fraction(1, 2), Fraction(1, 3), Fraction(2, 3)]), max(Fraction(3, 8), Fraction(1, 3)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Fraction("abc")
except ValueError as e:
    print("ValueError:", e)
print(Fraction(10, 4).as_integer_ratio(), hash(Fraction(1, 2)) == hash(0.5), Fraction(-7, 3) // 1, Fraction(-7, 3) % 1)
