import Interpreter
import Syntax
import VM

/// Tab completion of names, keywords, attributes and module members. It only reads dictionaries,
/// so it never runs the program's code and always answers at once.
struct Completer {
    let session: Session

    /// Python's keywords, offered with names.
    static let keywords = ["False", "None", "True", "and", "as", "assert", "break", "class", "continue", "def",
                           "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
                           "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
                           "while", "with", "yield"]

    /// The completions of `text` (a name or a dotted path like `math.sq`), sorted.
    func complete(_ text: String) -> [String] {
        if text.hasPrefix(":") { return ReplCommand.names.filter { $0.hasPrefix(text) } }
        guard let dot = text.lastIndex(of: ".") else { return names(prefix: text) }
        let base = String(text[..<dot])
        let prefix = String(text[text.index(after: dot)...])
        guard let value = resolve(base) else { return [] }
        let vm = session.vm
        return vm.attributeNamesWithoutRunningCode(value)
            .filter { $0.hasPrefix(prefix) && (prefix.hasPrefix("_") || !$0.hasPrefix("_")) }
            .map { base + "." + $0 }
    }

    /// Names of the session, builtins and keywords starting with `prefix`.
    func names(prefix: String) -> [String] {
        let vm = session.vm
        var found = Set<String>()
        for key in session.main.dict.keys { if let name = key.asString?.value, name.hasPrefix(prefix) { found.insert(name) } }
        for key in vm.builtins.keys {
            if let name = key.asString?.value, name.hasPrefix(prefix), !name.hasPrefix("_") || prefix.hasPrefix("_") { found.insert(name) }
        }
        for keyword in Completer.keywords where keyword.hasPrefix(prefix) { found.insert(keyword) }
        return found.sorted()
    }

    /// The value of a dotted path of names, read from dictionaries only.
    func resolve(_ path: String) -> Value? {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, !first.isEmpty, parts.allSatisfy({ isName($0) }) else { return nil }
        let vm = session.vm
        guard var value = session.main.dict.lookup(string: vm.intern(first)) ?? vm.builtins.lookup(string: vm.intern(first)) else {
            return nil
        }
        for part in parts.dropFirst() {
            guard let next = vm.plainAttribute(value, part) else { return nil }
            value = next
        }
        return value
    }

    func isName(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }
}
