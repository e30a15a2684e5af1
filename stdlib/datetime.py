"""datetime: dates, times, time deltas and fixed-offset time zones (a CPython 3.11 subset).

Classes: timedelta, date, time, datetime, tzinfo, timezone (with timezone.utc), the
IsoCalendarDate returned by isocalendar(), and the constants MINYEAR, MAXYEAR and UTC. Dates use the proleptic Gregorian calendar and all calendar
arithmetic is done with integers (days from civil / civil from days).

Differences from CPython:
* The local time zone is taken to be UTC: datetime.fromtimestamp(), now(), today(),
  date.today(), datetime.timestamp() of a naive datetime and astimezone() of a naive
  datetime all treat local time as UTC.
* strftime() implements the common directives itself (glibc C-locale output):
  %a %A %b %B %h %c %C %d %D %e %f %F %G %g %H %I %j %k %l %m %M %n %p %r %R %S %t %T %u %U
  %V %w %W %x %X %y %Y %z %Z %%, also with the '-' flag (no padding); other directives are
  copied unchanged. strptime() supports the directives of CPython's _strptime (C locale);
  %Z recognises only the names UTC and GMT.
* Error messages raised by the interpreter itself (unsupported operand types, missing
  arguments) name the classes without the 'datetime.' prefix ('date', not 'datetime.date').
* hash() values differ from CPython's (they are consistent with ==).
* timetuple() returns a tuple subclass that mimics time.struct_time.
"""

import math as _math
import time as _time

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059  # date.max.toordinal()
_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULLMONTHNAMES = [None, "January", "February", "March", "April", "May", "June",
                   "July", "August", "September", "October", "November", "December"]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLDAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

_DIGITS = "0123456789"


################################################################################
# Calendar helpers (integer arithmetic only)
################################################################################

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_from_civil(y, m, d):
    # Days since 1970-01-01 of the proleptic Gregorian date y-m-d (H. Hinnant's algorithm).
    if m <= 2:
        y -= 1
    era = y // 400
    yoe = y - era * 400
    mp = m - 3 if m > 2 else m + 9
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    # (year, month, day) of the date z days after 1970-01-01.
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    if m <= 2:
        y += 1
    return y, m, d


def _ymd2ord(y, m, d):
    return _days_from_civil(y, m, d) + _EPOCH_ORDINAL


def _ord2ymd(n):
    return _civil_from_days(n - _EPOCH_ORDINAL)


def _day_of_year(y, m, d):
    return _DAYS_BEFORE_MONTH[m] + (1 if m > 2 and _is_leap(y) else 0) + d


def _iso_week1_monday(year):
    # Ordinal of the Monday starting ISO week 1 of year.
    first = _ymd2ord(year, 1, 1)
    first_weekday = (first + 6) % 7
    monday = first - first_weekday
    if first_weekday > 3:
        monday += 7
    return monday


def _isocalendar(y, m, d):
    today = _ymd2ord(y, m, d)
    year = y
    week1 = _iso_week1_monday(year)
    week, day = divmod(today - week1, 7)
    if week < 0:
        year -= 1
        week1 = _iso_week1_monday(year)
        week, day = divmod(today - week1, 7)
    elif week >= 52:
        if today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
    return year, week + 1, day + 1


def _isoweek_to_ordinal(year, week, day):
    # Mirrors CPython's iso_to_ymd error handling.
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            # ISO years have 53 weeks when they start on a Thursday, or a
            # Wednesday in a leap year.
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    return _iso_week1_monday(year) + (week - 1) * 7 + (day - 1)


def _index(value):
    # The value as an int, the way CPython's int arguments (__index__) are checked.
    if isinstance(value, int):
        return int(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24), not %r." % (offset,))


def _tp_name(obj):
    # CPython's tp_name: 'datetime.date' for the module's classes, the bare name for subclasses.
    cls = type(obj)
    if cls in _BASE_CLASSES:
        return 'datetime.' + cls.__name__
    return cls.__name__


def _cmp(x, y):
    return 0 if x == y else (1 if x > y else -1)


def _cmperror(x, y):
    raise TypeError("can't compare %s to %s" % (_tp_name(x), _tp_name(y)))


def _c_round(x):
    # C's round(): halfway cases away from zero.
    r = _math.floor(x)
    diff = x - r
    if diff > 0.5 or (diff == 0.5 and x > 0):
        r += 1
    return int(r)


