import Bytecode

/// Calling conventions. Arguments are read in place from the register stack; every call site
/// guarantees that the slot just before the arguments is scratch, so a receiver (`self`, a bound
/// method's instance, a new instance for `__init__`) can be prepended without copying.
extension VM {
    // MARK: - Calling any value

    /// Calls `callee` with `count` values at `arguments` (the last ones named by `keywordNames`).
    @inline(__always)
    func call(_ callee: Value, arguments: UnsafeMutablePointer<Value>, count: Int,
              keywordNames: PyTuple?) throws(PyException) -> Value {
        guard case .object(let object) = callee else { throw notCallable(callee) }
        switch object.kind {
        case .function:
            return try callFunction(unsafeDowncast(object, to: PyFunction.self), arguments, count, keywordNames)
        case .nativeFunction:
            let native = unsafeDowncast(object, to: PyNativeFunction.self)
            return try native.body(self, Arguments(base: arguments, count: count, keywordNames: keywordNames))
        default:
            return try callOther(object, arguments: arguments, count: count, keywordNames: keywordNames)
        }
    }

    @inline(never)
    func callOther(_ object: PyObject, arguments: UnsafeMutablePointer<Value>, count: Int,
                   keywordNames: PyTuple?) throws(PyException) -> Value {
        switch object.kind {
        case .boundMethod:
            let method = unsafeDowncast(object, to: PyBoundMethod.self)
            (arguments - 1).pointee = method.receiver
            return try call(method.function, arguments: arguments - 1, count: count + 1, keywordNames: keywordNames)
        case .type:
            return try instantiate(unsafeDowncast(object, to: PyType.self), arguments: arguments, count: count,
                                   keywordNames: keywordNames)
        case .staticMethod, .classMethod:
            let descriptor = unsafeDowncast(object, to: PyDescriptor.self)
            if object.kind == .classMethod { throw notCallable(.object(object)) }
            return try call(descriptor.getter, arguments: arguments, count: count, keywordNames: keywordNames)
        default:
            guard let method = object.type.lookup(names.callMethod) else { throw notCallable(.object(object)) }
            (arguments - 1).pointee = .object(object)
            return try call(method, arguments: arguments - 1, count: count + 1, keywordNames: keywordNames)
        }
    }

    @inline(never)
    func notCallable(_ value: Value) -> PyException {
        typeError("'\(typeName(value))' object is not callable")
    }

    /// Calls `callee` from Swift with positional arguments (and optional keywords).
    public func call(_ callee: Value, _ positional: [Value], keywords: [(String, Value)] = []) throws(PyException) -> Value {
        let count = positional.count + keywords.count
        let window = stackTop + 1
        try reserve(upTo: window + count + 1)
        for (index, value) in positional.enumerated() { window[index] = value }
        for (index, keyword) in keywords.enumerated() { window[positional.count + index] = keyword.1 }
        let names = keywords.isEmpty ? nil : PyTuple(keywords.map { Value.object(intern($0.0)) })
        let savedTop = stackTop
        stackTop = window + count
        defer {
            stackTop = savedTop
            (window - 1).update(repeating: .undefined, count: count + 1)
        }
        return try call(callee, arguments: window, count: count, keywordNames: names)
    }

    /// `f(*args, **kwargs)`: copies the unpacked arguments onto the stack and calls.
    func callUnpacked(_ callee: Value, _ positional: Value, _ keywords: Value?) throws(PyException) -> Value {
        let items = unsafeDowncast(positional.asObject!, to: PyTuple.self).items
        var pairs: [(String, Value)] = []
        if let keywords, let dict = keywords.asObject as? PyDict {
            for (key, value) in dict.items {
                guard let name = key.asString else { throw typeError("keywords must be strings") }
                pairs.append((name.value, value))
            }
        }
        return try call(callee, Array(items), keywords: pairs)
    }

    // MARK: - Functions

    /// Calls a function defined in the language: binds arguments in the window, runs the frame.
    @inline(__always)
    func callFunction(_ function: PyFunction, _ window: UnsafeMutablePointer<Value>, _ count: Int,
                      _ keywordNames: PyTuple?) throws(PyException) -> Value {
        let code = function.code
        let end = window + code.registerCount
        if end > highWater { try reserve(upTo: end) }
        if !(function.isSimple && keywordNames == nil && count == code.positionalCount) {
            try bindArguments(function, window, count, keywordNames)
            if code.flags.contains(.generator) { return makeGenerator(function, window) }
        }
        let parameterCount = code.parameterCount
        let localsEnd = code.freeRegister
        if localsEnd > parameterCount { (window + parameterCount).update(repeating: .undefined, count: localsEnd - parameterCount) }
        return try runFrame(function, window, end)
    }

    @inline(__always)
    func runFrame(_ function: PyFunction, _ window: UnsafeMutablePointer<Value>, _ end: UnsafeMutablePointer<Value>) throws(PyException) -> Value {
        depth += 1
        attention.pointee &-= 1
        if depth > recursionLimit || nativeStackAddress() < nativeStackLimit || attention.pointee <= 0 {
            try checkFrameEntry()
        }
        let savedTop = stackTop
        let savedFrame = currentFrame
        stackTop = end
        currentFrame = FrameInfo(code: function.code, globals: function.globals, registers: window)
        defer {
            depth -= 1
            stackTop = savedTop
            currentFrame = savedFrame
            window.update(repeating: .undefined, count: end - window)
        }
        let context = FrameContext(code: function.code, runtime: function.runtime, function: function,
                                   globals: function.globals, generator: nil)
        return try execute(context, window, pc: 0)
    }

