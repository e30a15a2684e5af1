/// `functions.expr("fare * 2 AS double_fare")` and `df.filter("fare > 0")`: one SQL expression,
/// with an optional alias, whose column names are resolved later against the frame it is used on.
extension SQLQuery {
    /// The expression of `text`.
    public static func parseExpression(_ text: String, session: SQLSession) throws -> Expr {
        var parser = try SQLParser(text)
        let parsed = try parser.expression()
        var alias: String? = nil
        if parser.acceptKeyword("AS") { alias = try parser.identifier() }
        guard parser.current.kind == .end else {
            throw SQLErrors.syntax(near: parser.current.raw, detail: ": extra input '\(parser.current.raw)'",
                                   at: parser.current.position, in: text)
        }
        let planner = SQLPlanner(session: session, source: text)
        let expr = try planner.convert(parsed, SQLScope(frame: [], items: [], deferColumns: true))
        return alias.map { .alias(expr, $0) } ?? expr
    }
}
