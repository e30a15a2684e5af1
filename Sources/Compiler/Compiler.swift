import Bytecode
import Support
import Syntax

/// The compiler's entry points: source or AST in, a module code object out.
public enum Compiler {
    /// Parses and compiles a module. `interactive` makes top-level expression statements print
    /// their value (the REPL and notebook cells).
    public static func compile(source: String, filename: String, interactive: Bool = false) throws(SyntaxError) -> CodeObject {
        let ast = try Parser.parseModule(source)
        return try compile(ast: ast, filename: filename, interactive: interactive)
    }

    /// Compiles a parsed module.
    public static func compile(ast: AST, filename: String, interactive: Bool = false) throws(SyntaxError) -> CodeObject {
        var analyzer = ScopeAnalyzer(ast: ast)
        let moduleScope = try analyzer.analyzeModule()
        let unit = CompilationUnit(ast: ast, filename: filename, analyzer: analyzer, interactive: interactive)
        let firstLine = ast.body.first.map { Int(ast[$0].span.start.line) } ?? 1
        let code = CodeObject(name: "<module>", qualifiedName: "<module>", filename: filename, firstLine: firstLine)
        code.flags.insert(.module)
        let generator = CodeGen(unit: unit, scope: moduleScope, code: code)
        try generator.compileBody(ast.body)
        return try generator.finish()
    }
}
