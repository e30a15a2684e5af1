import BigInt

/// What calling a builtin type does: `int("5")`, `list(x)`, `range(3)`, `type(x)`, ...
enum TypeConstructors {
    static func install() {
        let types = BuiltinTypes.shared
        types.int.constructor = { (vm: VM, _: PyType, args: Arguments) throws(PyException) -> Value in try vm.makeInteger(args) }
        types.bool.constructor = { (vm: VM, _: PyType, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "bool", 0, 1)
            return .bool(args.positionalCount == 1 ? try vm.isTrue(args[0]) : false)
        }
        types.float.constructor = { (vm: VM, _: PyType, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "float", 0, 1)
            return args.positionalCount == 0 ? .float(0) : .float(try vm.makeFloat(args[0]))
        }
        types.int.singleArgumentConstructor = { (vm: VM, value: Value) throws(PyException) -> Value in
            try vm.integer(from: value)
        }
        types.float.singleArgumentConstructor = { (vm: VM, value: Value) throws(PyException) -> Value in
            if case .float = value { return value }
            return .float(try vm.makeFloat(value))
        }
        types.bool.singleArgumentConstructor = { (vm: VM, value: Value) throws(PyException) -> Value in
            .bool(try vm.isTrue(value))
        }
        types.str.singleArgumentConstructor = { (vm: VM, value: Value) throws(PyException) -> Value in
            if let text = value.asString, text.type.isBuiltin { return value }
            if case .int(let number) = value { return .object(PyStr(String(number), ascii: true)) }
            return .string(try vm.str(value))
        }
        types.list.singleArgumentConstructor = { (vm: VM, value: Value) throws(PyException) -> Value in
            .object(PyList(ContiguousArray(try vm.collect(value))))
        }
        types.str.constructor = { (vm: VM, type: PyType, args: Arguments) throws(PyException) -> Value in
            try args.allowKeywords(vm, "str", ["object", "encoding", "errors"])
            guard let value = args.argument(0, "object") else { return .string("") }
            if case .object(let object) = value, object.kind == .bytes, args.argument(1, "encoding") != nil {
                return .string(String(decoding: unsafeDowncast(object, to: PyBytes.self).bytes, as: UTF8.self))
            }
            let text = try vm.str(value)
            return type === BuiltinTypes.shared.str ? .string(text) : .object(PyStr(text, type: type))
        }
        types.bytes.constructor = { (vm: VM, _: PyType, args: Arguments) throws(PyException) -> Value in
            try vm.makeBytes(args)
        }
        types.list.constructor = { (vm: VM, type: PyType, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "list", 0, 1)
            return .object(PyList(args.positionalCount == 1 ? ContiguousArray(try vm.collect(args[0])) : []))
        }
        types.tuple.constructor = { (vm: VM, _: PyType, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "tuple", 0, 1)
            if args.positionalCount == 1, case .object(let object) = args[0], object.kind == .tuple, object.type.isBuiltin { return args[0] }
            return .object(PyTuple(args.positionalCount == 1 ? ContiguousArray(try vm.collect(args[0])) : []))
        }
        types.dict.constructor = { (vm: VM, _: PyType, args: Arguments) throws(PyException) -> Value in
            let dict = PyDict()
            try vm.dictInit(dict, args)
            return .object(dict)
        }
        types.set.constructor = { (vm: VM, _: PyType, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "set", 0, 1)
            let set = PySet()
            if args.positionalCount == 1 { try vm.setUpdate(set, args[0]) }
            return .object(set)
        }
        types.frozenset.constructor = { (vm: VM, _: PyType, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "frozenset", 0, 1)
            if args.positionalCount == 1, case .object(let object) = args[0], object.kind == .frozenset, object.type.isBuiltin { return args[0] }
            let set = PySet(frozen: true)
            if args.positionalCount == 1 { try vm.setUpdate(set, args[0]) }
            return .object(set)
        }
        types.range.constructor = { (vm: VM, _: PyType, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "range", 1, 3)
            var small: [Int] = []
            for index in 0..<args.positionalCount {
                guard let number = Int(exactly: try vm.integerValue(args[index])) else { break }
                small.append(number)
            }
            if small.count == args.positionalCount {
                let (start, stop, step) = small.count == 1 ? (0, small[0], 1) : (small[0], small[1], small.count == 3 ? small[2] : 1)
                if step == 0 { throw vm.valueError("range() arg 3 must not be zero") }
                if let range = PyRange.make(start: start, stop: stop, step: step) { return .object(range) }
            }
            var bounds: [BigInt] = []
            for index in 0..<args.positionalCount { bounds.append(try vm.integerValue(args[index])) }
            let (start, stop, step) = bounds.count == 1 ? (0, bounds[0], 1) : (bounds[0], bounds[1], bounds.count == 3 ? bounds[2] : 1)
            if step == 0 { throw vm.valueError("range() arg 3 must not be zero") }
            return .object(PyRange.make(start: start, stop: stop, step: step))
        }
        types.slice.constructor = { (vm: VM, _: PyType, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "slice", 1, 3)
            if args.positionalCount == 1 { return .object(PySlice(start: .none, stop: args[0], step: .none)) }
            return .object(PySlice(start: args[0], stop: args[1], step: args.positional(2) ?? .none))
        }
        types.object.constructor = { (vm: VM, _: PyType, args: Arguments) throws(PyException) -> Value in
            if args.count > 0 { throw vm.typeError("object() takes no arguments") }
            return .object(PyInstance(type: BuiltinTypes.shared.object))
        }
        types.type.constructor = { (vm: VM, type: PyType, args: Arguments) throws(PyException) -> Value in
            try vm.typeCall(type, args)
        }
        installDescriptorConstructors()
        installIteratorConstructors()
        let exceptionConstructor: NativeConstructor = { (vm: VM, type: PyType, args: Arguments) throws(PyException) -> Value in
            let exception = vm.makeException(type, args.positionalValues)
            if type.isSubtype(of: BuiltinTypes.shared.exception("OSError")), args.positionalCount >= 2 {
                exception.dict.store(string: vm.intern("errno"), args[0])
                exception.dict.store(string: vm.intern("strerror"), args[1])
                exception.dict.store(string: vm.intern("filename"), args.positional(2) ?? .none)
            }
            if type === BuiltinTypes.shared.exception("SystemExit") {
                exception.dict.store(string: vm.intern("code"), args.positionalCount == 0 ? .none : (args.positionalCount == 1 ? args[0] : .object(exception.args)))
            }
            if type.isSubtype(of: BuiltinTypes.shared.exception("ImportError")) {
                exception.dict.store(string: vm.intern("name"), args.keyword("name") ?? .none)
            }
            return .object(exception)
        }
        for type in types.exceptions.values { type.constructor = exceptionConstructor }
    }

