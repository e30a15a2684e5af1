// The SQL syntax tree and a recursive-descent parser of Spark's SELECT queries.

/// An expression as written in SQL (columns not yet resolved).
indirect enum SQLExpr: Sendable {
    /// A column: `a`, or `t.a` (parts in order).
    case column([String], SQLPosition)
    /// `*` or `t.*` (select lists and count(*)).
    case star(String?, SQLPosition)
    case literal(Scalar, DataType)
    case unary(UnaryOperator, SQLExpr)
    case binary(BinaryOperator, SQLExpr, SQLExpr)
    case between(SQLExpr, SQLExpr, SQLExpr, negated: Bool)
    case inList(SQLExpr, [SQLExpr], negated: Bool)
    /// LIKE / ILIKE / RLIKE: the function name, the value, the pattern.
    case like(String, SQLExpr, SQLExpr, negated: Bool)
    /// `x IS [NOT] TRUE|FALSE`.
    case isBoolean(SQLExpr, Bool, negated: Bool)
    /// CASE [operand] WHEN ... THEN ... [ELSE ...] END.
    case caseWhen(SQLExpr?, [(SQLExpr, SQLExpr)], SQLExpr?)
    case cast(SQLExpr, DataType)
    /// A function call: name, arguments, DISTINCT, OVER (...).
    case call(String, [SQLExpr], distinct: Bool, over: SQLWindow?, SQLPosition)
    /// `a DIV b`.
    case integerDivide(SQLExpr, SQLExpr)
}

/// OVER (PARTITION BY ... ORDER BY ... frame).
struct SQLWindow: Sendable {
    var partitionBy: [SQLExpr] = []
    var orderBy: [SQLOrderItem] = []
    var frame: WindowFrame? = nil
}

/// One ORDER BY key.
struct SQLOrderItem: Sendable {
    var expr: SQLExpr
    var ascending: Bool
    var nullsFirst: Bool?
}

/// One item of a select list.
struct SQLSelectItem: Sendable {
    var expr: SQLExpr
    var alias: String?
}

/// How a join matches rows.
enum SQLJoinCriteria: Sendable {
    case on(SQLExpr)
    case using([String])
}

/// A FROM item.
indirect enum SQLRelation: Sendable {
    /// A view (or WITH query) by name, with an optional alias.
    case table(String, alias: String?, SQLPosition)
    /// `(query) [AS] alias`.
    case subquery(SQLStatement, alias: String?)
    case join(SQLRelation, SQLRelation, JoinType, SQLJoinCriteria?)
}

/// `SELECT ... FROM ... WHERE ... GROUP BY ... HAVING ...`.
struct SQLSelect: Sendable {
    var distinct = false
    var items: [SQLSelectItem] = []
    var from: SQLRelation? = nil
    var whereClause: SQLExpr? = nil
    var groupBy: [SQLExpr] = []
    var having: SQLExpr? = nil
}

/// Selects combined by set operators.
indirect enum SQLQueryBody: Sendable {
    case select(SQLSelect)
    case union(SQLQueryBody, SQLQueryBody, all: Bool)
    /// A parenthesized query.
    case nested(SQLStatement)
}

/// A whole query: WITH, the body, ORDER BY and LIMIT.
struct SQLStatement: Sendable {
    var ctes: [(String, SQLStatement)] = []
    var body: SQLQueryBody
    var orderBy: [SQLOrderItem] = []
    var limit: Int? = nil
}

/// Parses one query. Errors are Spark's `[PARSE_SYNTAX_ERROR]` at the offending token.
struct SQLParser {
    let source: String
    let tokens: [SQLToken]
    var index = 0
    /// The nesting of parentheses, subqueries and prefix operators (bounded so deep input cannot exhaust the stack).
    var depth = 0
    static let maximumDepth = 256

    mutating func enter() throws {
        depth += 1
        guard depth <= SQLParser.maximumDepth else {
            throw SQLErrors.parse("[PARSE_SYNTAX_ERROR] The query is nested too deeply (more than \(SQLParser.maximumDepth) levels). ", at: current.position, in: source)
        }
    }

