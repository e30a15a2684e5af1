/// `import` and `from ... import ...`.
extension VM {
    /// The value an import instruction binds: the top-level package, or with `leaf` (for
    /// `import a.b as c`) or a from-list, the named module itself.
    func importStatement(_ name: String, fromList: Value?, level: Int, leaf: Bool, globals: PyDict) throws(PyException) -> Value {
        let fullName = try resolveModuleName(name, level: level, globals: globals)
        let module = try importModule(fullName)
        if leaf || fromList != nil { return .object(module) }
        let top = String(fullName.split(separator: ".").first ?? "")
        guard let topModule = modules.lookup(string: intern(top)) else { return .object(module) }
        return topModule
    }

    /// The absolute name of a possibly relative import.
    func resolveModuleName(_ name: String, level: Int, globals: PyDict) throws(PyException) -> String {
        guard level > 0 else { return name }
        var package = globals.lookup(string: intern("__package__"))?.asString?.value ?? ""
        if package.isEmpty {
            let moduleName = globals.lookup(string: names.nameMethod)?.asString?.value ?? ""
            package = moduleName.split(separator: ".").dropLast().joined(separator: ".")
        }
        if package.isEmpty { throw raise("ImportError", "attempted relative import with no known parent package") }
        var parts = package.split(separator: ".").map(String.init)
        if level - 1 > parts.count { throw raise("ImportError", "attempted relative import beyond top-level package") }
        parts.removeLast(level - 1)
        return (parts + (name.isEmpty ? [] : [name])).joined(separator: ".")
    }

    /// Imports a module and its parent packages, returning the module.
    public func importModule(_ name: String) throws(PyException) -> PyModule {
        if let existing = modules.lookup(string: intern(name))?.asObject as? PyModule { return existing }
        var parent: PyModule?
        if let dot = name.lastIndex(of: ".") {
            parent = try importModule(String(name[..<dot]))
        }
        let module: PyModule
        if let factory = nativeModules[name] {
            module = try factory(self).get()
            modules.store(string: intern(name), .object(module))
        } else if let loaded = moduleLoader?(self, name) {
            module = try loaded.get()
        } else {
            let exception = makeException(BuiltinTypes.shared.exception("ModuleNotFoundError"), [.string("No module named '\(name)'")])
            exception.dict.store(string: intern("name"), .string(name))
            throw PyException(exception)
        }
        if let parent, let dot = name.lastIndex(of: ".") {
            parent.dict.store(string: intern(String(name[name.index(after: dot)...])), .object(module))
        }
        return module
    }

    /// `from module import name`: an attribute, or a submodule.
    func importFrom(_ module: Value, _ name: PyStr) throws(PyException) -> Value {
        if let value = try lookupAttribute(module, name) { return value }
        if let package = module.asObject as? PyModule {
            if let submodule = try? importModule(package.name + "." + name.value) { return .object(submodule) }
            let location = package.dict.lookup(string: intern("__file__"))?.asString?.value ?? "unknown location"
            throw raise("ImportError", "cannot import name '\(name.value)' from '\(package.name)' (\(location))")
        }
        throw raise("ImportError", "cannot import name '\(name.value)'")
    }

    /// `from module import *`: `__all__`, or every name not starting with `_`.
    func importStar(_ module: Value, into globals: PyDict) throws(PyException) {
        guard let source = module.asObject as? PyModule else { return }
        if let all = source.dict.lookup(string: intern("__all__")) {
            try forEach(all) { (name: Value) throws(PyException) in
                guard let text = name.asString else { return }
                globals.store(string: intern(text.value), try getAttribute(module, intern(text.value)))
            }
            return
        }
        for (key, value) in source.dict.items {
            guard let name = key.asString, !name.value.hasPrefix("_") else { continue }
            globals.store(string: name, value)
        }
    }
}