    static func installDescriptorConstructors() {
        let types = BuiltinTypes.shared
        types.property.constructor = { (vm: VM, type: PyType, args: Arguments) throws(PyException) -> Value in
            try args.allowKeywords(vm, "property", ["fget", "fset", "fdel", "doc"])
            let getter = args.argument(0, "fget") ?? .none
            var doc = args.argument(3, "doc") ?? .none
            if doc.isNone, !getter.isNone { doc = (try? vm.lookupAttribute(getter, vm.names.docMethod)) ?? .none ?? .none }
            return .object(PyDescriptor(kind: .property, type: type, getter: getter, setter: args.argument(1, "fset") ?? .none,
                                        deleter: args.argument(2, "fdel") ?? .none, doc: doc))
        }
        types.classMethod.constructor = { (vm: VM, type: PyType, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "classmethod", 1, 1)
            return .object(PyDescriptor(kind: .classMethod, type: type, getter: args[0]))
        }
        types.staticMethod.constructor = { (vm: VM, type: PyType, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "staticmethod", 1, 1)
            return .object(PyDescriptor(kind: .staticMethod, type: type, getter: args[0]))
        }
        types.superType.constructor = { (vm: VM, _: PyType, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "super", 0, 2)
            guard args.positionalCount == 2 else { throw vm.raise("RuntimeError", "super(): no arguments") }
            guard let start = args[0].asObject as? PyType else {
                throw vm.typeError("super() argument 1 must be a type, not \(vm.typeName(args[0]))")
            }
            let receiver = args[1]
            let receiverType: PyType
            if let asType = receiver.asObject as? PyType, asType.isSubtype(of: start) {
                receiverType = asType
            } else {
                receiverType = vm.typeOf(receiver)
                guard receiverType.isSubtype(of: start) else {
                    throw vm.typeError("super(type, obj): obj must be an instance or subtype of type")
                }
            }
            return .object(PySuper(startAfter: start, receiver: receiver, receiverType: receiverType))
        }
    }

