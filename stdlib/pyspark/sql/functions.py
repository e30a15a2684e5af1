"""pyspark.sql.functions: column functions over Prism's engine."""
import _sql
from pyspark.sql.column import Column, _expr, _to_col, _case
from pyspark.sql.types import _type_name


def _c(value):
    """A column argument: a Column or a column name."""
    return _to_col(value)._e


def _call(name, *args):
    return Column(_sql.call(name, list(args)))


def _agg(name, column):
    return Column(_sql.agg(name, None if column is None else _c(column)))


# Columns and literals
def col(col):
    return Column(_sql.col(col))


column = col


def lit(col):
    if isinstance(col, Column):
        return col
    return Column(_sql.lit(col, None))


def expr(str):
    """A SQL expression over the columns, e.g. expr("fare * 2 AS double_fare")."""
    return Column(_sql.parse_expr(None, str))


def when(condition, value):
    return _case([(condition, value)], None)


def coalesce(*cols):
    return _call("coalesce", *[_c(c) for c in cols])


def isnull(col): return Column(_sql.unary("isnull", _c(col)))
def isnotnull(col): return Column(_sql.unary("isnotnull", _c(col)))
def isnan(col): return Column(_sql.unary("isnan", _c(col)))
def nanvl(col1, col2): return _call("nanvl", _c(col1), _c(col2))


# Math
def _math1(name):
    def function(col):
        return _call(name, _c(col))
    function.__name__ = name
    return function


abs = _math1("abs")
sqrt = _math1("sqrt")
cbrt = _math1("cbrt")
exp = _math1("exp")
expm1 = _math1("expm1")
log10 = _math1("log10")
log2 = _math1("log2")
log1p = _math1("log1p")
ln = _math1("ln")
floor = _math1("floor")
ceil = _math1("ceil")
ceiling = _math1("ceil")
sin = _math1("sin")
cos = _math1("cos")
tan = _math1("tan")
asin = _math1("asin")
acos = _math1("acos")
atan = _math1("atan")
sinh = _math1("sinh")
cosh = _math1("cosh")
tanh = _math1("tanh")
radians = _math1("radians")
toRadians = radians
degrees = _math1("degrees")
toDegrees = degrees
signum = _math1("signum")
rint = _math1("rint")
negative = _math1("negative")


def log(arg1, arg2=None):
    if arg2 is None:
        return _call("log", _c(arg1))
    return _call("log", _expr(arg1), _c(arg2))


def pow(col1, col2):
    return _call("pow", _expr(col1) if not isinstance(col1, str) else _c(col1),
                 _expr(col2) if not isinstance(col2, str) else _c(col2))


power = pow


def atan2(col1, col2):
    a = _c(col1) if isinstance(col1, (str, Column)) else _expr(col1)
    b = _c(col2) if isinstance(col2, (str, Column)) else _expr(col2)
    return _call("atan2", a, b)


def hypot(col1, col2): return _call("hypot", _c(col1), _c(col2))
def pmod(dividend, divisor): return _call("pmod", _expr(dividend) if not isinstance(dividend, str) else _c(dividend), _expr(divisor) if not isinstance(divisor, str) else _c(divisor))
def round(col, scale=0): return _call("round", _c(col), _expr(scale))
def bround(col, scale=0): return _call("bround", _c(col), _expr(scale))
def greatest(*cols): return _call("greatest", *[_c(c) for c in cols])
def least(*cols): return _call("least", *[_c(c) for c in cols])
def rand(seed=None): return Column(_sql.rand(0 if seed is None else seed, False))
def randn(seed=None): return Column(_sql.rand(0 if seed is None else seed, True))
def monotonically_increasing_id(): return Column(_sql.row_id())
def e(): return lit(2.718281828459045)
def pi(): return lit(3.141592653589793)


# Strings
def concat(*cols): return _call("concat", *[_c(c) for c in cols])
def concat_ws(sep, *cols): return _call("concat_ws", _expr(sep), *[_c(c) for c in cols])
upper = _math1("upper")
lower = _math1("lower")
initcap = _math1("initcap")
trim = _math1("trim")
ltrim = _math1("ltrim")
rtrim = _math1("rtrim")
length = _math1("length")
char_length = _math1("char_length")
octet_length = _math1("octet_length")
reverse = _math1("reverse")
ascii = _math1("ascii")


def substring(str, pos, len): return _call("substring", _c(str), _expr(pos), _expr(len))
def substr(str, pos, len=None): return _call("substring", _c(str), _expr(pos), _expr(len if len is not None else 2147483647))
def left(str, len): return _call("left", _c(str), _expr(len))
def right(str, len): return _call("right", _c(str), _expr(len))
def instr(str, substr): return _call("instr", _c(str), _expr(substr))
def locate(substr, str, pos=1): return _call("locate", _expr(substr), _c(str), _expr(pos))
def lpad(col, len, pad): return _call("lpad", _c(col), _expr(len), _expr(pad))
def rpad(col, len, pad): return _call("rpad", _c(col), _expr(len), _expr(pad))
def repeat(col, n): return _call("repeat", _c(col), _expr(n))
def translate(srcCol, matching, replace): return _call("translate", _c(srcCol), _expr(matching), _expr(replace))
def regexp_replace(string, pattern, replacement): return _call("regexp_replace", _c(string), _expr(pattern), _expr(replacement))
def regexp_extract(str, pattern, idx): return _call("regexp_extract", _c(str), _expr(pattern), _expr(idx))
def like(str, pattern): return _call("like", _c(str), _expr(pattern))
def rlike(str, regexp): return _call("rlike", _c(str), _expr(regexp))


