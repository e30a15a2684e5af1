"""DataFrame and GroupedData (pyspark.sql.DataFrame) over Prism's engine."""
import _sql
from pyspark.sql.column import Column, _expr, _to_col
from pyspark.sql.types import Row, StructType, StructField, _from_name


def _flatten(cols):
    if len(cols) == 1 and isinstance(cols[0], (list, tuple)):
        return list(cols[0])
    return list(cols)


def _sort_keys(cols, ascending):
    keys = [_to_col(c) for c in _flatten(cols)]
    if ascending is None:
        return keys
    if isinstance(ascending, (list, tuple)):
        if len(ascending) != len(keys):
            raise ValueError("ascending should have as many values as the columns")
        flags = list(ascending)
    else:
        flags = [bool(ascending)] * len(keys)
    return [k if flag else k.desc() for k, flag in zip(keys, flags)]


class DataFrame:
    """A lazy table: transformations build a plan; actions (collect, count, show, write) run it."""

    def __init__(self, frame, session):
        self._f = frame
        self.sparkSession = session
        self._session = session

    def _wrap(self, frame):
        return DataFrame(frame, self._session)

    # Schema
    @property
    def schema(self):
        return StructType([StructField(n, _from_name(t), nullable) for n, t, nullable in _sql.schema(self._f)])

    @property
    def columns(self):
        return [n for n, _, _ in _sql.schema(self._f)]

    @property
    def dtypes(self):
        return [(n, t) for n, t, _ in _sql.schema(self._f)]

    def printSchema(self, level=None):
        print(_sql.print_schema(self._f))

    def __getitem__(self, item):
        if isinstance(item, str):
            return Column(_sql.column(self._f, item))
        if isinstance(item, int):
            return Column(_sql.column(self._f, self.columns[item]))
        if isinstance(item, Column):
            return self.filter(item)
        if isinstance(item, (list, tuple)):
            return self.select(*item)
        raise TypeError("unexpected item type: %s" % type(item).__name__)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name not in self.columns:
            raise AttributeError("'DataFrame' object has no attribute '%s'" % name)
        return Column(_sql.column(self._f, name))

    # Transformations
    def select(self, *cols):
        return self._wrap(_sql.select(self._f, [_to_col(c)._e for c in _flatten(cols)]))

    def selectExpr(self, *expr):
        from pyspark.sql.functions import expr as parse
        return self.select(*[parse(e) for e in _flatten(expr)])

    def filter(self, condition):
        if isinstance(condition, str):
            from pyspark.sql.functions import expr as parse
            condition = parse(condition)
        return self._wrap(_sql.filter(self._f, condition._e))

    where = filter

    def withColumn(self, colName, col):
        if not isinstance(col, Column):
            raise TypeError("[NOT_COLUMN] Argument `col` should be a Column, got %s." % type(col).__name__)
        return self._wrap(_sql.with_columns(self._f, [(colName, col._e)]))

    def withColumns(self, *colsMap):
        mapping = colsMap[0] if colsMap else {}
        return self._wrap(_sql.with_columns(self._f, [(k, v._e) for k, v in mapping.items()]))

    def withColumnRenamed(self, existing, new):
        return self._wrap(_sql.rename(self._f, existing, new))

    def withColumnsRenamed(self, colsMap):
        df = self
        for k, v in colsMap.items():
            df = df.withColumnRenamed(k, v)
        return df

    def toDF(self, *cols):
        names = self.columns
        if len(cols) != len(names):
            raise ValueError("toDF needs %d names, got %d" % (len(names), len(cols)))
        return self.select(*[Column(_sql.column(self._f, old)).alias(new) for old, new in zip(names, cols)])

    def alias(self, alias):
        return self

    def drop(self, *cols):
        names = [c for c in cols if isinstance(c, str)]
        refs = [c._e for c in cols if isinstance(c, Column)]
        frame = self._f
        if names:
            frame = _sql.drop(frame, names)
        if refs:
            frame = _sql.drop_refs(frame, refs)
        return self._wrap(frame)

    def limit(self, num):
        return self._wrap(_sql.limit(self._f, num))

    def orderBy(self, *cols, ascending=None):
        return self._wrap(_sql.order_by(self._f, [k._e for k in _sort_keys(cols, ascending)]))

    sort = orderBy

    def sortWithinPartitions(self, *cols, ascending=None):
        return self.orderBy(*cols, ascending=ascending)

    def distinct(self):
        return self._wrap(_sql.distinct(self._f))

    def dropDuplicates(self, subset=None):
        return self._wrap(_sql.drop_duplicates(self._f, subset))

    drop_duplicates = dropDuplicates

    def union(self, other):
        return self._wrap(_sql.union(self._f, other._f))

    unionAll = union

    def unionByName(self, other, allowMissingColumns=False):
        return self._wrap(_sql.union_by_name(self._f, other._f, allowMissingColumns))

    def sample(self, withReplacement=None, fraction=None, seed=None):
        if isinstance(withReplacement, float):
            withReplacement, fraction, seed = None, withReplacement, fraction
        if withReplacement:
            raise NotImplementedError("sampling with replacement is not supported yet")
        return self._wrap(_sql.sample(self._f, float(fraction), 0 if seed is None else seed))

    def randomSplit(self, weights, seed=None):
        for w in weights:
            if w < 0.0:
                raise ValueError("Weights must be positive. Found weight value: %s" % w)
        return [self._wrap(f) for f in _sql.random_split(self._f, [float(w) for w in weights], 0 if seed is None else seed)]

    def dropna(self, how="any", thresh=None, subset=None):
        if isinstance(subset, str):
            subset = [subset]
        return self._wrap(_sql.dropna(self._f, how, thresh, subset))

    def fillna(self, value, subset=None):
        if isinstance(subset, str):
            subset = [subset]
        if isinstance(value, dict):
            return self._wrap(_sql.fillna(self._f, None, list(value.items()), subset))
        if not isinstance(value, (int, float, str, bool)):
            raise TypeError("value should be a float, int, string, bool or dict")
        return self._wrap(_sql.fillna(self._f, value, [], subset))

    @property
    def na(self):
        return DataFrameNaFunctions(self)

    def groupBy(self, *cols):
        return GroupedData(self, [_to_col(c) for c in _flatten(cols)])

    groupby = groupBy

    def agg(self, *exprs):
        return self.groupBy().agg(*exprs)

    def join(self, other, on=None, how=None):
        how = "inner" if how is None else how
        if on is None:
            return self._wrap(_sql.join_on(self._f, other._f, None, "cross" if how == "inner" else how))
        if isinstance(on, str):
            on = [on]
        if isinstance(on, (list, tuple)) and on and all(isinstance(o, str) for o in on):
            return self._wrap(_sql.join_using(self._f, other._f, list(on), how))
        if isinstance(on, (list, tuple)):
            condition = on[0]
            for c in on[1:]:
                condition = condition & c
            on = condition
        return self._wrap(_sql.join_on(self._f, other._f, on._e, how))

    def crossJoin(self, other):
        return self._wrap(_sql.join_on(self._f, other._f, None, "cross"))

    def describe(self, *cols):
        from pyspark.sql import functions as F
        names = _flatten(cols) or [n for n, t in self.dtypes if t in ("int", "bigint", "float", "double", "string")]
        stats = [("count", F.count), ("mean", F.avg), ("stddev", F.stddev), ("min", F.min), ("max", F.max)]
        numeric = dict(self.dtypes)
        rows = []
        for label, function in stats:
            exprs = []
            for n in names:
                if label in ("mean", "stddev") and numeric.get(n) == "string":
                    exprs.append(F.lit(None).cast("string").alias(n))
                else:
                    exprs.append(function(n).cast("string").alias(n))
            values = self.agg(*exprs).collect()[0]
            rows.append(tuple([label] + list(values)))
        return self._session.createDataFrame(rows, "summary string, " + ", ".join("`%s` string" % n for n in names))

    summary = describe

    def cache(self):
        """Computes the frame now and keeps it in memory (Spark does it at the first action)."""
        self._f = _sql.cache(self._f)
        return self

    def persist(self, storageLevel=None):
        return self.cache()

    def unpersist(self, blocking=False):
        return self

    def repartition(self, numPartitions, *cols):
        return self

    def coalesce(self, numPartitions):
        return self

    def createOrReplaceTempView(self, name):
        _sql.create_view(self._session._s, name, self._f, True)

    def createTempView(self, name):
        _sql.create_view(self._session._s, name, self._f, False)

    registerTempTable = createOrReplaceTempView

    # Actions
    def collect(self):
        names = self.columns
        return [Row._make(names, list(values)) for values in _sql.collect(self._f)]

    def take(self, num):
        return self.limit(num).collect()

    def head(self, n=None):
        if n is None:
            rows = self.take(1)
            return rows[0] if rows else None
        return self.take(n)

    def first(self):
        return self.head()

    def tail(self, num):
        rows = self.collect()
        return rows[len(rows) - num:] if num > 0 else []

    def count(self):
        return _sql.count(self._f)

    def isEmpty(self):
        return len(self.take(1)) == 0

    def show(self, n=20, truncate=True, vertical=False):
        if truncate is True:
            width = 20
        elif truncate is False:
            width = 0
        else:
            width = int(truncate)
        print(_sql.show(self._f, n, width, vertical))

    def explain(self, extended=None, mode=None):
        print(_sql.explain(self._f))

    def toLocalIterator(self):
        return iter(self.collect())

    def to_rows(self):
        """The rows as a list of dicts."""
        return [r.asDict() for r in self.collect()]

    def to_dict(self):
        """The columns as a dict of lists."""
        names = self.columns
        data = {n: [] for n in names}
        for values in _sql.collect(self._f):
            for n, v in zip(names, values):
                data[n].append(v)
        return data

    def toPandas(self):
        raise NotImplementedError("toPandas() is not available in Prism: use to_dict() or to_rows()")

    def _repr_table_(self):
        return self.limit(20).to_dict()

    @property
    def write(self):
        from pyspark.sql.readwriter import DataFrameWriter
        return DataFrameWriter(self)

    @property
    def rdd(self):
        raise NotImplementedError("RDDs are not available in Prism: use DataFrame operations")

    def __repr__(self):
        return "DataFrame[%s]" % ", ".join("%s: %s" % (n, t) for n, t in self.dtypes)