    /// Words that end an expression or a FROM item, so never taken as an alias without AS.
    static let clauseWords: Set<String> = [
        "SELECT", "FROM", "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "UNION", "EXCEPT", "INTERSECT", "MINUS",
        "WINDOW", "JOIN", "INNER", "LEFT", "RIGHT", "FULL", "CROSS", "SEMI", "ANTI", "NATURAL", "ON", "USING",
        "AS", "AND", "OR", "NOT", "IS", "IN", "BETWEEN", "LIKE", "ILIKE", "RLIKE", "REGEXP", "CASE", "WHEN", "THEN",
        "ELSE", "END", "OFFSET", "LATERAL", "OVER", "BY", "DIV", "WITH", "DISTINCT", "ALL",
    ]

    /// Words that cannot be a bare column name.
    static let reservedColumnWords: Set<String> = [
        "SELECT", "FROM", "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "UNION", "EXCEPT", "INTERSECT", "JOIN",
        "ON", "USING", "AS", "AND", "OR", "NOT", "IS", "IN", "BETWEEN", "LIKE", "CASE", "WHEN", "THEN", "ELSE",
        "END", "BY", "DISTINCT", "WITH", "ALL",
    ]

    init(_ source: String) throws {
        self.source = source
        tokens = try SQLLexer.tokenize(source)
    }

    /// Parses `source` as one query, with an optional trailing `;`.
    static func parse(_ source: String) throws -> SQLStatement {
        var parser = try SQLParser(source)
        let statement = try parser.statement()
        _ = parser.acceptSymbol(";")
        guard parser.current.kind == .end else {
            throw SQLErrors.syntax(near: parser.current.raw, detail: ": extra input '\(parser.current.raw)'",
                                   at: parser.current.position, in: source)
        }
        return statement
    }

    // MARK: Tokens

    var current: SQLToken { tokens[min(index, tokens.count - 1)] }

    func peek(_ offset: Int) -> SQLToken { tokens[max(0, min(index + offset, tokens.count - 1))] }

    mutating func advance() { if index < tokens.count - 1 { index += 1 } }

    func error(_ token: SQLToken? = nil) -> ColumnarError {
        let token = token ?? current
        return SQLErrors.syntax(near: token.raw, at: token.position, in: source)
    }

    mutating func acceptKeyword(_ keyword: String) -> Bool {
        if current.isKeyword(keyword) { advance(); return true }
        return false
    }

    mutating func acceptSymbol(_ symbol: String) -> Bool {
        if current.isSymbol(symbol) { advance(); return true }
        return false
    }

    mutating func expectKeyword(_ keyword: String) throws {
        guard acceptKeyword(keyword) else { throw error() }
    }

    mutating func expectSymbol(_ symbol: String) throws {
        guard acceptSymbol(symbol) else { throw error() }
    }

    /// An identifier: a word that is not reserved for a clause, or a `quoted` one.
    mutating func identifier(allowing reserved: Set<String> = SQLParser.reservedColumnWords) throws -> String {
        let token = current
        switch token.kind {
        case .quotedIdentifier: advance(); return token.text
        case .word where !reserved.contains(token.upper): advance(); return token.text
        default: throw error()
        }
    }

    /// An alias: `AS name` or a bare non-clause word.
    mutating func optionalAlias() throws -> String? {
        if acceptKeyword("AS") { return try identifier(allowing: []) }
        let token = current
        if token.kind == .quotedIdentifier || (token.kind == .word && !SQLParser.clauseWords.contains(token.upper)) {
            advance()
            return token.text
        }
        return nil
    }

    // MARK: Queries

