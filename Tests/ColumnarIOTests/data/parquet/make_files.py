#!/usr/bin/env python3
"""Regenerates the Parquet test files of ColumnarIOTests (ParquetReadTests) and their expected values.

Usage: python make_files.py   (needs pyarrow; writes next to this script)

Each NAME.parquet gets NAME.json: {"schema": [[name, spark type, nullable], ...], "rows": n,
"columns": {name: [value-as-string or null, ...]}} where ints, dates (days) and timestamps
(microseconds, UTC) are decimal strings, floats repr() strings, booleans "true"/"false".
The values are dumped from what pyarrow reads back, so they are pyarrow's view of the file.
"""
import datetime, json, os, random
import pyarrow as pa, pyarrow.parquet as pq

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20240601)

def maybe_null(values, rate=0.12):
    return [None if rng.random() < rate else v for v in values]

def types_table(n):
    words = ["alpha", "beta", "gamma", "", "δέλτα", "epsilon 🙂", "z" * 40]
    epoch = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
    cols = {
        "b": (pa.bool_(), maybe_null([rng.random() < 0.5 for _ in range(n)])),
        "i32": (pa.int32(), maybe_null([rng.randint(-2**31, 2**31 - 1) if rng.random() < 0.3 else rng.randint(-5, 5) for _ in range(n)])),
        "i64": (pa.int64(), maybe_null([rng.randint(-2**63, 2**63 - 1) if rng.random() < 0.3 else rng.randint(0, 9) for _ in range(n)])),
        "f32": (pa.float32(), maybe_null([rng.choice([0.5, -1.25, 3.0e10, rng.uniform(-100, 100)]) for _ in range(n)])),
        "f64": (pa.float64(), maybe_null([rng.choice([0.1, -2.5, 1e300, rng.uniform(-1e6, 1e6)]) for _ in range(n)])),
        "s": (pa.string(), maybe_null([rng.choice(words) + (str(rng.randint(0, 3)) if rng.random() < 0.5 else "") for _ in range(n)])),
        "d": (pa.date32(), maybe_null([datetime.date(1970, 1, 1) + datetime.timedelta(days=rng.randint(-30000, 30000)) for _ in range(n)])),
        "ts": (pa.timestamp("us", tz="UTC"), maybe_null([epoch + datetime.timedelta(microseconds=rng.randint(-2**50, 2**50)) for _ in range(n)])),
    }
    return pa.table({k: pa.array(v, type=t) for k, (t, v) in cols.items()})

def spark_type(t):
    if pa.types.is_boolean(t): return "boolean"
    if t in (pa.int8(), pa.int16(), pa.int32(), pa.uint8(), pa.uint16()): return "int"
    if t in (pa.int64(), pa.uint32(), pa.uint64()): return "bigint"
    if t == pa.float32(): return "float"
    if t == pa.float64(): return "double"
    if pa.types.is_string(t) or pa.types.is_large_string(t): return "string"
    if pa.types.is_date32(t): return "date"
    if pa.types.is_timestamp(t): return "timestamp"
    raise ValueError(t)

def text(v, t):
    if v is None: return None
    if pa.types.is_boolean(t): return "true" if v else "false"
    if pa.types.is_floating(t): return repr(float(v))
    if pa.types.is_date32(t): return str((v - datetime.date(1970, 1, 1)).days)
    if pa.types.is_timestamp(t): return None if v is None else str(v)
    return str(v)

