"""Column: an expression over a DataFrame's columns (pyspark.sql.Column)."""
import _sql
from pyspark.sql.types import _type_name, DataType


def _expr(value):
    """The engine expression of a Column or a literal Python value."""
    if isinstance(value, Column):
        return value._e
    return _sql.lit(value, None)


def _to_col(value):
    """A Column from a Column or a column name."""
    if isinstance(value, Column):
        return value
    if isinstance(value, str):
        return Column(_sql.col(value))
    raise TypeError("[NOT_COLUMN_OR_STR] Argument `col` should be a Column or str, got %s." % type(value).__name__)


def _binary(op, a, b):
    return Column(_sql.binary(op, _expr(a), _expr(b)))


class Column:
    """An expression: arithmetic, comparison and boolean operators build new Columns."""

    def __init__(self, e):
        self._e = e

    # Arithmetic
    def __add__(self, other): return _binary("+", self, other)
    def __radd__(self, other): return _binary("+", other, self)
    def __sub__(self, other): return _binary("-", self, other)
    def __rsub__(self, other): return _binary("-", other, self)
    def __mul__(self, other): return _binary("*", self, other)
    def __rmul__(self, other): return _binary("*", other, self)
    def __truediv__(self, other): return _binary("/", self, other)
    def __rtruediv__(self, other): return _binary("/", other, self)
    def __mod__(self, other): return _binary("%", self, other)
    def __rmod__(self, other): return _binary("%", other, self)
    def __pow__(self, other): return _binary("**", self, other)
    def __rpow__(self, other): return _binary("**", other, self)
    def __neg__(self): return Column(_sql.unary("-", self._e))

    # Comparison
    def __eq__(self, other): return _binary("==", self, other)
    def __ne__(self, other): return _binary("!=", self, other)
    def __lt__(self, other): return _binary("<", self, other)
    def __le__(self, other): return _binary("<=", self, other)
    def __gt__(self, other): return _binary(">", self, other)
    def __ge__(self, other): return _binary(">=", self, other)
    def eqNullSafe(self, other): return _binary("<=>", self, other)

    # Boolean logic
    def __and__(self, other): return _binary("and", self, other)
    def __rand__(self, other): return _binary("and", other, self)
    def __or__(self, other): return _binary("or", self, other)
    def __ror__(self, other): return _binary("or", other, self)
    def __invert__(self): return Column(_sql.unary("not", self._e))

    def __bool__(self):
        raise ValueError("Cannot convert column into bool: please use '&' for 'and', '|' for 'or', "
                         "'~' for 'not' when building DataFrame boolean expressions.")

    def __hash__(self):
        return id(self)

    def __iter__(self):
        raise TypeError("Column is not iterable")

    def __contains__(self, item):
        raise ValueError("Cannot apply 'in' operator against a column: please use 'contains' "
                         "in a string column or 'array_contains' function for an array column.")

    # Null tests and membership
    def isNull(self): return Column(_sql.unary("isnull", self._e))
    def isNotNull(self): return Column(_sql.unary("isnotnull", self._e))
    def isNaN(self): return Column(_sql.unary("isnan", self._e))

    def isin(self, *values):
        if len(values) == 1 and isinstance(values[0], (list, tuple, set)):
            values = list(values[0])
        return Column(_sql.in_list(self._e, [_expr(v) for v in values]))

    def between(self, lowerBound, upperBound):
        return (self >= lowerBound) & (self <= upperBound)

    # Strings
    def contains(self, other): return Column(_sql.call("contains", [self._e, _expr(other)]))
    def startswith(self, other): return Column(_sql.call("startswith", [self._e, _expr(other)]))
    def endswith(self, other): return Column(_sql.call("endswith", [self._e, _expr(other)]))
    def like(self, other): return Column(_sql.call("like", [self._e, _expr(other)]))
    def ilike(self, other): return Column(_sql.call("ilike", [self._e, _expr(other)]))
    def rlike(self, other): return Column(_sql.call("rlike", [self._e, _expr(other)]))

    def substr(self, startPos, length):
        return Column(_sql.call("substring", [self._e, _expr(startPos), _expr(length)]))

    # Types and names
    def cast(self, dataType):
        return Column(_sql.cast(self._e, _type_name(dataType)))

    astype = cast

    def alias(self, *alias, **kwargs):
        if len(alias) != 1:
            raise ValueError("exactly one alias is supported")
        return Column(_sql.alias(self._e, alias[0]))

    name = alias

    # Ordering
    def asc(self): return Column(_sql.sort_order(self._e, True, None))
    def desc(self): return Column(_sql.sort_order(self._e, False, None))
    def asc_nulls_first(self): return Column(_sql.sort_order(self._e, True, True))
    def asc_nulls_last(self): return Column(_sql.sort_order(self._e, True, False))
    def desc_nulls_first(self): return Column(_sql.sort_order(self._e, False, True))
    def desc_nulls_last(self): return Column(_sql.sort_order(self._e, False, False))

    # CASE WHEN
    def when(self, condition, value):
        branches = getattr(self, "_branches", None)
        if branches is None or getattr(self, "_otherwise_set", False):
            raise TypeError("when() can only be applied on a Column previously generated by when() function")
        return _case(branches + [(condition, value)], None)

    def otherwise(self, value):
        branches = getattr(self, "_branches", None)
        if branches is None or getattr(self, "_otherwise_set", False):
            raise TypeError("otherwise() can only be applied on a Column previously generated by when() function, and cannot be applied once otherwise() is applied")
        column = _case(branches, value)
        column._otherwise_set = True
        return column

    # Windows
    def over(self, window=None):
        from pyspark.sql.window import Window
        spec = window if window is not None else Window.partitionBy()
        return Column(_sql.over(self._e, [_to_col(c)._e for c in spec._partition],
                                [_to_col(c)._e for c in spec._order], spec._frame))

    def __repr__(self):
        return "Column<'%s'>" % _sql.expr_name(self._e)

    def __str__(self):
        return self.__repr__()


def _case(branches, otherwise):
    e = _sql.case_when([(_expr(c), _expr(v)) for c, v in branches],
                       None if otherwise is None and not isinstance(otherwise, Column) else _expr(otherwise))
    column = Column(e)
    column._branches = branches
    return column
