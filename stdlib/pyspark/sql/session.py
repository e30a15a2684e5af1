"""SparkSession: the entry point (pyspark.sql.SparkSession), on Prism's engine."""
import _sql
import os
from pyspark.sql.dataframe import DataFrame
from pyspark.sql.readwriter import DataFrameReader
from pyspark.sql.types import (Row, StructType, StructField, _infer_type, _parse_schema, _type_name,
                               StringType)


def _threads_of_master(master):
    """The threads of a master URL: local -> 1, local[N] -> N, local[*] -> every core."""
    if master is None or master == "local[*]" or master == "local":
        return os.cpu_count() or 1 if master != "local" else 1
    if master.startswith("local[") and master.endswith("]"):
        inner = master[6:-1].split(",")[0]
        if inner == "*":
            return os.cpu_count() or 1
        return int(inner)
    raise ValueError("Prism runs Spark sessions on this machine only: master must be local, local[N] or local[*], got %r" % master)


def _memory_bytes(text):
    """Bytes of a Spark memory string ("4g", "512m", "2GB") or an int."""
    if isinstance(text, int):
        return text
    t = str(text).strip().lower()
    if t.endswith("b"):
        t = t[:-1]
    if t.endswith("i"):
        t = t[:-1]
    units = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}
    if t and t[-1] in units:
        return int(float(t[:-1]) * units[t[-1]])
    return int(t)


class RuntimeConfig:
    """`spark.conf`: get, set, unset, getAll."""

    def __init__(self, session):
        self._s = session

    def set(self, key, value):
        if isinstance(value, bool):
            value = "true" if value else "false"
        _sql.conf_set(self._s, key, str(value))

    def get(self, key, default=None):
        value = _sql.conf_get(self._s, key)
        return default if value is None else value

    def unset(self, key):
        _sql.conf_set(self._s, key, None)

    def getAll(self):
        return dict(_sql.conf_all(self._s))

    def isModifiable(self, key):
        return True


class Catalog:
    """`spark.catalog`: temporary views."""

    def __init__(self, session):
        self._session = session

    def listTables(self, dbName=None):
        return [Row(name=n, catalog=None, namespace=[], description=None, tableType="TEMPORARY", isTemporary=True)
                for n in _sql.view_names(self._session._s)]

    def tableExists(self, tableName, dbName=None):
        return tableName.lower() in _sql.view_names(self._session._s)

    def dropTempView(self, viewName):
        return _sql.drop_view(self._session._s, viewName)

    def dropGlobalTempView(self, viewName):
        return _sql.drop_view(self._session._s, viewName)

    def cacheTable(self, tableName, storageLevel=None):
        pass

    def uncacheTable(self, tableName):
        pass

    def clearCache(self):
        pass


class SparkContext:
    """The few SparkContext members scripts touch: setLogLevel, appName, defaultParallelism."""

    def __init__(self, session):
        self._session = session

    def setLogLevel(self, logLevel):
        levels = ("ALL", "DEBUG", "ERROR", "FATAL", "INFO", "OFF", "TRACE", "WARN")
        if logLevel.upper() not in levels:
            raise ValueError("[INVALID_LOG_LEVEL] %s is not a valid log level; use one of %s" % (logLevel, ", ".join(levels)))

    @property
    def appName(self):
        return self._session._info()[0]

    @property
    def defaultParallelism(self):
        return self._session._info()[1]

    @property
    def master(self):
        return "local[%d]" % self._session._info()[1]

    def stop(self):
        self._session.stop()