    static func installIteratorConstructors() {
        let types = BuiltinTypes.shared
        types.enumerate.constructor = { (vm: VM, _: PyType, args: Arguments) throws(PyException) -> Value in
            try args.allowKeywords(vm, "enumerate", ["iterable", "start"])
            guard let iterable = args.argument(0, "iterable") else {
                throw vm.typeError("enumerate() missing required argument 'iterable' (pos 1)")
            }
            var counter = try args.argument(1, "start").map { (value: Value) throws(PyException) -> Value in
                guard Integers.integer(value) != nil else {
                    throw vm.typeError("'\(vm.typeName(value))' object cannot be interpreted as an integer")
                }
                return value
            } ?? .int(0)
            let iterator = try vm.getIterator(iterable)
            return .object(PyIterator(type: BuiltinTypes.shared.enumerate) { (vm: VM) throws(PyException) -> Value? in
                guard let item = try vm.next(iterator) else { return nil }
                let index = counter
                counter = try vm.binary(.add, counter, .int(1))
                return .object(PyTuple([index, item]))
            })
        }
        types.zip.constructor = { (vm: VM, _: PyType, args: Arguments) throws(PyException) -> Value in
            try args.allowKeywords(vm, "zip", ["strict"])
            let strict = try vm.isTrue(args.keyword("strict") ?? .bool(false))
            var iterators: [Value] = []
            for index in 0..<args.positionalCount {
                do throws(PyException) {
                    iterators.append(try vm.getIterator(args[index]))
                } catch {
                    throw vm.typeError("zip argument #\(index + 1) must support iteration")
                }
            }
            return .object(PyIterator(type: BuiltinTypes.shared.zip) { (vm: VM) throws(PyException) -> Value? in
                guard !iterators.isEmpty else { return nil }
                var items: [Value] = []
                for (position, iterator) in iterators.enumerated() {
                    guard let item = try vm.next(iterator) else {
                        if strict {
                            if position > 0 {
                                throw vm.valueError("zip() argument \(position + 1) is shorter than argument\(position > 1 ? "s 1-\(position)" : " 1")")
                            }
                            for (other, rest) in iterators.enumerated().dropFirst() where try vm.next(rest) != nil {
                                throw vm.valueError("zip() argument \(other + 1) is longer than argument\(other > 1 ? "s 1-\(other)" : " 1")")
                            }
                        }
                        return nil
                    }
                    items.append(item)
                }
                return .object(PyTuple(items))
            })
        }
        types.map.constructor = { (vm: VM, _: PyType, args: Arguments) throws(PyException) -> Value in
            guard args.positionalCount >= 2 else { throw vm.typeError("map() must have at least two arguments.") }
            let function = args[0]
            var iterators: [Value] = []
            for index in 1..<args.positionalCount { iterators.append(try vm.getIterator(args[index])) }
            return .object(PyIterator(type: BuiltinTypes.shared.map) { (vm: VM) throws(PyException) -> Value? in
                var items: [Value] = []
                for iterator in iterators {
                    guard let item = try vm.next(iterator) else { return nil }
                    items.append(item)
                }
                return try vm.call(function, items)
            })
        }
        types.filter.constructor = { (vm: VM, _: PyType, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "filter", 2, 2)
            let predicate = args[0]
            let iterator = try vm.getIterator(args[1])
            return .object(PyIterator(type: BuiltinTypes.shared.filter) { (vm: VM) throws(PyException) -> Value? in
                while let item = try vm.next(iterator) {
                    let keep = predicate.isNone ? try vm.isTrue(item) : try vm.isTrue(try vm.call(predicate, [item]))
                    if keep { return item }
                }
                return nil
            })
        }
        types.reversed.constructor = { (vm: VM, _: PyType, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, "reversed", 1, 1)
            return try vm.reversedIterator(args[0])
        }
    }
}

