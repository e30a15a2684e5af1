# Regenerates spark35.txt, the expected results of FunctionsGoldenTests, with real Apache Spark
# 3.5 (PySpark 3.5.3, local mode, spark.sql.ansi.enabled=false, session time zone UTC):
#   python3 -m venv /tmp/sparkenv && /tmp/sparkenv/bin/pip install pyspark==3.5.3
#   /tmp/sparkenv/bin/python Tests/ColumnarTests/golden/functions/generate.py
# Each case is a function name and typed literal arguments:
#   s:text  i:int  l:bigint  d:double  f:float  b:boolean  date:yyyy-mm-dd  ts:timestamp  null:type
# Each output line: name, args..., "=>", Spark's result type, the result cast to string (\N for
# null), tab-separated; ERROR when Spark raises.
import os, sys
from pyspark.sql import SparkSession

CASES = r"""
abs	i:-5
abs	i:-2147483648
abs	l:-7
abs	d:-1.5
abs	s:-3
abs	null:int
sqrt	d:4
sqrt	i:2
sqrt	d:-1
sqrt	s:16
sqrt	s:abc
sqrt	null:double
cbrt	d:-27
exp	d:1
expm1	d:1e-10
log	d:2.718281828459045
log	d:0
log	d:-1
log	d:2	d:8
log	i:10	i:1000
log	d:-2	d:8
ln	i:1
log10	d:1000
log10	d:0
log2	d:8
log2	i:-4
log1p	d:-1
log1p	d:0.5
pow	d:2	d:10
pow	i:2	i:-1
power	d:-8	d:0.3333
pow	d:1	d:NaN
pow	d:NaN	d:0
round	d:2.5
round	d:-2.5
round	d:2.675	i:2
round	d:1.005	i:2
round	d:0.125	i:2
round	d:-0.4
round	d:1234.5678	i:-2
round	i:125	i:-1
round	i:-125	i:-1
round	l:15
round	d:NaN
round	d:1e20	i:2
round	d:123456789.123456789	i:5
round	s:2.5
bround	d:2.5
bround	d:3.5
bround	d:-2.5
bround	d:2.675	i:2
bround	d:0.125	i:2
bround	i:125	i:-1
bround	i:135	i:-1
floor	d:-1.5
floor	d:1.9
floor	i:3
floor	d:NaN
floor	d:1e300
ceil	d:1.1
ceil	d:-1.1
ceiling	l:9
sin	d:1
cos	d:0
tan	d:0.5
asin	d:2
acos	d:0.5
atan	d:1
atan2	d:1	d:-1
sinh	d:1
cosh	d:1
tanh	d:0.5
radians	d:180
degrees	d:3.141592653589793
signum	d:-3.2
signum	d:0
signum	i:7
sign	d:NaN
hypot	d:3	d:4
pmod	i:-7	i:3
pmod	i:7	i:-3
pmod	i:7	i:0
pmod	d:-7.5	d:2
pmod	l:-10	i:4
negative	i:5
negative	d:-2.5
positive	i:-4
rint	d:2.5
rint	d:3.5
rint	d:-1.5
e
pi
greatest	i:1	i:5	i:3
greatest	i:1	null:int	i:3
greatest	null:int	null:int
greatest	d:1.5	i:2
greatest	d:NaN	d:1
greatest	s:apple	s:banana
greatest	date:2020-01-01	date:2021-06-01
least	i:4	i:2	i:8
least	d:NaN	d:1
least	null:double	d:3
least	s:b	s:a	s:c
coalesce	null:int	i:2	i:3
coalesce	null:int	null:int
coalesce	null:int	d:2.5
coalesce	null:string	s:x
coalesce	i:1	s:x
nvl	null:int	i:9
nullif	i:3	i:3
nullif	i:3	i:4
nvl2	null:int	s:a	s:b
nvl2	i:1	s:a	s:b
nanvl	d:NaN	d:1
nanvl	d:2	d:1
nanvl	null:double	d:1
nanvl	d:NaN	null:double
isnan	d:NaN
isnan	d:1
isnan	null:double
isnull	null:int
isnull	i:1
isnotnull	null:string
isnotnull	s:
concat	s:a	s:b	s:c
concat	s:a	null:string
concat	s:x	i:1
concat_ws	s:-	s:a	null:string	s:c
concat_ws	null:string	s:a
concat_ws	s:,
upper	s:hello World
upper	s:straße
upper	s:
lower	s:HeLLo ÄÖ
ucase	s:abc
lcase	s:ABC
initcap	s:hello wORLD-foo bar
initcap	s:  two  spaces
initcap	s:élan vital
trim	s:  a b  
ltrim	s:  ab  
rtrim	s:  ab  
trim	s:x	s:xxaxx
btrim	s:xxaxx	s:x
btrim	s:  hi  
length	s:héllo
length	s:
length	null:string
length	i:12345
char_length	s:abc
character_length	s:日本語
octet_length	s:héllo
substring	s:Spark SQL	i:5
substring	s:Spark SQL	i:-3
substring	s:Spark SQL	i:5	i:1
substring	s:Spark SQL	i:0	i:3
substring	s:Spark SQL	i:-20	i:3
substring	s:Spark SQL	i:-20	i:23
substring	s:Spark SQL	i:2	i:-1
substring	s:Spark SQL	i:100
substring	s:héllo	i:2	i:3
substr	s:abcdef	i:-2	i:1
left	s:Spark	i:3
left	s:Spark	i:0
left	s:Spark	i:-1
left	s:Spark	i:10
right	s:Spark	i:3
right	s:Spark	i:0
right	s:Spark	i:10
instr	s:SparkSQL	s:SQL
instr	s:SparkSQL	s:x
instr	s:SparkSQL	s:
instr	s:héllo	s:l
locate	s:bar	s:foobarbar
locate	s:bar	s:foobarbar	i:5
locate	s:bar	s:foobarbar	i:0
locate	s:bar	s:foobarbar	i:100
locate	s:	s:abc	i:2
locate	s:bar	s:foobarbar	null:int
locate	null:string	s:foobarbar	i:1
lpad	s:hi	i:5	s:??
lpad	s:hi	i:1	s:?
lpad	s:hi	i:-1	s:?
lpad	s:hi	i:5	s:
lpad	s:hi	i:5
rpad	s:hi	i:5	s:ab
rpad	s:héllo	i:7	s:é
repeat	s:ab	i:3
repeat	s:ab	i:0
repeat	s:ab	i:-1
reverse	s:Spark
reverse	s:héllo
reverse	s:
translate	s:AaBbCc	s:abc	s:123
translate	s:AaBbCc	s:abc	s:1
translate	s:abcabc	s:aa	s:xy
replace	s:ABCabc	s:abc	s:DEF
replace	s:ABCabc	s:abc
replace	s:aaa	s:aa	s:b
replace	s:abc	s:	s:x
startswith	s:Spark SQL	s:Spark
startswith	s:Spark SQL	s:SQL
startswith	s:abc	s:
endswith	s:Spark SQL	s:SQL
contains	s:Spark SQL	s:k S
contains	s:Spark SQL	s:x
contains	null:string	s:x
like	s:Spark	s:S%k
like	s:Spark	s:_park
like	s:Spark	s:%ar%
like	s:Spark	s:spark
like	s:Spark	s:S_
like	s:	s:%
like	s:a%b	s:a\%b
like	s:axb	s:a\%b
like	s:héllo	s:h_llo
like	s:aaa	s:a%a%a
like	s:aa	s:a%a%a
like	s:abcabc	s:%abc
ilike	s:Spark	s:spark
ilike	s:SPARK	s:%ar%
rlike	s:Spark SQL	s:S.*L$
rlike	s:Spark	s:^park
rlike	s:Spark	s:park
rlike	s:abc123	s:\d+
regexp	s:abc	s:[a-c]+
regexp_replace	s:100-200	s:(\d+)	s:num
regexp_replace	s:100-200	s:(\d+)-(\d+)	s:$2-$1
regexp_replace	s:aaa	s:a*	s:X
regexp_replace	s:abc	s:x	s:y
regexp_extract	s:100-200	s:(\d+)-(\d+)	i:1
regexp_extract	s:100-200	s:(\d+)-(\d+)	i:2
regexp_extract	s:100-200	s:(\d+)-(\d+)	i:0
regexp_extract	s:foo	s:(\d+)	i:1
regexp_extract	s:ab	s:(a)|(b)	i:2
regexp_extract	s:abc	s:(a)	i:2
regexp_extract	s:x9	s:([a-z])(\d)
ascii	s:A
ascii	s:
ascii	s:é
chr	i:65
chr	i:321
chr	i:-1
to_date	s:2016-12-31
to_date	s:2016-12-31 12:00:00
to_date	s:2016-12-31T12:00
to_date	s:2016-1-5
to_date	s:2016
to_date	s:2016-02-30
to_date	s:nope
to_date	s: 2016-12-31 
to_date	ts:2016-12-31 23:59:59
to_date	s:12/31/2016	s:MM/dd/yyyy
to_date	s:2016-12-31	s:yyyy-MM-dd
to_date	s:20161231	s:yyyyMMdd
to_date	s:31 Dec 2016	s:dd MMM yyyy
to_date	s:31 December 2016	s:dd MMMM yyyy
to_date	s:2016-02-30	s:yyyy-MM-dd
to_date	s:2016/12/31	s:yyyy-MM-dd
to_date	s:16-12-31	s:yy-MM-dd
to_date	s:2016-366	s:yyyy-DDD
to_timestamp	s:2015-11-13 20:19:33 UTC	s:yyyy-MM-dd HH:mm:ss 'UTC'
to_timestamp	s:2015-11-13 20:19:33	s:yyyy-MM-dd HH:mm:ss 'UTC'
to_timestamp	s:2015-11-13 20:19:33
to_timestamp	s:2015-11-13T20:19:33.123456Z
to_timestamp	s:2015-11-13 20:19:33+02:00
to_timestamp	s:2015-11-13
to_timestamp	s:garbage
to_timestamp	s:2015-11-13 20:19:33.123	s:yyyy-MM-dd HH:mm:ss.SSS
to_timestamp	s:2015-11-13 20:19:33.1	s:yyyy-MM-dd HH:mm:ss.SSS
to_timestamp	s:11/13/2015 08:19 PM	s:MM/dd/yyyy hh:mm a
to_timestamp	s:11/13/2015 12:05 AM	s:MM/dd/yyyy hh:mm a
to_timestamp	s:2015-11-13T20:19:33	s:yyyy-MM-dd'T'HH:mm:ss
to_timestamp	s:2015-11-13 25:19:33	s:yyyy-MM-dd HH:mm:ss
to_timestamp	s:2015-11-13 20:19:33 +0200	s:yyyy-MM-dd HH:mm:ss Z
to_timestamp	s:2015-11-13 20:19:33 -05:30	s:yyyy-MM-dd HH:mm:ss XXX
to_timestamp	s:Fri, 13 Nov 2015 20:19:33	s:EEE, dd MMM yyyy HH:mm:ss
to_timestamp	s:2015-11-13	s:yyyy-MM-dd[ HH:mm:ss]
to_timestamp	s:2015-11-13 20:19:33	s:yyyy-MM-dd[ HH:mm:ss]
to_timestamp	date:2020-02-29
date_format	ts:2015-11-13 20:19:33.123456	s:yyyy-MM-dd HH:mm:ss
date_format	ts:2015-11-13 20:19:33.123456	s:yyyy/MM/dd'T'HH:mm:ss.SSS
date_format	ts:2015-11-13 20:19:33.123456	s:SSSSSS
date_format	ts:2015-11-13 08:05:03	s:h:m:s a
date_format	ts:2015-11-13 00:05:03	s:hh:mm a K k
date_format	ts:2015-11-13 20:19:33	s:EEE EEEE MMM MMMM
date_format	ts:2015-11-13 20:19:33	s:D DDD yy y
date_format	ts:2015-11-13 20:19:33	s:QQQ Q
date_format	ts:2015-11-13 20:19:33	s:'Week of' dd '' MM
date_format	ts:2015-11-13 20:19:33	s:yyyy-MM-dd HH:mm:ss XXX Z z VV
date_format	date:2020-02-29	s:yyyy-MM-dd HH:mm
date_format	s:2020-02-29 10:11:12	s:dd.MM.yyyy
date_format	s:bad	s:yyyy
date_format	ts:1969-12-31 23:59:59.5	s:yyyy-MM-dd HH:mm:ss.SSS
year	date:2020-02-29
year	ts:1969-12-31 23:59:59
year	s:2021-07-04
year	s:junk
quarter	date:2020-08-15
month	date:2020-12-01
dayofmonth	date:2020-02-29
day	ts:2020-03-01 01:00:00
dayofweek	date:2024-01-07
dayofweek	date:2024-01-06
dayofweek	date:1970-01-01
weekday	date:2024-01-07
weekday	date:2024-01-08
dayofyear	date:2020-12-31
dayofyear	date:2019-12-31
weekofyear	date:2021-01-03
weekofyear	date:2021-01-04
weekofyear	date:2020-12-31
weekofyear	date:2026-12-31
weekofyear	date:2027-01-01
weekofyear	date:2008-12-29
weekofyear	date:1969-12-29
hour	ts:2015-11-13 20:19:33
hour	date:2015-11-13
hour	s:2015-11-13 07:08:09
minute	ts:2015-11-13 20:19:33
second	ts:2015-11-13 20:19:33.999
second	ts:1969-12-31 23:59:58.5
datediff	date:2020-03-01	date:2020-02-01
datediff	date:2020-02-01	date:2020-03-01
datediff	ts:2020-03-01 23:00:00	s:2020-02-28
date_add	date:2020-02-28	i:1
date_add	date:2020-02-28	i:-60
date_add	s:2020-02-28	i:2
date_sub	date:2020-03-01	i:1
add_months	date:2020-01-31	i:1
add_months	date:2020-03-31	i:-13
add_months	date:2019-02-28	i:12
months_between	ts:1997-02-28 10:30:00	ts:1996-10-30 00:00:00
months_between	date:2020-03-31	date:2020-02-29
months_between	date:2020-03-15	date:2020-02-15
months_between	ts:1997-02-28 10:30:00	ts:1996-10-30 00:00:00	b:false
last_day	date:2020-02-10
last_day	date:2021-02-10
last_day	s:2020-12-05
unix_timestamp	ts:2015-11-13 20:19:33
unix_timestamp	s:2015-11-13 20:19:33
unix_timestamp	s:2015-11-13
unix_timestamp	s:2015/11/13	s:yyyy/MM/dd
unix_timestamp	date:1969-12-31
unix_timestamp	ts:1969-12-31 23:59:59.5
from_unixtime	l:1447445973
from_unixtime	l:0	s:yyyy-MM-dd
from_unixtime	i:-1
from_unixtime	l:1447445973	s:MMM d, yyyy h:mm a
trunc	date:2019-08-04	s:year
trunc	date:2019-08-04	s:quarter
trunc	date:2019-08-04	s:MM
trunc	date:2019-08-04	s:week
trunc	date:2019-08-04	s:day
trunc	ts:2019-08-04 10:00:00	s:mon
date_trunc	s:YEAR	ts:2015-03-05 09:32:05.359
date_trunc	s:MM	ts:2015-03-05 09:32:05.359
date_trunc	s:DD	ts:2015-03-05 09:32:05.359
date_trunc	s:HOUR	ts:2015-03-05 09:32:05.359
date_trunc	s:minute	ts:2015-03-05 09:32:05.359
date_trunc	s:week	ts:2015-03-05 09:32:05.359
date_trunc	s:quarter	ts:2015-03-05 09:32:05.359
date_trunc	s:bogus	ts:2015-03-05 09:32:05.359
date_trunc	s:hour	date:2015-03-05
make_date	i:2013	i:7	i:15
make_date	i:2019	i:2	i:29
make_date	i:2020	i:2	i:29
make_date	i:2020	i:13	i:1
"""

