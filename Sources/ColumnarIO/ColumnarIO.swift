import Columnar

/// File formats of the dataframe engine (CSV, Parquet), as `TableSource`s and writers.
public enum ColumnarIO {}
