import Foundation
import Testing

/// The dialect's `pyspark.sql` on Prism's engine, run by the `prism` binary: programs under
/// `dataframe/` must print what PySpark 3.5 printed for them (`dataframe/regen_spark.py`
/// regenerates the `.expected` files with Spark), and bad input must end in clear errors.
@Suite("pyspark.sql module")
struct DataframeTests {
    static var programs: [String] { ReferencePrograms.programs(in: "dataframe") }

    func run(_ script: String) throws -> PrismProcess.Result { try ReferencePrograms.run(script) }

    @Test("Every program has Spark's output to compare with")
    func programsHaveExpectations() {
        #expect(DataframeTests.programs.count >= 7)
        #expect(ReferencePrograms.allHaveExpectations(DataframeTests.programs))
    }

    @Test("Output matches PySpark 3.5's", arguments: DataframeTests.programs)
    func matchesSpark(_ path: String) throws { try ReferencePrograms.check(path) }

    @Test("Bad input: clear errors naming the file, line, column or setting; no partial output")
    func errors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("prism-df-errors-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("bad.csv").path
        try "x,y\n1,2\nthree,4\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let script = """
        from pyspark.sql import SparkSession, functions as F
        from pyspark.errors import AnalysisException, SparkException
        spark = SparkSession.builder.master("local[2]").getOrCreate()
        def attempt(label, f):
            try:
                f()
                print(label, "no error")
            except Exception as e:
                print(label, type(e).__name__, str(e).splitlines()[0])
        df = spark.read.csv("\(csv)", header=True, schema="x int, y int", mode="FAILFAST")
        attempt("failfast", lambda: df.collect())
        attempt("missing", lambda: spark.read.csv("\(folder.path)/nope.csv"))
        ok = spark.read.csv("\(csv)", header=True, inferSchema=True)
        attempt("column", lambda: ok.select("z"))
        attempt("type", lambda: ok.select(F.col("x") & F.col("y")))
        attempt("sql", lambda: spark.sql("SELECT FROM WHERE"))
        attempt("join", lambda: ok.join(ok, "x", "sideways"))
        small = SparkSession.builder.getOrCreate()
        attempt("write", lambda: ok.select((F.col("x") / 0).alias("q")).write.mode("sideways").parquet("\(folder.path)/out"))
        import os
        print(sorted(os.listdir("\(folder.path)")))
        """
        let result = try run(script)
        #expect(result.status == 0, "stderr: \(result.stderr.suffix(800))")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("failfast SparkException") && $0.contains("bad.csv:3:1") && $0.contains("'three'") })
        #expect(lines.contains { $0.hasPrefix("missing AnalysisException [PATH_NOT_FOUND]") && $0.contains("nope.csv") })
        #expect(lines.contains { $0.hasPrefix("column AnalysisException [UNRESOLVED_COLUMN.WITH_SUGGESTION]") && $0.contains("`z`") && $0.contains("`x`") })
        #expect(lines.contains { $0.hasPrefix("type AnalysisException [DATATYPE_MISMATCH]") })
        #expect(lines.contains { $0.hasPrefix("sql ParseException [PARSE_SYNTAX_ERROR]") && $0.contains("line 1") })
        #expect(lines.contains { $0.hasPrefix("join IllegalArgumentException") && $0.contains("sideways") })
        #expect(lines.contains { $0.hasPrefix("write IllegalArgumentException") && $0.contains("sideways") })
        #expect(lines.last == "['bad.csv']")
    }

    @Test("An uncaught engine error is a traceback naming the script line, exit status 1")
    func uncaught() throws {
        let result = try run("""
        from pyspark.sql import SparkSession
        spark = SparkSession.builder.getOrCreate()
        df = spark.range(3)
        df.select("missing").show()
        """)
        #expect(result.status == 1)
        #expect(result.stderr.contains("line 4"))
        #expect(result.stderr.contains("AnalysisException: [UNRESOLVED_COLUMN.WITH_SUGGESTION]"))
    }

    @Test("An operator over the executors' memory stops with the setting to raise")
    func memoryLimit() throws {
        let result = try run("""
        import raydp
        from pyspark.sql import functions as F
        spark = raydp.init_spark("small", 1, 1, "64K")
        df = spark.range(200000).select((F.col("id") % 1000).alias("k"), "id")
        try:
            df.orderBy("id").collect()
        except Exception as e:
            print(type(e).__name__, "executor_memory" in str(e), "spark.executor.memory" in str(e))
        try:
            raydp.init_spark("again", 1, 1, "1G")
        except Exception as e:
            print(e)
        raydp.stop_spark()
        print(raydp.init_spark("again", 1, 1, "1G").range(3).count())
        raydp.stop_spark()
        """)
        #expect(result.status == 0, "stderr: \(result.stderr.suffix(800))")
        #expect(result.output == "SparkException True True\nThe spark environment has inited.\n3\n")
    }
}
