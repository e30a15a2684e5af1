# modules: datetime.timedelta and datetime.date: normalization, repr/str, arithmetic, comparisons, calendar, errors
import datetime
from datetime import timedelta, date, timezone, MINYEAR, MAXYEAR


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


print("constants", MINYEAR, MAXYEAR)
# timedelta construction and normalization
for td in [timedelta(), timedelta(1), timedelta(days=1, seconds=5), timedelta(seconds=-1),
           timedelta(microseconds=-1), timedelta(hours=25, minutes=61, seconds=3661),
           timedelta(weeks=2, days=-3, hours=1.5), timedelta(milliseconds=1500.25),
           timedelta(days=0.5, seconds=0.25, microseconds=0.75), timedelta(days=-1.3e-7),
           timedelta(microseconds=1.5), timedelta(microseconds=2.5), timedelta(microseconds=-2.5),
           timedelta(seconds=1e-7), timedelta(minutes=-0.1), timedelta(weeks=0.001),
           timedelta(days=10 ** 6, seconds=-1), timedelta.max, timedelta.min, timedelta.resolution]:
    print(repr(td), "|", str(td), "|", td.days, td.seconds, td.microseconds, td.total_seconds())
show("big", lambda: timedelta(days=999999999, hours=24))
show("max+1", lambda: timedelta.max + timedelta(1))
show("str arg", lambda: timedelta("1"))
show("kw str", lambda: timedelta(hours="1"))
a = timedelta(days=2, hours=3, minutes=4)
b = timedelta(hours=30, microseconds=7)
print("add", a + b, "sub", a - b, "neg", -a, "pos", +b, "abs", abs(-a), abs(b - a))
print("mul", a * 3, 3 * a, a * -1, a * 0.5, 0.1 * b, a * 1.1, b * (1 / 3))
print("div", a / 2, a / 3, a / 7, b / 0.25, a / b, b / a, a / timedelta(hours=1))
print("floordiv", a // 2, a // b, a // timedelta(minutes=7), (-a) // 3, (-a) // b)
print("mod", a % b, a % timedelta(minutes=7), (-a) % b)
print("divmod", divmod(a, b), divmod(-a, timedelta(hours=5)))
show("div0", lambda: a / 0)
show("floordiv0", lambda: a // 0)
show("divtd0", lambda: a / timedelta(0))
show("floordivtd0", lambda: a // timedelta(0))
show("modtd0", lambda: a % timedelta(0))
print("cmp", a < b, a > b, a == timedelta(hours=51, minutes=4), a != b, a <= a, a >= b)
print("eq other", a == 5, a != "x", timedelta(0) == 0)
print("bool", bool(timedelta(0)), bool(timedelta(microseconds=1)), bool(-timedelta(1)))
print("hash", hash(timedelta(hours=24)) == hash(timedelta(1)), hash(a) == hash(a * 1))
print("sorted", sorted([b, a, -a, timedelta(0)]))
print("sum", sum([a, b, timedelta(seconds=30)], timedelta(0)))
print("max/min", max(a, b), min(a, b))
print("format", "%s" % timedelta(seconds=90), "{}".format(timedelta(days=-2)), f"{timedelta(minutes=3)!r}")
print("plural", timedelta(days=-1), "|", timedelta(days=2, microseconds=5), "|", timedelta(days=-3, seconds=1))

for bad in ["<", "+"]:
    try:
        if bad == "<":
            a < 5
        else:
            a + 5
    except TypeError as e:
        print("TypeError for", bad)

# date
d = date(2015, 11, 13)
print(repr(d), str(d), d.isoformat(), d.year, d.month, d.day)
print("weekday", d.weekday(), d.isoweekday(), d.isocalendar(), tuple(d.isocalendar()))
ic = d.isocalendar()
print("iso fields", ic.year, ic.week, ic.weekday, ic[0], len(ic))
print("ordinal", d.toordinal(), date.fromordinal(1), date.fromordinal(d.toordinal()), date.fromordinal(3652059))
print("min/max", date.min, date.max, repr(date.resolution), date.min.toordinal(), date.max.toordinal())
for y, m, dd in [(1, 1, 1), (1970, 1, 1), (2000, 2, 29), (1900, 3, 1), (2004, 12, 31), (2008, 12, 29),
                 (2010, 1, 3), (2020, 12, 31), (2021, 1, 1), (1600, 2, 29), (9999, 12, 31), (1582, 10, 4)]:
    x = date(y, m, dd)
    print(x, x.toordinal(), x.weekday(), x.isocalendar(), x.ctime(), date.fromordinal(x.toordinal()) == x)
total = 0
check = True
prev = None
for n in range(1, 3652060, 997):
    x = date.fromordinal(n)
    check = check and x.toordinal() == n
    if prev is not None:
        check = check and x > prev and (x - prev).days == 997
    prev = x
    total += x.year * 10000 + x.month * 100 + x.day
print("roundtrip", check, total)
for args in [(0, 1, 1), (10000, 1, 1), (2000, 13, 1), (2000, 0, 1), (2001, 2, 29), (2000, 4, 31),
             (2000, 1, 0), (2000, 1, 1.5), ("2000", 1, 1)]:
    show("date%r" % (args,), lambda: date(*args))
show("kw", lambda: date(day=3, month=2, year=2001))
show("fromordinal0", lambda: date.fromordinal(0))
for s in ["2015-11-13", "20151113", "2015-W46-5", "2015W465", "2015-W46", "2015W46", "2020-W53",
          "2021-W53", "2020-02-30", "2020-1-1", "2020-01-01T00", "2020001", "", "abcd-ef-gh",
          "2020-0101", "202001-01", "2020-W01-8", "2020-W00-1"]:
    show("fromisoformat %r" % s, lambda: date.fromisoformat(s))
show("fromisoformat int", lambda: date.fromisoformat(5))
print("fromisocalendar", date.fromisocalendar(2015, 46, 5), date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2021, 1, 1))
show("fromisocalendar week", lambda: date.fromisocalendar(2021, 53, 1))
show("fromisocalendar day", lambda: date.fromisocalendar(2020, 5, 0))
show("fromisocalendar year", lambda: date.fromisocalendar(0, 5, 1))
print("replace", d.replace(year=2016), d.replace(year=2020, month=2, day=29), d.replace())
show("replace bad", lambda: d.replace(month=2, day=30))
print("arith", d + timedelta(days=30), timedelta(days=-400) + d, d - timedelta(weeks=52), d + timedelta(hours=47))
print("diff", d - date(2000, 1, 1), date(2000, 1, 1) - d, repr(d - d))
show("overflow+", lambda: date.max + timedelta(1))
show("overflow-", lambda: date.min - timedelta(1))
print("cmp", d < date(2015, 11, 14), d > date(2015, 11, 12), d == date(2015, 11, 13), d != d, d <= d, d >= date.max)
print("eq other", d == "2015-11-13", d == 5, d != None)
print("hash", hash(d) == hash(date(2015, 11, 13)), len({d, date(2015, 11, 13), date(2015, 11, 14)}))
print("sorted", sorted([date(2020, 1, 1), date(1999, 12, 31), d]))
print("dict", {date(2020, 1, 1): "a"}[date(2020, 1, 1)])
print("strftime", d.strftime("%Y-%m-%d %H:%M:%S %j %a %A %b %B %y %p %% %w %u %U %W %V %G %e|%-d|%-m %z|%Z|%f"))
print("strftime2", date(5, 1, 2).strftime("%Y %y %j %C %G %D %F %x %c"), date(2024, 12, 30).strftime("%G-W%V-%u %U %W"))
for x in [date(2023, 1, 1), date(2023, 12, 31), date(2024, 1, 7), date(2022, 1, 2), date(2021, 1, 4)]:
    print("weeks", x, x.strftime("%U %W %V %G %j %a"))
print("format", format(d, "%d/%m/%Y"), format(d, ""), "{:%A %d %B}".format(d), f"{d}", f"{d:%y%m%d}")
print("timetuple", tuple(d.timetuple()), d.timetuple().tm_yday)

# timezone
utc = timezone.utc
print(repr(utc), str(utc), utc.utcoffset(None), utc.tzname(None), utc.dst(None))
tzs = [timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-5), "EST"),
       timezone(timedelta(0)), timezone(timedelta(0), "Z0"), timezone(-timedelta(hours=3, seconds=7)),
       timezone(timedelta(minutes=1, microseconds=5)), timezone.min, timezone.max]
for tz in tzs:
    print(repr(tz), "|", str(tz), "|", tz.utcoffset(None), tz.tzname(None))
print("tz eq", timezone(timedelta(0)) == utc, timezone(timedelta(0), "X") == utc, tzs[0] == tzs[1], tzs[0] != tzs[1])
print("tz hash", hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), "A")))
show("tz type", lambda: timezone(5))
show("tz range", lambda: timezone(timedelta(hours=24)))
show("tz range2", lambda: timezone(-timedelta(hours=24)))
show("tz name", lambda: timezone(timedelta(hours=1), 5))
show("tz utcoffset", lambda: utc.utcoffset(5))
print("isinstance", isinstance(utc, datetime.tzinfo), isinstance(d, date), type(d).__name__, type(utc).__name__)
