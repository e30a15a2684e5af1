/// Argument checks for native functions, with CPython's messages.
extension Arguments {
    /// Requires between `minimum` and `maximum` positional arguments and no keywords.
    public func expect(_ vm: VM, _ name: String, _ minimum: Int, _ maximum: Int, keywords: Bool = false) throws(PyException) {
        if !keywords && hasKeywords { throw vm.typeError("\(name)() takes no keyword arguments") }
        let given = positionalCount
        if minimum == maximum && given != minimum {
            switch minimum {
            case 0: throw vm.typeError("\(name)() takes no arguments (\(given) given)")
            case 1: throw vm.typeError("\(name)() takes exactly one argument (\(given) given)")
            default: throw vm.typeError("\(name) expected \(minimum) arguments, got \(given)")
            }
        }
        if given < minimum {
            throw vm.typeError("\(name) expected at least \(minimum) argument\(minimum == 1 ? "" : "s"), got \(given)")
        }
        if given > maximum {
            throw vm.typeError("\(name) expected at most \(maximum) argument\(maximum == 1 ? "" : "s"), got \(given)")
        }
    }

    /// Like ``expect(_:_:_:_:keywords:)`` for a method: the counts and messages exclude `self`.
    public func expectMethod(_ vm: VM, _ name: String, _ minimum: Int, _ maximum: Int, keywords: Bool = false) throws(PyException) {
        let shifted = Arguments(base: base + 1, count: count - 1, keywordNames: keywordNames)
        try shifted.expect(vm, name, minimum, maximum, keywords: keywords)
    }

    /// Rejects keyword arguments other than `allowed`.
    public func allowKeywords(_ vm: VM, _ name: String, _ allowed: [String]) throws(PyException) {
        for (keyword, _) in keywords where !allowed.contains(keyword) {
            throw vm.typeError("\(name)() got an unexpected keyword argument '\(keyword)'")
        }
    }
}

extension VM {
    /// An int argument (ints, bools, `__index__` objects), or TypeError.
    public func integerArgument(_ value: Value) throws(PyException) -> Int {
        if let number = try index(value) {
            if case .object(let object) = value, object.kind == .long {
                throw raise("OverflowError", "Python int too large to convert to C ssize_t")
            }
            return number
        }
        throw typeError("'\(typeName(value))' object cannot be interpreted as an integer")
    }

    /// A float argument (floats and ints), or TypeError naming the function.
    public func floatArgument(_ value: Value, _ function: String = "") throws(PyException) -> Double {
        switch value {
        case .float(let number): return number
        case .int(let number): return Double(number)
        case .bool(let flag): return flag ? 1 : 0
        case .object(let object):
            if object.kind == .long {
                guard let converted = Integers.double(unsafeDowncast(object, to: PyLong.self).value) else {
                    throw raise("OverflowError", "int too large to convert to float")
                }
                return converted
            }
            if let method = object.type.lookup(names.floatMethod) {
                if case .float(let number) = try call(method, [value]) { return number }
            }
            if let method = object.type.lookup(names.indexMethod), case .int(let number) = try call(method, [value]) {
                return Double(number)
            }
        default: break
        }
        throw typeError("must be real number, not \(typeName(value))")
    }

    /// A str argument, or TypeError.
    public func stringArgument(_ value: Value, _ message: @autoclosure () -> String) throws(PyException) -> String {
        guard let text = value.asString else { throw typeError(message()) }
        return text.value
    }

    /// Defines a native function in a namespace.
    public func define(_ dict: PyDict, _ name: String, _ body: @escaping NativeBody) {
        dict.store(string: intern(name), .object(PyNativeFunction(name: name, body: body)))
    }
}
