# modules: datetime.datetime and datetime.time: repr/str, isoformat, fromisoformat, timestamps, time zones, strftime/strptime
from datetime import datetime, date, time, timedelta, timezone, tzinfo


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30))
est = timezone(timedelta(hours=-5), "EST")

# time
for t in [time(), time(12, 30), time(1, 2, 3), time(1, 2, 3, 4), time(23, 59, 59, 999999), time(0, 0, 5),
          time(7, tzinfo=utc), time(7, 8, 9, 10, ist), time(1, fold=1), time.min, time.max]:
    print(repr(t), "|", str(t), "|", t.isoformat("minutes"), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
t = time(14, 5, 9, 123456)
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print("timespec", spec, t.isoformat(spec), time(14, 5).isoformat(timespec=spec))
show("timespec bad", lambda: t.isoformat("nanos"))
print("time strftime", t.strftime("%H:%M:%S.%f %I %p %Y-%m-%d %z|%Z"), time(3, 4, tzinfo=est).strftime("%z %Z"))
print("time format", format(t, "%H.%M"), "{}".format(t), f"{t:%S}")
print("time replace", t.replace(hour=1), t.replace(microsecond=0), t.replace(tzinfo=utc), t.replace(tzinfo=utc).replace(tzinfo=None))
print("time cmp", time(1) < time(2), time(1, tzinfo=utc) == time(6, 30, tzinfo=ist), time(1) == time(1, tzinfo=utc),
      time(5, tzinfo=utc) > time(6, tzinfo=ist), bool(time(0)))
show("time mixed", lambda: time(1) < time(1, tzinfo=utc))
print("time offsets", time(1, tzinfo=est).utcoffset(), time(1, tzinfo=est).tzname(), time(1).utcoffset(), time(1, tzinfo=ist).dst())
print("time hash", hash(time(1, 2)) == hash(time(1, 2)), hash(time(1, tzinfo=utc)) == hash(time(6, 30, tzinfo=ist)))
for args in [(24,), (1, 60), (1, 1, 60), (1, 1, 1, 1000000), (-1,), (1.5,)]:
    show("time%r" % (args,), lambda: time(*args))
show("time tz", lambda: time(1, tzinfo="x"))
show("time fold", lambda: time(1, fold=2))
for s in ["10", "1030", "10:30", "10:30:15", "103015", "10:30:15.5", "10:30:15,123", "10:30:15.1234567",
          "10:30:15.123456789", "T10:30", "10:30Z", "10:30+01:00", "10:30:15-0530", "10:30+01", "10:30+01:02:03",
          "10:30+00:00", "1", "10:3", "10:30:", "10:30Zx", "10:30+1", "25:00", "10:30:15.", "10:30:15x", "103"]:
    show("time.fromisoformat %r" % s, lambda: time.fromisoformat(s))

# datetime
dt = datetime(2015, 11, 13, 20, 19, 33)
for x in [dt, datetime(2015, 11, 13), datetime(2015, 11, 13, 0, 0, 1), datetime(2015, 11, 13, 1, 2, 3, 4),
          datetime(2015, 11, 13, 1, 2, 0, 4), datetime(2015, 11, 13, 20, 19, 33, tzinfo=utc),
          datetime(2000, 1, 1, tzinfo=est), datetime(2000, 1, 1, 12, tzinfo=ist, fold=1), datetime.min, datetime.max]:
    print(repr(x), "|", str(x), "|", x.isoformat(), "|", x.isoformat(" ", "milliseconds"))
print("fields", dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print("parts", repr(dt.date()), repr(dt.time()), repr(datetime(2000, 1, 1, 5, tzinfo=utc).timetz()), repr(datetime(2000, 1, 1, 5, tzinfo=utc).time()))
print("isinstance", isinstance(dt, date), isinstance(dt, datetime), isinstance(dt.date(), datetime), type(dt.date()).__name__)
print("weekday", dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.toordinal(), dt.ctime())
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print("timespec", spec, datetime(2001, 2, 3, 4, 5, 6, 789).isoformat(timespec=spec))
show("timespec bad", lambda: dt.isoformat(timespec="x"))
for args in [(2000, 1, 1, 24), (2000, 1, 1, 1, 60), (2000, 1, 1, 1, 1, 60), (2000, 1, 1, 1, 1, 1, -1), (2000, 2, 30), (0, 1, 1)]:
    show("datetime%r" % (args,), lambda: datetime(*args))
show("datetime tz", lambda: datetime(2000, 1, 1, tzinfo=5))
print("combine", repr(datetime.combine(date(2020, 5, 17), time(8, 30))), repr(datetime.combine(date(2020, 5, 17), time(8, 30, tzinfo=utc))),
      repr(datetime.combine(date(2020, 5, 17), time(8, 30, tzinfo=utc), tzinfo=None)), repr(datetime.combine(dt, time(1), est)))
show("combine bad", lambda: datetime.combine(1, time(1)))
print("replace", repr(dt.replace(year=2016, second=0)), repr(dt.replace(tzinfo=utc)), repr(dt.replace(tzinfo=utc).replace(tzinfo=None)))
show("replace bad", lambda: dt.replace(hour=25))

# timestamps (local time is UTC in these programs' environment and in Prism)
for ts in [0, 1, -1, 1447446000, 1447446000.5, 1e9, -86400.25, 1.0000005, 1.0000015, 2.5e-6, -1e-7, 253402300799, 951782400]:
    print("utcfromtimestamp", ts, repr(datetime.utcfromtimestamp(ts)), repr(datetime.fromtimestamp(ts, utc)), repr(datetime.fromtimestamp(ts, est)))
print("date.fromtimestamp", date.fromtimestamp(0), date.fromtimestamp(1447446000.9))
show("fromtimestamp huge", lambda: datetime.fromtimestamp(1e20, utc))
show("fromtimestamp big year", lambda: datetime.utcfromtimestamp(253402300800))
show("fromtimestamp str", lambda: datetime.utcfromtimestamp("x"))
for x in [datetime(1970, 1, 1, tzinfo=utc), datetime(2015, 11, 13, 20, 19, 33, tzinfo=utc), datetime(2015, 11, 13, 20, 19, 33, 500000, tzinfo=ist),
          datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=utc), datetime(2000, 1, 1, tzinfo=est), datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=utc)]:
    print("timestamp", x, x.timestamp())
