"""Spark SQL data types, StructType schemas and Row (pyspark.sql.types)."""


class DataType:
    """Base of the types; `simpleString()` is the engine's type name."""
    _name = "unknown"

    def simpleString(self):
        return self._name

    def typeName(self):
        return self._name

    def jsonValue(self):
        return self._name

    def __repr__(self):
        return type(self).__name__ + "()"

    def __eq__(self, other):
        return type(self) is type(other)

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(type(self).__name__)


class NullType(DataType):
    _name = "void"


class StringType(DataType):
    _name = "string"


class BooleanType(DataType):
    _name = "boolean"


class IntegerType(DataType):
    _name = "int"

    def typeName(self):
        return "integer"


class LongType(DataType):
    _name = "bigint"

    def typeName(self):
        return "long"


class ShortType(IntegerType):
    """Held as int."""


class ByteType(IntegerType):
    """Held as int."""


class FloatType(DataType):
    _name = "float"


class DoubleType(DataType):
    _name = "double"


class DateType(DataType):
    _name = "date"


class TimestampType(DataType):
    _name = "timestamp"


class DecimalType(DataType):
    """Decimals are held as doubles by Prism's engine."""
    _name = "double"

    def __init__(self, precision=10, scale=0):
        self.precision = precision
        self.scale = scale

    def __repr__(self):
        return "DecimalType(%d,%d)" % (self.precision, self.scale)


_BY_NAME = {
    "string": StringType, "boolean": BooleanType, "int": IntegerType, "bigint": LongType,
    "float": FloatType, "double": DoubleType, "date": DateType, "timestamp": TimestampType,
}


def _from_name(name):
    """The DataType of an engine type name."""
    return _BY_NAME.get(name, StringType)()


def _type_name(t):
    """The engine's name of a DataType instance, class, or type string."""
    if isinstance(t, str):
        return t
    if isinstance(t, type) and issubclass(t, DataType):
        return t()._name
    if isinstance(t, DataType):
        return t._name
    raise TypeError("expected a DataType or a type name, got %r" % (t,))


class StructField(DataType):
    """A named field of a StructType."""

    def __init__(self, name, dataType, nullable=True, metadata=None):
        self.name = name
        self.dataType = dataType
        self.nullable = nullable
        self.metadata = metadata or {}

    def simpleString(self):
        return "%s:%s" % (self.name, self.dataType.simpleString())

    def __repr__(self):
        return "StructField('%s', %r, %s)" % (self.name, self.dataType, self.nullable)

    def __eq__(self, other):
        return (isinstance(other, StructField) and self.name == other.name
                and self.dataType == other.dataType and self.nullable == other.nullable)

    def __hash__(self):
        return hash(self.name)


class StructType(DataType):
    """A schema: an ordered list of StructFields."""
    _name = "struct"

    def __init__(self, fields=None):
        self.fields = list(fields or [])

    def add(self, field, data_type=None, nullable=True, metadata=None):
        if isinstance(field, StructField):
            self.fields.append(field)
        else:
            if isinstance(data_type, str):
                data_type = _parse_type(data_type)
            self.fields.append(StructField(field, data_type, nullable, metadata))
        return self

    def fieldNames(self):
        return [f.name for f in self.fields]

    @property
    def names(self):
        return self.fieldNames()

    def simpleString(self):
        return "struct<%s>" % ",".join(f.simpleString() for f in self.fields)

    def __iter__(self):
        return iter(self.fields)

    def __len__(self):
        return len(self.fields)

    def __getitem__(self, key):
        if isinstance(key, str):
            for f in self.fields:
                if f.name == key:
                    return f
            raise KeyError("No StructField named %s" % key)
        return self.fields[key]

    def __repr__(self):
        return "StructType([%s])" % ", ".join(repr(f) for f in self.fields)

    def __eq__(self, other):
        return isinstance(other, StructType) and self.fields == other.fields

    def __hash__(self):
        return hash(tuple(self.fieldNames()))


