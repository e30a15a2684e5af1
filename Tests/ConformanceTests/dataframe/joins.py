# Joins of every kind: null keys, duplicate keys, expression conditions, cross joins.
from pyspark.sql import SparkSession, functions as F

spark = (SparkSession.builder.master("local[2]").appName("joins")
         .config("spark.sql.session.timeZone", "UTC").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")

left = spark.createDataFrame([(1, "l1"), (2, "l2"), (2, "l2b"), (None, "lnull"), (5, "l5")], "id int, lv string")
right = spark.createDataFrame([(2, "r2"), (3, "r3"), (None, "rnull"), (1, "r1"), (1, "r1b")], "id int, rv string")

for how in ["inner", "left", "right", "full", "left_semi", "left_anti"]:
    print(how)
    left.join(right, "id", how).orderBy(*left.join(right, "id", how).columns).show()
for how in ["inner", "left", "right", "outer"]:
    print("on", how)
    j = left.join(right, left.id == right.id, how).select(left.id.alias("lid"), "lv", right.id.alias("rid"), "rv")
    j.orderBy("lid", "lv", "rid", "rv").show()
left.join(right, (left.id == right.id) & (F.col("rv") != "r1b")).select("lv", "rv").orderBy("lv", "rv").show()
left.join(right, left.id < right.id).select("lv", "rv").orderBy("lv", "rv").show()
left.crossJoin(right).select("lv", "rv").orderBy("lv", "rv").show(30)
print(left.crossJoin(right).count())
dim = spark.createDataFrame([(h, "night" if h < 6 else "day") for h in range(24)], "hour int, label string")
facts = spark.range(1000).select((F.col("id") % 24).cast("int").alias("hour"), F.col("id"))
facts.join(dim, "hour").groupBy("label").agg(F.count("*").alias("n"), F.sum("id").alias("s")).orderBy("label").show()