def split(str, pattern, limit=-1):
    raise NotImplementedError("split returns an array, and Prism's engine has no array columns yet")


# Dates and times
def current_date(): return _call("current_date")
def current_timestamp(): return _call("current_timestamp")


def to_date(col, format=None):
    return _call("to_date", _c(col)) if format is None else _call("to_date", _c(col), _expr(format))


def to_timestamp(col, format=None):
    return _call("to_timestamp", _c(col)) if format is None else _call("to_timestamp", _c(col), _expr(format))


def date_format(date, format): return _call("date_format", _c(date), _expr(format))
year = _math1("year")
quarter = _math1("quarter")
month = _math1("month")
dayofmonth = _math1("dayofmonth")
day = _math1("dayofmonth")
dayofweek = _math1("dayofweek")
weekday = _math1("weekday")
dayofyear = _math1("dayofyear")
weekofyear = _math1("weekofyear")
hour = _math1("hour")
minute = _math1("minute")
second = _math1("second")
last_day = _math1("last_day")


def datediff(end, start): return _call("datediff", _c(end), _c(start))
def date_add(start, days): return _call("date_add", _c(start), _expr(days))
def date_sub(start, days): return _call("date_sub", _c(start), _expr(days))
def add_months(start, months): return _call("add_months", _c(start), _expr(months))
def months_between(date1, date2, roundOff=True): return _call("months_between", _c(date1), _c(date2))
def make_date(year, month, day): return _call("make_date", _c(year), _c(month), _c(day))
def date_trunc(format, timestamp): return _call("date_trunc", _expr(format), _c(timestamp))
def trunc(date, format): return _call("trunc", _c(date), _expr(format))


def unix_timestamp(timestamp=None, format=None):
    if timestamp is None:
        return _call("unix_timestamp", _call("current_timestamp")._e)
    if format is None:
        return _call("unix_timestamp", _c(timestamp))
    return _call("unix_timestamp", _c(timestamp), _expr(format))


def from_unixtime(timestamp, format="yyyy-MM-dd HH:mm:ss"):
    return _call("from_unixtime", _c(timestamp), _expr(format))


# Aggregates
def count(col):
    if isinstance(col, str) and col == "*":
        return Column(_sql.agg("count", None))
    return _agg("count", col)


def countDistinct(col, *cols):
    if cols:
        raise NotImplementedError("countDistinct of several columns is not supported yet")
    return _agg("count_distinct", col)


count_distinct = countDistinct
approx_count_distinct = lambda col, rsd=None: _agg("count_distinct", col)


def sum(col): return _agg("sum", col)
def sum_distinct(col): return _agg("sum_distinct", col)
sumDistinct = sum_distinct
def avg(col): return _agg("avg", col)
mean = avg
def min(col): return _agg("min", col)
def max(col): return _agg("max", col)
def stddev(col): return _agg("stddev", col)
stddev_samp = stddev
std = stddev
def stddev_pop(col): return _agg("stddev_pop", col)
def variance(col): return _agg("variance", col)
var_samp = variance
def var_pop(col): return _agg("var_pop", col)


def first(col, ignorenulls=False):
    if ignorenulls:
        raise NotImplementedError("first(ignorenulls=True) is not supported yet")
    return _agg("first", col)


def last(col, ignorenulls=False):
    if ignorenulls:
        raise NotImplementedError("last(ignorenulls=True) is not supported yet")
    return _agg("last", col)


def collect_list(col):
    raise NotImplementedError("collect_list returns an array, and Prism's engine has no array columns yet")


# Window functions
def row_number(): return _call("row_number")
def rank(): return _call("rank")
def dense_rank(): return _call("dense_rank")
def percent_rank(): return _call("percent_rank")
def ntile(n): return _call("ntile", _expr(n))
def lag(col, offset=1, default=None): return _call("lag", _c(col), _expr(offset), _expr(default))
def lead(col, offset=1, default=None): return _call("lead", _c(col), _expr(offset), _expr(default))


# User functions
def udf(f=None, returnType="string"):
    """A Python function run on every row (`@udf(returnType=DoubleType())` or `udf(f, "double")`)."""
    if f is None or isinstance(f, (str,)) or (not callable(f)):
        rt = returnType if f is None else f

        def decorator(function):
            return _UserDefinedFunction(function, rt)
        return decorator
    return _UserDefinedFunction(f, returnType)


class _UserDefinedFunction:
    def __init__(self, func, returnType):
        self.func = func
        self.returnType = returnType
        self.__name__ = getattr(func, "__name__", "udf")

    def __call__(self, *cols):
        return Column(_sql.udf(self.func, _type_name(self.returnType), [_c(c) for c in cols], self.__name__))