class SparkSession:
    """A dataframe session. Made by `SparkSession.builder...getOrCreate()` or `raydp.init_spark`."""
    _active = None

    class Builder:
        """`SparkSession.builder.appName(..).master(..).config(k, v).getOrCreate()`."""

        def __init__(self):
            self._options = {}

        def appName(self, name):
            self._options["spark.app.name"] = name
            return self

        def master(self, master):
            self._options["spark.master"] = master
            return self

        def config(self, key=None, value=None, conf=None, map=None):
            if conf is not None:
                for k, v in conf.getAll():
                    self._options[k] = str(v)
            if map is not None:
                for k, v in map.items():
                    self._options[k] = str(v)
            if key is not None:
                self._options[key] = "true" if value is True else "false" if value is False else str(value)
            return self

        def enableHiveSupport(self):
            return self

        def remote(self, url):
            raise NotImplementedError("Spark Connect is not supported yet")

        def getOrCreate(self):
            active = SparkSession._active
            if active is not None and not active._stopped:
                for k, v in self._options.items():
                    if k not in ("spark.master", "spark.app.name"):
                        active.conf.set(k, v)
                return active
            options = dict(self._options)
            threads = _threads_of_master(options.get("spark.master", "local[*]"))
            memory = _memory_bytes(options.get("spark.driver.memory", "4g")) * 4
            return SparkSession._create(options.get("spark.app.name", "prism"), threads, memory, options)

        def create(self):
            return self.getOrCreate()

    builder = Builder()

    def __init__(self, handle):
        self._s = handle
        self._stopped = False
        self.conf = RuntimeConfig(handle)
        self.catalog = Catalog(self)
        self.sparkContext = SparkContext(self)
        self.version = "3.5.1"

    @classmethod
    def _create(cls, app_name, threads, memory, options):
        handle = _sql.session(app_name, threads, memory, list(options.items()))
        session = cls(handle)
        SparkSession._active = session
        SparkSession.builder = SparkSession.Builder()
        return session

    @classmethod
    def getActiveSession(cls):
        active = cls._active
        return active if active is not None and not active._stopped else None

    @classmethod
    def active(cls):
        session = cls.getActiveSession()
        if session is None:
            raise RuntimeError("[NO_ACTIVE_OR_DEFAULT_SESSION] No active or default Spark session found.")
        return session

    def _info(self):
        return _sql.session_info(self._s)

    def newSession(self):
        app, threads, memory = self._info()
        return SparkSession(_sql.session(app, threads, memory, _sql.conf_all(self._s)))

    @property
    def read(self):
        return DataFrameReader(self)

    def range(self, start, end=None, step=1, numPartitions=None):
        if end is None:
            start, end = 0, start
        return DataFrame(_sql.range(self._s, start, end, step, numPartitions), self)

    def createDataFrame(self, data, schema=None, samplingRatio=None, verifySchema=True):
        if isinstance(data, DataFrame):
            return data
        rows = list(data)
        names = None
        if isinstance(schema, str):
            schema = _parse_schema(schema)
        elif isinstance(schema, (list, tuple)) and all(isinstance(s, str) for s in schema):
            names = list(schema)
            schema = None
        values = []
        for row in rows:
            if isinstance(row, dict):
                if names is None:
                    names = list(row.keys())
                values.append([row.get(n) for n in names])
            elif isinstance(row, Row) and row.__fields__ is not None:
                if names is None:
                    names = list(row.__fields__)
                values.append(list(row))
            elif isinstance(row, (list, tuple)):
                values.append(list(row))
            else:
                values.append([row])
        if schema is None:
            width = max([len(v) for v in values]) if values else (len(names) if names else 0)
            if names is None:
                names = ["_%d" % (i + 1) for i in range(width)]
            types = []
            for i in range(len(names)):
                found = None
                for v in values:
                    if i < len(v) and v[i] is not None:
                        found = _infer_type(v[i])
                        break
                if found is None:
                    if values:
                        raise ValueError("[CANNOT_DETERMINE_TYPE] Some of types cannot be determined after inferring (column %s)." % names[i])
                    found = StringType()
                types.append(found)
            schema = StructType([StructField(n, t, True) for n, t in zip(names, types)])
        fields = [(f.name, f.dataType.simpleString(), f.nullable) for f in schema.fields]
        return DataFrame(_sql.create(self._s, values, fields), self)

    def sql(self, sqlQuery, args=None, **kwargs):
        return DataFrame(_sql.sql(self._s, sqlQuery), self)

    def table(self, tableName):
        return DataFrame(_sql.view(self._s, tableName), self)

    def stop(self):
        self._stopped = True
        if SparkSession._active is self:
            SparkSession._active = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
