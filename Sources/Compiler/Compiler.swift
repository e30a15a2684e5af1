import Bytecode
import Support
import Syntax

/// Which module-level expression statements hand their value to the VM's display hook.
public enum DisplayMode: Sendable {
    /// None: a script.
    case none
    /// Every one: the REPL.
    case everyExpression
    /// Only a final expression statement: a notebook cell.
    case lastExpression
}

/// The compiler's entry points: source or AST in, a module code object out.
public enum Compiler {
    /// Parses and compiles a module. `interactive` makes top-level expression statements print
    /// their value (the REPL).
    public static func compile(source: String, filename: String, interactive: Bool = false) throws(SyntaxError) -> CodeObject {
        try compile(source: source, filename: filename, display: interactive ? .everyExpression : .none)
    }

    /// Parses and compiles a module whose expression statements are displayed as `display` says.
    public static func compile(source: String, filename: String, display: DisplayMode) throws(SyntaxError) -> CodeObject {
        let ast = try Parser.parseModule(source)
        return try compile(ast: ast, filename: filename, display: display)
    }

    /// Compiles a parsed module.
    public static func compile(ast: AST, filename: String, display: DisplayMode = .none) throws(SyntaxError) -> CodeObject {
        var analyzer = ScopeAnalyzer(ast: ast)
        let moduleScope = try analyzer.analyzeModule()
        let unit = CompilationUnit(ast: ast, filename: filename, analyzer: analyzer, display: display)
        let firstLine = ast.body.first.map { Int(ast[$0].span.start.line) } ?? 1
        let code = CodeObject(name: "<module>", qualifiedName: "<module>", filename: filename, firstLine: firstLine)
        code.flags.insert(.module)
        let generator = CodeGen(unit: unit, scope: moduleScope, code: code)
        try generator.compileBody(ast.body)
        return try generator.finish()
    }
}
