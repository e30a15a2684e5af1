# groupBy / agg: every aggregate on ints, doubles, strings, nulls, NaN, empty groups and skew.
from pyspark.sql import SparkSession, functions as F

spark = (SparkSession.builder.master("local[2]").appName("aggregates")
         .config("spark.sql.session.timeZone", "UTC").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")

rows = [("a", 1, 1.0), ("a", 2, None), ("b", None, 3.0), ("b", 4, float("nan")), (None, 5, 5.0)]
rows += [("skew", i, float(i)) for i in range(200)]
df = spark.createDataFrame(rows, "k string, i bigint, d double")

df.groupBy("k").agg(F.count("*"), F.count("i"), F.sum("i"), F.avg("i"), F.min("i"), F.max("i")).orderBy("k").show()
df.groupBy("k").agg(F.sum("d").alias("sd"), F.max("d").alias("md"), F.min("d").alias("mind"), F.countDistinct("i").alias("di")).orderBy("k").show()
df.groupBy("k").agg(F.round(F.stddev("i"), 6).alias("sd"), F.round(F.variance("i"), 6).alias("var"),
                    F.round(F.stddev_pop("i"), 6).alias("sdp"), F.round(F.var_pop("i"), 6).alias("vp")).orderBy("k").show()
df.groupBy("k").agg(F.min("k").alias("mink"), F.max("k").alias("maxk")).orderBy("k").show()
df.groupBy("k").count().orderBy(F.col("count").desc(), "k").show()
df.agg(F.count("*"), F.sum("i"), F.max("d")).show()
df.filter(F.col("i") > 1000).agg(F.count("*"), F.sum("i"), F.avg("d"), F.min("k")).show()
df.filter(F.col("i") > 1000).groupBy("k").count().show()
df.groupBy("k", (F.col("i") % 2).alias("odd")).agg(F.count("*").alias("n")).filter(F.col("n") > 1).orderBy("k", "odd").show()
df.groupBy().sum("i").show()
df.groupBy("k").avg("i", "d").orderBy("k").show()
df.groupBy("k").agg({"i": "max"}).orderBy("k").show()
df.select(F.sum(F.col("i") * 2).alias("twice"), (F.sum("i") / F.count("i")).alias("mean")).show()
nans = spark.createDataFrame([(float("nan"), 1), (float("nan"), 2), (1.0, 3), (-0.0, 4), (0.0, 5)], "x double, n bigint")
nans.groupBy("x").agg(F.sum("n").alias("s")).orderBy("x").show()
nans.distinct().count()
print(nans.select("x").distinct().count())
