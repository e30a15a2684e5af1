import Support

/// A handle to an expression node in an ``AST`` arena.
public struct ExprID: Hashable, Sendable {
    /// The node's index in ``AST/exprs``.
    public let index: Int32
}

/// A handle to a statement node in an ``AST`` arena.
public struct StmtID: Hashable, Sendable {
    /// The node's index in ``AST/stmts``.
    public let index: Int32
}

/// A parsed module: every node lives in one of two arenas and refers to others by handle (Polars'
/// `Arena<IR>` + `Node`), so the tree holds no class references and no `indirect` enums.
public struct AST: Sendable {
    /// All expression nodes.
    public var exprs: [Expr] = []
    /// All statement nodes.
    public var stmts: [Stmt] = []
    /// The module's top-level statements in order.
    public var body: [StmtID] = []

    /// Creates an empty arena.
    public init() {}

    /// The expression behind a handle.
    public subscript(_ id: ExprID) -> Expr { exprs[Int(id.index)] }
    /// The statement behind a handle.
    public subscript(_ id: StmtID) -> Stmt { stmts[Int(id.index)] }

    /// Stores an expression and returns its handle.
    public mutating func add(_ kind: ExprKind, _ span: SourceSpan) -> ExprID {
        exprs.append(Expr(kind: kind, span: span))
        return ExprID(index: Int32(exprs.count - 1))
    }

    /// Stores a statement and returns its handle.
    public mutating func add(_ kind: StmtKind, _ span: SourceSpan) -> StmtID {
        stmts.append(Stmt(kind: kind, span: span))
        return StmtID(index: Int32(stmts.count - 1))
    }
}

/// An expression node: what it is and where it is.
public struct Expr: Sendable {
    /// The node's kind and children.
    public var kind: ExprKind
    /// The source range it covers.
    public var span: SourceSpan
}

/// A statement node: what it is and where it is.
public struct Stmt: Sendable {
    /// The node's kind and children.
    public var kind: StmtKind
    /// The source range it covers.
    public var span: SourceSpan
}

/// A literal constant as written in source.
public enum Literal: Sendable, Equatable {
    case none, ellipsis
    case bool(Bool)
    /// An integer that fits in 64 bits.
    case int(Int)
    /// An integer too large for 64 bits, as decimal digits with an optional leading '-'.
    case bigInt(String)
    case float(Double)
    /// An imaginary literal such as `2j` (parsed; the language has no complex type).
    case imaginary(Double)
    case string(String)
    case bytes([UInt8])
}

/// Unary operators.
public enum UnaryOperator: String, Sendable { case negate = "-", plus = "+", invert = "~", not = "not" }

/// Binary arithmetic and bitwise operators, shared with augmented assignment.
public enum BinaryOperator: String, Sendable, CaseIterable {
    case add = "+", subtract = "-", multiply = "*", trueDivide = "/", floorDivide = "//", modulo = "%"
    case power = "**", matrixMultiply = "@", leftShift = "<<", rightShift = ">>", bitAnd = "&", bitOr = "|"
    case bitXor = "^"
}

/// The short-circuit boolean operators.
public enum BooleanOperator: String, Sendable { case and, or }

/// Comparison operators, which chain.
public enum ComparisonOperator: String, Sendable {
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case `in` = "in", notIn = "not in", `is` = "is", isNot = "is not"
}

/// One argument at a call site.
public enum Argument: Sendable {
    case positional(ExprID)
    /// `*iterable`
    case starred(ExprID)
    /// `name=value`
    case keyword(String, ExprID)
    /// `**mapping`
    case doubleStarred(ExprID)
}

/// One entry of a dict display.
public enum DictItem: Sendable {
    case pair(ExprID, ExprID)
    /// `**mapping`
    case unpack(ExprID)
}

/// One piece of an f-string.
public enum FStringPart: Sendable {
    case literal(String)
    /// `{expr!conversion:spec}`; `spec` is a `.joinedString` node; `debugText` is set for `{expr=}`.
    case field(ExprID, conversion: UInt8?, spec: ExprID?, debugText: String?)
}

/// Which container a comprehension builds.
public enum ComprehensionKind: Sendable { case list, set, dict, generator }

/// One `for target in iter if cond...` clause of a comprehension.
public struct ComprehensionClause: Sendable {
    /// The loop target.
    public var target: ExprID
    /// The iterable.
    public var iterable: ExprID
    /// The `if` filters.
    public var conditions: [ExprID]
}

/// A parameter of a function or lambda.
public struct Parameter: Sendable {
    /// The parameter's name.
    public var name: String
    /// Its annotation, ignored at run time.
    public var annotation: ExprID?
    /// Its default value, evaluated when the function is defined.
    public var defaultValue: ExprID?
    /// Where it is written.
    public var location: SourceLocation
}