def dump(name, expected=None):
    path = os.path.join(HERE, name + ".parquet")
    t = pq.read_table(path)
    schema = pq.read_schema(path)
    columns = {}
    for field in t.schema:
        col = t.column(field.name)
        if pa.types.is_timestamp(field.type):
            unit = field.type.unit
            raw = col.cast(pa.timestamp(unit)).cast(pa.int64()).to_pylist()
            scale = {"s": (10**6, 1), "ms": (1000, 1), "us": (1, 1), "ns": (1, 1000)}[unit]
            vals = [None if v is None else str(v * scale[0] // scale[1]) for v in raw]
        else:
            vals = [text(v, field.type) for v in col.to_pylist()]
        columns[field.name] = vals
    out = {"schema": [[f.name, spark_type(f.type), f.nullable] for f in schema], "rows": t.num_rows, "columns": columns}
    if expected is not None:  # several files of one table share one expected dump
        with open(os.path.join(HERE, expected + ".json")) as f:
            assert json.load(f) == json.loads(json.dumps(out)), name
        return
    with open(os.path.join(HERE, name + ".json"), "w") as f:
        json.dump(out, f, ensure_ascii=False, separators=(",", ":"))

def write(name, table, expected=None, **kw):
    pq.write_table(table, os.path.join(HERE, name + ".parquet"), **kw)
    dump(name, expected)

# One table in several layouts, all compared against types.json.
t = types_table(300)
pq.write_table(t, os.path.join(HERE, "plain_none_v1.parquet"), compression="none", use_dictionary=False)
dump("plain_none_v1")
os.replace(os.path.join(HERE, "plain_none_v1.json"), os.path.join(HERE, "types.json"))
write("dict_snappy_v1_groups", t, "types", compression="snappy", use_dictionary=True, row_group_size=70)
write("dict_gzip_v2", t, "types", compression="gzip", use_dictionary=True, data_page_version="2.0")
write("plain_zstd_v2", t, "types", compression="zstd", use_dictionary=False, data_page_version="2.0")
# Many small pages in one row group (page skipping when a row group is split).
write("pages_snappy", types_table(800), compression="snappy", use_dictionary=["s"], data_page_size=512, write_batch_size=64)

# Required (non-null) columns.
req = pa.table({
    "id": pa.array(range(50), type=pa.int64()),
    "name": pa.array([f"n{i}" for i in range(50)], type=pa.string()),
    "score": pa.array([i * 0.5 for i in range(50)], type=pa.float64()),
}, schema=pa.schema([pa.field("id", pa.int64(), nullable=False), pa.field("name", pa.string(), nullable=False),
                     pa.field("score", pa.float64(), nullable=False)]))
write("required", req, compression="snappy")

# Timestamp units, small and unsigned integers.
n = 40
base = [rng.randint(-2**40, 2**40) * 1000 for _ in range(n)]
units = pa.table({
    "ts_ms": pa.array(maybe_null([b // 1000 for b in base]), type=pa.timestamp("ms", tz="UTC")),
    "ts_ns": pa.array(maybe_null([b * 1000 + 123 for b in base]), type=pa.timestamp("ns")),
    "i8": pa.array(maybe_null([rng.randint(-128, 127) for _ in range(n)]), type=pa.int8()),
    "i16": pa.array(maybe_null([rng.randint(-32768, 32767) for _ in range(n)]), type=pa.int16()),
    "u8": pa.array(maybe_null([rng.randint(0, 255) for _ in range(n)]), type=pa.uint8()),
    "u16": pa.array(maybe_null([rng.randint(0, 65535) for _ in range(n)]), type=pa.uint16()),
    "u32": pa.array(maybe_null([rng.randint(0, 2**32 - 1) for _ in range(n)]), type=pa.uint32()),
    "u64": pa.array(maybe_null([rng.randint(0, 2**63 - 1) for _ in range(n)]), type=pa.uint64()),
})
write("units", units, compression="zstd", coerce_timestamps=None, allow_truncated_timestamps=False)
int96 = pa.table({"ts": pa.array(maybe_null([b for b in base]), type=pa.timestamp("us"))})
write("int96", int96, compression="none", use_deprecated_int96_timestamps=True)

# DELTA_BINARY_PACKED integers.
delta = pa.table({
    "a": pa.array(maybe_null([rng.randint(-10**12, 10**12) for _ in range(500)]), type=pa.int64()),
    "b": pa.array([i * 3 - 700 for i in range(500)], type=pa.int32()),
    "c": pa.array(maybe_null([rng.randint(-2**31, 2**31 - 1) for _ in range(500)]), type=pa.int32()),
})
write("delta", delta, compression="snappy", use_dictionary=False,
      column_encoding={"a": "DELTA_BINARY_PACKED", "b": "DELTA_BINARY_PACKED", "c": "DELTA_BINARY_PACKED"})

# A nested column (not supported: the reader must say so).
pq.write_table(pa.table({"id": [1, 2], "xs": pa.array([[1, 2], [3]], type=pa.list_(pa.int64()))}),
               os.path.join(HERE, "nested.parquet"))