def _parse_type(text):
    """A DataType from a type string ("int", "bigint", "decimal(10,2)", ...)."""
    t = text.strip().lower()
    aliases = {"integer": "int", "long": "bigint", "bool": "boolean", "str": "string", "short": "int",
               "smallint": "int", "tinyint": "int", "byte": "int", "real": "float", "varchar": "string"}
    t = aliases.get(t, t)
    if t.startswith("decimal") or t.startswith("numeric"):
        return DecimalType()
    if t.startswith("varchar(") or t.startswith("char("):
        return StringType()
    if t not in _BY_NAME:
        from pyspark.errors import ParseException
        raise ParseException("[UNSUPPORTED_DATATYPE] Unsupported data type \"%s\"." % text.strip().upper())
    return _BY_NAME[t]()


def _parse_schema(text):
    """A StructType from a DDL string: "hour int, label string"."""
    fields = []
    depth = 0
    current = ""
    parts = []
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    if current.strip():
        parts.append(current)
    for part in parts:
        words = part.strip().replace(":", " ").split(None, 1)
        if len(words) != 2:
            from pyspark.errors import ParseException
            raise ParseException("[PARSE_SYNTAX_ERROR] Syntax error in the schema string %r near %r." % (text, part.strip()))
        name, type_text = words
        not_null = type_text.upper().endswith("NOT NULL")
        if not_null:
            type_text = type_text[:-8]
        fields.append(StructField(name.strip("`"), _parse_type(type_text), not not_null))
    return StructType(fields)


def _infer_type(value):
    """The DataType PySpark infers for a Python value (None for None)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return BooleanType()
    if isinstance(value, int):
        return LongType()
    if isinstance(value, float):
        return DoubleType()
    if isinstance(value, str):
        return StringType()
    name = type(value).__name__
    if name == "datetime":
        return TimestampType()
    if name == "date":
        return DateType()
    from pyspark.errors import PySparkTypeError
    raise PySparkTypeError("[CANNOT_INFER_TYPE_FOR_FIELD] Unable to infer the type of the field for %s." % name)


class Row(tuple):
    """A row of a result: a tuple with field names (`row.fare`, `row["fare"]`, `row.asDict()`).

    `Row(a=1, b=2)` makes a row with fields; `Row("a", "b")` makes a row class called with values.
    """

    def __new__(cls, *args, **kwargs):
        if args and kwargs:
            raise ValueError("Can not use both args and kwargs to create Row")
        if kwargs:
            row = tuple.__new__(cls, list(kwargs.values()))
            row.__fields__ = list(kwargs.keys())
            return row
        row = tuple.__new__(cls, args)
        row.__fields__ = None
        return row

    @staticmethod
    def _make(fields, values):
        row = tuple.__new__(Row, values)
        row.__fields__ = fields
        return row

    def asDict(self, recursive=False):
        if self.__fields__ is None:
            raise TypeError("Cannot convert a Row class into dict")
        result = {}
        for name, value in zip(self.__fields__, self):
            if recursive and isinstance(value, Row):
                value = value.asDict(True)
            result[name] = value
        return result

    def __call__(self, *values):
        if self.__fields__ is not None:
            raise TypeError("Row is not callable")
        return Row._make(list(self), list(values))

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        fields = self.__fields__
        if fields is not None and name in fields:
            return tuple.__getitem__(self, fields.index(name))
        raise AttributeError(name)

    def __getitem__(self, key):
        if isinstance(key, str):
            fields = self.__fields__
            if fields is None or key not in fields:
                raise ValueError(key)
            return tuple.__getitem__(self, fields.index(key))
        return tuple.__getitem__(self, key)

    def __contains__(self, item):
        if self.__fields__ is not None:
            return item in self.__fields__
        return tuple.__contains__(self, item)

    def __repr__(self):
        if self.__fields__ is not None:
            return "Row(%s)" % ", ".join("%s=%r" % (k, v) for k, v in zip(self.__fields__, self))
        return "<Row(%s)>" % ", ".join(repr(v) for v in self)

    def __reduce__(self):
        return (Row._make, (self.__fields__, list(self)))
