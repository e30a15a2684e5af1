# CSV and Parquet: schema inference, nulls, malformed-row modes, writing folders and reading them back.
import os
import shutil
import tempfile
from pyspark.sql import SparkSession, functions as F

spark = (SparkSession.builder.master("local[2]").appName("io")
         .config("spark.sql.session.timeZone", "UTC").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")

root = tempfile.mkdtemp()
path = os.path.join(root, "trips.csv")
with open(path, "w") as f:
    f.write("key,fare,when,count,flag,note\n")
    f.write("a,2.5,2015-11-13 20:19:33 UTC,1,true,\"hello, world\"\n")
    f.write("b,-1,2009-06-15 17:26:21 UTC,,false,plain\n")
    f.write("c,1e3,2013-06-30 06:20:58 UTC,7,true,\n")
    f.write("d,4,2012-01-01 00:00:00 UTC,3000000000,false,\"quoted \\\"inner\\\"\"\n")

df = spark.read.csv(path, header=True, inferSchema=True)
df.printSchema()
df.orderBy("key").show(truncate=False)
raw = spark.read.option("header", "true").csv(path)
raw.printSchema()
print(raw.orderBy("key").select("count", "note").collect())
nohead = spark.read.csv(path)
print(nohead.columns, nohead.count())

bad = os.path.join(root, "bad.csv")
with open(bad, "w") as f:
    f.write("x,y\n1,2\nthree,4\n5,6\n")
typed = "x int, y int"
spark.read.csv(bad, header=True, schema=typed).orderBy("y").show()
spark.read.csv(bad, header=True, schema=typed, mode="DROPMALFORMED").orderBy("y").show()
try:
    spark.read.csv(bad, header=True, schema=typed, mode="FAILFAST").collect()
    print("no error")
except Exception as e:
    print("FAILFAST raised")

out = os.path.join(root, "out_csv")
df.select("key", "fare", "count").write.csv(out, header=True)
back = spark.read.csv(out, header=True, inferSchema=True)
back.orderBy("key").show()
try:
    df.write.csv(out, header=True)
    print("no error")
except Exception as e:
    print("write into an existing folder raised")
df.limit(1).select("key").write.mode("overwrite").csv(out, header=True)
print(spark.read.csv(out, header=True).count())
df.limit(1).select("key").write.mode("append").csv(out, header=True)
print(spark.read.csv(out, header=True).count())
df.select("key").write.mode("ignore").csv(out, header=True)
print(spark.read.csv(out, header=True).count())

pq = os.path.join(root, "out_parquet")
df.write.parquet(pq)
p = spark.read.parquet(pq)
p.printSchema()
p.orderBy("key").show(truncate=False)
print(p.filter(F.col("fare") > 0).count())
try:
    spark.read.csv(os.path.join(root, "missing.csv"), header=True)
    print("no error")
except Exception as e:
    print(type(e).__name__)
shutil.rmtree(root)
