# User functions, describe, selectExpr, toDF, withColumns, unionByName, Row objects, conf and catalog.
from pyspark.sql import SparkSession, Row, functions as F
from pyspark.sql.types import DoubleType, StringType, IntegerType

spark = (SparkSession.builder.master("local[2]").appName("extras")
         .config("spark.sql.session.timeZone", "UTC").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")

df = spark.createDataFrame([(1, 2.0, "x"), (2, None, "y"), (3, 4.5, None)], ["id", "v", "s"])
twice = F.udf(lambda x: None if x is None else x * 2, DoubleType())


@F.udf(returnType=StringType())
def label(i):
    return "odd" if i % 2 else "even"


size = F.udf(lambda s: -1 if s is None else len(s), IntegerType())
df.select("id", twice("v").alias("t"), label("id").alias("l"), size("s").alias("n")).orderBy("id").show()
df.describe().show()
df.describe("v").show()
df.selectExpr("id * 10 AS big", "upper(s) AS up").orderBy("big").show()
df.toDF("a", "b", "c").orderBy("a").show()
df.withColumns({"w": F.col("id") + 1, "z": F.lit("k")}).orderBy("id").show()
other = spark.createDataFrame([("q", 9)], ["s", "id"])
df.select("id", "s").unionByName(other).orderBy("id").show()
df.unionByName(other, allowMissingColumns=True).orderBy("id").show()
r = df.orderBy("id").first()
print(r, r.asDict(), "v" in r, r[1])
print(Row(a=1, b="x"), Row(a=1, b="x").b)
spark.conf.set("spark.sql.shuffle.partitions", "4")
print(spark.conf.get("spark.sql.shuffle.partitions"))
df.createOrReplaceTempView("things")
print([t.name for t in spark.catalog.listTables()])
print(spark.table("things").count())
print(df.groupBy("s").agg(F.max("v").alias("m")).orderBy("s").collect())
print(df.na.fill({"v": 0.0, "s": "-"}).orderBy("id").collect())
print(df.na.drop().count(), df.dropna(how="all").count(), df.dropna(thresh=3).count())
print(df.filter("v IS NOT NULL AND id > 1").count())
