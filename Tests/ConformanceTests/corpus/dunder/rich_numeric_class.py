# dunder: a full numeric class (Money) with ordering, hashing, arithmetic and formatting together
class Money:
    def __init__(self, cents, currency="USD"):
        self.cents = int(cents)
        self.currency = currency
    @classmethod
    def of(cls, amount, currency="USD"):
        return cls(round(amount * 100), currency)
    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return None
    def __add__(self, other):
        if other == 0:
            return self
        if self._check(other) is NotImplemented:
            return NotImplemented
        return Money(self.cents + other.cents, self.currency)
    __radd__ = __add__
    def __mul__(self, k):
        return Money(round(self.cents * k), self.currency)
    __rmul__ = __mul__
    def __eq__(self, other):
        if isinstance(other, Money):
            return (self.cents, self.currency) == (other.cents, other.currency)
        return NotImplemented
    def __lt__(self, other):
        self._check(other)
        return self.cents < other.cents
    def __hash__(self):
        return hash((self.cents, self.currency))
    def __bool__(self):
        return self.cents != 0
    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"
    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100}.{abs(self.cents) % 100:02d} {self.currency}"
prices = [Money.of(19.99), Money.of(5), Money.of(0.1), Money(250)]
print([str(p) for p in prices])
print(sum(prices), sorted(prices), max(prices))
print(Money.of(1.005), Money.of(2.675) * 3, 3 * Money(7), bool(Money(0)), bool(Money(1)))
print(len({Money(100), Money.of(1), Money(100, "EUR")}))
try:
    Money(1) + Money(1, "EUR")
except ValueError as e:
    print("ValueError:", e)
print(Money(-1234), Money(5) == Money(5), Money(5) == 5)
