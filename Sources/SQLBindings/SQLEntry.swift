import Columnar

/// The SQL front end's entry point, while it is being written (see SQLQuery).
enum SQLEntry {
    static func run(_ text: String, _ session: SQLSession) throws -> DataFrame {
        throw ColumnarError(.parse, "spark.sql is not available in this build yet")
    }
}