class GroupedData:
    """`df.groupBy(...)`: agg, count, sum, avg, mean, min, max."""

    def __init__(self, df, keys):
        self._df = df
        self._keys = keys

    def agg(self, *exprs):
        if len(exprs) == 1 and isinstance(exprs[0], dict):
            from pyspark.sql import functions as F
            named = {"avg": F.avg, "mean": F.avg, "sum": F.sum, "min": F.min, "max": F.max, "count": F.count,
                     "stddev": F.stddev, "variance": F.variance, "first": F.first, "last": F.last}
            columns = []
            for name, function in exprs[0].items():
                if function not in named:
                    raise ValueError("unknown aggregate function %s" % function)
                columns.append(named[function](name))
            exprs = columns
        cols = _flatten(exprs)
        return self._df._wrap(_sql.group_agg(self._df._f, [k._e for k in self._keys], [c._e for c in cols]))

    def count(self):
        from pyspark.sql import functions as F
        return self.agg(F.count("*").alias("count"))

    def _numeric(self, name, cols):
        from pyspark.sql import functions as F
        function = getattr(F, name)
        if not cols:
            keys = set(_sql.expr_name(k._e) for k in self._keys)
            cols = [n for n, t in self._df.dtypes if t in ("int", "bigint", "float", "double") and n not in keys]
        return self.agg(*[function(c) for c in cols])

    def sum(self, *cols): return self._numeric("sum", cols)
    def avg(self, *cols): return self._numeric("avg", cols)
    def mean(self, *cols): return self._numeric("avg", cols)
    def min(self, *cols): return self._numeric("min", cols)
    def max(self, *cols): return self._numeric("max", cols)


class DataFrameNaFunctions:
    """`df.na.drop(...)`, `df.na.fill(...)`."""

    def __init__(self, df):
        self._df = df

    def drop(self, how="any", thresh=None, subset=None):
        return self._df.dropna(how, thresh, subset)

    def fill(self, value, subset=None):
        return self._df.fillna(value, subset)
