# Column functions on values with nulls: math, strings, dates and times (session time zone UTC).
import datetime
from pyspark.sql import SparkSession, functions as F

spark = (SparkSession.builder.master("local[2]").appName("functions")
         .config("spark.sql.session.timeZone", "UTC").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")

nums = spark.createDataFrame([(1, 4.0, -2.5), (2, None, 0.5), (3, 2.25, None), (4, 0.0, 1e10)], "id int, a double, b double")
nums.select("id", F.sqrt("a").alias("sqrt"), F.abs("b").alias("abs"), F.round("b", 1).alias("r1"),
            F.floor("b").alias("fl"), F.ceil("b").alias("ce"), F.pow("a", 2).alias("p"),
            F.coalesce("a", "b").alias("co"), F.greatest("a", "b").alias("gr"), F.least("a", "b").alias("le")).orderBy("id").show()
nums.select("id", F.round(F.exp("a"), 4).alias("exp"), F.round(F.log("a"), 4).alias("ln"),
            F.round(F.sin("b"), 4).alias("sin"), F.round(F.atan2("a", "b"), 4).alias("atan2"),
            F.round(F.radians("a"), 6).alias("rad"), F.round(F.degrees("b"), 2).alias("deg"),
            (F.col("a") / F.col("b")).alias("div"), (F.col("id") % 3).alias("mod")).orderBy("id").show()

words = spark.createDataFrame([(1, "  Hello World ", "x"), (2, None, "y"), (3, "spark,sql", ""), (4, "Ünïcode", "z")],
                              "id int, s string, t string")
words.select("id", F.upper("s").alias("up"), F.lower("s").alias("low"), F.trim("s").alias("tr"),
              F.length("s").alias("len"), F.substring("s", 3, 4).alias("sub")).orderBy("id").show()
words.select("id", F.concat("s", "t").alias("cat"), F.concat_ws("-", "s", "t").alias("ws"),
             F.regexp_replace("s", "[lo]", "_").alias("re"), F.regexp_extract("s", "(\\w+),(\\w+)", 2).alias("ex"),
             F.col("s").like("%o%").alias("like"), F.col("s").startswith("sp").alias("sw"),
             F.col("s").contains("l").alias("has")).orderBy("id").show(truncate=False)

ts = spark.createDataFrame([(1, "2015-11-13 20:19:33", datetime.date(2016, 2, 29)), (2, None, None),
                            (3, "2009-01-01 00:00:00", datetime.date(2009, 12, 31))], "id int, s string, d date")
t = ts.withColumn("ts", F.to_timestamp("s"))
t.select("id", F.year("ts").alias("y"), F.month("ts").alias("m"), F.dayofmonth("ts").alias("dom"),
         F.hour("ts").alias("h"), F.minute("ts").alias("mi"), F.second("ts").alias("sec"),
         F.dayofweek("ts").alias("dow"), F.dayofyear("ts").alias("doy"), F.weekofyear("ts").alias("woy"),
         F.quarter("ts").alias("q")).orderBy("id").show()
t.select("id", F.date_format("ts", "yyyy/MM/dd HH:mm").alias("fmt"), F.to_date("s").alias("day"),
         F.datediff("d", F.to_date("s")).alias("diff"), F.date_add("d", 1).alias("next"),
         F.unix_timestamp("ts").alias("unix")).orderBy("id").show()
ts.select("id", F.to_timestamp(F.lit("2013-06-30 06:20:58 UTC"), "yyyy-MM-dd HH:mm:ss 'UTC'").alias("p")).orderBy("id").show()
print(t.orderBy("id").select("ts", "d").collect())
