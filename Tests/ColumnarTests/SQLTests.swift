import Testing
@testable import Columnar

/// `spark.sql(...)`: the SQL lexer, parser and planner over temporary views.
///
/// Expected rows were produced by DuckDB 2.0 (`duckdb.sql(...).fetchall()`) over the same tables,
/// with `SET default_null_order='nulls_first_on_asc_last_on_desc'` (Spark's null ordering); where the
/// query text differs for DuckDB (EXISTS for SEMI/ANTI joins, `::` casts, trunc for DIV) the DuckDB
/// form is given beside the test. Dates are days since 1970-01-01, timestamps microseconds.
@Suite struct SQLTests {
    static func session() -> SQLSession {
        let session = SQLSession(appName: "sql-tests", settings: ExecutionSettings(threads: 2, memoryLimit: 1 << 30))
        let emp = session.createDataFrame(rows: [
            [.int(1), .string("Ann"), .string("eng"), .double(100), .null, .int(16436)],
            [.int(2), .string("Bob"), .string("eng"), .double(80), .int(1), .int(16875)],
            [.int(3), .string("Cid"), .string("ops"), .double(60), .int(1), .int(17348)],
            [.int(4), .string("Dee"), .string("ops"), .null, .int(3), .int(17551)],
            [.int(5), .string("Eve"), .null, .double(50), .int(3), .int(18021)],
            [.int(6), .string("Fay"), .string("eng"), .double(80), .int(2), .int(18321)],
        ], schema: Schema([Field("id", .int32), Field("name", .string), Field("dept", .string),
                           Field("salary", .float64), Field("mgr", .int32), Field("hired", .date)]), partitions: 2)
        session.createView("emp", emp.plan)
        let dept = session.createDataFrame(rows: [
            [.string("eng"), .int(1)], [.string("ops"), .int(2)], [.string("hr"), .int(3)],
        ], schema: Schema([Field("dept", .string), Field("floor", .int32)]))
        session.createView("dept", dept.plan)
        let nums = session.createDataFrame(rows: [
            [.int(1), .int(10)], [.int(2), .null], [.null, .int(30)], [.int(3), .int(40)],
        ], schema: Schema([Field("k", .int32), Field("v", .int64)]))
        session.createView("nums", nums.plan)
        return session
    }

    func run(_ query: String) throws -> [[Scalar]] { try SQLQuery.run(query, in: Self.session()).collect() }

    func frame(_ query: String) throws -> DataFrame { try SQLQuery.run(query, in: Self.session()) }

    /// The error `query` throws (nil when it runs).
    func failure(_ query: String) -> ColumnarError? {
        do { _ = try run(query); return nil } catch { return error as? ColumnarError }
    }

    // MARK: Projection, operators, literals