extension VM {
    /// `reversed(sequence)`.
    func reversedIterator(_ sequence: Value) throws(PyException) -> Value {
        guard case .object(let object) = sequence else { throw typeError("'\(typeName(sequence))' object is not reversible") }
        if object.type.isBuiltin && object.kind == .list {
            let list = unsafeDowncast(object, to: PyList.self)
            return .object(PyIterator(variant: .reversedList, source: sequence, type: BuiltinTypes.shared.listReverseIterator,
                                      index: list.items.count - 1))
        }
        if !object.type.isBuiltin, let method = object.type.lookup(names.reversedMethod) {
            return try call(method, [sequence])
        }
        if object.kind == .dict || object.kind == .dictView {
            let items = object.kind == .dict ? unsafeDowncast(object, to: PyDict.self).keys : try collect(sequence)
            var position = items.count
            return .object(PyIterator(type: BuiltinTypes.shared.reversed) { _ in
                guard position > 0 else { return nil }
                position -= 1
                return items[position]
            })
        }
        let hasSequenceProtocol = object.type.isBuiltin
            ? [ObjectKind.tuple, .str, .range, .bytes, .list].contains(object.kind)
            : object.type.lookup(names.getitem) != nil && object.type.lookup(names.lenMethod) != nil
        guard hasSequenceProtocol else { throw typeError("'\(typeName(sequence))' object is not reversible") }
        var position = try length(sequence)
        return .object(PyIterator(type: BuiltinTypes.shared.reversed) { (vm: VM) throws(PyException) -> Value? in
            guard position > 0 else { return nil }
            position -= 1
            return try vm.getItem(sequence, .int(position))
        })
    }

    /// `type(x)` or `type(name, bases, dict)`.
    func typeCall(_ metatype: PyType, _ args: Arguments) throws(PyException) -> Value {
        if args.positionalCount == 1 && !args.hasKeywords { return .object(typeOf(args[0])) }
        guard args.positionalCount == 3 else { throw typeError("type() takes 1 or 3 arguments") }
        let name = try stringArgument(args[0], "type.__new__() argument 1 must be str, not \(typeName(args[0]))")
        guard let basesTuple = args[1].asObject as? PyTuple else {
            throw typeError("type.__new__() argument 2 must be tuple, not \(typeName(args[1]))")
        }
        guard let source = args[2].asObject as? PyDict else {
            throw typeError("type.__new__() argument 3 must be dict, not \(typeName(args[2]))")
        }
        var bases: [PyType] = []
        for base in basesTuple.items {
            guard let type = base.asObject as? PyType else { throw typeError("bases must be types") }
            bases.append(type)
        }
        let namespace = source.copy()
        if namespace.lookup(string: names.moduleMethod) == nil {
            namespace.store(string: names.moduleMethod, modules.lookup(string: intern("__main__")) != nil ? .string("__main__") : .string("builtins"))
        }
        return try createClass(name: name, bases: bases, namespace: namespace, metatype: metatype, globals: nil)
    }

    /// `int(x)` / `int(text, base)`.
    func makeInteger(_ args: Arguments) throws(PyException) -> Value {
        try args.allowKeywords(self, "int", ["base"])
        guard args.positionalCount <= 2 else { throw typeError("int() takes at most 2 arguments (\(args.positionalCount) given)") }
        guard let value = args.positional(0) else {
            if args.keyword("base") != nil { throw typeError("int() missing string argument") }
            return .int(0)
        }
        if let baseValue = args.positional(1) ?? args.keyword("base") {
            let base = try integerArgument(baseValue)
            guard let text = value.asString?.value else {
                throw typeError("int() can't convert non-string with explicit base")
            }
            guard base == 0 || (base >= 2 && base <= 36) else { throw valueError("int() base must be >= 2 and <= 36, or 0") }
            return try parseInteger(text, base: base)
        }
        return try integer(from: value)
    }

