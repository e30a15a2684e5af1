import BigInt

/// The `builtins` module: functions, types, constants and exception classes.
extension VM {
    func installBuiltins() {
        let types = BuiltinTypes.shared
        let typeEntries: [(String, PyType)] = [
            ("object", types.object), ("type", types.type), ("int", types.int), ("bool", types.bool),
            ("float", types.float), ("str", types.str), ("bytes", types.bytes), ("list", types.list),
            ("tuple", types.tuple), ("dict", types.dict), ("set", types.set), ("frozenset", types.frozenset),
            ("range", types.range), ("slice", types.slice), ("property", types.property),
            ("classmethod", types.classMethod), ("staticmethod", types.staticMethod), ("super", types.superType),
            ("enumerate", types.enumerate), ("zip", types.zip), ("map", types.map), ("filter", types.filter),
            ("reversed", types.reversed),
        ]
        for (name, type) in typeEntries { builtins.store(string: intern(name), .object(type)) }
        for name in types.exceptionNames { builtins.store(string: intern(name), .object(types.exception(name))) }
        builtins.store(string: intern("EnvironmentError"), .object(types.exception("OSError")))
        builtins.store(string: intern("IOError"), .object(types.exception("OSError")))
        builtins.store(string: intern("None"), .none)
        builtins.store(string: intern("True"), .bool(true))
        builtins.store(string: intern("False"), .bool(false))
        builtins.store(string: intern("NotImplemented"), .object(types.notImplemented))
        builtins.store(string: intern("Ellipsis"), .object(types.ellipsis))
        builtins.store(string: names.nameMethod, .string("builtins"))
        builtins.store(string: intern("__debug__"), .bool(true))
        installOutputFunctions()
        installIntrospectionFunctions()
        installNumericFunctions()
        installIterationFunctions()
    }

    // MARK: - print, input, open, exit

