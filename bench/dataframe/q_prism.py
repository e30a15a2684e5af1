"""Prism's version of the dataframe peer benchmarks Q1-Q6 (../shared/bench/dataframe), written
against the pyspark API exactly as q_spark.py is. Usage:

    prism run bench/dataframe/q_prism.py QUERY INPUT [--out DIR]

Prints one JSON line with the same checksum string as the peers' scripts."""
import json
import os
import sys
import time

T0 = time.perf_counter()
from pyspark.sql import SparkSession, Window, functions as F

RADIUS_KM = 6371.0
TOPK = 100
SPLIT_SEED = 42
TRAIN_FRACTION = 0.9


def label(hour):
    if 7 <= hour <= 9 or 16 <= hour <= 19:
        return "rush"
    if hour >= 20 or hour <= 5:
        return "night"
    return "day"


DIM = [(h, label(h)) for h in range(24)]


def f2(x):
    return "%.2f" % float(x)


def g9(x):
    return "%.9g" % float(x)


def g6(x):
    return "%.6f" % float(x)


def ck_q1(n, fare, pc, pc_null):
    return "n=%d fare=%s pc=%d pc_null=%d" % (int(n), f2(fare), int(pc), int(pc_null))


def ck_q2(n, hour, dow, year, dist, fare):
    return "n=%d hour=%d dow=%d year=%d dist=%s fare=%s" % (int(n), int(hour), int(dow), int(year), g9(dist), f2(fare))


def ck_q3(rows):
    first, last = rows[0], rows[-1]
    return "groups=%d n=%d fare=%s dist=%s first=%d,%d last=%d,%d" % (
        len(rows), sum(int(r[2]) for r in rows), g6(sum(r[3] for r in rows)), g6(sum(r[4] for r in rows)),
        int(first[0]), int(first[1]), int(last[0]), int(last[1]))


def ck_q4(rows):
    return ";".join("%s:%d:%s:%s" % (l, int(c), g6(f), g6(d)) for l, c, f, d in rows)


def ck_q5(n, fare, years):
    return "n=%d fare=%s years=%d" % (int(n), f2(fare), int(years))


def ck_q6(train, total, fare):
    return "train=%d of=%d fare=%s" % (int(train), int(total), f2(fare))


args = sys.argv[1:]
if len(args) < 2 or args[0] not in ("q1", "q2", "q3", "q4", "q5", "q6"):
    print("usage: q_prism.py q1..q6 INPUT [--out DIR]", file=sys.stderr)
    sys.exit(2)
query, path = args[0], args[1]
out = args[args.index("--out") + 1] if "--out" in args else "/tmp/peers-out"
parquet = path.endswith(".parquet")

spark = (SparkSession.builder.master(os.environ.get("SPARK_MASTER", "local[2]"))
         .appName("peers").config("spark.driver.memory", "4g")
         .config("spark.sql.session.timeZone", "UTC").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")
t_setup = time.perf_counter()


def load(p):
    if parquet:
        return spark.read.parquet(p)
    return spark.read.csv(p, header=True, inferSchema=True)


def features(df):
    ts = F.col("pickup_datetime")
    if dict(df.dtypes)["pickup_datetime"] == "string":
        ts = F.to_timestamp(ts, "yyyy-MM-dd HH:mm:ss 'UTC'")
    c = F.col
    lat1, lon1 = F.radians(c("pickup_latitude")), F.radians(c("pickup_longitude"))
    lat2, lon2 = F.radians(c("dropoff_latitude")), F.radians(c("dropoff_longitude"))
    h = F.sin((lat2 - lat1) / 2) ** 2 + F.cos(lat1) * F.cos(lat2) * F.sin((lon2 - lon1) / 2) ** 2
    return (df.where((c("pickup_longitude") != 0) & (c("pickup_latitude") != 0)
                     & (c("dropoff_longitude") != 0) & (c("dropoff_latitude") != 0)
                     & (c("fare_amount") > 0) & (c("fare_amount") <= 500)
                     & c("passenger_count").isNotNull() & (c("passenger_count") != 0))
            .select("fare_amount", "passenger_count",
                    F.hour(ts).alias("hour"),
                    ((F.dayofweek(ts) + 5) % 7).alias("day_of_week"),
                    F.year(ts).alias("year"),
                    (2 * RADIUS_KM * F.asin(F.sqrt(h))).alias("distance_km"),
                    "pickup_longitude", "pickup_latitude", "dropoff_longitude", "dropoff_latitude"))


extra = {}
if query == "q1":
    df = load(path).cache()
    n = df.count()
    extra["types"] = dict(df.dtypes)
    r = df.agg(F.sum("fare_amount"), F.sum("passenger_count"),
               F.sum(F.col("passenger_count").isNull().cast("int"))).first()
    ck = ck_q1(n, *r)
else:
    f = features(load(path))
    if query == "q2":
        r = f.agg(F.count("*"), F.sum("hour"), F.sum("day_of_week"), F.sum("year"),
                  F.sum("distance_km"), F.sum("fare_amount")).first()
        ck = ck_q2(*r)
    elif query == "q3":
        r = (f.groupBy("hour", "passenger_count")
             .agg(F.count("*"), F.avg("fare_amount"), F.avg("distance_km"))
             .orderBy("hour", "passenger_count").collect())
        ck = ck_q3([tuple(x) for x in r])
    elif query == "q4":
        dim = spark.createDataFrame(DIM, "hour int, label string")
        r = (f.join(dim, "hour").groupBy("label")
             .agg(F.count("*"), F.avg("fare_amount"), F.avg("distance_km"))
             .orderBy("label").collect())
        ck = ck_q4([tuple(x) for x in r])
    elif query == "q5":
        w = Window.partitionBy("year").orderBy(F.col("fare_amount").desc())
        r = (f.withColumn("rn", F.row_number().over(w)).where(F.col("rn") <= TOPK)
             .agg(F.count("*"), F.sum("fare_amount"), F.countDistinct("year")).first())
        ck = ck_q5(*r)
    else:
        train, test = f.randomSplit([TRAIN_FRACTION, 1 - TRAIN_FRACTION], seed=SPLIT_SEED)
        target = out + "/train_prism.parquet"
        train.write.mode("overwrite").option("compression", "snappy").parquet(target)
        back = spark.read.parquet(target).agg(F.count("*"), F.sum("fare_amount")).first()
        ck = ck_q6(back[0], back[0] + test.count(), back[1])

t1 = time.perf_counter()
record = {"engine": "prism", "version": spark.version, "query": query, "input": os.path.basename(path),
          "setup_s": round(t_setup - T0, 3), "run_s": round(t1 - t_setup, 3), "wall_s": round(t1 - T0, 3),
          "checksum": ck}
record.update(extra)
print(json.dumps(record))
spark.stop()