    /// `int(value)` with one argument.
    func integer(from value: Value) throws(PyException) -> Value {
        switch value {
        case .int, .bool: return .int(Integers.integer(value).map { if case .small(let n) = $0 { return n } else { return 0 } } ?? 0)
        case .float(let number):
            if number.isNaN { throw valueError("cannot convert float NaN to integer") }
            if number.isInfinite { throw raise("OverflowError", "cannot convert float infinity to integer") }
            return Integers.value(BigIntConversion.fromDouble(number.rounded(.towardZero)))
        case .object(let object):
            if object.kind == .long { return value }
            if object.kind == .str { return try parseInteger(unsafeDowncast(object, to: PyStr.self).value, base: 10) }
            if object.kind == .bytes { return try parseInteger(String(decoding: unsafeDowncast(object, to: PyBytes.self).bytes, as: UTF8.self), base: 10) }
            for name in ["__int__", "__index__", "__trunc__"] {
                if let method = object.type.lookup(intern(name)) {
                    let result = try call(method, [value])
                    guard Integers.integer(result) != nil else {
                        throw typeError("\(name) returned non-int (type \(typeName(result)))")
                    }
                    return result
                }
            }
        default: break
        }
        throw typeError("int() argument must be a string, a bytes-like object or a real number, not '\(typeName(value))'")
    }