    @Test func projectionWhereAndArithmetic() throws {
        #expect(try run("SELECT id, salary * 2 + 1 AS s2, id % 4 AS m, -id AS neg, id / 4 AS q FROM emp WHERE salary > 55 ORDER BY id") == [
            [.int(1), .double(201.0), .int(1), .int(-1), .double(0.25)], [.int(2), .double(161.0), .int(2), .int(-2), .double(0.5)],
            [.int(3), .double(121.0), .int(3), .int(-3), .double(0.75)], [.int(6), .double(161.0), .int(2), .int(-6), .double(1.5)]])
    }

    @Test func operatorPrecedenceWithoutFrom() throws {
        #expect(try run("SELECT 1 + 2 * 3, (1 + 2) * 3, 7 % 3 * 2, 10 - 2 - 3, 2 * 3 = 6 AND NOT 1 > 2 OR false, 7 / 2, -2 * -3") == [
            [.int(7), .int(9), .int(2), .int(5), .bool(true), .double(3.5), .int(6)]])
    }

    @Test func nullSemanticsOfOperators() throws {
        // DuckDB: `k IS NOT DISTINCT FROM NULL` for `k <=> NULL`.
        #expect(try run("SELECT k, v, k + v, k = 2, v IS NULL, k IN (1, NULL), k NOT IN (1, 3), k <=> NULL, NULL = NULL FROM nums ORDER BY k") == [
            [.null, .int(30), .null, .null, .bool(false), .null, .null, .bool(true), .null],
            [.int(1), .int(10), .int(11), .bool(false), .bool(false), .bool(true), .bool(false), .bool(false), .null],
            [.int(2), .null, .null, .bool(true), .bool(true), .null, .bool(true), .bool(false), .null],
            [.int(3), .int(40), .int(43), .bool(false), .bool(false), .null, .bool(false), .bool(false), .null]])
    }

    @Test func threeValuedLogic() throws {
        #expect(try run("SELECT k, (k > 1) AND (v > 20), (k > 1) OR (v > 20), NOT (v > 20) FROM nums ORDER BY k NULLS LAST") == [
            [.int(1), .bool(false), .bool(false), .bool(true)], [.int(2), .null, .bool(true), .null],
            [.int(3), .bool(true), .bool(true), .bool(false)], [.null, .null, .bool(true), .bool(false)]])
    }

    @Test func isTrueAndIsDistinctFrom() throws {
        #expect(try run("SELECT k, k > 1 IS TRUE, k > 1 IS NOT FALSE, k IS DISTINCT FROM 2 FROM nums ORDER BY k") == [
            [.null, .bool(false), .bool(true), .bool(true)], [.int(1), .bool(false), .bool(false), .bool(true)],
            [.int(2), .bool(true), .bool(true), .bool(false)], [.int(3), .bool(true), .bool(true), .bool(true)]])
    }

    @Test func betweenSkipsNulls() throws {
        #expect(try run("SELECT id FROM emp WHERE salary BETWEEN 60 AND 80 ORDER BY id") == [[.int(2)], [.int(3)], [.int(6)]])
        #expect(try run("SELECT id FROM emp WHERE salary NOT BETWEEN 60 AND 80 ORDER BY id") == [[.int(1)], [.int(5)]])
    }

    @Test func caseExpressions() throws {
        #expect(try run("""
            SELECT id, CASE WHEN salary >= 80 THEN 'high' WHEN salary >= 60 THEN 'mid' ELSE 'low' END AS band,
                   CASE dept WHEN 'eng' THEN 1 WHEN 'ops' THEN 2 END AS code
            FROM emp ORDER BY id
            """) == [
            [.int(1), .string("high"), .int(1)], [.int(2), .string("high"), .int(1)], [.int(3), .string("mid"), .int(2)],
            [.int(4), .string("low"), .int(2)], [.int(5), .string("low"), .null], [.int(6), .string("high"), .int(1)]])
    }

    @Test func casts() throws {
        // DuckDB: CAST(id AS varchar).
        #expect(try run("SELECT CAST(id AS string), CAST('42' AS int), CAST(salary AS bigint), CAST('2020-01-02' AS date), CAST(id AS double) FROM emp WHERE id = 1") == [
            [.string("1"), .int(42), .int(100), .int(18263), .double(1.0)]])
    }

    @Test func literalsAndTheirTypes() throws {
        // DuckDB: 1.5::double, 10::bigint, .5::double.
        let df = try frame("SELECT 2147483647, 2147483648, 1.5, 1e3, 'it''s', TRUE, FALSE, NULL, DATE '2015-01-01', 10L, TIMESTAMP '2015-01-01 10:00:00', .5")
        #expect(try df.collect() == [[.int(2147483647), .int(2147483648), .double(1.5), .double(1000.0), .string("it's"), .bool(true), .bool(false), .null,
                                      .int(16436), .int(10), .int(1420106400000000), .double(0.5)]])
        #expect(df.schema.fields.map(\.type) == [.int32, .int64, .float64, .float64, .string, .bool, .bool, .string, .date, .int64, .timestamp, .float64])
    }

    @Test func integerDivision() throws {
        // DuckDB: trunc(7 / 2), trunc(-7 / 2) -> 3.0, -3.0 (Spark's DIV truncates and gives bigint).
        #expect(try run("SELECT 7 DIV 2, -7 DIV 2") == [[.int(3), .int(-3)]])
    }

    @Test func lexicalDetails() throws {
        let query = """
            select `id`, "dq" AS `the name` -- a comment
            FROM /* a /* nested */ block */ EMP where ID = 2 AND name = 'B' 'ob';
            """
        let df = try frame(query)
        #expect(try df.collect() == [[.int(2), .string("dq")]])
        #expect(df.columns == ["id", "the name"])
    }

    // MARK: Aggregation

    @Test func globalAggregates() throws {
        let df = try frame("SELECT count(*), count(mgr), sum(salary), avg(salary), min(name), max(hired), sum(id) FROM emp")
        #expect(try df.collect() == [[.int(6), .int(5), .double(370.0), .double(74.0), .string("Ann"), .int(18321), .int(21)]])
        #expect(df.columns == ["count(1)", "count(mgr)", "sum(salary)", "avg(salary)", "min(name)", "max(hired)", "sum(id)"])
        #expect(df.schema.fields.last?.type == .int64)
    }

    @Test func distinctAggregates() throws {
        let df = try frame("SELECT count(DISTINCT dept), sum(DISTINCT salary), count(DISTINCT mgr) FROM emp")
        #expect(df.columns == ["count(DISTINCT dept)", "sum(DISTINCT salary)", "count(DISTINCT mgr)"])
        #expect(try df.collect() == [[.int(2), .double(290.0), .int(3)]])
        #expect(try run("SELECT dept, count(DISTINCT salary) FROM emp GROUP BY dept ORDER BY dept") == [
            [.null, .int(1)], [.string("eng"), .int(2)], [.string("ops"), .int(1)]])
    }

    @Test func groupByHavingOrderByAlias() throws {
        let df = try frame("SELECT dept, count(*) AS n, sum(salary) AS total FROM emp GROUP BY dept HAVING count(*) > 1 ORDER BY total DESC")
        #expect(try df.collect() == [[.string("eng"), .int(3), .double(260.0)], [.string("ops"), .int(2), .double(60.0)]])
        #expect(df.columns == ["dept", "n", "total"])
    }

    @Test func havingAggregateNotSelectedIsHidden() throws {
        let df = try frame("SELECT dept FROM emp GROUP BY dept HAVING max(salary) > 70 ORDER BY dept")
        #expect(try df.collect() == [[.string("eng")]])
        #expect(df.columns == ["dept"])
    }

    @Test func havingOnSelectAlias() throws {
        #expect(try run("SELECT dept, avg(salary) AS a FROM emp WHERE id > 1 GROUP BY dept HAVING a > 55 ORDER BY a DESC NULLS LAST") == [
            [.string("eng"), .double(80.0)], [.string("ops"), .double(60.0)]])
    }

    @Test func groupByOrdinalAndAlias() throws {
        #expect(try run("SELECT dept AS d, count(*) FROM emp GROUP BY 1 ORDER BY 1") == [
            [.null, .int(1)], [.string("eng"), .int(3)], [.string("ops"), .int(2)]])
        #expect(try run("SELECT salary > 70 AS rich, count(*) FROM emp GROUP BY rich ORDER BY rich") == [
            [.null, .int(1)], [.bool(false), .int(2)], [.bool(true), .int(3)]])
    }

    @Test func groupByExpression() throws {
        #expect(try run("SELECT id % 2 AS parity, sum(salary) FROM emp GROUP BY id % 2 ORDER BY parity") == [
            [.int(0), .double(160.0)], [.int(1), .double(210.0)]])
    }

    @Test func orderByAggregateNotSelected() throws {
        let df = try frame("SELECT dept FROM emp GROUP BY dept ORDER BY count(*) DESC, dept")
        #expect(try df.collect() == [[.string("eng")], [.string("ops")], [.null]])
        #expect(df.columns == ["dept"])
    }

    // MARK: ORDER BY, LIMIT, DISTINCT

    @Test func orderByColumnNotSelected() throws {
        let df = try frame("SELECT name FROM emp ORDER BY salary DESC, id")
        #expect(try df.collect() == [[.string("Ann")], [.string("Bob")], [.string("Fay")], [.string("Cid")], [.string("Eve")], [.string("Dee")]])
        #expect(df.columns == ["name"])
    }

    @Test func orderByNullsFirstAndLimit() throws {
        #expect(try run("SELECT id, mgr FROM emp ORDER BY mgr DESC NULLS FIRST, id") == [
            [.int(1), .null], [.int(4), .int(3)], [.int(5), .int(3)], [.int(6), .int(2)], [.int(2), .int(1)], [.int(3), .int(1)]])
        #expect(try run("SELECT id FROM emp ORDER BY id DESC LIMIT 2") == [[.int(6)], [.int(5)]])
    }

    @Test func selectDistinct() throws {
        #expect(try run("SELECT DISTINCT dept FROM emp ORDER BY dept") == [[.null], [.string("eng")], [.string("ops")]])
    }

    // MARK: Joins and subqueries

    @Test func innerJoinWithQualifiedNames() throws {
        #expect(try run("SELECT e.name, d.floor FROM emp e JOIN dept d ON e.dept = d.dept ORDER BY e.id") == [
            [.string("Ann"), .int(1)], [.string("Bob"), .int(1)], [.string("Cid"), .int(2)], [.string("Dee"), .int(2)], [.string("Fay"), .int(1)]])
    }

    @Test func outerJoins() throws {
        #expect(try run("SELECT e.id, d.floor FROM emp AS e LEFT OUTER JOIN dept AS d ON e.dept = d.dept ORDER BY e.id") == [
            [.int(1), .int(1)], [.int(2), .int(1)], [.int(3), .int(2)], [.int(4), .int(2)], [.int(5), .null], [.int(6), .int(1)]])
        #expect(try run("SELECT e.id, d.dept FROM emp e RIGHT JOIN dept d ON e.dept = d.dept ORDER BY d.dept, e.id") == [
            [.int(1), .string("eng")], [.int(2), .string("eng")], [.int(6), .string("eng")], [.null, .string("hr")],
            [.int(3), .string("ops")], [.int(4), .string("ops")]])
        #expect(try run("SELECT e.id, d.dept, d.floor FROM emp e FULL OUTER JOIN dept d ON e.dept = d.dept ORDER BY e.id, d.dept") == [
            [.null, .string("hr"), .int(3)], [.int(1), .string("eng"), .int(1)], [.int(2), .string("eng"), .int(1)],
            [.int(3), .string("ops"), .int(2)], [.int(4), .string("ops"), .int(2)], [.int(5), .null, .null], [.int(6), .string("eng"), .int(1)]])
    }

    @Test func semiAndAntiJoins() throws {
        // DuckDB: WHERE [NOT] EXISTS (SELECT 1 FROM emp e WHERE e.dept = d.dept).
        #expect(try run("SELECT d.dept FROM dept d LEFT SEMI JOIN emp e ON e.dept = d.dept ORDER BY d.dept") == [[.string("eng")], [.string("ops")]])
        let anti = try frame("SELECT * FROM dept d LEFT ANTI JOIN emp e ON e.dept = d.dept ORDER BY d.dept")
        #expect(try anti.collect() == [[.string("hr"), .int(3)]])
        #expect(anti.columns == ["dept", "floor"])
    }

    @Test func crossAndCommaJoins() throws {
        #expect(try run("SELECT count(*), sum(floor) FROM emp CROSS JOIN dept") == [[.int(18), .int(36)]])
        #expect(try run("SELECT e.id, d.floor FROM emp e, dept d WHERE e.dept = d.dept AND d.floor = 2 ORDER BY e.id") == [
            [.int(3), .int(2)], [.int(4), .int(2)]])
    }

    @Test func joinUsing() throws {
        let df = try frame("SELECT * FROM emp JOIN dept USING (dept) ORDER BY name")
        #expect(df.columns == ["dept", "id", "name", "salary", "mgr", "hired", "floor"])
        #expect(try run("SELECT dept, name, floor FROM emp JOIN dept USING (dept) ORDER BY name") == [
            [.string("eng"), .string("Ann"), .int(1)], [.string("eng"), .string("Bob"), .int(1)], [.string("ops"), .string("Cid"), .int(2)],
            [.string("ops"), .string("Dee"), .int(2)], [.string("eng"), .string("Fay"), .int(1)]])
    }

    @Test func selfJoinKeepsSidesApart() throws {
        #expect(try run("SELECT a.name, b.name AS boss FROM emp a JOIN emp b ON a.mgr = b.id ORDER BY a.id") == [
            [.string("Bob"), .string("Ann")], [.string("Cid"), .string("Ann")], [.string("Dee"), .string("Cid")],
            [.string("Eve"), .string("Cid")], [.string("Fay"), .string("Bob")]])
    }

    @Test func qualifiedStar() throws {
        let df = try frame("SELECT d.*, e.id FROM emp e JOIN dept d ON e.dept = d.dept WHERE e.id = 3")
        #expect(df.columns == ["dept", "floor", "id"])
        #expect(try df.collect() == [[.string("ops"), .int(2), .int(3)]])
    }

    @Test func subqueryInFrom() throws {
        #expect(try run("SELECT s.dept, s.total FROM (SELECT dept, sum(salary) AS total FROM emp GROUP BY dept) AS s WHERE s.total > 100 ORDER BY s.dept") == [
            [.string("eng"), .double(260.0)]])
    }

    @Test func withClause() throws {
        #expect(try run("WITH big AS (SELECT * FROM emp WHERE salary >= 80) SELECT count(*), max(b.id) FROM big b") == [[.int(3), .int(6)]])
    }

    @Test func unionAndUnionAll() throws {
        #expect(try run("SELECT dept FROM emp UNION SELECT dept FROM dept ORDER BY dept") == [
            [.null], [.string("eng")], [.string("hr")], [.string("ops")]])
        #expect(try run("SELECT dept FROM emp UNION ALL SELECT dept FROM dept ORDER BY dept") == [
            [.null], [.string("eng")], [.string("eng")], [.string("eng")], [.string("eng")], [.string("hr")], [.string("ops")], [.string("ops")], [.string("ops")]])
    }

    // MARK: Windows

    @Test func windowFunctions() throws {
        let rows = try run("""
            SELECT id, dept,
                   row_number() OVER (PARTITION BY dept ORDER BY salary DESC, id) AS rn,
                   rank() OVER (PARTITION BY dept ORDER BY salary DESC) AS rk,
                   dense_rank() OVER (ORDER BY salary DESC) AS dr,
                   sum(salary) OVER (PARTITION BY dept ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running,
                   lag(salary, 1, 0) OVER (ORDER BY id) AS prev, lead(id) OVER (ORDER BY id) AS nxt,
                   ntile(2) OVER (ORDER BY id) AS half, percent_rank() OVER (ORDER BY id) AS pr,
                   count(*) OVER (PARTITION BY dept) AS cnt
            FROM emp ORDER BY id
            """)
        #expect(rows == [
            [.int(1), .string("eng"), .int(1), .int(1), .int(1), .double(100.0), .double(0.0), .int(2), .int(1), .double(0.0), .int(3)],
            [.int(2), .string("eng"), .int(2), .int(2), .int(2), .double(180.0), .double(100.0), .int(3), .int(1), .double(0.2), .int(3)],
            [.int(3), .string("ops"), .int(1), .int(1), .int(3), .double(60.0), .double(80.0), .int(4), .int(1), .double(0.4), .int(2)],
            [.int(4), .string("ops"), .int(2), .int(2), .int(5), .double(60.0), .double(60.0), .int(5), .int(2), .double(0.6), .int(2)],
            [.int(5), .null, .int(1), .int(1), .int(4), .double(50.0), .null, .int(6), .int(2), .double(0.8), .int(1)],
            [.int(6), .string("eng"), .int(3), .int(2), .int(2), .double(260.0), .double(50.0), .null, .int(2), .double(1.0), .int(3)]])
    }

    @Test func slidingFrameAndWholePartition() throws {
        #expect(try run("SELECT id, sum(salary) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS s, avg(salary) OVER (PARTITION BY dept) AS a FROM emp ORDER BY id") == [
            [.int(1), .double(180.0), .double(86.66666666666667)], [.int(2), .double(240.0), .double(86.66666666666667)],
            [.int(3), .double(140.0), .double(60.0)], [.int(4), .double(110.0), .double(60.0)],
            [.int(5), .double(130.0), .double(50.0)], [.int(6), .double(130.0), .double(86.66666666666667)]])
    }

    @Test func windowOverAggregates() throws {
        #expect(try run("SELECT dept, sum(salary) AS total, rank() OVER (ORDER BY sum(salary) DESC) AS r FROM emp GROUP BY dept ORDER BY r, dept") == [
            [.string("eng"), .double(260.0), .int(1)], [.string("ops"), .double(60.0), .int(2)], [.null, .double(50.0), .int(3)]])
    }

    // MARK: Errors

    @Test func parseErrorAtExtraInput() throws {
        // `FORM` is an alias of `a` (as in Spark), so the error is at `t`.
        let error = try #require(failure("SELECT a FORM t"))
        #expect(error.kind == .parse)
        #expect(error.message.hasPrefix("[PARSE_SYNTAX_ERROR] Syntax error at or near 't': extra input 't'. (line 1, pos 14)"))
        #expect(error.message.contains("== SQL ==\nSELECT a FORM t\n--------------^^^"))
    }

    @Test func parseErrorPositions() throws {
        let misspelt = try #require(failure("SELEC id FROM emp"))
        #expect(misspelt.message.hasPrefix("[PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'. (line 1, pos 0)"))
        let end = try #require(failure("SELECT id FROM emp WHERE"))
        #expect(end.message.hasPrefix("[PARSE_SYNTAX_ERROR] Syntax error at or near end of input. (line 1, pos 24)"))
        let paren = try #require(failure("SELECT (1 + 2 FROM emp"))
        #expect(paren.message.hasPrefix("[PARSE_SYNTAX_ERROR] Syntax error at or near 'FROM'. (line 1, pos 14)"))
        let multiline = try #require(failure("SELECT id\nFROM emp\nWHERE id = = 2\nORDER BY id"))
        #expect(multiline.kind == .parse)
        #expect(multiline.message.hasPrefix("[PARSE_SYNTAX_ERROR] Syntax error at or near '='. (line 3, pos 11)"))
        #expect(multiline.message.hasSuffix("== SQL ==\nSELECT id\nFROM emp\nWHERE id = = 2\n-----------^^^\nORDER BY id"))
        let comment = try #require(failure("SELECT id /* never closed"))
        #expect(comment.message.hasPrefix("[UNCLOSED_BRACKETED_COMMENT]"))
        let string = try #require(failure("SELECT 'abc FROM emp"))
        #expect(string.message.contains("(line 1, pos 7)"))
    }

    @Test func unknownViewIsAnalysisError() throws {
        let error = try #require(failure("SELECT * FROM x"))
        #expect(error.kind == .analysis)
        #expect(error.message.hasPrefix("[TABLE_OR_VIEW_NOT_FOUND] The table or view `x` cannot be found. Verify the spelling and correctness of the schema and catalog."))
        #expect(error.message.hasSuffix("; line 1 pos 14"))
    }

    @Test func unknownAndAmbiguousColumns() throws {
        let unknown = try #require(failure("SELECT nme FROM emp"))
        #expect(unknown.kind == .analysis)
        #expect(unknown.message.hasPrefix("[UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name `nme` cannot be resolved. Did you mean one of the following? [`name`"))
        #expect(unknown.message.hasSuffix("; line 1 pos 7"))
        let qualified = try #require(failure("SELECT e.nme FROM emp e"))
        #expect(qualified.message.hasPrefix("[UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name `e`.`nme` cannot be resolved. Did you mean one of the following? [`e`.`name`"))
        let wrongTable = try #require(failure("SELECT d.id FROM emp e"))
        #expect(wrongTable.message.contains("`d`.`id` cannot be resolved"))
        let ambiguous = try #require(failure("SELECT id FROM emp a JOIN emp b ON a.id = b.mgr"))
        #expect(ambiguous.message.hasPrefix("[AMBIGUOUS_REFERENCE]"))
    }

    @Test func aggregationErrors() throws {
        let missing = try #require(failure("SELECT name, count(*) FROM emp GROUP BY dept"))
        #expect(missing.message.hasPrefix("[MISSING_AGGREGATION] The non-aggregating expression \"name\""))
        let position = try #require(failure("SELECT dept FROM emp GROUP BY 2"))
        #expect(position.message.hasPrefix("[GROUP_BY_POS_OUT_OF_RANGE] GROUP BY position 2 is not in select list (valid range is [1, 1])."))
        let order = try #require(failure("SELECT dept FROM emp ORDER BY 3"))
        #expect(order.message.hasPrefix("[ORDER_BY_POS_OUT_OF_RANGE]"))
        let whereAggregate = try #require(failure("SELECT dept FROM emp WHERE count(*) > 1"))
        #expect(whereAggregate.message.hasPrefix("[INVALID_WHERE_CONDITION]"))
    }

    @Test func malformedInputThrowsInsteadOfTrapping() throws {
        let inputs = [
            "", ";", "SELECT", "SELECT ,", "SELECT * FROM", "SELECT id FROM emp ORDER", "SELECT id FROM emp LIMIT x",
            "SELECT id FROM emp LIMIT 99999999999999999999", "SELECT CAST(id AS blob) FROM emp", "SELECT DATE 'nope'",
            "SELECT id IN () FROM emp", "SELECT CASE END", "SELECT `unclosed FROM emp", "SELECT 1 +", "SELECT #",
            "SELECT id FROM emp JOIN",
            String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000),
            "SELECT " + String(repeating: "- ", count: 5000) + "1",
            "SELECT id FROM emp UNION SELECT id, name FROM emp", "SELECT row_number() OVER () FROM emp",
            "SELECT 1 x, 2 y FROM emp e JOIN (SELECT 1) ON", "SELECT count(DISTINCT id, name) FROM emp",
        ]
        for input in inputs {
            #expect(throws: ColumnarError.self, "\(input.prefix(60))") { _ = try SQLQuery.run(input, in: Self.session()).collect() }
        }
        // Offsets and frame bounds past any partition are clamped (DuckDB gives the same rows).
        #expect(try run("SELECT lag(id, 9223372036854775807) OVER (ORDER BY id) FROM emp WHERE id < 3") == [[.null], [.null]])
        #expect(try run("SELECT sum(id) OVER (ORDER BY id ROWS BETWEEN 99999999999 PRECEDING AND 99999999999 FOLLOWING) FROM emp WHERE id < 3") == [[.int(3)], [.int(3)]])
        // Values at the edges of their types still parse.
        #expect(try run("SELECT -2147483648, 9223372036854775807, 99999999999999999999") == [[.int(-2147483648), .int(9223372036854775807), .double(1e20)]])
        #expect(try frame("SELECT -2147483648").schema.fields.map(\.type) == [.int32])
    }

    // MARK: Functions (the scalar catalog)

    @Test func likeAndNotLike() throws {
        #expect(try run("SELECT name FROM emp WHERE name LIKE 'A%' OR name LIKE '_e%' ORDER BY name") == [[.string("Ann")], [.string("Dee")]])
        #expect(try run("SELECT name FROM emp WHERE dept NOT LIKE 'e%' ORDER BY name") == [[.string("Cid")], [.string("Dee")]])
    }

    @Test func scalarFunctionsAndConcatenation() throws {
        #expect(try run("SELECT upper(name), coalesce(dept, 'none'), name || '-' || dept, abs(-id) FROM emp ORDER BY id") == [
            [.string("ANN"), .string("eng"), .string("Ann-eng"), .int(1)], [.string("BOB"), .string("eng"), .string("Bob-eng"), .int(2)],
            [.string("CID"), .string("ops"), .string("Cid-ops"), .int(3)], [.string("DEE"), .string("ops"), .string("Dee-ops"), .int(4)],
            [.string("EVE"), .string("none"), .null, .int(5)], [.string("FAY"), .string("eng"), .string("Fay-eng"), .int(6)]])
    }
}