aware = datetime(2020, 6, 1, 12, 0, tzinfo=utc)
print("astimezone", repr(aware.astimezone(ist)), repr(aware.astimezone(est)), repr(aware.astimezone(utc)), aware.astimezone(ist) == aware)
print("offsets", aware.utcoffset(), aware.tzname(), aware.dst(), datetime(2020, 1, 1, tzinfo=est).tzname(), dt.utcoffset(), dt.tzname())
print("utctimetuple", tuple(datetime(2020, 1, 1, 2, tzinfo=ist).utctimetuple()), tuple(dt.timetuple()), dt.timetuple().tm_hour)

# arithmetic and comparisons
print("add", dt + timedelta(days=1, hours=4), timedelta(minutes=-20) + dt, dt - timedelta(microseconds=1), dt + timedelta(days=-5000))
print("sub", dt - datetime(2015, 1, 1), datetime(2015, 1, 1) - dt, repr(dt - dt))
print("aware sub", datetime(2020, 1, 1, tzinfo=utc) - datetime(2020, 1, 1, tzinfo=ist), datetime(2020, 1, 1, tzinfo=est) - datetime(2020, 1, 1, 5, tzinfo=utc))
print("aware add", repr(datetime(2020, 1, 1, 23, tzinfo=est) + timedelta(hours=2)))
show("overflow", lambda: datetime.max + timedelta(microseconds=1))
show("underflow", lambda: datetime.min - timedelta(1))
show("naive-aware sub", lambda: dt - dt.replace(tzinfo=utc))
print("cmp", dt < dt + timedelta(microseconds=1), dt == datetime(2015, 11, 13, 20, 19, 33), dt != dt, dt >= datetime(2015, 11, 13))
print("aware cmp", datetime(2020, 1, 1, 5, 30, tzinfo=ist) == datetime(2020, 1, 1, tzinfo=utc), datetime(2020, 1, 1, tzinfo=ist) < datetime(2020, 1, 1, tzinfo=utc),
      datetime(2020, 1, 1, tzinfo=est) > datetime(2020, 1, 1, 4, 59, tzinfo=utc))
print("naive-aware eq", dt == dt.replace(tzinfo=utc), dt != dt.replace(tzinfo=utc))
show("naive-aware lt", lambda: dt < dt.replace(tzinfo=utc))
print("date-datetime eq", date(2015, 11, 13) == datetime(2015, 11, 13), datetime(2015, 11, 13) == date(2015, 11, 13), date(2015, 11, 13) != datetime(2015, 11, 13))
show("date<datetime", lambda: date(2015, 11, 13) < datetime(2015, 11, 13))
show("datetime>=date", lambda: datetime(2015, 11, 13) >= date(2015, 11, 13))
print("eq other", dt == 5, dt != "x")
print("hash", hash(dt) == hash(datetime(2015, 11, 13, 20, 19, 33)), hash(datetime(2020, 1, 1, 5, 30, tzinfo=ist)) == hash(datetime(2020, 1, 1, tzinfo=utc)))
print("sorted", sorted([dt, datetime(2000, 1, 1), datetime(2015, 11, 13, 20, 19, 32, 999999)]))
print("set", len({dt, datetime(2015, 11, 13, 20, 19, 33), dt + timedelta(0)}))


# a tzinfo subclass
class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.offset = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.offset

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)

    def __repr__(self):
        return "Fixed(%s)" % self.name


