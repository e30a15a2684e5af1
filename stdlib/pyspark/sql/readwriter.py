"""DataFrameReader and DataFrameWriter (spark.read, df.write)."""
import _sql
from pyspark.sql.types import StructType, _parse_schema


def _paths(path):
    if isinstance(path, (list, tuple)):
        return [str(p) for p in path]
    return [str(path)]


def _option_text(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _schema_fields(schema):
    if schema is None:
        return None
    if isinstance(schema, str):
        schema = _parse_schema(schema)
    if not isinstance(schema, StructType):
        raise TypeError("schema should be a StructType or a DDL string")
    return [(f.name, f.dataType.simpleString(), f.nullable) for f in schema.fields]


class DataFrameReader:
    """`spark.read`: csv, parquet, format(...).option(...).load(...)."""

    def __init__(self, session):
        self._session = session
        self._format = "parquet"
        self._options = {}
        self._schema = None

    def format(self, source):
        self._format = source.lower()
        return self

    def option(self, key, value):
        self._options[key] = _option_text(value)
        return self

    def options(self, **options):
        for k, v in options.items():
            self.option(k, v)
        return self

    def schema(self, schema):
        self._schema = schema
        return self

    def load(self, path=None, format=None, schema=None, **options):
        if format is not None:
            self.format(format)
        if schema is not None:
            self._schema = schema
        self.options(**options)
        if path is None:
            raise ValueError("a path is required")
        if self._format == "csv":
            return self._csv(_paths(path))
        if self._format == "parquet":
            return self.parquet(*_paths(path))
        raise ValueError("unsupported data source format '%s' (csv and parquet are supported)" % self._format)

    def csv(self, path, schema=None, sep=None, encoding=None, quote=None, escape=None, comment=None,
            header=None, inferSchema=None, ignoreLeadingWhiteSpace=None, ignoreTrailingWhiteSpace=None,
            nullValue=None, nanValue=None, positiveInf=None, negativeInf=None, dateFormat=None,
            timestampFormat=None, maxColumns=None, maxCharsPerColumn=None, maxMalformedLogPerPartition=None,
            mode=None, columnNameOfCorruptRecord=None, multiLine=None, **kwargs):
        given = {"sep": sep, "quote": quote, "escape": escape, "comment": comment, "header": header,
                 "inferSchema": inferSchema, "ignoreLeadingWhiteSpace": ignoreLeadingWhiteSpace,
                 "ignoreTrailingWhiteSpace": ignoreTrailingWhiteSpace, "nullValue": nullValue, "mode": mode}
        for k, v in given.items():
            if v is not None:
                self.option(k, v)
        if multiLine:
            raise ValueError("multiLine CSV is not supported by Prism's reader")
        if schema is not None:
            self._schema = schema
        return self._csv(_paths(path))

    def _csv(self, paths):
        from pyspark.sql.dataframe import DataFrame
        frame = _sql.read_csv(self._session._s, paths, list(self._options.items()), _schema_fields(self._schema))
        return DataFrame(frame, self._session)

    def parquet(self, *paths, **options):
        from pyspark.sql.dataframe import DataFrame
        flat = []
        for p in paths:
            flat += _paths(p)
        return DataFrame(_sql.read_parquet(self._session._s, flat), self._session)

    def table(self, tableName):
        return self._session.table(tableName)


class DataFrameWriter:
    """`df.write`: mode(...).option(...).csv/parquet(path)."""

    def __init__(self, df):
        self._df = df
        self._mode = "errorifexists"
        self._format = "parquet"
        self._options = {}

    def mode(self, saveMode):
        self._mode = "errorifexists" if saveMode is None else saveMode
        return self

    def format(self, source):
        self._format = source.lower()
        return self

    def option(self, key, value):
        self._options[key] = _option_text(value)
        return self

    def options(self, **options):
        for k, v in options.items():
            self.option(k, v)
        return self

    def partitionBy(self, *cols):
        raise NotImplementedError("partitioned writes are not supported yet")

    def save(self, path=None, format=None, mode=None, **options):
        if format is not None:
            self._format = format.lower()
        if mode is not None:
            self._mode = mode
        self.options(**options)
        if self._format == "csv":
            return self.csv(path)
        if self._format == "parquet":
            return self.parquet(path)
        raise ValueError("unsupported data source format '%s' (csv and parquet are supported)" % self._format)

    def csv(self, path, mode=None, compression=None, sep=None, quote=None, escape=None, header=None,
            nullValue=None, **kwargs):
        if mode is not None:
            self._mode = mode
        for k, v in {"sep": sep, "quote": quote, "escape": escape, "header": header, "nullValue": nullValue}.items():
            if v is not None:
                self.option(k, v)
        _sql.write_csv(self._df._f, str(path), self._mode, list(self._options.items()))

    def parquet(self, path, mode=None, partitionBy=None, compression=None):
        if mode is not None:
            self._mode = mode
        if partitionBy:
            self.partitionBy(partitionBy)
        codec = compression or self._options.get("compression", "snappy")
        _sql.write_parquet(self._df._f, str(path), self._mode, codec)