    mutating func statement() throws -> SQLStatement {
        try enter()
        defer { depth -= 1 }
        var ctes: [(String, SQLStatement)] = []
        if acceptKeyword("WITH") {
            repeat {
                let name = try identifier()
                _ = acceptKeyword("AS")
                try expectSymbol("(")
                let query = try statement()
                try expectSymbol(")")
                ctes.append((name, query))
            } while acceptSymbol(",")
        }
        let body = try queryBody()
        var orderBy: [SQLOrderItem] = []
        if acceptKeyword("ORDER") {
            try expectKeyword("BY")
            orderBy = try orderItems()
        }
        var limit: Int? = nil
        if acceptKeyword("LIMIT") {
            if acceptKeyword("ALL") { limit = nil } else {
                let token = current
                guard token.kind == .integer, token.suffix.isEmpty || token.suffix == "L", let n = Int(token.text) else {
                    if token.isSymbol("-"), peek(1).kind == .integer {
                        let n = "-" + peek(1).text
                        throw ColumnarError(.analysis, "[INVALID_LIMIT_LIKE_EXPRESSION.IS_NEGATIVE] The limit like expression \"\(n)\" is invalid. The limit expression must be equal to or greater than 0, but got \(n).")
                    }
                    throw error()
                }
                advance()
                limit = n
            }
        }
        return SQLStatement(ctes: ctes, body: body, orderBy: orderBy, limit: limit)
    }

    mutating func queryBody() throws -> SQLQueryBody {
        var left = try queryPrimary()
        while current.isKeyword("UNION") {
            advance()
            var all = false
            if acceptKeyword("ALL") { all = true } else { _ = acceptKeyword("DISTINCT") }
            let right = try queryPrimary()
            left = .union(left, right, all: all)
        }
        if current.isKeyword("EXCEPT") || current.isKeyword("INTERSECT") || current.isKeyword("MINUS") {
            throw SQLErrors.parse("[UNSUPPORTED_FEATURE] \(current.upper) is not supported by this engine's SQL; use UNION or a LEFT ANTI / LEFT SEMI join.", at: current.position, in: source)
        }
        return left
    }

    mutating func queryPrimary() throws -> SQLQueryBody {
        if current.isSymbol("(") {
            advance()
            let inner = try statement()
            try expectSymbol(")")
            return .nested(inner)
        }
        return .select(try select())
    }

    mutating func select() throws -> SQLSelect {
        try expectKeyword("SELECT")
        var result = SQLSelect()
        if acceptKeyword("DISTINCT") { result.distinct = true } else { _ = acceptKeyword("ALL") }
        repeat {
            let expr = try selectExpression()
            var alias: String? = nil
            if case .star = expr {} else { alias = try optionalAlias() }
            result.items.append(SQLSelectItem(expr: expr, alias: alias))
        } while acceptSymbol(",")
        if acceptKeyword("FROM") {
            var relation = try joinedRelation()
            while acceptSymbol(",") {
                relation = .join(relation, try joinedRelation(), .cross, nil)
            }
            result.from = relation
        }
        if acceptKeyword("WHERE") { result.whereClause = try expression() }
        if acceptKeyword("GROUP") {
            try expectKeyword("BY")
            repeat { result.groupBy.append(try expression()) } while acceptSymbol(",")
        }
        if acceptKeyword("HAVING") { result.having = try expression() }
        return result
    }

    /// A select item: `*`, `t.*` or an expression.
    mutating func selectExpression() throws -> SQLExpr {
        if current.isSymbol("*") {
            let position = current.position
            advance()
            return .star(nil, position)
        }
        if current.kind == .word || current.kind == .quotedIdentifier, peek(1).isSymbol("."), peek(2).isSymbol("*") {
            let token = current
            if token.kind == .word, SQLParser.reservedColumnWords.contains(token.upper) { throw error() }
            advance(); advance(); advance()
            return .star(token.text, token.position)
        }
        return try expression()
    }

    mutating func orderItems() throws -> [SQLOrderItem] {
        var items: [SQLOrderItem] = []
        repeat {
            let expr = try expression()
            var ascending = true
            if acceptKeyword("DESC") { ascending = false } else { _ = acceptKeyword("ASC") }
            var nullsFirst: Bool? = nil
            if acceptKeyword("NULLS") {
                if acceptKeyword("FIRST") { nullsFirst = true } else if acceptKeyword("LAST") { nullsFirst = false } else { throw error() }
            }
            items.append(SQLOrderItem(expr: expr, ascending: ascending, nullsFirst: nullsFirst))
        } while acceptSymbol(",")
        return items
    }

    // MARK: FROM