cet = Fixed(60, "CET")
x = datetime(2021, 3, 4, 5, 6, 7, tzinfo=cet)
print("custom", repr(x), x, x.utcoffset(), x.tzname(), x.dst(), x.strftime("%z %Z"), x.timestamp())
print("custom conv", repr(x.astimezone(utc)), repr(aware.astimezone(cet)), x == x.astimezone(utc), x - datetime(2021, 3, 4, tzinfo=utc))

# strftime
print("strftime", dt.strftime("%Y-%m-%d %H:%M:%S.%f %j %a %A %b %B %y %I %p %% %w %U %W %c | %x | %X"))
print("strftime aware", aware.strftime("%z %Z"), datetime(2020, 1, 1, tzinfo=est).strftime("[%z][%Z]"),
      datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=1, seconds=5, microseconds=6))).strftime("%z"))
print("strftime 12h", [datetime(2020, 1, 1, h).strftime("%I%p") for h in [0, 1, 11, 12, 13, 23]])
print("format", format(dt, "%d.%m.%Y %H:%M"), f"{dt}", f"{dt:%H%M}", "{:%Y}".format(dt))

# fromisoformat
for s in ["2015-11-13T20:19:33", "2015-11-13 20:19:33", "2015-11-13", "20151113", "2015-11-13T20", "2015-11-13T2019",
          "2015-11-13T20:19:33.5", "2015-11-13T20:19:33.123456", "2015-11-13 20:19:33.1234567", "2015-11-13T20:19:33+00:00",
          "2015-11-13T20:19:33Z", "2015-11-13 20:19:33+05:30", "2015-11-13 20:19:33-0800", "2015-11-13T20:19:33.25+01:00:30",
          "2015-11-13T20:19:33+01:00:30.5", "2015-W46-5T10:00", "2015W465T10", "2015-W46T10:00", "20151113T201933",
          "2015-11-13x20:19", "2015-11-13T", "2015-11-13T25:00", "2015-11-13T20:19:33+24:00", "2015-11-13 20:19:33 ",
          "2015-11-13T20:19:33.", "2015-02-29T00:00", "2015", "", "2015-11-13T10:00:00:123", "2015-11-13T10:00Zx"]:
    show("fromisoformat %r" % s, lambda: datetime.fromisoformat(s))
show("fromisoformat int", lambda: datetime.fromisoformat(5))
rt = datetime(2001, 2, 3, 4, 5, 6, 7, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
print("roundtrip", datetime.fromisoformat(rt.isoformat()) == rt, repr(datetime.fromisoformat(str(rt))))

# strptime
for s, f in [("2015-11-13 20:19:33", "%Y-%m-%d %H:%M:%S"), ("13/11/15", "%d/%m/%y"), ("1/2/69", "%m/%d/%y"),
             ("Fri Nov 13 2015", "%a %b %d %Y"), ("friday, NOVEMBER 13, 2015", "%A, %B %d, %Y"),
             ("2015-11-13T20:19:33.5", "%Y-%m-%dT%H:%M:%S.%f"), ("2015-11-13 08:19 PM", "%Y-%m-%d %I:%M %p"),
             ("12:00 am", "%I:%M %p"), ("12:00 pm", "%I:%M %p"), ("2015 317", "%Y %j"), ("20151113", "%Y%m%d"),
             ("2015-11-13 20:19:33 +0530", "%Y-%m-%d %H:%M:%S %z"), ("2015-11-13 20:19:33 -05:00", "%Y-%m-%d %H:%M:%S %z"),
             ("2015-11-13T20:19:33Z", "%Y-%m-%dT%H:%M:%S%z"), ("2015-11-13 +01:02:03.5", "%Y-%m-%d %z"),
             ("2015-11-13 UTC", "%Y-%m-%d %Z"), ("5", "%d"), ("  2015   11", " %Y %m"), ("2015-11", "%Y-%m"),
             ("Fri Nov 13 20:19:33 2015", "%c"), ("11/13/15 20:19:33", "%x %X"), ("100%", "%m%%"),
             ("2015 46 5", "%G %V %u"), ("2015 45 5", "%Y %U %w"), ("2015 45 Friday", "%Y %W %A"), ("2016 0 0", "%Y %W %w"),
             ("1112", "%m%d"), ("111", "%m%d"), ("2015-11-13 20:19:33", "%Y-%m-%d"), ("2015-11", "%Y-%m-%d"),
             ("2015-02-29", "%Y-%m-%d"), ("02-29", "%m-%d"), ("2015", "%Q"), ("2015", "%"), ("2015", "%Y%"), ("13", "%m"),
             ("2015 46", "%G %V"), ("2015 46 1", "%Y %V %u"), ("2015-11-13 +05:3", "%Y-%m-%d %z"), ("x", "%Y")]:
    show("strptime %r %r" % (s, f), lambda: datetime.strptime(s, f))
show("strptime type", lambda: datetime.strptime(5, "%Y"))
