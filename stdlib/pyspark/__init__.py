"""PySpark's API on Prism's own dataframe engine (no JVM). See `pyspark.sql`."""

__version__ = "3.5.1"

from pyspark.sql import SparkSession, Row
from pyspark.sql.conf_objects import SparkConf, StorageLevel
