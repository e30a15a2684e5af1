/// The `sys` module.
extension VM {
    func makeSysModule() -> PyModule {
        nativeModule("sys") { module in
            constant(module, "argv", .object(PyList(argv.map { Value.string($0) })))
            constant(module, "modules", .object(modules))
            constant(module, "path", .object(PyList(searchPath.map { Value.string($0) })))
            constant(module, "maxsize", .int(Int.max))
            constant(module, "byteorder", .string("little"))
            constant(module, "platform", .string("linux"))
            constant(module, "version", .string("3.11.7 (Prism)"))
            constant(module, "executable", .string(CommandLine.arguments.first ?? "prism"))
            constant(module, "implementation", .string("prism"))
            constant(module, "stdout", .object(standardOutput))
            constant(module, "stderr", .object(standardError))
            constant(module, "stdin", .object(standardInput))
            constant(module, "__stdout__", .object(standardOutput))
            constant(module, "__stderr__", .object(standardError))
            constant(module, "version_info", makeVersionInfo())
            constant(module, "float_info", makeFloatInfo())
            function(module, "exit") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expect(vm, "exit", 0, 1)
                let exception = vm.makeException(BuiltinTypes.shared.exception("SystemExit"), args.positionalValues)
                exception.dict.store(string: vm.intern("code"), args.positional(0) ?? .none)
                throw PyException(exception)
            }
            function(module, "getrecursionlimit") { (vm: VM, _: Arguments) throws(PyException) -> Value in .int(vm.recursionLimit) }
            function(module, "setrecursionlimit") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expect(vm, "setrecursionlimit", 1, 1)
                let limit = try vm.integerArgument(args[0])
                if limit < 1 { throw vm.valueError("recursion limit must be greater or equal than 1") }
                vm.recursionLimit = limit
                return .none
            }
            function(module, "get_int_max_str_digits") { (vm: VM, _: Arguments) throws(PyException) -> Value in .int(vm.maxIntegerDigits) }
            function(module, "set_int_max_str_digits") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                let limit = try vm.integerArgument(args.argument(0, "maxdigits") ?? .int(4300))
                if limit != 0 && limit < 640 { throw vm.valueError("maxdigits must be 0 or larger than 640") }
                vm.maxIntegerDigits = limit == 0 ? Int.max : limit
                return .none
            }
            function(module, "exc_info") { (vm: VM, _: Arguments) throws(PyException) -> Value in
                guard let handled = vm.handledExceptions.last else { return .object(PyTuple([.none, .none, .none])) }
                return .object(PyTuple([.object(handled.type), .object(handled), .none]))
            }
            function(module, "exception") { (vm: VM, _: Arguments) throws(PyException) -> Value in
                vm.handledExceptions.last.map { Value.object($0) } ?? .none
            }
            function(module, "intern") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expect(vm, "intern", 1, 1)
                return .object(vm.intern(try vm.stringArgument(args[0], "intern() argument must be str")))
            }
            function(module, "getsizeof") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                .int(64 + 8 * ((try? vm.length(args[0])) ?? 0))
            }
        }
    }

    /// `sys.version_info`: a tuple with `major`, `minor`, `micro`, `releaselevel` and `serial`.
    func makeVersionInfo() -> Value {
        let items: [Value] = [.int(3), .int(11), .int(7), .string("final"), .int(0)]
        let namespace = PyDict()
        for (index, name) in ["major", "minor", "micro", "releaselevel", "serial"].enumerated() {
            let getter = PyNativeFunction(name: name) { (vm: VM, args: Arguments) throws(PyException) -> Value in
                (args[0].asObject as? PyTuple)?.items[index] ?? .none
            }
            namespace.store(string: intern(name), .object(PyDescriptor(kind: .property, type: BuiltinTypes.shared.property, getter: .object(getter))))
        }
        namespace.store(string: names.moduleMethod, .string("sys"))
        guard case .object(let object) = (try? createClass(name: "version_info", bases: [BuiltinTypes.shared.tuple], namespace: namespace,
                                                            metatype: BuiltinTypes.shared.type, globals: nil)) ?? .none,
              let type = object as? PyType else {
            return .object(PyTuple(items))
        }
        return .object(PyTuple(ContiguousArray(items), type: type))
    }

    /// `sys.float_info` as a simple namespace object.
    func makeFloatInfo() -> Value {
        let info = PyInstance(type: BuiltinTypes.shared.object)
        let values: [(String, Value)] = [
            ("max", .float(Double.greatestFiniteMagnitude)), ("min", .float(Double.leastNormalMagnitude)),
            ("epsilon", .float(Double.ulpOfOne)), ("dig", .int(15)), ("mant_dig", .int(53)),
            ("max_exp", .int(1024)), ("min_exp", .int(-1021)), ("max_10_exp", .int(308)), ("min_10_exp", .int(-307)),
            ("radix", .int(2)),
        ]
        for (name, value) in values { info.setAttribute(intern(name), value) }
        return .object(info)
    }

    /// `sys.stdout` as a file object writing to the VM's output stream.
    var standardOutput: PyFile {
        if let existing = standardFiles[1] { return existing }
        let file = PyFile(backing: .output(stdout), name: "<stdout>", mode: "w")
        standardFiles[1] = file
        return file
    }

    /// `sys.stderr`.
    var standardError: PyFile {
        if let existing = standardFiles[2] { return existing }
        let file = PyFile(backing: .output(stderr), name: "<stderr>", mode: "w")
        standardFiles[2] = file
        return file
    }

    /// `sys.stdin`.
    var standardInput: PyFile {
        if let existing = standardFiles[0] { return existing }
        let file = PyFile(backing: .input, name: "<stdin>", mode: "r")
        standardFiles[0] = file
        return file
    }
}
