import Testing
@testable import Compiler
import Syntax

/// The symtable pass: how each name of each scope is accessed.
@Suite("Scope analysis")
struct ScopeTests {
    /// Analyzes `source` and returns the analyzer and the module scope.
    func analyze(_ source: String) throws -> (ScopeAnalyzer, Scope) {
        var analyzer = ScopeAnalyzer(ast: try Parser.parseModule(source))
        let module = try analyzer.analyzeModule()
        return (analyzer, module)
    }

    /// The scope of the function or class named `name` (searched depth first).
    func scope(named name: String, in scope: Scope) -> Scope? {
        for child in scope.children {
            if child.name == name { return child }
            if let found = self.scope(named: name, in: child) { return found }
        }
        return nil
    }

    @Test("Locals, cells, free variables and globals are told apart")
    func closures() throws {
        let source = """
        counter = 0
        def outer(a):
            b = 1
            def inner():
                nonlocal b
                b += a
                return counter + len([])
            return inner
        """
        let (_, module) = try analyze(source)
        let outer = try #require(scope(named: "outer", in: module))
        let inner = try #require(scope(named: "inner", in: module))
        #expect(outer.access("a") == .cell)
        #expect(outer.access("b") == .cell)
        #expect(outer.access("inner") == .local)
        #expect(inner.access("a") == .free)
        #expect(inner.access("b") == .free)
        #expect(inner.access("counter") == .global)
        #expect(inner.access("len") == .global)
        #expect(module.access("counter") == .global)
    }

    @Test("global declarations make assignments global; a class body's names live in its namespace")
    func globalsAndClasses() throws {
        let source = """
        def f():
            global g
            g = 1
            h = 2
        class C:
            x = 1
            def m(self):
                return x
        """
        let (_, module) = try analyze(source)
        let f = try #require(scope(named: "f", in: module))
        #expect(f.access("g") == .global)
        #expect(f.access("h") == .local)
        let c = try #require(scope(named: "C", in: module))
        #expect(c.access("x") == .classNamespace)
        let m = try #require(scope(named: "m", in: module))
        #expect(m.access("x") == .global)
        #expect(m.access("self") == .local)
    }

    @Test("super() in a method gives the class a __class__ cell")
    func classCell() throws {
        let source = "class B:\n    def m(self):\n        return super().m()\n"
        let (_, module) = try analyze(source)
        let b = try #require(scope(named: "B", in: module))
        #expect(b.needsClassCell)
        #expect(b.access("__class__") == .cell)
    }

    @Test("Private names are mangled inside classes")
    func mangling() throws {
        let (_, module) = try analyze("class _Widget:\n    def m(self):\n        __secret = 1\n        __dunder__ = 2\n")
        let m = try #require(scope(named: "m", in: module))
        #expect(m.mangle("__secret") == "_Widget__secret")
        #expect(m.mangle("__dunder__") == "__dunder__")
        #expect(m.bound.contains("_Widget__secret"))
    }

    @Test("A walrus in a comprehension binds in the enclosing function")
    func walrus() throws {
        let (_, module) = try analyze("def f(data):\n    [y := v for v in data]\n    return y\n")
        let f = try #require(scope(named: "f", in: module))
        #expect(f.bound.contains("y"))
        #expect(f.access("y") == .cell)
    }
}