    /// The slow path of frame entry: RecursionError, or the attention countdown ran out (see
    /// `serviceAttention`) and the call goes ahead unless an interrupt or the budget stops it.
    @inline(never)
    func checkFrameEntry() throws(PyException) {
        if attention.pointee <= 0 {
            do throws(PyException) { try serviceAttention() } catch {
                depth -= 1
                throw error
            }
            if depth <= recursionLimit && nativeStackAddress() >= nativeStackLimit { return }
        }
        depth -= 1
        throw raise("RecursionError", "maximum recursion depth exceeded")
    }

    /// Binds positional, keyword and default arguments to the parameter slots of the window, with
    /// CPython's error messages.
    @inline(never)
    func bindArguments(_ function: PyFunction, _ window: UnsafeMutablePointer<Value>, _ count: Int,
                       _ keywordNames: PyTuple?) throws(PyException) {
        let code = function.code
        let keywordCount = keywordNames?.items.count ?? 0
        let positionalGiven = count - keywordCount
        let positional = Array(UnsafeBufferPointer(start: window, count: positionalGiven))
        let keywordValues = Array(UnsafeBufferPointer(start: window + positionalGiven, count: keywordCount))
        let n = code.positionalCount
        let keywordOnly = code.keywordOnlyCount
        var slots = [Value](repeating: .undefined, count: code.parameterCount)
        let name = function.qualifiedName
        for index in 0..<min(positionalGiven, n) { slots[index] = positional[index] }
        var nextSlot = n + keywordOnly
        if code.flags.contains(.varArgs) {
            slots[nextSlot] = .object(PyTuple(positionalGiven > n ? Array(positional[n...]) : []))
            nextSlot += 1
        } else if positionalGiven > n {
            throw tooManyPositional(function, given: positionalGiven, keywordOnlyGiven: 0)
        }
        var extraKeywords: PyDict?
        if code.flags.contains(.varKeywords) {
            extraKeywords = PyDict()
            slots[nextSlot] = .object(extraKeywords!)
        }
        var positionalOnlyAsKeyword: [String] = []
        for (offset, nameValue) in (keywordNames?.items ?? []).enumerated() {
            guard let keyword = nameValue.asString else { continue }
            let value = keywordValues[offset]
            if let index = code.localNames[0..<(n + keywordOnly)].firstIndex(of: keyword.value), index >= code.positionalOnlyCount {
                if !slots[index].isUndefined {
                    throw typeError("\(name)() got multiple values for argument '\(keyword.value)'")
                }
                slots[index] = value
            } else if let extraKeywords {
                extraKeywords.store(string: keyword, value)
            } else if code.localNames[0..<code.positionalOnlyCount].contains(keyword.value) {
                positionalOnlyAsKeyword.append(keyword.value)
            } else {
                throw typeError("\(name)() got an unexpected keyword argument '\(keyword.value)'")
            }
        }
        if !positionalOnlyAsKeyword.isEmpty {
            throw typeError("\(name)() got some positional-only arguments passed as keyword arguments: '\(positionalOnlyAsKeyword.joined(separator: ", "))'")
        }
        let defaults = function.defaults
        var missing: [String] = []
        for index in 0..<n where slots[index].isUndefined {
            let defaultIndex = index - (n - defaults.count)
            if defaultIndex >= 0 { slots[index] = defaults[defaultIndex] } else { missing.append(code.localNames[index]) }
        }
        if !missing.isEmpty { throw missingArguments(name, missing, kind: "positional") }
        for index in n..<(n + keywordOnly) where slots[index].isUndefined {
            if let value = function.keywordDefaults?.lookup(string: intern(code.localNames[index])) {
                slots[index] = value
            } else {
                missing.append(code.localNames[index])
            }
        }
        if !missing.isEmpty { throw missingArguments(name, missing, kind: "keyword-only") }
        for (index, value) in slots.enumerated() { window[index] = value }
    }

    func missingArguments(_ name: String, _ missing: [String], kind: String) -> PyException {
        let quoted = missing.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = "\(quoted[0]) and \(quoted[1])"
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
        let noun = missing.count == 1 ? "argument" : "arguments"
        return typeError("\(name)() missing \(missing.count) required \(kind) \(noun): \(list)")
    }

    func tooManyPositional(_ function: PyFunction, given: Int, keywordOnlyGiven: Int) -> PyException {
        let code = function.code
        let maximum = code.positionalCount
        let minimum = maximum - function.defaults.count
        let takes = minimum == maximum ? "\(maximum) positional argument\(maximum == 1 ? "" : "s")"
            : "from \(minimum) to \(maximum) positional arguments"
        let verb = given == 1 ? "was" : "were"
        return typeError("\(function.qualifiedName)() takes \(takes) but \(given) \(verb) given")
    }

    // MARK: - Generators

    /// Moves the bound parameters into a new generator's own register buffer.
    func makeGenerator(_ function: PyFunction, _ window: UnsafeMutablePointer<Value>) -> Value {
        let code = function.code
        let count = code.registerCount
        let buffer = UnsafeMutablePointer<Value>.allocate(capacity: count)
        buffer.initialize(repeating: .undefined, count: count)
        let parameters = code.parameterCount
        for index in 0..<parameters {
            buffer[index] = window[index]
            window[index] = .undefined
        }
        let generator = PyGenerator(function: function, registers: buffer, registerCount: count)
        if code.flags.contains(.comprehension) {
            generator.name = "<genexpr>"
        }
        return .object(generator)
    }
}