    mutating func joinedRelation() throws -> SQLRelation {
        var left = try relationPrimary()
        while true {
            var type: JoinType
            if acceptKeyword("JOIN") { type = .inner }
            else if acceptKeyword("INNER") { try expectKeyword("JOIN"); type = .inner }
            else if acceptKeyword("CROSS") { try expectKeyword("JOIN"); type = .cross }
            else if acceptKeyword("LEFT") {
                if acceptKeyword("SEMI") { type = .leftSemi }
                else if acceptKeyword("ANTI") { type = .leftAnti }
                else { _ = acceptKeyword("OUTER"); type = .left }
                try expectKeyword("JOIN")
            } else if acceptKeyword("RIGHT") { _ = acceptKeyword("OUTER"); try expectKeyword("JOIN"); type = .right }
            else if acceptKeyword("FULL") { _ = acceptKeyword("OUTER"); try expectKeyword("JOIN"); type = .full }
            else if acceptKeyword("SEMI") { try expectKeyword("JOIN"); type = .leftSemi }
            else if acceptKeyword("ANTI") { try expectKeyword("JOIN"); type = .leftAnti }
            else { return left }
            let right = try relationPrimary()
            var criteria: SQLJoinCriteria? = nil
            if type != .cross {
                if acceptKeyword("ON") {
                    criteria = .on(try expression())
                } else if acceptKeyword("USING") {
                    try expectSymbol("(")
                    var names: [String] = []
                    repeat { names.append(try identifier()) } while acceptSymbol(",")
                    try expectSymbol(")")
                    criteria = .using(names)
                }
            }
            left = .join(left, right, type, criteria)
        }
    }

    mutating func relationPrimary() throws -> SQLRelation {
        if current.isSymbol("(") {
            // A subquery, or a parenthesized join.
            if peek(1).isKeyword("SELECT") || peek(1).isKeyword("WITH") || peek(1).isSymbol("(") {
                advance()
                let query = try statement()
                try expectSymbol(")")
                return .subquery(query, alias: try optionalAlias())
            }
            advance()
            try enter()
            defer { depth -= 1 }
            let inner = try joinedRelation()
            try expectSymbol(")")
            return inner
        }
        let position = current.position
        var name = try identifier(allowing: SQLParser.clauseWords)
        while current.isSymbol("."), peek(1).kind == .word || peek(1).kind == .quotedIdentifier {
            advance()
            name += "." + (try identifier(allowing: []))
        }
        return .table(name, alias: try optionalAlias(), position)
    }

    // MARK: Expressions

    mutating func expression() throws -> SQLExpr {
        try enter()
        defer { depth -= 1 }
        return try orExpression()
    }

    mutating func orExpression() throws -> SQLExpr {
        var left = try andExpression()
        while acceptKeyword("OR") { left = .binary(.or, left, try andExpression()) }
        return left
    }

    mutating func andExpression() throws -> SQLExpr {
        var left = try notExpression()
        while acceptKeyword("AND") { left = .binary(.and, left, try notExpression()) }
        return left
    }

    mutating func notExpression() throws -> SQLExpr {
        if current.isKeyword("NOT") || current.isSymbol("!") {
            advance()
            try enter()
            defer { depth -= 1 }
            return .unary(.not, try notExpression())
        }
        return try predicate()
    }

