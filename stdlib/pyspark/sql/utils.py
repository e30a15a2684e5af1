"""Old import locations of the exceptions (pyspark.sql.utils)."""
from pyspark.errors import (AnalysisException, ParseException, IllegalArgumentException,
                            PythonException, SparkException)