def _divide_and_round(a, b):
    # a / b rounded to the nearest int, ties to even.
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or (r == b and q % 2 == 1):
        q += 1
    return q


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    if off.days < 0:
        sign = '-'
        off = -off
    else:
        sign = '+'
    total = off._days * 86400 + off._seconds
    hh, rest = divmod(total, 3600)
    mm, ss = divmod(rest, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off._microseconds:
        s += '%s%02d' % (sep, ss)
        if off._microseconds:
            s += '.%06d' % off._microseconds
    return s


################################################################################
# strftime
################################################################################

def _strftime(fmt, y, mo, d, hh, mi, ss, us, offset, tzname_value):
    # Format the fields with the glibc C-locale meaning of each directive.
    weekday = (_ymd2ord(y, mo, d) + 6) % 7  # Monday == 0
    yday = _day_of_year(y, mo, d)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%':
            out.append(c)
            continue
        if i >= n:
            out.append('%')
            break
        nopad = False
        ch = fmt[i]
        if ch == '-' and i + 1 < n:
            nopad = True
            i += 1
            ch = fmt[i]
        i += 1
        if ch == 'z':
            out.append(_format_offset(offset, '') if offset is not None else '')
            continue
        if ch == 'Z':
            out.append(tzname_value if tzname_value is not None else '')
            continue
        if ch == 'f':
            out.append('%06d' % us)
            continue
        value = _strftime_directive(ch, y, mo, d, hh, mi, ss, weekday, yday)
        if value is None:
            out.append('%-' + ch if nopad else '%' + ch)
            continue
        if nopad and ch in 'dmHIMSjyeklUWVgCu':
            value = value.lstrip('0 ') or '0'
        out.append(value)
    return ''.join(out)


def _strftime_directive(ch, y, mo, d, hh, mi, ss, weekday, yday):
    if ch == 'Y':
        return str(y)
    if ch == 'm':
        return '%02d' % mo
    if ch == 'd':
        return '%02d' % d
    if ch == 'H':
        return '%02d' % hh
    if ch == 'M':
        return '%02d' % mi
    if ch == 'S':
        return '%02d' % ss
    if ch == 'y':
        return '%02d' % (y % 100)
    if ch == 'j':
        return '%03d' % yday
    if ch == 'a':
        return _DAYNAMES[weekday]
    if ch == 'A':
        return _FULLDAYNAMES[weekday]
    if ch == 'b' or ch == 'h':
        return _MONTHNAMES[mo]
    if ch == 'B':
        return _FULLMONTHNAMES[mo]
    if ch == 'p':
        return 'AM' if hh < 12 else 'PM'
    if ch == 'I':
        return '%02d' % ((hh + 11) % 12 + 1)
    if ch == 'l':
        return '%2d' % ((hh + 11) % 12 + 1)
    if ch == 'k':
        return '%2d' % hh
    if ch == 'e':
        return '%2d' % d
    if ch == 'w':
        return str((weekday + 1) % 7)
    if ch == 'u':
        return str(weekday + 1)
    if ch == 'U':
        return '%02d' % ((yday - 1 + 7 - (weekday + 1) % 7) // 7)
    if ch == 'W':
        return '%02d' % ((yday - 1 + 7 - weekday) // 7)
    if ch == 'G' or ch == 'g' or ch == 'V':
        iso_year, iso_week, _ = _isocalendar(y, mo, d)
        if ch == 'G':
            return str(iso_year)
        if ch == 'g':
            return '%02d' % (iso_year % 100)
        return '%02d' % iso_week
    if ch == 'C':
        return '%02d' % (y // 100) if y >= 1000 else str(y // 100)
    if ch == 'c':
        return '%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[weekday], _MONTHNAMES[mo], d, hh, mi, ss, y)
    if ch == 'x' or ch == 'D':
        return '%02d/%02d/%02d' % (mo, d, y % 100)
    if ch == 'X' or ch == 'T':
        return '%02d:%02d:%02d' % (hh, mi, ss)
    if ch == 'R':
        return '%02d:%02d' % (hh, mi)
    if ch == 'r':
        return '%02d:%02d:%02d %s' % ((hh + 11) % 12 + 1, mi, ss, 'AM' if hh < 12 else 'PM')
    if ch == 'F':
        return '%d-%02d-%02d' % (y, mo, d)
    if ch == 'n':
        return '\n'
    if ch == 't':
        return '\t'
    if ch == '%':
        return '%'
    return None


################################################################################
# timedelta
################################################################################

def _new_delta(cls, us):
    # A timedelta (of class cls) from a total number of microseconds.
    seconds, microseconds = divmod(us, 1000000)
    days, seconds = divmod(seconds, 86400)
    if not -999999999 <= days <= 999999999:
        raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
    if cls is timedelta:
        self = object.__new__(timedelta)
        self._days = days
        self._seconds = seconds
        self._microseconds = microseconds
        return self
    return cls(days, seconds, microseconds)


def _accumulate(tag, total, num, factor, leftover):
    # CPython's accum(): add num * factor microseconds exactly, keeping the float remainder.
    if isinstance(num, int):
        return total + int(num) * factor, leftover
    if isinstance(num, float):
        frac, whole = _math.modf(num)
        total += int(whole) * factor
        if frac == 0.0:
            return total, leftover
        frac, whole = _math.modf(frac * float(factor))
        return total + int(whole), leftover + frac
    raise TypeError("unsupported type for timedelta %s component: %s" % (tag, type(num).__name__))


class timedelta:
    """Difference between two datetime values: days, seconds and microseconds."""

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total = 0
        leftover = 0.0
        total, leftover = _accumulate('microseconds', total, microseconds, 1, leftover)
        total, leftover = _accumulate('milliseconds', total, milliseconds, 1000, leftover)
        total, leftover = _accumulate('seconds', total, seconds, 1000000, leftover)
        total, leftover = _accumulate('minutes', total, minutes, 60000000, leftover)
        total, leftover = _accumulate('hours', total, hours, 3600000000, leftover)
        total, leftover = _accumulate('days', total, days, 86400000000, leftover)
        total, leftover = _accumulate('weeks', total, weeks, 604800000000, leftover)
        if leftover:
            whole = _c_round(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2 * _c_round((leftover + odd) * 0.5) - odd
            total += int(whole)
        s, us = divmod(total, 1000000)
        d, s = divmod(s, 86400)
        if not -999999999 <= d <= 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self._days = d
        self._seconds = s
        self._microseconds = us

    @property
    def days(self):
        """Number of days (may be negative)."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (0 <= seconds < 86400)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (0 <= microseconds < 1000000)."""
        return self._microseconds

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_microseconds() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s(%s)' % (_tp_name(self), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            plural = '' if abs(self._days) == 1 else 's'
            s = '%d day%s, ' % (self._days, plural) + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError("format() argument 2 must be str, not %s" % type(spec).__name__)
        return format(str(self), spec)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _new_delta(timedelta, self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _new_delta(timedelta, self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _new_delta(timedelta, self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _new_delta(timedelta, other._to_microseconds() - self._to_microseconds())
        return NotImplemented

    def __neg__(self):
        return _new_delta(timedelta, -self._to_microseconds())

    def __pos__(self):
        return _new_delta(timedelta, self._to_microseconds())

    def __abs__(self):
        if self._days < 0:
            return -self
        return +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _new_delta(timedelta, self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _new_delta(timedelta, _divide_and_round(self._to_microseconds() * a, b))
        return NotImplemented

    def __rmul__(self, other):
        return self.__mul__(other)

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() // other._to_microseconds()
        if isinstance(other, int):
            return _new_delta(timedelta, self._to_microseconds() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() / other._to_microseconds()
        if isinstance(other, int):
            return _new_delta(timedelta, _divide_and_round(self._to_microseconds(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _new_delta(timedelta, _divide_and_round(b * self._to_microseconds(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _new_delta(timedelta, self._to_microseconds() % other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, _new_delta(timedelta, r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() == other._to_microseconds()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() != other._to_microseconds()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() < other._to_microseconds()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() <= other._to_microseconds()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() > other._to_microseconds()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() >= other._to_microseconds()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)
_ONE_DAY = timedelta(1)
_ZERO = timedelta(0)


################################################################################
# date
################################################################################

def _new_date(cls, year, month, day):
    if cls is date:
        self = object.__new__(date)
        self._year = year
        self._month = month
        self._day = day
        return self
    return cls(year, month, day)


class _StructTime(tuple):
    """A stand-in for time.struct_time (9 fields with tm_* names)."""

    def __new__(cls, fields):
        return super().__new__(cls, fields)

    @property
    def tm_year(self):
        return self[0]

    @property
    def tm_mon(self):
        return self[1]

    @property
    def tm_mday(self):
        return self[2]

    @property
    def tm_hour(self):
        return self[3]

    @property
    def tm_min(self):
        return self[4]

    @property
    def tm_sec(self):
        return self[5]

    @property
    def tm_wday(self):
        return self[6]

    @property
    def tm_yday(self):
        return self[7]

    @property
    def tm_isdst(self):
        return self[8]

    def __repr__(self):
        return ('time.struct_time(tm_year=%d, tm_mon=%d, tm_mday=%d, tm_hour=%d, tm_min=%d, '
                'tm_sec=%d, tm_wday=%d, tm_yday=%d, tm_isdst=%d)' % tuple(self))


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    return _StructTime((y, m, d, hh, mm, ss, wday, _day_of_year(y, m, d), dstflag))


class IsoCalendarDate(tuple):
    """The (year, week, weekday) result of isocalendar(), a tuple with named fields."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % (_tp_name(self), self[0], self[1], self[2])


def _parse_digits(s, pos, n):
    # n ASCII digits of s at pos as an int, or None.
    if n <= 0 or pos + n > len(s):
        return None
    value = 0
    for k in range(pos, pos + n):
        c = s[k]
        if c not in _DIGITS:
            return None
        value = value * 10 + (ord(c) - 48)
    return value


def _parse_isoformat_date(s):
    # CPython's parse_isoformat_date: (year, month, day), or None when s is malformed.
    # May read past the date part (as the C code does); week dates are resolved here.
    year = _parse_digits(s, 0, 4)
    if year is None:
        return None
    pos = 4
    uses_sep = s[pos:pos + 1] == '-'
    if uses_sep:
        pos += 1
    if s[pos:pos + 1] == 'W':
        pos += 1
        week = _parse_digits(s, pos, 2)
        if week is None:
            return None
        pos += 2
        return ('W', year, week, pos, uses_sep)
    month = _parse_digits(s, pos, 2)
    if month is None:
        return None
    pos += 2
    if uses_sep:
        if s[pos:pos + 1] != '-':
            return None
        pos += 1
    day = _parse_digits(s, pos, 2)
    if day is None:
        return None
    return (year, month, day)


def _isoformat_date_fields(s, length):
    # Resolve the date part s[:length] to (year, month, day), or None when malformed.
    parsed = _parse_isoformat_date(s)
    if parsed is None:
        return None
    if parsed[0] != 'W':
        return parsed
    _, year, week, pos, uses_sep = parsed
    day = 1
    if pos < length:
        if uses_sep:
            if s[pos:pos + 1] != '-':
                return None
            pos += 1
        day = _parse_digits(s, pos, 1)
        if day is None:
            return None
    try:
        ordinal = _isoweek_to_ordinal(year, week, day)
    except ValueError:
        return None
    if not 1 <= ordinal <= _MAXORDINAL:
        return None
    return _ord2ymd(ordinal)


def _find_isoformat_datetime_separator(s):
    n = len(s)
    if n == 7:
        return 7
    if s[4:5] == '-':
        if s[5:6] == 'W':
            if n < 8:
                return -1
            if n > 8 and s[8] == '-':
                if n == 9:
                    return -1
                if n > 10 and s[10] in _DIGITS:
                    return 8
                return 10
            return 8
        return 10
    if s[4:5] == 'W':
        idx = 7
        while idx < n:
            if s[idx] not in _DIGITS:
                break
            idx += 1
        if idx < 9:
            return idx
        if idx % 2 == 0:
            return 7
        return 8
    return 8


def _parse_hh_mm_ss_ff(s, start, end):
    # CPython's parse_hh_mm_ss_ff on s[start:end] (reading past end as C does).
    # Returns (rv, [hour, minute, second, microsecond]); rv < 0 on error, 1 if text remains.
    vals = [0, 0, 0, 0]
    p = start
    has_sep = True
    broke = False
    for i in range(3):
        v = _parse_digits(s, p, 2)
        if v is None:
            return -3, vals
        vals[i] = v
        p += 2
        c = s[p:p + 1]
        p += 1
        if i == 0:
            has_sep = c == ':'
        if p >= end:
            return (1 if c != '' else 0), vals
        if has_sep and c == ':':
            continue
        if c == '.' or c == ',':
            broke = True
            break
        if not has_sep:
            p -= 1
        else:
            return -4, vals
    to_parse = end - p
    if to_parse >= 6:
        to_parse = 6
    us = _parse_digits(s, p, to_parse)
    if us is None:
        return -3, vals
    p += to_parse
    if to_parse < 6:
        us *= 10 ** (6 - to_parse)
    vals[3] = us
    while s[p:p + 1] != '' and s[p] in _DIGITS:
        p += 1
    return (1 if p < len(s) else 0), vals


def _parse_isoformat_time(s, start):
    # CPython's parse_isoformat_time on s[start:]: (rv, hour, minute, second, us, tz_seconds, tz_us).
    end = len(s)
    tz_pos = start
    while True:
        c = s[tz_pos:tz_pos + 1]
        if c == 'Z' or c == '+' or c == '-':
            break
        tz_pos += 1
        if tz_pos >= end:
            break
    rv, vals = _parse_hh_mm_ss_ff(s, start, tz_pos)
    if rv < 0:
        return rv, vals, 0, 0
    if tz_pos >= end:
        if rv == 1:
            return -5, vals, 0, 0
        return 0, vals, 0, 0
    if s[tz_pos] == 'Z':
        if tz_pos + 1 != end:
            return -5, vals, 0, 0
        return 1, vals, 0, 0
    sign = -1 if s[tz_pos] == '-' else 1
    rv, tz = _parse_hh_mm_ss_ff(s, tz_pos + 1, end)
    offset = sign * (tz[0] * 3600 + tz[1] * 60 + tz[2])
    return (-5 if rv else 1), vals, offset, sign * tz[3]


def _tzinfo_from_isoformat(rv, offset, offset_us):
    if rv != 1:
        return None
    if offset == 0:
        return timezone.utc
    return timezone(timedelta(0, offset, offset_us))


class date:
    """A calendar date (year, month, day) in the proleptic Gregorian calendar."""

    def __init__(self, year, month, day):
        self._year, self._month, self._day = _check_date_fields(year, month, day)

    # Alternate constructors

    @classmethod
    def fromtimestamp(cls, t):
        """The local (here: UTC) date of a POSIX timestamp."""
        seconds, _ = _split_timestamp(t)
        y, m, d = _civil_from_days(seconds // 86400)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """The current date (UTC)."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """The date with proleptic Gregorian ordinal n (1 is 0001-01-01)."""
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord2ymd(n)[0])
        y, m, d = _ord2ymd(n)
        return _new_date(cls, y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """The date of 'YYYY-MM-DD', 'YYYYMMDD', 'YYYY-Www[-D]' or 'YYYYWww[D]'."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        fields = None
        if len(date_string) in (7, 8, 10):
            fields = _isoformat_date_fields(date_string, len(date_string))
        if fields is None:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date of ISO year, week number and weekday (1 = Monday)."""
        ordinal = _isoweek_to_ordinal(_index(year), _index(week), _index(day))
        y, m, d = _ord2ymd(ordinal)
        return cls(y, m, d)

    # Fields

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    # Conversions

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_tp_name(self), self._year, self._month, self._day)

    def isoformat(self):
        """'YYYY-MM-DD'."""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """'Sat Jan  1 00:00:00 2000' style string."""
        weekday = (self.toordinal() + 6) % 7
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[weekday], _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, fmt):
        """Format with strftime-style directives (time fields are zero)."""
        if not isinstance(fmt, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("format() argument 2 must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        """A time.struct_time-like tuple."""
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Proleptic Gregorian ordinal (0001-01-01 is 1)."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """A copy with the given fields replaced."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def weekday(self):
        """Day of the week, Monday == 0 ... Sunday == 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Day of the week, Monday == 1 ... Sunday == 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """IsoCalendarDate(year, week, weekday) of the ISO calendar."""
        return IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    # Comparisons

    def _cmp_date(self, other):
        return _cmp((self._year, self._month, self._day), (other._year, other._month, other._day))

    def __eq__(self, other):
        if isinstance(other, date):
            if isinstance(other, datetime) and not isinstance(self, datetime):
                return False
            return self._cmp_date(other) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date):
            if isinstance(other, datetime) and not isinstance(self, datetime):
                return True
            return self._cmp_date(other) != 0
        return NotImplemented

    def _ordered(self, other):
        # The comparison of self with other, or None when other is not a date.
        if isinstance(other, date):
            if isinstance(other, datetime) and not isinstance(self, datetime):
                _cmperror(other, self)
            return self._cmp_date(other)
        return None

    def __lt__(self, other):
        c = self._ordered(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._ordered(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._ordered(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._ordered(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        return hash((self._year, self._month, self._day))

    # Arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other._days
            if 0 < o <= _MAXORDINAL:
                y, m, d = _ord2ymd(o)
                return _new_date(type(self), y, m, d)
            raise OverflowError("date value out of range")
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


################################################################################
# tzinfo and timezone
################################################################################

class tzinfo:
    """Abstract base class for time zone information objects."""

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dtdst


class timezone(tzinfo):
    """A fixed offset from UTC: timezone(timedelta(hours=-5), 'EST'); timezone.utc."""

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             "and timedelta(hours=24), not %r." % (offset,))
        self._offset = offset
        self._name = name

    def _is_utc(self):
        return self._name is None and not self._offset

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self._is_utc():
            return 'datetime.timezone.utc'
        if self._name is None:
            return 'datetime.timezone(%r)' % (self._offset,)
        return 'datetime.timezone(%r, %r)' % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (method, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_dt(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        self._check_dt(dt, 'tzname')
        if self._name is not None:
            return self._name
        return self._name_from_offset(self._offset)

    def dst(self, dt):
        self._check_dt(dt, 'dst')
        return None

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc() argument must be a datetime instance or None")

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        if delta < _ZERO:
            sign = '-'
            delta = -delta
        else:
            sign = '+'
        hours, rest = divmod(delta._seconds, 3600)
        minutes, seconds = divmod(rest, 60)
        if delta._microseconds:
            return 'UTC%s%02d:%02d:%02d.%06d' % (sign, hours, minutes, seconds, delta._microseconds)
        if seconds:
            return 'UTC%s%02d:%02d:%02d' % (sign, hours, minutes, seconds)
        return 'UTC%s%02d:%02d' % (sign, hours, minutes)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        if self._name is None:
            return (timezone, (self._offset,))
        return (timezone, (self._offset, self._name))


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
_LOCAL_TZ = timezone(timedelta(0), 'UTC')  # the local time zone is taken to be UTC
UTC = timezone.utc


def _call_utcoffset(tz, dt, name='utcoffset'):
    if tz is None:
        return None
    if name == 'utcoffset':
        offset = tz.utcoffset(dt)
    else:
        offset = tz.dst(dt)
    _check_utc_offset(name, offset)
    return offset


def _call_tzname(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
    return name


################################################################################
# time
################################################################################

class time:
    """A time of day: hour, minute, second, microsecond, tzinfo."""

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        (self._hour, self._minute, self._second, self._microsecond,
         self._fold) = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self._tzinfo = tzinfo

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, time_string):
        """The time of 'HH[:MM[:SS[.ffffff]]][+HH:MM]' and the other ISO 8601 forms."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        start = 1 if time_string[:1] == 'T' else 0
        rv, vals, offset, offset_us = _parse_isoformat_time(time_string, start)
        if rv < 0:
            raise ValueError('Invalid isoformat string: %r' % (time_string,))
        tz = _tzinfo_from_isoformat(rv, offset, offset_us)
        return cls(vals[0], vals[1], vals[2], vals[3], tz)

    def utcoffset(self):
        return _call_utcoffset(self._tzinfo, None)

    def dst(self):
        return _call_utcoffset(self._tzinfo, None, 'dst')

    def tzname(self):
        return _call_tzname(self._tzinfo, None)

    def __repr__(self):
        if self._microsecond:
            s = '%s(%d, %d, %d, %d)' % (_tp_name(self), self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = '%s(%d, %d, %d)' % (_tp_name(self), self._hour, self._minute, self._second)
        else:
            s = '%s(%d, %d)' % (_tp_name(self), self._hour, self._minute)
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, timespec='auto'):
        """'HH:MM:SS[.ffffff][+HH:MM]'."""
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    def strftime(self, fmt):
        """Format with strftime-style directives (the date is 1900-01-01)."""
        if not isinstance(fmt, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second,
                         self._microsecond, self.utcoffset(), self.tzname())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("format() argument 2 must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        """A copy with the given fields replaced."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def _cmp_time(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._hour, self._minute, self._second, self._microsecond),
                        (other._hour, other._minute, other._second, other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond),
                    (othhmm, other._second, other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp_time(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp_time(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp_time(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp_time(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp_time(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp_time(other) >= 0
        return NotImplemented

    def __hash__(self):
        tzoff = self.utcoffset()
        if not tzoff:
            return hash((self._hour, self._minute, self._second, self._microsecond))
        h, m = divmod(timedelta(hours=self._hour, minutes=self._minute) - tzoff, timedelta(hours=1))
        m //= timedelta(minutes=1)
        if 0 <= h < 24:
            return hash((h, m, self._second, self._microsecond))
        return hash((h, m, self._second, self._microsecond, 'x'))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond, self._tzinfo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


################################################################################
# datetime
################################################################################

def _split_timestamp(t):
    # (whole seconds, microseconds) of a POSIX timestamp, rounding half to even like CPython.
    if isinstance(t, int):
        t = int(t)
        if not -2 ** 63 <= t < 2 ** 63:
            raise OverflowError("timestamp out of range for platform time_t")
        return t, 0
    if not isinstance(t, float):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
    if t != t:
        raise ValueError("Invalid value NaN (not a number)")
    frac, whole = _math.modf(t)
    us = round(frac * 1e6)
    if us >= 1000000:
        us -= 1000000
        whole += 1.0
    elif us < 0:
        us += 1000000
        whole -= 1.0
    if not -9.223372036854776e18 <= whole < 9.223372036854776e18:
        raise OverflowError("timestamp out of range for platform time_t")
    return int(whole), int(us)


def _new_datetime(cls, y, m, d, hh, mi, ss, us, tz, fold=0):
    if cls is datetime:
        self = object.__new__(datetime)
        self._year = y
        self._month = m
        self._day = d
        self._hour = hh
        self._minute = mi
        self._second = ss
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        return self
    return cls(y, m, d, hh, mi, ss, us, tz, fold=fold)


def _utc_fields(seconds, us):
    # (y, m, d, hh, mi, ss, us) of seconds since the epoch in UTC; ValueError out of range.
    days, rest = divmod(seconds, 86400)
    y, m, d = _civil_from_days(days)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    hh, rest = divmod(rest, 3600)
    mi, ss = divmod(rest, 60)
    return y, m, d, hh, mi, ss, us


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self._year, self._month, self._day = _check_date_fields(year, month, day)
        (self._hour, self._minute, self._second, self._microsecond,
         self._fold) = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self._tzinfo = tzinfo

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    # Alternate constructors

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The datetime of a POSIX timestamp: local time (here: UTC) when tz is None."""
        _check_tzinfo_arg(tz)
        seconds, us = _split_timestamp(t)
        y, m, d, hh, mi, ss, us = _utc_fields(seconds, us)
        result = _new_datetime(cls, y, m, d, hh, mi, ss, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        """The naive UTC datetime of a POSIX timestamp."""
        seconds, us = _split_timestamp(t)
        y, m, d, hh, mi, ss, us = _utc_fields(seconds, us)
        return _new_datetime(cls, y, m, d, hh, mi, ss, us, None)

    @classmethod
    def now(cls, tz=None):
        """The current time: naive local (here: UTC) time, or in tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        """The current naive local (here: UTC) time."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        """The current naive UTC time."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """The datetime of a date and a time (tzinfo defaults to the time's)."""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """The datetime of an ISO 8601 string such as 'YYYY-MM-DD[*HH[:MM[:SS[.ffffff]]][+HH:MM]]'."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = date_string
        sep = _find_isoformat_datetime_separator(s)
        fields = None
        if sep >= 0:
            fields = _isoformat_date_fields(s, sep)
        if fields is None:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        vals = [0, 0, 0, 0]
        tz = None
        if len(s) > sep:
            rv, vals, offset, offset_us = _parse_isoformat_time(s, sep + 1)
            if rv < 0:
                raise ValueError('Invalid isoformat string: %r' % (date_string,))
            tz = _tzinfo_from_isoformat(rv, offset, offset_us)
        return cls(fields[0], fields[1], fields[2], vals[0], vals[1], vals[2], vals[3], tz)

    @classmethod
    def strptime(cls, date_string, format):
        """The datetime parsed from date_string according to format (see time.strptime)."""
        return _strptime_datetime(cls, date_string, format)

    # Conversions

    def timetuple(self):
        """A time.struct_time-like tuple."""
        dst = self.dst()
        if dst is None:
            flag = -1
        elif dst:
            flag = 1
        else:
            flag = 0
        return _build_struct_time(self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, flag)

    def utctimetuple(self):
        """The UTC time.struct_time-like tuple."""
        offset = self.utcoffset()
        t = self
        if offset:
            t = self - offset
        return _build_struct_time(t._year, t._month, t._day, t._hour, t._minute, t._second, 0)

    def timestamp(self):
        """POSIX timestamp; a naive datetime is taken as local time (here: UTC)."""
        if self._tzinfo is None or self.utcoffset() is None:
            seconds = (self.toordinal() - _EPOCH_ORDINAL) * 86400 + self._hour * 3600 + self._minute * 60 + self._second
            return seconds + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def date(self):
        """The date part."""
        return date(self._year, self._month, self._day)

    def time(self):
        """The time part, without tzinfo."""
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        """The time part, with tzinfo."""
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """A copy with the given fields replaced."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    def astimezone(self, tz=None):
        """The same instant in time zone tz (default: local time, here UTC)."""
        if tz is None:
            tz = _LOCAL_TZ
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tz).__name__)
        mytz = self._tzinfo
        myoffset = None
        if mytz is not None:
            myoffset = self.utcoffset()
        if myoffset is None:
            mytz = None  # naive: local time, here UTC
            myoffset = _ZERO
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        """'Sat Jan  1 12:30:00 2000' style string."""
        weekday = (self.toordinal() + 6) % 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAYNAMES[weekday], _MONTHNAMES[self._month], self._day,
                                                 self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """'YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]'."""
        s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if fields[6] == 0:
            fields.pop()
            if fields[5] == 0:
                fields.pop()
        s = '%s(%s)' % (_tp_name(self), ', '.join([str(f) for f in fields]))
        if self._fold:
            s = s[:-1] + ', fold=1)'
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def strftime(self, fmt):
        """Format with strftime-style directives."""
        if not isinstance(fmt, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond, self.utcoffset(), self.tzname())

    def utcoffset(self):
        return _call_utcoffset(self._tzinfo, self)

    def tzname(self):
        return _call_tzname(self._tzinfo, self)

    def dst(self):
        return _call_utcoffset(self._tzinfo, self, 'dst')

    # Comparisons

    def _cmp_datetime(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond),
                        (other._year, other._month, other._day, other._hour, other._minute,
                         other._second, other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp_datetime(other, True) == 0
        if not isinstance(other, date):
            return NotImplemented
        return False

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp_datetime(other, True) != 0
        if not isinstance(other, date):
            return NotImplemented
        return True

    def _ordered(self, other):
        if isinstance(other, datetime):
            return self._cmp_datetime(other)
        if not isinstance(other, date):
            return None
        _cmperror(self, other)

    def __lt__(self, other):
        c = self._ordered(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._ordered(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._ordered(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._ordered(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        tzoff = self.utcoffset()
        days = self.toordinal()
        seconds = self._hour * 3600 + self._minute * 60 + self._second
        if tzoff is None:
            return hash((days, seconds, self._microsecond))
        return hash(timedelta(days, seconds, self._microsecond) - tzoff)

    # Arithmetic

    def _total_microseconds(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
                * 1000000 + self._microsecond)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._total_microseconds() + other._to_microseconds()
        seconds, us = divmod(total, 1000000)
        days, seconds = divmod(seconds, 86400)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(days)
        hh, seconds = divmod(seconds, 3600)
        mi, ss = divmod(seconds, 60)
        return _new_datetime(type(self), y, m, d, hh, mi, ss, us, self._tzinfo)

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        base = self._total_microseconds() - other._total_microseconds()
        if self._tzinfo is not other._tzinfo:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if myoff != otoff:
                if myoff is None or otoff is None:
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                base += otoff._to_microseconds() - myoff._to_microseconds()
        return _new_delta(timedelta, base)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self._microsecond, self._tzinfo))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_date_class = date
_time_class = time
_BASE_CLASSES = (date, datetime, time, timedelta, timezone, tzinfo, IsoCalendarDate)


################################################################################
# strptime (a backtracking matcher equivalent to CPython's _strptime regular expressions)
################################################################################

_NUMERIC_PATTERNS = {
    # Each pattern is a list of alternatives tried in order; an alternative is a list of
    # character classes, one per character.
    'd': [['3', '01'], ['12', _DIGITS], ['0', '123456789'], ['123456789'], [' ', '123456789']],
    'H': [['2', '0123'], ['01', _DIGITS], [_DIGITS]],
    'I': [['1', '012'], ['0', '123456789'], ['123456789']],
    'G': [[_DIGITS, _DIGITS, _DIGITS, _DIGITS]],
    'j': [['3', '6', '0123456'], ['3', '012345', _DIGITS], ['12', _DIGITS, _DIGITS],
          ['0', '123456789', _DIGITS], ['0', '0', '123456789'], ['123456789', _DIGITS],
          ['0', '123456789'], ['123456789']],
    'm': [['1', '012'], ['0', '123456789'], ['123456789']],
    'M': [['012345', _DIGITS], [_DIGITS]],
    'S': [['6', '01'], ['012345', _DIGITS], [_DIGITS]],
    'U': [['5', '0123'], ['01234', _DIGITS], [_DIGITS]],
    'W': [['5', '0123'], ['01234', _DIGITS], [_DIGITS]],
    'w': [['0123456']],
    'u': [['1234567']],
    'V': [['5', '0123'], ['0', '123456789'], ['1234', _DIGITS], [_DIGITS]],
    'y': [[_DIGITS, _DIGITS]],
    'Y': [[_DIGITS, _DIGITS, _DIGITS, _DIGITS]],
    'f': [[_DIGITS] * 6, [_DIGITS] * 5, [_DIGITS] * 4, [_DIGITS] * 3, [_DIGITS] * 2, [_DIGITS]],
}


def _by_length(names):
    # Lower-cased names, longest first (stable), as CPython's _seqToRE orders them.
    lowered = [n.lower() for n in names]
    return sorted(lowered, key=len, reverse=True)


_NAME_PATTERNS = {
    'a': _by_length(_DAYNAMES),
    'A': _by_length(_FULLDAYNAMES),
    'b': _by_length(_MONTHNAMES[1:]),
    'B': _by_length(_FULLMONTHNAMES[1:]),
    'p': ['am', 'pm'],
    'Z': _by_length(['utc', 'gmt']),
}

_STRPTIME_EXPANSIONS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}


def _strptime_tokens(fmt):
    # The format as tokens: ('lit', c), ('ws',) or ('dir', c).
    tokens = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            ch = fmt[i + 1]
            i += 2
            if ch in _STRPTIME_EXPANSIONS:
                tokens.extend(_strptime_tokens(_STRPTIME_EXPANSIONS[ch]))
            elif ch == '%':
                tokens.append(('lit', '%'))
            elif ch in _NUMERIC_PATTERNS or ch in _NAME_PATTERNS or ch == 'z':
                tokens.append(('dir', ch))
            elif ch.isspace():
                raise ValueError("'%%' is a bad directive in format '%s'" % fmt)
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (ch, fmt))
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            tokens.append(('ws',))
        else:
            tokens.append(('lit', c))
            i += 1
    return tokens


def _match_classes(s, pos, classes):
    if pos + len(classes) > len(s):
        return False
    for k in range(len(classes)):
        if s[pos + k] not in classes[k]:
            return False
    return True


def _z_candidates(s, pos):
    # End positions, in regex backtracking order, of
    # [+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|Z  at pos.
    ends = []
    if _match_classes(s, pos, ['+-', _DIGITS, _DIGITS]):
        p0 = pos + 3
        for colon1 in (True, False):
            if colon1 and s[p0:p0 + 1] != ':':
                continue
            p1 = p0 + 1 if colon1 else p0
            if not _match_classes(s, p1, ['012345', _DIGITS]):
                continue
            p2 = p1 + 2
            for colon2 in (True, False):
                if colon2 and s[p2:p2 + 1] != ':':
                    continue
                p3 = p2 + 1 if colon2 else p2
                if not _match_classes(s, p3, ['012345', _DIGITS]):
                    continue
                p4 = p3 + 2
                if s[p4:p4 + 1] == '.':
                    for k in range(6, 0, -1):
                        if _match_classes(s, p4 + 1, [_DIGITS] * k):
                            ends.append(p4 + 1 + k)
                ends.append(p4)
            ends.append(p2)
    if s[pos:pos + 1] == 'Z':
        ends.append(pos + 1)
    return ends


def _candidates(ch, s, pos):
    if ch in _NUMERIC_PATTERNS:
        return [pos + len(alt) for alt in _NUMERIC_PATTERNS[ch] if _match_classes(s, pos, alt)]
    if ch in _NAME_PATTERNS:
        low = s[pos:].lower()
        return [pos + len(name) for name in _NAME_PATTERNS[ch] if low.startswith(name)]
    return _z_candidates(s, pos)


def _strptime_match(tokens, s, ti, pos, found):
    # First match of tokens[ti:] at s[pos:] in backtracking order: the end position or -1.
    if ti == len(tokens):
        return pos
    token = tokens[ti]
    kind = token[0]
    if kind == 'lit':
        if s[pos:pos + 1].lower() == token[1].lower() and pos < len(s):
            return _strptime_match(tokens, s, ti + 1, pos + 1, found)
        return -1
    if kind == 'ws':
        end = pos
        while end < len(s) and s[end].isspace():
            end += 1
        while end > pos:
            r = _strptime_match(tokens, s, ti + 1, end, found)
            if r >= 0:
                return r
            end -= 1
        return -1
    ch = token[1]
    for end in _candidates(ch, s, pos):
        found[ch] = s[pos:end]
        r = _strptime_match(tokens, s, ti + 1, end, found)
        if r >= 0:
            return r
    return -1


def _strptime_datetime(cls, data_string, fmt):
    if not isinstance(data_string, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(data_string).__name__)
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(fmt).__name__)
    tokens = _strptime_tokens(fmt)
    found = {}
    end = _strptime_match(tokens, data_string, 0, 0, found)
    if end < 0:
        raise ValueError("time data %r does not match format %r" % (data_string, fmt))
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[end:])
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    gmtoff = None
    gmtoff_fraction = 0
    iso_year = iso_week = None
    week_of_year = -1
    week_of_year_start = -1
    weekday = julian = None
    for key in found:
        value = found[key]
        if key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(value)
        elif key == 'G':
            iso_year = int(value)
        elif key == 'm':
            month = int(value)
        elif key == 'B':
            month = [n.lower() for n in _FULLMONTHNAMES[1:]].index(value.lower()) + 1
        elif key == 'b':
            month = [n.lower() for n in _MONTHNAMES[1:]].index(value.lower()) + 1
        elif key == 'd':
            day = int(value)
        elif key == 'H':
            hour = int(value)
        elif key == 'I':
            hour = int(value)
            ampm = found.get('p', '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif ampm == 'pm':
                if hour != 12:
                    hour += 12
        elif key == 'M':
            minute = int(value)
        elif key == 'S':
            second = int(value)
        elif key == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif key == 'A':
            weekday = [n.lower() for n in _FULLDAYNAMES].index(value.lower())
        elif key == 'a':
            weekday = [n.lower() for n in _DAYNAMES].index(value.lower())
        elif key == 'w':
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == 'u':
            weekday = int(value) - 1
        elif key == 'j':
            julian = int(value)
        elif key == 'U' or key == 'W':
            week_of_year = int(value)
            week_of_year_start = 6 if key == 'U' else 0
        elif key == 'V':
            iso_week = int(value)
        elif key == 'z':
            z = value
            if z == 'Z':
                gmtoff = 0
            else:
                if z[3] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError("Inconsistent use of : in %s" % value)
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = hours * 3600 + minutes * 60 + seconds
                remainder = z[8:]
                gmtoff_fraction = int(remainder + '0' * (6 - len(remainder)))
                if z.startswith('-'):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif week_of_year == -1 and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year != -1:
            first_weekday = date(year, 1, 1).weekday()
            if week_of_year_start == 6:
                first_weekday = (first_weekday + 1) % 7
                day_of_week = (weekday + 1) % 7
            else:
                day_of_week = weekday
            week_0_length = (7 - first_weekday) % 7
            if week_of_year == 0:
                julian = 1 + day_of_week - first_weekday
            else:
                julian = week_0_length + (7 * (week_of_year - 1)) + 1 + day_of_week
        elif iso_year is not None and iso_week is not None:
            correction = _ymd2ord(iso_year, 1, 4) % 7 + 3
            if correction == 3:
                correction = 10
            julian = iso_week * 7 + weekday + 1 - correction
            if julian < 1:
                julian += _ymd2ord(iso_year, 1, 1)
                iso_year -= 1
                julian -= _ymd2ord(iso_year, 1, 1)
            year = iso_year
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        _check_date_fields(year, month, day)
    else:
        year, month, day = _ord2ymd(julian - 1 + _ymd2ord(year, 1, 1))
    if leap_year_fix:
        year = 1900
    args = [year, month, day, hour, minute, second, fraction]
    if gmtoff is not None:
        delta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        args.append(timezone(delta))
    return cls(*args)
