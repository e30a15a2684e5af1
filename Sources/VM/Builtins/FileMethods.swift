/// The methods of file objects.
enum FileMethods {
    static func install() {
        let types = BuiltinTypes.shared
        let file = types.textFile
        types.method(file, "read") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "read", 0, 1)
            let target = try vm.receiver(args, PyFile.self, .file, "read")
            let count = args.positionalCount == 2 && !args[1].isNone ? try vm.integerArgument(args[1]) : -1
            let bytes = try target.read(vm, count: count)
            return target.isBinary ? .object(PyBytes(bytes)) : .string(String(decoding: bytes, as: UTF8.self))
        }
        types.method(file, "readline") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "readline", 0, 1)
            let limit = args.positionalCount == 2 && !args[1].isNone ? try vm.integerArgument(args[1]) : -1
            return .string(try vm.receiver(args, PyFile.self, .file, "readline").readLine(vm, limit: limit))
        }
        types.method(file, "readlines") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let target = try vm.receiver(args, PyFile.self, .file, "readlines")
            var lines: [Value] = []
            while true {
                let line = try target.readLine(vm)
                if line.isEmpty { break }
                lines.append(.string(line))
            }
            return .object(PyList(lines))
        }
        types.method(file, "write") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "write", 1, 1)
            let target = try vm.receiver(args, PyFile.self, .file, "write")
            if let text = args[1].asString {
                if target.isBinary { throw vm.typeError("a bytes-like object is required, not 'str'") }
                try target.write(vm, Array(text.value.utf8))
                return .int(text.count)
            }
            if case .object(let object) = args[1], object.kind == .bytes, target.isBinary {
                let bytes = unsafeDowncast(object, to: PyBytes.self).bytes
                try target.write(vm, bytes)
                return .int(bytes.count)
            }
            throw vm.typeError("write() argument must be str, not \(vm.typeName(args[1]))")
        }
        types.method(file, "writelines") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "writelines", 1, 1)
            let target = try vm.receiver(args, PyFile.self, .file, "writelines")
            try vm.forEach(args[1]) { (line: Value) throws(PyException) in
                guard let text = line.asString else { throw vm.typeError("write() argument must be str, not \(vm.typeName(line))") }
                try target.write(vm, Array(text.value.utf8))
            }
            return .none
        }
        types.method(file, "close") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try vm.receiver(args, PyFile.self, .file, "close").close(vm)
            return .none
        }
        types.method(file, "flush") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try vm.receiver(args, PyFile.self, .file, "flush").flush()
            return .none
        }
        types.method(file, "__enter__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try vm.receiver(args, PyFile.self, .file, "__enter__").checkOpen(vm)
            return args[0]
        }
        types.method(file, "__exit__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try vm.receiver(args, PyFile.self, .file, "__exit__").close(vm)
            return .bool(false)
        }
        types.method(file, "__iter__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try vm.receiver(args, PyFile.self, .file, "__iter__").checkOpen(vm)
            return args[0]
        }
        types.method(file, "__next__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let line = try vm.receiver(args, PyFile.self, .file, "__next__").readLine(vm)
            if line.isEmpty { throw vm.raise("StopIteration") }
            return .string(line)
        }
        types.method(file, "seek") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "seek", 1, 2)
            let target = try vm.receiver(args, PyFile.self, .file, "seek")
            return .int(try target.seek(vm, offset: try vm.integerArgument(args[1]),
                                        whence: args.positionalCount == 3 ? try vm.integerArgument(args[2]) : 0))
        }
        types.method(file, "tell") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            .int(try vm.receiver(args, PyFile.self, .file, "tell").tell(vm))
        }
        types.method(file, "readable") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            .bool(try vm.receiver(args, PyFile.self, .file, "readable").isReadable)
        }
        types.method(file, "writable") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            .bool(try vm.receiver(args, PyFile.self, .file, "writable").isWritable)
        }
        types.method(file, "isatty") { (vm: VM, args: Arguments) throws(PyException) -> Value in .bool(false) }
    }
}

/// The methods of `property`, `classmethod` and `staticmethod`.
enum DescriptorMethods {
    static func install() {
        let types = BuiltinTypes.shared
        for (name, slot) in [("getter", 0), ("setter", 1), ("deleter", 2)] {
            types.method(types.property, name) { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expectMethod(vm, name, 1, 1)
                let old = try vm.receiver(args, PyDescriptor.self, .property, name)
                let copy = PyDescriptor(kind: .property, type: old.type, getter: slot == 0 ? args[1] : old.getter,
                                        setter: slot == 1 ? args[1] : old.setter, deleter: slot == 2 ? args[1] : old.deleter,
                                        doc: old.doc)
                return .object(copy)
            }
        }
        types.method(types.property, "__get__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let property = try vm.receiver(args, PyDescriptor.self, .property, "__get__")
            if args.positionalCount < 2 || args[1].isNone { return args[0] }
            return try vm.call(property.getter, [args[1]])
        }
        types.method(types.property, "__set__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let property = try vm.receiver(args, PyDescriptor.self, .property, "__set__")
            if property.setter.isNone { throw vm.raise("AttributeError", "can't set attribute") }
            return try vm.call(property.setter, [args[1], args[2]])
        }
        types.method(types.classMethod, "__get__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let descriptor = try vm.receiver(args, PyDescriptor.self, .classMethod, "__get__")
            let owner = args.positionalCount > 2 && !args[2].isNone ? args[2] : .object(vm.typeOf(args[1]))
            return .object(PyBoundMethod(function: descriptor.getter, receiver: owner))
        }
        types.method(types.staticMethod, "__get__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try vm.receiver(args, PyDescriptor.self, .staticMethod, "__get__").getter
        }
        types.method(types.function, "__get__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            if args.positionalCount < 2 || args[1].isNone { return args[0] }
            return .object(PyBoundMethod(function: args[0], receiver: args[1]))
        }
    }
}