def literal(arg):
    kind, _, value = arg.partition(":")
    if kind == "s":
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
    if kind == "i": return f"CAST({value} AS INT)"
    if kind == "l": return f"CAST({value} AS BIGINT)"
    if kind == "d": return f"CAST('{value}' AS DOUBLE)"
    if kind == "f": return f"CAST('{value}' AS FLOAT)"
    if kind == "b": return value
    if kind == "date": return f"DATE'{value}'"
    if kind == "ts": return f"TIMESTAMP'{value}'"
    if kind == "null": return f"CAST(NULL AS {value})"
    raise ValueError(arg)

def main():
    spark = (SparkSession.builder.master("local[1]")
             .config("spark.sql.session.timeZone", "UTC")
             .config("spark.sql.ansi.enabled", "false")
             .config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.setLogLevel("OFF")
    out = []
    for line in CASES.strip("\n").split("\n"):
        parts = line.split("\t")
        name, args = parts[0], parts[1:]
        call = f"{name}({', '.join(literal(a) for a in args)})"
        try:
            row = spark.sql(f"SELECT typeof({call}) AS t, CAST({call} AS STRING) AS v").collect()[0]
            value = "\\N" if row.v is None else row.v
            out.append("\t".join([name, *args, "=>", row.t, value]))
        except Exception as e:
            out.append("\t".join([name, *args, "=>", "ERROR", str(e).split("\n")[0][:120]]))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "spark35.txt")
    with open(path, "w") as f:
        f.write("# Generated by generate.py with PySpark 3.5.3 (Apache Spark 3.5, ANSI off, UTC). Do not edit.\n")
        f.write("\n".join(out) + "\n")

main()