    /// Parses `int()` text: whitespace, sign, underscores between digits, optional base prefix.
    func parseInteger(_ text: String, base: Int) throws(PyException) -> Value {
        func invalid() -> PyException { valueError("invalid literal for int() with base \(base): \(stringRepr(text))") }
        var body = Substring(text).trimmingPythonWhitespace()
        var negative = false
        if body.hasPrefix("-") || body.hasPrefix("+") {
            negative = body.hasPrefix("-")
            body = body.dropFirst()
        }
        var radix = base
        let lowered = body.lowercased()
        if (radix == 16 && lowered.hasPrefix("0x")) || (radix == 8 && lowered.hasPrefix("0o")) || (radix == 2 && lowered.hasPrefix("0b")) {
            body = body.dropFirst(2)
            if body.hasPrefix("_") { body = body.dropFirst() }
        } else if radix == 0 {
            if lowered.hasPrefix("0x") { radix = 16; body = body.dropFirst(2) } else if lowered.hasPrefix("0o") { radix = 8; body = body.dropFirst(2) } else if lowered.hasPrefix("0b") { radix = 2; body = body.dropFirst(2) } else {
                radix = 10
                if body.count > 1 && body.first == "0" && body.contains(where: { $0 != "0" && $0 != "_" }) { throw invalid() }
            }
            if body.hasPrefix("_") { body = body.dropFirst() }
        }
        guard !body.isEmpty, !body.hasPrefix("_"), !body.hasSuffix("_"), !body.contains("__") else { throw invalid() }
        var digits: [Int] = []
        for character in body where character != "_" {
            guard let digit = character.wholeNumberValue ?? (character.isASCII && character.isLetter
                ? Int(character.asciiValue! | 0x20) - 87 : nil), digit < radix else { throw invalid() }
            digits.append(digit)
        }
        if digits.count > maxIntegerDigits && radix == 10 {
            throw valueError("Exceeds the limit (\(maxIntegerDigits) digits) for integer string conversion: value has \(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
        let big = Integers.fromDigits(digits, radix: radix)
        return Integers.value(negative ? -big : big)
    }

    /// `float(x)`.
    func makeFloat(_ value: Value) throws(PyException) -> Double {
        switch value {
        case .float(let number): return number
        case .int(let number): return Double(number)
        case .bool(let flag): return flag ? 1 : 0
        case .object(let object):
            if object.kind == .str { return try parseFloat(unsafeDowncast(object, to: PyStr.self).value) }
            if object.kind == .long { return try floatArgument(value) }
            if let method = object.type.lookup(names.floatMethod) {
                let result = try call(method, [value])
                guard case .float(let number) = result else {
                    throw typeError("\(object.type.name).__float__ returned non-float (type \(typeName(result)))")
                }
                return number
            }
            if let method = object.type.lookup(names.indexMethod) { return try floatArgument(try call(method, [value])) }
        default: break
        }
        throw typeError("float() argument must be a string or a real number, not '\(typeName(value))'")
    }

    /// A NaN with a payload no other NaN of this VM has (see `nextNaNPayload`).
    func freshNaN(negative: Bool) -> Double {
        let payload = nextNaNPayload
        nextNaNPayload = nextNaNPayload >= (1 << 50) ? 1 : nextNaNPayload + 1
        let nan = Double(nan: Double.RawSignificand(payload), signaling: false)
        return negative ? -nan : nan
    }

    /// Parses `float()` text, including `inf`, `nan` and underscores between digits.
    func parseFloat(_ text: String) throws(PyException) -> Double {
        let body = String(Substring(text).trimmingPythonWhitespace())
        func invalid() -> PyException { valueError("could not convert string to float: \(stringRepr(text))") }
        var unsigned = Substring(body)
        var negative = false
        if unsigned.hasPrefix("-") || unsigned.hasPrefix("+") {
            negative = unsigned.hasPrefix("-")
            unsigned = unsigned.dropFirst()
        }
        switch unsigned.lowercased() {
        case "inf", "infinity": return negative ? -.infinity : .infinity
        case "nan": return freshNaN(negative: negative)
        default: break
        }
        guard !unsigned.isEmpty, unsigned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "e" || $0 == "E" || $0 == "+" || $0 == "-" || $0 == "_") }),
              !unsigned.hasPrefix("_"), !unsigned.hasSuffix("_"), !unsigned.contains("__") else { throw invalid() }
        var cleaned = ""
        let characters = Array(unsigned)
        for (index, character) in characters.enumerated() {
            if character == "_" {
                guard index > 0, index + 1 < characters.count, characters[index - 1].isNumber, characters[index + 1].isNumber else { throw invalid() }
                continue
            }
            cleaned.append(character)
        }
        guard cleaned.contains(where: { $0.isNumber }) else { throw invalid() }
        if cleaned.hasPrefix(".") { cleaned = "0" + cleaned }
        if let dot = cleaned.firstIndex(of: "."), cleaned.index(after: dot) == cleaned.endIndex || !cleaned[cleaned.index(after: dot)].isNumber {
            cleaned.insert("0", at: cleaned.index(after: dot))
        }
        guard let number = Double(cleaned) else { throw invalid() }
        return negative ? -number : number
    }

    /// `bytes(...)`: from a str with an encoding, an iterable of ints, or a size.
    func makeBytes(_ args: Arguments) throws(PyException) -> Value {
        guard let source = args.argument(0, "source") else { return .object(PyBytes([])) }
        if let text = source.asString { return .object(PyBytes(Array(text.value.utf8))) }
        if case .int(let count) = source {
            if count < 0 { throw valueError("negative count") }
            try checkAllocation(count: count, elementSize: 1)
            return .object(PyBytes([UInt8](repeating: 0, count: count)))
        }
        var bytes: [UInt8] = []
        try forEach(source) { (item: Value) throws(PyException) in
            let number = try integerArgument(item)
            guard number >= 0, number < 256 else { throw valueError("bytes must be in range(0, 256)") }
            bytes.append(UInt8(number))
        }
        return .object(PyBytes(bytes))
    }

    /// `dict(mapping_or_pairs, **keywords)` into an existing dict.
    func dictInit(_ dict: PyDict, _ args: Arguments) throws(PyException) {
        guard args.positionalCount <= 1 else { throw typeError("dict expected at most 1 argument, got \(args.positionalCount)") }
        if args.positionalCount == 1 { try dictUpdate(dict, args[0]) }
        for (key, value) in args.keywords { dict.store(string: intern(key), value) }
    }
}

extension Substring {
    /// The text without leading and trailing whitespace as Python's `strip()` defines it.
    func trimmingPythonWhitespace() -> Substring {
        var result = self
        while let first = result.unicodeScalars.first, first.properties.isWhitespace { result = result.dropFirst() }
        while let last = result.unicodeScalars.last, last.properties.isWhitespace { result = result.dropLast() }
        return result
    }
}
