# Window functions: ranking, offsets and aggregates over partitions and running frames.
from pyspark.sql import SparkSession, Window, functions as F

spark = (SparkSession.builder.master("local[2]").appName("windows")
         .config("spark.sql.session.timeZone", "UTC").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")

df = spark.createDataFrame([("a", 1, 10.0), ("a", 2, 20.0), ("a", 3, 20.0), ("a", 4, None), ("b", 1, 5.0),
                            ("b", 2, 7.5), (None, 1, 1.0)], "g string, t int, x double")
w = Window.partitionBy("g").orderBy("t")
wx = Window.partitionBy("g").orderBy(F.col("x").desc())
df.select("g", "t", "x",
          F.row_number().over(w).alias("rn"),
          F.lag("x").over(w).alias("prev"),
          F.lead("x", 1, -1.0).over(w).alias("next"),
          F.sum("x").over(w).alias("running"),
          F.sum("x").over(Window.partitionBy("g")).alias("total"),
          F.count("*").over(Window.partitionBy("g")).alias("n")).orderBy("g", "t").show()
df.select("g", "t", "x", F.rank().over(wx).alias("rank"), F.dense_rank().over(wx).alias("dense"),
          F.percent_rank().over(wx).alias("pct"), F.ntile(2).over(wx).alias("tile")).orderBy("g", "t").show()
df.withColumn("rn", F.row_number().over(wx)).where(F.col("rn") <= 2).select("g", "x", "rn").orderBy("g", "rn").show()
df.withColumn("avg3", F.avg("x").over(w.rowsBetween(-1, 1))).orderBy("g", "t").show()
df.withColumn("m", F.max("x").over(Window.orderBy("t"))).orderBy("t", "g").show()
