"""Fraction: exact rational numbers with arbitrary-precision numerator and denominator."""

import math

# hash(Fraction) follows CPython's numeric hash: reduction modulo the prime 2**61 - 1.
_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159

_DIGITS = '0123456789'


def _is_digit(c):
    return c != '' and c in _DIGITS


def _digit_run(s, i):
    # Match r'\d+(_\d+)*' at s[i:]; return (digits without underscores, end index).
    start = i
    n = len(s)
    while i < n and s[i] in _DIGITS:
        i += 1
    if i == start:
        return '', start
    while i + 1 < n and s[i] == '_' and s[i + 1] in _DIGITS:
        i += 2
        while i < n and s[i] in _DIGITS:
            i += 1
    return s[start:i].replace('_', ''), i


def _parse(text):
    # Parse '[sign]num[/den]' or '[sign][num][.frac][e[sign]exp]' into an unreduced pair.
    s = text.strip()
    i = 0
    negative = False
    if s[:1] in ('+', '-'):
        negative = s[0] == '-'
        i = 1
    if not (_is_digit(s[i:i + 1]) or s[i:i + 1] == '.' and _is_digit(s[i + 1:i + 2])):
        return None
    num, i = _digit_run(s, i)
    numerator = int(num or '0')
    denominator = 1
    if s[i:i + 1] == '/':
        den, i = _digit_run(s, i + 1)
        if not den:
            return None
        denominator = int(den)
    else:
        if s[i:i + 1] == '.':
            frac, i = _digit_run(s, i + 1)
            if frac:
                scale = 10 ** len(frac)
                numerator = numerator * scale + int(frac)
                denominator = scale
        if s[i:i + 1] in ('e', 'E'):
            j = i + 1
            exp_negative = False
            if s[j:j + 1] in ('+', '-'):
                exp_negative = s[j] == '-'
                j += 1
            exp, i = _digit_run(s, j)
            if not exp:
                return None
            if exp_negative:
                denominator *= 10 ** int(exp)
            else:
                numerator *= 10 ** int(exp)
    if i != len(s):
        return None
    return (-numerator if negative else numerator), denominator


def _make(numerator, denominator):
    # Build a Fraction from an already normalized pair, skipping __init__.
    result = object.__new__(Fraction)
    result._numerator = numerator
    result._denominator = denominator
    return result


def _pair(x):
    # (numerator, denominator) of an int or Fraction.
    if isinstance(x, Fraction):
        return x._numerator, x._denominator
    return int(x), 1