    /// A comparison followed by IS / IN / BETWEEN / LIKE tests.
    mutating func predicate() throws -> SQLExpr {
        var value = try comparison()
        while true {
            if current.isKeyword("IS") {
                advance()
                let negated = acceptKeyword("NOT")
                if acceptKeyword("NULL") { value = .unary(negated ? .isNotNull : .isNull, value) }
                else if acceptKeyword("TRUE") { value = .isBoolean(value, true, negated: negated) }
                else if acceptKeyword("FALSE") { value = .isBoolean(value, false, negated: negated) }
                else if acceptKeyword("DISTINCT") {
                    try expectKeyword("FROM")
                    let other = try comparison()
                    let same = SQLExpr.binary(.nullSafeEqual, value, other)
                    value = negated ? same : .unary(.not, same)
                } else { throw error() }
                continue
            }
            let negated: Bool
            if current.isKeyword("NOT"), ["IN", "BETWEEN", "LIKE", "ILIKE", "RLIKE", "REGEXP"].contains(peek(1).upper) {
                advance()
                negated = true
            } else {
                negated = false
            }
            if acceptKeyword("IN") {
                try expectSymbol("(")
                if current.isKeyword("SELECT") || current.isKeyword("WITH") {
                    throw SQLErrors.parse("[UNSUPPORTED_FEATURE] IN (subquery) is not supported by this engine's SQL; use a LEFT SEMI JOIN. ", at: current.position, in: source)
                }
                var values: [SQLExpr] = []
                repeat { values.append(try expression()) } while acceptSymbol(",")
                try expectSymbol(")")
                value = .inList(value, values, negated: negated)
            } else if acceptKeyword("BETWEEN") {
                let low = try comparison()
                try expectKeyword("AND")
                let high = try comparison()
                value = .between(value, low, high, negated: negated)
            } else if acceptKeyword("LIKE") {
                value = .like("like", value, try comparison(), negated: negated)
            } else if acceptKeyword("ILIKE") {
                value = .like("ilike", value, try comparison(), negated: negated)
            } else if acceptKeyword("RLIKE") || acceptKeyword("REGEXP") {
                value = .like("rlike", value, try comparison(), negated: negated)
            } else if negated {
                throw error()
            } else {
                return value
            }
        }
    }

    mutating func comparison() throws -> SQLExpr {
        var left = try additive()
        while true {
            let op: BinaryOperator
            switch current.kind == .symbol ? current.text : "" {
            case "=", "==": op = .equal
            case "!=", "<>": op = .notEqual
            case "<": op = .less
            case "<=": op = .lessEqual
            case ">": op = .greater
            case ">=": op = .greaterEqual
            case "<=>": op = .nullSafeEqual
            default: return left
            }
            advance()
            left = .binary(op, left, try additive())
        }
    }

    mutating func additive() throws -> SQLExpr {
        var left = try multiplicative()
        while true {
            if acceptSymbol("+") { left = .binary(.add, left, try multiplicative()) }
            else if acceptSymbol("-") { left = .binary(.subtract, left, try multiplicative()) }
            else if current.isSymbol("||") {
                let position = current.position
                advance()
                left = .call("concat", [left, try multiplicative()], distinct: false, over: nil, position)
            } else { return left }
        }
    }

    mutating func multiplicative() throws -> SQLExpr {
        var left = try unary()
        while true {
            if acceptSymbol("*") { left = .binary(.multiply, left, try unary()) }
            else if acceptSymbol("/") { left = .binary(.divide, left, try unary()) }
            else if acceptSymbol("%") { left = .binary(.modulo, left, try unary()) }
            else if acceptKeyword("DIV") { left = .integerDivide(left, try unary()) }
            else { return left }
        }
    }

    mutating func unary() throws -> SQLExpr {
        if acceptSymbol("-") {
            try enter()
            defer { depth -= 1 }
            let operand = try unary()
            switch operand {
            case .literal(.int(let v), let type) where v != Int64.min:
                // -2147483648 is still an int.
                if type == .int64, -v >= Int64(Int32.min) { return .literal(.int(-v), .int32) }
                return .literal(.int(-v), type)
            case .literal(.double(let v), let type): return .literal(.double(-v), type)
            default: return .unary(.negate, operand)
            }
        }
        if acceptSymbol("+") {
            try enter()
            defer { depth -= 1 }
            return try unary()
        }
        return try postfix()
    }

    /// A primary, then `::type` casts.
    mutating func postfix() throws -> SQLExpr {
        var value = try primary()
        while current.isSymbol("::") {
            advance()
            value = .cast(value, try dataType())
        }
        return value
    }