    func installOutputFunctions() {
        define(builtins, "print") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.allowKeywords(vm, "print", ["sep", "end", "file", "flush"])
            let sepValue = args.keyword("sep") ?? .none
            let endValue = args.keyword("end") ?? .none
            guard sepValue.isNone || sepValue.asString != nil else {
                throw vm.typeError("sep must be None or a string, not \(vm.typeName(sepValue))")
            }
            guard endValue.isNone || endValue.asString != nil else {
                throw vm.typeError("end must be None or a string, not \(vm.typeName(endValue))")
            }
            let separator = sepValue.asString?.value ?? " "
            let end = endValue.asString?.value ?? "\n"
            var text = ""
            for index in 0..<args.positionalCount {
                if index > 0 { text += separator }
                text += try vm.str(args[index])
            }
            text += end
            let file = args.keyword("file") ?? .none
            if file.isNone {
                vm.stdout.write(text)
            } else {
                _ = try vm.callMethod(file, "write", [.string(text)])
            }
            if let flush = args.keyword("flush"), try vm.isTrue(flush) {
                if file.isNone { vm.stdout.flush() } else { _ = try vm.callMethod(file, "flush", []) }
            }
            return .none
        }
        define(builtins, "input") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "input", 0, 1)
            if args.positionalCount == 1 {
                vm.stdout.write(try vm.str(args[0]))
            }
            vm.stdout.flush()
            guard var line = vm.readLine() else { throw vm.raise("EOFError", "EOF when reading a line") }
            if line.hasSuffix("\n") { line.removeLast() }
            return .string(line)
        }
        define(builtins, "open") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.allowKeywords(vm, "open", ["file", "mode", "encoding", "buffering", "errors", "newline"])
            guard let fileValue = args.argument(0, "file") else {
                throw vm.typeError("open() missing required argument 'file' (pos 1)")
            }
            let path = try vm.pathArgument(fileValue, "open")
            let mode = try args.argument(1, "mode").map { (value: Value) throws(PyException) -> String in
                try vm.stringArgument(value, "open() argument 'mode' must be str, not \(vm.typeName(value))")
            } ?? "r"
            let file = try vm.openFile(path, mode: mode)
            if let newline = args.argument(5, "newline"), !newline.isNone { file.translatesNewlines = false }
            return .object(file)
        }
        for name in ["exit", "quit"] {
            define(builtins, name) { (vm: VM, args: Arguments) throws(PyException) -> Value in
                throw PyException(vm.makeException(BuiltinTypes.shared.exception("SystemExit"), args.positionalValues))
            }
        }
    }

    /// A path argument (str), or TypeError.
    func pathArgument(_ value: Value, _ function: String) throws(PyException) -> String {
        if let text = value.asString { return text.value }
        if case .int(let descriptor) = value { return "/dev/fd/\(descriptor)" }
        throw typeError("expected str, bytes or os.PathLike object, not \(typeName(value))")
    }

    // MARK: - Introspection

    func installIntrospectionFunctions() {
        define(builtins, "len") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "len", 1, 1)
            return .int(try vm.length(args[0]))
        }
        define(builtins, "repr") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "repr", 1, 1)
            return .string(try vm.repr(args[0]))
        }
        define(builtins, "ascii") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "ascii", 1, 1)
            return .string(vm.asciiEscaped(try vm.repr(args[0])))
        }
        define(builtins, "format") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "format", 1, 2)
            let spec = try args.positional(1).map { (value: Value) throws(PyException) -> String in
                try vm.stringArgument(value, "format() argument 2 must be str, not \(vm.typeName(value))")
            } ?? ""
            return .string(try vm.format(args[0], spec))
        }
        define(builtins, "hash") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "hash", 1, 1)
            return .int(try vm.hash(args[0]))
        }
        define(builtins, "id") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "id", 1, 1)
            switch args[0] {
            case .object(let object): return .int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(object))))
            case .int(let number): return .int(number &* 32 &+ 0x7F00_0000)
            case .float(let number): return .int(Int(truncatingIfNeeded: number.bitPattern >> 3))
            case .bool(let flag): return .int(flag ? 0x7F00_1000 : 0x7F00_1020)
            default: return .int(0x7F00_2000)
            }
        }
        define(builtins, "callable") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "callable", 1, 1)
            guard case .object(let object) = args[0] else { return .bool(false) }
            switch object.kind {
            case .function, .nativeFunction, .boundMethod, .type: return .bool(true)
            default: return .bool(object.type.lookup(vm.names.callMethod) != nil)
            }
        }
        define(builtins, "isinstance") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "isinstance", 2, 2)
            return .bool(try vm.isInstance(args[0], args[1]))
        }
        define(builtins, "issubclass") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "issubclass", 2, 2)
            guard let type = args[0].asObject as? PyType else { throw vm.typeError("issubclass() arg 1 must be a class") }
            return .bool(try vm.isSubclass(type, args[1], function: "issubclass"))
        }
        define(builtins, "getattr") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "getattr", 2, 3)
            let name = try vm.stringArgument(args[1], "attribute name must be string, not '\(vm.typeName(args[1]))'")
            if args.positionalCount == 3 {
                let found = try vm.catchingAttributeError { () throws(PyException) in
                    try vm.getAttribute(args[0], vm.intern(name))
                }
                return found ?? args[2]
            }
            return try vm.getAttribute(args[0], vm.intern(name))
        }
        define(builtins, "setattr") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "setattr", 3, 3)
            let name = try vm.stringArgument(args[1], "attribute name must be string, not '\(vm.typeName(args[1]))'")
            try vm.setAttribute(args[0], vm.intern(name), args[2])
            return .none
        }
        define(builtins, "delattr") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "delattr", 2, 2)
            let name = try vm.stringArgument(args[1], "attribute name must be string, not '\(vm.typeName(args[1]))'")
            try vm.deleteAttribute(args[0], vm.intern(name))
            return .none
        }
        define(builtins, "hasattr") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "hasattr", 2, 2)
            let name = try vm.stringArgument(args[1], "attribute name must be string, not '\(vm.typeName(args[1]))'")
            let found = try vm.catchingAttributeError { () throws(PyException) in try vm.getAttribute(args[0], vm.intern(name)) }
            return .bool(found != nil)
        }
        define(builtins, "globals") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "globals", 0, 0)
            return vm.currentFrame.globals.map { Value.object($0) } ?? .object(PyDict())
        }
        define(builtins, "locals") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "locals", 0, 0)
            return .object(vm.currentLocals())
        }
        define(builtins, "vars") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "vars", 0, 1)
            if args.positionalCount == 0 { return .object(vm.currentLocals()) }
            if case .object(let object) = args[0] {
                if let dict = object.attributes { return .object(dict) }
                if let type = object as? PyType { return .object(type.dict.copy()) }
            }
            throw vm.typeError("vars() argument must have __dict__ attribute")
        }
        define(builtins, "dir") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "dir", 0, 1)
            guard args.positionalCount == 1 else {
                let names = vm.currentLocals().keys.compactMap { $0.asString?.value }.sorted { compareCodePoints($0, $1) < 0 }
                return .object(PyList(names.map { Value.string($0) }))
            }
            return .object(PyList(try vm.directory(args[0]).map { Value.string($0) }))
        }
        define(builtins, "__import__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "__import__", 1, 5, keywords: true)
            let name = try vm.stringArgument(args[0], "__import__() argument 1 must be str")
            let module = try vm.importModule(name)
            let top = String(name.split(separator: ".").first ?? "")
            return vm.modules.lookup(string: vm.intern(top)) ?? .object(module)
        }
    }

    /// The running frame's local variables as a dict (the globals at module level, the namespace in
    /// a class body).
    func currentLocals() -> PyDict {
        guard let code = currentFrame.code, let registers = currentFrame.registers else { return currentFrame.globals ?? PyDict() }
        if code.flags.contains(.module) { return currentFrame.globals ?? PyDict() }
        if code.flags.contains(.classBody), let namespace = registers[0].asObject as? PyDict { return namespace }
        let result = PyDict()
        for (register, name) in code.localNames.enumerated() where !name.hasPrefix(".") {
            var value = registers[register]
            if code.cellRegisters.contains(register) || register >= code.freeRegister, let cell = value.asObject as? PyCell {
                value = cell.value
            }
            if !value.isUndefined { result.store(string: intern(name), value) }
        }
        return result
    }

    /// `isinstance(value, classinfo)`.
    public func isInstance(_ value: Value, _ classInfo: Value) throws(PyException) -> Bool {
        guard case .object(let info) = classInfo else {
            throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
        }
        if info.kind == .tuple {
            for item in unsafeDowncast(info, to: PyTuple.self).items where try isInstance(value, item) { return true }
            return false
        }
        guard info.kind == .type else {
            if let check = info.type.lookup(names.instancecheck) { return try isTrue(try call(check, [classInfo, value])) }
            throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
        }
        return typeOf(value).isSubtype(of: unsafeDowncast(info, to: PyType.self))
    }

    /// `issubclass(type, classinfo)`.
    func isSubclass(_ type: PyType, _ classInfo: Value, function: String) throws(PyException) -> Bool {
        guard case .object(let info) = classInfo else {
            throw typeError("\(function)() arg 2 must be a class, a tuple of classes, or a union")
        }
        if info.kind == .tuple {
            for item in unsafeDowncast(info, to: PyTuple.self).items where try isSubclass(type, item, function: function) { return true }
            return false
        }
        guard info.kind == .type else { throw typeError("\(function)() arg 2 must be a class, a tuple of classes, or a union") }
        return type.isSubtype(of: unsafeDowncast(info, to: PyType.self))
    }

    /// `dir(value)`: sorted attribute names of the object, its class and bases.
    func directory(_ value: Value) throws(PyException) -> [String] {
        var names = Set<String>()
        if case .object(let object) = value {
            if let dict = object.attributes { for key in dict.keys { if let name = key.asString { names.insert(name.value) } } }
            if object.kind == .type {
                for type in unsafeDowncast(object, to: PyType.self).mro {
                    for key in type.dict.keys { if let name = key.asString { names.insert(name.value) } }
                }
                return names.sorted { compareCodePoints($0, $1) < 0 }
            }
        }
        for type in typeOf(value).mro {
            for key in type.dict.keys { if let name = key.asString { names.insert(name.value) } }
        }
        return names.sorted { compareCodePoints($0, $1) < 0 }
    }
}