def _add(na, da, nb, db):
    # na/da + nb/db in lowest terms, keeping the intermediate numbers small.
    g = math.gcd(da, db)
    if g == 1:
        return _make(na * db + da * nb, da * db)
    s = da // g
    t = na * (db // g) + nb * s
    g2 = math.gcd(t, g)
    if g2 == 1:
        return _make(t, s * db)
    return _make(t // g2, s * (db // g2))


def _mul(na, da, nb, db):
    # (na/da) * (nb/db) in lowest terms, cancelling before multiplying.
    g1 = math.gcd(na, db)
    if g1 > 1:
        na //= g1
        db //= g1
    g2 = math.gcd(nb, da)
    if g2 > 1:
        nb //= g2
        da //= g2
    return _make(na * nb, db * da)


def _div(na, da, nb, db):
    # (na/da) / (nb/db) in lowest terms, cancelling before multiplying.
    g1 = math.gcd(na, nb)
    if g1 > 1:
        na //= g1
        nb //= g1
    g2 = math.gcd(db, da)
    if g2 > 1:
        da //= g2
        db //= g2
    n, d = na * db, nb * da
    if d == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % n)
    if d < 0:
        n, d = -n, -d
    return _make(n, d)


class Fraction:
    """A rational number: Fraction(3, 4), Fraction('3/4'), Fraction('0.75'), Fraction(0.75)."""

    def __init__(self, numerator=0, denominator=None):
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return
            if isinstance(numerator, (int, Fraction)):
                self._numerator, self._denominator = _pair(numerator)
                return
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return
            if not isinstance(numerator, str):
                raise TypeError('argument should be a string or a Rational instance')
            pair = _parse(numerator)
            if pair is None:
                raise ValueError('Invalid literal for Fraction: %r' % (numerator,))
            numerator, denominator = pair
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            na, da = _pair(numerator)
            nb, db = _pair(denominator)
            numerator, denominator = na * db, nb * da
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g

    @classmethod
    def from_float(cls, f):
        """Convert a finite float to a Fraction exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' % (
                cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @property
    def numerator(self):
        """The numerator, in lowest terms."""
        return self._numerator

    @property
    def denominator(self):
        """The (positive) denominator, in lowest terms."""
        return self._denominator

    def as_integer_ratio(self):
        """Return (numerator, denominator)."""
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return _make(self._numerator, self._denominator)
        # Walk the continued fraction convergents p/q of self until q would exceed the
        # limit, then pick the closer of the last convergent and the best semiconvergent.
        p_prev, q_prev, p, q = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q_next = q_prev + a * q
            if q_next > max_denominator:
                break
            p_prev, q_prev, p, q = p, q, p_prev + a * p, q_next
            n, d = d, n - a * d
        k = (max_denominator - q_prev) // q
        semi = Fraction(p_prev + k * p, q_prev + k * q)
        convergent = Fraction(p, q)
        if abs(convergent - self) <= abs(semi - self):
            return convergent
        return semi

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Arithmetic: exact with an int or Fraction, a float result with a float.

    def __add__(a, b):
        if isinstance(b, (int, Fraction)):
            nb, db = _pair(b)
            return _add(a._numerator, a._denominator, nb, db)
        if isinstance(b, float):
            return float(a) + b
        return NotImplemented

    def __radd__(b, a):
        if isinstance(a, int):
            return _add(a, 1, b._numerator, b._denominator)
        if isinstance(a, float):
            return a + float(b)
        return NotImplemented

    def __sub__(a, b):
        if isinstance(b, (int, Fraction)):
            nb, db = _pair(b)
            return _add(a._numerator, a._denominator, -nb, db)
        if isinstance(b, float):
            return float(a) - b
        return NotImplemented

    def __rsub__(b, a):
        if isinstance(a, int):
            return _add(a, 1, -b._numerator, b._denominator)
        if isinstance(a, float):
            return a - float(b)
        return NotImplemented

    def __mul__(a, b):
        if isinstance(b, (int, Fraction)):
            nb, db = _pair(b)
            return _mul(a._numerator, a._denominator, nb, db)
        if isinstance(b, float):
            return float(a) * b
        return NotImplemented

    def __rmul__(b, a):
        if isinstance(a, int):
            return _mul(a, 1, b._numerator, b._denominator)
        if isinstance(a, float):
            return a * float(b)
        return NotImplemented

    def __truediv__(a, b):
        if isinstance(b, (int, Fraction)):
            nb, db = _pair(b)
            return _div(a._numerator, a._denominator, nb, db)
        if isinstance(b, float):
            return float(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        if isinstance(a, int):
            return _div(a, 1, b._numerator, b._denominator)
        if isinstance(a, float):
            return a / float(b)
        return NotImplemented

    def __floordiv__(a, b):
        if isinstance(b, (int, Fraction)):
            nb, db = _pair(b)
            return (a._numerator * db) // (a._denominator * nb)
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        if isinstance(a, int):
            return (a * b._denominator) // b._numerator
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented

    def __mod__(a, b):
        if isinstance(b, (int, Fraction)):
            nb, db = _pair(b)
            da = a._denominator
            return Fraction((a._numerator * db) % (nb * da), da * db)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        if isinstance(a, int):
            db = b._denominator
            return Fraction((a * db) % b._numerator, db)
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented

    def __divmod__(a, b):
        if isinstance(b, (int, Fraction)):
            nb, db = _pair(b)
            da = a._denominator
            q, r = divmod(a._numerator * db, da * nb)
            return q, Fraction(r, da * db)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if isinstance(a, int):
            db = b._denominator
            q, r = divmod(a * db, b._numerator)
            return q, Fraction(r, db)
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __pow__(a, b):
        if isinstance(b, (int, Fraction)):
            nb, db = _pair(b)
            if db == 1:
                if nb >= 0:
                    return _make(a._numerator ** nb, a._denominator ** nb)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -nb))
                if a._numerator > 0:
                    return _make(a._denominator ** -nb, a._numerator ** -nb)
                return _make((-a._denominator) ** -nb, (-a._numerator) ** -nb)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return _make(a, 1) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return _make(a._numerator, a._denominator)

    def __neg__(a):
        return _make(-a._numerator, a._denominator)

    def __abs__(a):
        return _make(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __bool__(a):
        return a._numerator != 0

    def __hash__(self):
        if self._denominator == 1:
            return hash(self._numerator)
        # The inverse of the denominator modulo the prime (Fermat); 0 if it is a multiple.
        inverse = pow(self._denominator, _HASH_MODULUS - 2, _HASH_MODULUS)
        if inverse == 0:
            result = _HASH_INF
        else:
            result = abs(self._numerator) % _HASH_MODULUS * inverse % _HASH_MODULUS
        if self._numerator < 0:
            result = -result
        return -2 if result == -1 else result

    def __eq__(a, b):
        if isinstance(b, (int, Fraction)):
            nb, db = _pair(b)
            return a._numerator == nb and a._denominator == db
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return False
            return a == Fraction(b)
        return NotImplemented

    def _compare(self, other, op):
        # Apply op to (self, other) cross-multiplied, or NotImplemented.
        if isinstance(other, (int, Fraction)):
            n, d = _pair(other)
            return op(self._numerator * d, self._denominator * n)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, Fraction(other))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._compare(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._compare(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._compare(b, lambda x, y: x >= y)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self