    mutating func primary() throws -> SQLExpr {
        let token = current
        switch token.kind {
        case .end, .symbol:
            if token.isSymbol("(") {
                advance()
                if current.isKeyword("SELECT") || current.isKeyword("WITH") {
                    throw SQLErrors.parse("[UNSUPPORTED_FEATURE] Scalar subqueries are not supported by this engine's SQL. ", at: current.position, in: source)
                }
                let inner = try expression()
                try expectSymbol(")")
                return inner
            }
            throw error()
        case .integer: advance(); return try integerLiteral(token)
        case .decimal: advance(); return try decimalLiteral(token)
        case .string:
            advance()
            var text = token.text
            while current.kind == .string { text += current.text; advance() }
            return .literal(.string(text), .string)
        case .quotedIdentifier: return try columnReference()
        case .word: break
        }
        let word = token.upper
        switch word {
        case "NULL": advance(); return .literal(.null, .string)
        case "TRUE": advance(); return .literal(.bool(true), .bool)
        case "FALSE": advance(); return .literal(.bool(false), .bool)
        case "CASE": return try caseExpression()
        case "CAST", "TRY_CAST":
            guard peek(1).isSymbol("(") else { break }
            advance(); advance()
            let value = try expression()
            try expectKeyword("AS")
            let type = try dataType()
            try expectSymbol(")")
            return .cast(value, type)
        case "DATE", "TIMESTAMP", "TIMESTAMP_NTZ", "TIMESTAMP_LTZ":
            guard peek(1).kind == .string else { break }
            advance()
            let literal = current
            advance()
            let type: DataType = word == "DATE" ? .date : .timestamp
            let value = (try? Cast.scalar(.string(literal.text), from: .string, to: type)) ?? .null
            guard !value.isNull else {
                throw SQLErrors.parse("[INVALID_TYPED_LITERAL] The value of the typed literal \"\(word)\" is invalid: '\(literal.text)'.", at: token.position, in: source)
            }
            return .literal(value, type)
        default: break
        }
        if peek(1).isSymbol("("), !["NOT", "AND", "OR", "IN", "IS", "BETWEEN", "LIKE", "CASE", "WHEN", "THEN", "ELSE", "END"].contains(word) {
            return try functionCall()
        }
        return try columnReference()
    }

    mutating func integerLiteral(_ token: SQLToken) throws -> SQLExpr {
        let digits = token.text
        switch token.suffix {
        case "L":
            guard let v = Int64(digits) else { throw SQLErrors.parse("[INVALID_NUMERIC_LITERAL_RANGE] Numeric literal \(digits) is outside the valid range for bigint with minimum value of -9223372036854775808 and maximum value of 9223372036854775807. Please adjust the value accordingly.", at: token.position, in: source) }
            return .literal(.int(v), .int64)
        case "S", "Y":
            let (bits, name) = token.suffix == "S" ? (16, "smallint") : (8, "tinyint")
            guard let v = Int64(digits), v < (Int64(1) << (bits - 1)) else {
                throw SQLErrors.parse("[INVALID_NUMERIC_LITERAL_RANGE] Numeric literal \(digits) is outside the valid range for \(name). ", at: token.position, in: source)
            }
            return .literal(.int(v), .int32)
        default:
            if let v = Int64(digits) {
                return v <= Int64(Int32.max) ? .literal(.int(v), .int32) : .literal(.int(v), .int64)
            }
            // Beyond bigint Spark makes a decimal; this engine uses double.
            return .literal(.double(Double(digits) ?? .infinity), .float64)
        }
    }

    mutating func decimalLiteral(_ token: SQLToken) throws -> SQLExpr {
        var digits = token.text
        if digits.hasSuffix(".") { digits += "0" }
        if digits.hasPrefix(".") { digits = "0" + digits }
        guard let v = Double(digits) else { throw error(token) }
        return .literal(.double(v), token.suffix == "F" ? .float32 : .float64)
    }

    /// A column: `a`, `t.a`, `` `t`.`a` ``.
    mutating func columnReference() throws -> SQLExpr {
        let position = current.position
        var parts = [try identifier()]
        while current.isSymbol("."), peek(1).kind == .word || peek(1).kind == .quotedIdentifier {
            advance()
            parts.append(try identifier(allowing: []))
        }
        return .column(parts, position)
    }

    mutating func caseExpression() throws -> SQLExpr {
        try expectKeyword("CASE")
        var operand: SQLExpr? = nil
        if !current.isKeyword("WHEN") { operand = try expression() }
        var branches: [(SQLExpr, SQLExpr)] = []
        while acceptKeyword("WHEN") {
            let condition = try expression()
            try expectKeyword("THEN")
            branches.append((condition, try expression()))
        }
        guard !branches.isEmpty else { throw error() }
        var otherwise: SQLExpr? = nil
        if acceptKeyword("ELSE") { otherwise = try expression() }
        try expectKeyword("END")
        return .caseWhen(operand, branches, otherwise)
    }

