import Support
import Syntax

/// What kind of code a scope compiles to.
enum ScopeKind {
    case module, function, classBody, comprehension
}

/// How a name is accessed in a scope, decided by ``ScopeAnalyzer``.
enum NameAccess: Equatable {
    /// A register of the frame.
    case local
    /// A register of the frame holding a cell, because an inner function captures it.
    case cell
    /// A cell received from an enclosing function.
    case free
    /// The module's globals, then builtins.
    case global
    /// A class body's namespace, then globals, then builtins.
    case classNamespace
}

/// One scope of a module: the names it binds, uses and declares, and how each resolves.
final class Scope {
    let kind: ScopeKind
    let name: String
    unowned let parent: Scope?
    var children: [Scope] = []
    /// Names bound in this scope, in first-binding order.
    var boundOrder: [String] = []
    var bound: Set<String> = []
    var parameters: [String] = []
    var globals: Set<String> = []
    var nonlocals: Set<String> = []
    /// Where each `global` or `nonlocal` name was declared, for error positions.
    var declarationLocations: [String: SourceSpan] = [:]
    /// Names given an annotation (`x: int = 1`) in this scope.
    var annotated: Set<String> = []
    var uses: Set<String> = []
    var isGenerator = false
    /// The body refers to `super` or `__class__` (methods need the `__class__` cell).
    var usesClassCell = false
    /// Locals captured by inner scopes.
    var cells: Set<String> = []
    /// Free variables, in the order the closure tuple holds them.
    var frees: [String] = []
    /// A class body that must create the `__class__` cell for its methods.
    var needsClassCell = false

    init(kind: ScopeKind, name: String, parent: Scope?) {
        self.kind = kind
        self.name = name
        self.parent = parent
    }

    var isFunctionLike: Bool { kind == .function || kind == .comprehension }

    func bind(_ rawName: String) {
        let name = mangle(rawName)
        if bound.insert(name).inserted { boundOrder.append(name) }
    }

    /// The class whose private names (`__x`) are mangled in this scope: the nearest class around it.
    var manglingClass: String? {
        if kind == .classBody { return name }
        return parent?.manglingClass
    }

    /// CPython's private name mangling: `__x` in class `C` becomes `_C__x`.
    func mangle(_ name: String) -> String {
        guard name.hasPrefix("__"), !name.hasSuffix("__"), !name.contains("."), let className = manglingClass else { return name }
        let stripped = className.drop { $0 == "_" }
        return stripped.isEmpty ? name : "_\(stripped)\(name)"
    }

    func addFree(_ name: String) {
        if !frees.contains(name) { frees.append(name) }
    }

    /// How `name` is accessed from code in this scope.
    func access(_ rawName: String) -> NameAccess {
        let name = mangle(rawName)
        switch kind {
        case .module:
            return .global
        case .classBody:
            if name == "__class__" && needsClassCell { return .cell }
            if bound.contains(name) || globals.contains(name) { return globals.contains(name) ? .global : .classNamespace }
            return frees.contains(name) ? .free : .classNamespace
        case .function, .comprehension:
            if globals.contains(name) { return .global }
            if frees.contains(name) { return .free }
            if bound.contains(name) { return cells.contains(name) ? .cell : .local }
            return .global
        }
    }

    /// The qualified-name prefix for definitions inside this scope (`f.<locals>.`, `C.`).
    var qualifiedPrefix: String {
        switch kind {
        case .module: return ""
        case .classBody: return qualifiedName + "."
        case .function, .comprehension: return qualifiedName + ".<locals>."
        }
    }

    /// This scope's dotted name within its module.
    var qualifiedName: String {
        guard let parent, parent.kind != .module else { return name }
        return parent.qualifiedPrefix + name
    }
}
