"""pyspark.sql on Prism's own columnar engine: SparkSession, DataFrame, Column, Row, Window,
functions and types, with PySpark's names and signatures."""
from pyspark.sql.types import Row
from pyspark.sql.column import Column
from pyspark.sql.dataframe import DataFrame, GroupedData, DataFrameNaFunctions
from pyspark.sql.window import Window, WindowSpec
from pyspark.sql.session import SparkSession
from pyspark.sql.readwriter import DataFrameReader, DataFrameWriter
from pyspark.sql import functions
from pyspark.sql import types
