# spark.sql over temporary views: SELECT, WHERE, GROUP BY, HAVING, ORDER BY, LIMIT, joins, CASE, CAST.
from pyspark.sql import SparkSession

spark = (SparkSession.builder.master("local[2]").appName("sql")
         .config("spark.sql.session.timeZone", "UTC").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")

spark.createDataFrame([(1, "a", 10.0), (2, "b", 20.0), (3, "a", 30.0), (4, "c", None)], "id int, k string, v double") \
    .createOrReplaceTempView("t")
spark.createDataFrame([("a", "alpha"), ("b", "beta")], "k string, name string").createOrReplaceTempView("names")

spark.sql("SELECT k, count(*) AS n, sum(v) AS total, avg(v) FROM t GROUP BY k HAVING count(*) >= 1 ORDER BY k").show()
spark.sql("SELECT id, CASE WHEN v > 15 THEN 'big' WHEN v IS NULL THEN 'none' ELSE 'small' END AS size FROM t ORDER BY id").show()
spark.sql("SELECT t.id, n.name FROM t JOIN names n ON t.k = n.k ORDER BY t.id").show()
spark.sql("SELECT t.id, n.name FROM t LEFT JOIN names n ON t.k = n.k ORDER BY t.id").show()
spark.sql("SELECT CAST(v AS INT) AS iv, id * 2 AS twice FROM t WHERE id BETWEEN 2 AND 4 ORDER BY id DESC LIMIT 2").show()
spark.sql("SELECT k, total FROM (SELECT k, sum(v) AS total FROM t GROUP BY k) s WHERE total > 15 ORDER BY total DESC").show()
spark.sql("SELECT id, row_number() OVER (PARTITION BY k ORDER BY v DESC) AS rn FROM t ORDER BY id").show()
spark.sql("SELECT k FROM t WHERE k IN ('a', 'c') UNION ALL SELECT name FROM names ORDER BY k").show()
print(spark.sql("SELECT count(DISTINCT k) AS dk, max(v) AS mv FROM t").collect())
print(sorted(spark.catalog.tableExists(name) for name in ["t", "missing"]))