    /// A type name: `int`, `decimal(10, 2)`, `varchar(20)`.
    mutating func dataType() throws -> DataType {
        let token = current
        guard token.kind == .word else { throw error() }
        advance()
        var name = token.text
        if acceptSymbol("(") {
            var parameters: [String] = []
            repeat {
                guard current.kind == .integer else { throw error() }
                parameters.append(current.text)
                advance()
            } while acceptSymbol(",")
            try expectSymbol(")")
            name += "(" + parameters.joined(separator: ",") + ")"
        }
        guard let type = DataType(sparkName: name) else {
            throw SQLErrors.parse("[UNSUPPORTED_DATATYPE] Unsupported data type \"\(name.uppercased())\".", at: token.position, in: source)
        }
        return type
    }

    mutating func functionCall() throws -> SQLExpr {
        let nameToken = current
        advance()
        try expectSymbol("(")
        var args: [SQLExpr] = []
        var distinct = false
        if !current.isSymbol(")") {
            if acceptKeyword("DISTINCT") { distinct = true } else { _ = acceptKeyword("ALL") }
            if current.isSymbol("*"), peek(1).isSymbol(")") {
                args.append(.star(nil, current.position))
                advance()
            } else {
                repeat { args.append(try expression()) } while acceptSymbol(",")
            }
        }
        try expectSymbol(")")
        var window: SQLWindow? = nil
        if acceptKeyword("OVER") { window = try windowSpec() }
        return .call(nameToken.text, args, distinct: distinct, over: window, nameToken.position)
    }

    mutating func windowSpec() throws -> SQLWindow {
        try expectSymbol("(")
        var window = SQLWindow()
        if acceptKeyword("PARTITION") || acceptKeyword("DISTRIBUTE") {
            try expectKeyword("BY")
            repeat { window.partitionBy.append(try expression()) } while acceptSymbol(",")
        }
        if acceptKeyword("ORDER") || acceptKeyword("SORT") {
            try expectKeyword("BY")
            window.orderBy = try orderItems()
        }
        if current.isKeyword("ROWS") || current.isKeyword("RANGE") {
            window.frame = try frame()
        }
        try expectSymbol(")")
        return window
    }

    /// ROWS|RANGE BETWEEN bound AND bound, or ROWS|RANGE bound (to the current row).
    mutating func frame() throws -> WindowFrame {
        let kindToken = current
        let isRows = current.isKeyword("ROWS")
        advance()
        let lower: Int?, upper: Int?
        if acceptKeyword("BETWEEN") {
            lower = try frameBound()
            try expectKeyword("AND")
            upper = try frameBound()
        } else {
            lower = try frameBound()
            upper = 0
        }
        if isRows { return .rows(lower, upper) }
        switch (lower, upper) {
        case (nil, 0): return .rangeToCurrent
        case (nil, nil): return .partition
        default:
            throw SQLErrors.parse("[UNSUPPORTED_FEATURE] RANGE frames other than UNBOUNDED PRECEDING to CURRENT ROW or UNBOUNDED FOLLOWING are not supported; use ROWS. ", at: kindToken.position, in: source)
        }
    }

    /// UNBOUNDED PRECEDING|FOLLOWING (nil), CURRENT ROW (0), n PRECEDING (-n), n FOLLOWING (n).
    mutating func frameBound() throws -> Int? {
        if acceptKeyword("UNBOUNDED") {
            guard acceptKeyword("PRECEDING") || acceptKeyword("FOLLOWING") else { throw error() }
            return nil
        }
        if acceptKeyword("CURRENT") { try expectKeyword("ROW"); return 0 }
        guard current.kind == .integer, let parsed = Int(current.text) else { throw error() }
        let n = min(parsed, Int(Int32.max))
        advance()
        if acceptKeyword("PRECEDING") { return -n }
        if acceptKeyword("FOLLOWING") { return n }
        throw error()
    }
}
