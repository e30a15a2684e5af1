/// Looking at values without running any of the program's code: what tab completion needs
/// (no `__getattr__`, property getter or `__dir__` may run while the user types).
extension VM {
    /// The attribute names of a value: its own attributes and those of its class and bases.
    public func attributeNamesWithoutRunningCode(_ value: Value) -> [String] {
        (try? directory(value)) ?? []
    }

    /// An attribute read only from dictionaries: a module's or instance's own attributes, else the
    /// raw entry in its class or bases (descriptors are returned, not called).
    public func plainAttribute(_ value: Value, _ name: String) -> Value? {
        let key = intern(name)
        if case .object(let object) = value {
            if let found = object.attributes?.lookup(string: key) { return found }
            if object.kind == .type {
                for type in unsafeDowncast(object, to: PyType.self).mro {
                    if let found = type.dict.lookup(string: key) { return found }
                }
                return nil
            }
        }
        for type in typeOf(value).mro {
            if let found = type.dict.lookup(string: key) { return found }
        }
        return nil
    }
}