/// The parameter list of a function or lambda.
public struct Parameters: Sendable {
    /// Parameters before `/`.
    public var positionalOnly: [Parameter] = []
    /// Parameters that can be passed by position or keyword.
    public var regular: [Parameter] = []
    /// `*args`
    public var varArgs: Parameter?
    /// Parameters after `*` or `*args`.
    public var keywordOnly: [Parameter] = []
    /// `**kwargs`
    public var varKeywords: Parameter?

    /// Creates an empty parameter list.
    public init() {}

    /// Every parameter in declaration order.
    public var all: [Parameter] {
        positionalOnly + regular + (varArgs.map { [$0] } ?? []) + keywordOnly + (varKeywords.map { [$0] } ?? [])
    }
}

/// Expression kinds.
public enum ExprKind: Sendable {
    case name(String)
    case constant(Literal)
    /// An f-string: literal text and replacement fields.
    case joinedString([FStringPart])
    case unary(UnaryOperator, ExprID)
    case binary(BinaryOperator, ExprID, ExprID)
    case boolean(BooleanOperator, [ExprID])
    /// `first op1 second op2 third ...`
    case compare(ExprID, [ComparisonOperator], [ExprID])
    case call(ExprID, [Argument])
    case attribute(ExprID, String)
    case `subscript`(ExprID, ExprID)
    case slice(ExprID?, ExprID?, ExprID?)
    case tuple([ExprID])
    case list([ExprID])
    case set([ExprID])
    case dict([DictItem])
    case starred(ExprID)
    /// `body if test else orElse`
    case conditional(test: ExprID, body: ExprID, orElse: ExprID)
    case lambda(Parameters, ExprID)
    /// A list/set/dict comprehension or generator expression; `value` is the dict value.
    case comprehension(ComprehensionKind, element: ExprID, value: ExprID?, [ComprehensionClause])
    case yield(ExprID?)
    case yieldFrom(ExprID)
    case await(ExprID)
    /// `name := value`
    case namedExpr(String, ExprID)
}

/// A function definition.
public struct FunctionDef: Sendable {
    /// The function's name.
    public var name: String
    /// Its parameters.
    public var parameters: Parameters
    /// Its body.
    public var body: [StmtID]
    /// Decorators, outermost first.
    public var decorators: [ExprID]
    /// The return annotation, ignored.
    public var returns: ExprID?
    /// Whether it was written `async def`.
    public var isAsync: Bool
}

/// A class definition.
public struct ClassDef: Sendable {
    /// The class's name.
    public var name: String
    /// Base classes and keywords such as `metaclass=`.
    public var arguments: [Argument]
    /// Its body.
    public var body: [StmtID]
    /// Decorators, outermost first.
    public var decorators: [ExprID]
}

/// An `except` clause.
public struct ExceptHandler: Sendable {
    /// The exception type expression; nil for a bare `except:`.
    public var type: ExprID?
    /// The `as` name.
    public var name: String?
    /// The handler's body.
    public var body: [StmtID]
    /// Where the `except` keyword is.
    public var location: SourceLocation
}

/// One `context as target` item of a `with` statement.
public struct WithItem: Sendable {
    /// The context manager expression.
    public var context: ExprID
    /// The optional target.
    public var target: ExprID?
}

/// One name of an import statement.
public struct ImportAlias: Sendable {
    /// The (possibly dotted) name imported, or `*`.
    public var name: String
    /// The `as` name.
    public var asName: String?
    /// Where it is written.
    public var location: SourceLocation
}

/// Statement kinds.
public enum StmtKind: Sendable {
    case expression(ExprID)
    /// `t1 = t2 = value`
    case assign([ExprID], ExprID)
    case augmentedAssign(ExprID, BinaryOperator, ExprID)
    /// `target: annotation [= value]`
    case annotatedAssign(ExprID, annotation: ExprID, value: ExprID?)
    case `if`(ExprID, [StmtID], [StmtID])
    case `while`(ExprID, [StmtID], [StmtID])
    case `for`(ExprID, ExprID, [StmtID], [StmtID])
    case `break`, `continue`, pass
    case `return`(ExprID?)
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case `try`([StmtID], [ExceptHandler], orElse: [StmtID], finally: [StmtID])
    case raise(ExprID?, cause: ExprID?)
    case with([WithItem], [StmtID])
    case `import`([ImportAlias])
    case importFrom(String?, [ImportAlias], level: Int)
    case global([String])
    case nonlocal([String])
    case assert(ExprID, ExprID?)
    case delete([ExprID])
}
