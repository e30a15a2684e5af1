# modules: fractions for exact arithmetic: harmonic numbers, continued fractions, egyptian fractions
from fractions import Fraction
H = Fraction(0)
for n in range(1, 11):
    H += Fraction(1, n)
print("H10 =", H, "~", float(H))
def continued_fraction(x, terms):
    out = []
    for _ in range(terms):
        whole = x.numerator // x.denominator
        out.append(whole)
        x -= whole
        if x == 0:
            break
        x = 1 / x
    return out
print(continued_fraction(Fraction(415, 93), 10))
print(continued_fraction(Fraction(355, 113), 10))
def egyptian(f):
    parts = []
    while f.numerator != 0:
        d = -(-f.denominator // f.numerator)
        parts.append(Fraction(1, d))
        f -= Fraction(1, d)
    return parts
print(" + ".join(str(p) for p in egyptian(Fraction(4, 13))))
probs = [Fraction(1, 6)] * 6
print("sum of dice probs:", sum(probs), "expected value:", sum(Fraction(i + 1) * p for i, p in enumerate(probs)))
x = Fraction(1, 10)
print(x * 3 == Fraction(3, 10), 0.1 * 3 == 0.3)
print([str(Fraction(i, 12)) for i in range(0, 13, 3)])
