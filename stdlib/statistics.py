"""Basic statistics of numeric data, with the same exact-arithmetic results as CPython.

Sums behind mean, variance and friends are accumulated exactly as fractions and
rounded once at the end, so results are correctly rounded floats (or ints /
Fractions when the data are ints / Fractions).
"""

import math
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from fractions import Fraction


class StatisticsError(ValueError):
    """Raised for statistically invalid input, such as too few data points."""


# Exact accumulation helpers

def _exact_ratio(x):
    # (numerator, denominator) of x; (x, None) for an infinite or NaN float.
    if isinstance(x, float):
        if math.isfinite(x):
            return x.as_integer_ratio()
        return x, None
    if isinstance(x, int):
        return int(x), 1
    if isinstance(x, Fraction):
        return x.numerator, x.denominator
    raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _coerce(t, s):
    # The common result type of data types t and s (int < Fraction < float).
    if t is s:
        return t
    if s is int or s is bool:
        return t
    if t is int:
        return s
    if issubclass(s, t):
        return s
    if issubclass(t, s):
        return t
    if issubclass(t, int):
        return s
    if issubclass(s, int):
        return t
    if issubclass(t, Fraction) and issubclass(s, float):
        return s
    if issubclass(t, float) and issubclass(s, Fraction):
        return t
    raise TypeError("don't know how to coerce %s and %s" % (t.__name__, s.__name__))


def _result_type(types):
    result = int
    for t in types:
        result = _coerce(result, t)
    return result


def _sum(data):
    # Exact sum of data: (result type, total as a Fraction (or special float), count).
    # Numerators are summed per denominator and combined into one Fraction at the end.
    count = 0
    types = set()
    partials = {}
    for x in data:
        types.add(type(x))
        n, d = _exact_ratio(x)
        count += 1
        partials[d] = partials.get(d, 0) + n
    if None in partials:
        total = partials[None]
    else:
        total = Fraction(0)
        for d, n in partials.items():
            total += Fraction(n, d)
    return _result_type(types), total, count


def _ss(data, c=None):
    # (result type, exact sum of squared deviations, mean used, count).
    if c is not None:
        squares = []
        for x in data:
            d = x - c
            squares.append(d * d)
        t, ssd, count = _sum(squares)
        return t, ssd, c, count
    count = 0
    types = set()
    sx = {}
    sxx = {}
    for x in data:
        types.add(type(x))
        n, d = _exact_ratio(x)
        count += 1
        sx[d] = sx.get(d, 0) + n
        sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        ssd = c = Fraction(0)
    elif None in sx:
        ssd = c = sx[None]
    else:
        total = Fraction(0)
        total_sq = Fraction(0)
        for d, n in sx.items():
            total += Fraction(n, d)
            total_sq += Fraction(sxx[d], d * d)
        # sum((x - mean)**2) == sum(x**2) - sum(x)**2 / count, exact with fractions.
        ssd = (count * total_sq - total * total) / count
        c = total / count
    return _result_type(types), ssd, c, count


def _convert(value, t):
    # Convert an exact result to the data's type (int results that are not whole become float).
    if type(value) is t:
        return value
    if issubclass(t, int) and value.denominator != 1:
        t = float
    return t(value)


def _fail_neg(values, errmsg):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _sqrt_rto(n, m):
    # isqrt(n / m), with the last bit set if inexact ("round to odd").
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_frac(n, m):
    # Correctly rounded float sqrt(n / m): compute a 55-bit-plus root rounded to odd,
    # which the final int / int division then rounds once, correctly.
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        return (_sqrt_rto(n, m << 2 * q) << q) / 1
    return _sqrt_rto(n << -2 * q, m) / (1 << -q)


# Averages

def mean(data):
    """Return the sample arithmetic mean of data."""
    t, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, t)


def fmean(data, weights=None):
    """Convert data to floats and compute the (optionally weighted) arithmetic mean."""
    if hasattr(data, '__len__'):
        n = len(data)
    else:
        data = list(data)
        n = len(data)
    if weights is None:
        total = math.fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    if not hasattr(weights, '__len__'):
        weights = list(weights)
    num = math.fsum(x * w for x, w in zip(data, weights))
    if n != len(weights):
        raise StatisticsError('data and weights must be the same length')
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """Convert data to floats and compute the geometric mean."""
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Return the (optionally weighted) harmonic mean of data."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        sum_weights = _sum(_fail_neg(weights, errmsg))[1]
    try:
        terms = (w / x if w else 0 for w, x in zip(weights, _fail_neg(data, errmsg)))
        t, total, _ = _sum(terms)
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, t)


def median(data):
    """Return the median (middle value, or mean of the two middle values) of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Return the low median of data (the smaller middle value when n is even)."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """Return the high median of data (the larger middle value when n is even)."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """Estimate the median of data binned in intervals of the given width centred on the values."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    # All copies of x lie in data[i:j].
    i = bisect_left(data, x)
    j = bisect_right(data, x, lo=i)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - i) / (j - i)


def mode(data):
    """Return the most common data point (the first one seen on ties)."""
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


def multimode(data):
    """Return the list of most common values, in order of first appearance."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method='exclusive'):
    """Divide data into n intervals with equal probability; return the n - 1 cut points."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError('Unknown method: %r' % (method,))


# Spread

def variance(data, xbar=None):
    """Return the sample variance of data (xbar: the mean, if already known)."""
    t, ss, _, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), t)


def pvariance(data, mu=None):
    """Return the population variance of data (mu: the mean, if already known)."""
    t, ss, _, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, t)


def stdev(data, xbar=None):
    """Return the sample standard deviation: the square root of the sample variance."""
    _, ss, _, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    """Return the population standard deviation: the square root of the population variance."""
    _, ss, _, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    mss = ss / n
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


# Relations between two inputs

def _centered_sums(x, y, name):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number of data points' % name)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % name)
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return n, xbar, ybar, sxy


def covariance(x, y, /):
    """Return the sample covariance of x and y."""
    n, _, _, sxy = _centered_sums(x, y, 'covariance')
    return sxy / (n - 1)


def correlation(x, y, /):
    """Return Pearson's correlation coefficient of x and y."""
    _, xbar, ybar, sxy = _centered_sums(x, y, 'correlation')
    sxx = math.fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = math.fsum((yi - ybar) * (yi - ybar) for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Return the least-squares (slope, intercept) of y against x."""
    if proportional:
        n = len(x)
        if len(y) != n:
            raise StatisticsError('linear regression requires that both inputs have same number of data points')
        if n < 2:
            raise StatisticsError('linear regression requires at least two data points')
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        n, xbar, ybar, sxy = _centered_sums(x, y, 'linear regression')
        sxx = math.fsum((xi - xbar) * (xi - xbar) for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
