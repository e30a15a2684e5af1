import BigInt

/// `repr()` and `str()` with CPython's output for every builtin type.
extension VM {
    // MARK: - Entry points

    /// `repr(value)`.
    public func repr(_ value: Value) throws(PyException) -> String {
        switch value {
        case .none: return "None"
        case .bool(let flag): return flag ? "True" : "False"
        case .int(let number): return String(number)
        case .float(let number): return FloatFormatting.repr(number)
        case .undefined: return "<undefined>"
        case .object(let object): return try objectRepr(object)
        }
    }

    /// `str(value)`.
    public func str(_ value: Value) throws(PyException) -> String {
        if case .object(let object) = value {
            if object.kind == .str { return unsafeDowncast(object, to: PyStr.self).value }
            if !object.type.isBuiltin, let (owner, method) = object.type.lookupWithOwner(names.strMethod),
               owner !== BuiltinTypes.shared.object {
                if owner.isBuiltin && owner.layout == .exception && object.kind == .exception {
                    return try exceptionMessage(unsafeDowncast(object, to: PyExceptionObject.self))
                }
                let result = try call(method, [value])
                guard let text = result.asString else {
                    throw typeError("__str__ returned non-string (type \(typeName(result)))")
                }
                return text.value
            }
            if object.kind == .exception { return try exceptionMessage(unsafeDowncast(object, to: PyExceptionObject.self)) }
        }
        return try repr(value)
    }

    /// The message `str(exception)` gives (KeyError shows the repr of its key).
    public func exceptionMessage(_ exception: PyExceptionObject) throws(PyException) -> String {
        let args = exception.args.items
        switch args.count {
        case 0: return ""
        case 1:
            if exception.type.isSubtype(of: BuiltinTypes.shared.exception("KeyError")) { return try repr(args[0]) }
            if exception.type.isSubtype(of: BuiltinTypes.shared.exception("OSError")) { return try osErrorMessage(exception) }
            return try str(args[0])
        default:
            if exception.type.isSubtype(of: BuiltinTypes.shared.exception("OSError")) { return try osErrorMessage(exception) }
            return try repr(.object(exception.args))
        }
    }

    func osErrorMessage(_ exception: PyExceptionObject) throws(PyException) -> String {
        let args = exception.args.items
        guard args.count >= 2 else { return try str(args[0]) }
        var text = "[Errno \(try str(args[0]))] \(try str(args[1]))"
        if let filename = exception.dict.lookup(string: intern("filename")), !filename.isNone {
            text += ": \(try repr(filename))"
        }
        return text
    }

    // MARK: - Objects

    func objectRepr(_ object: PyObject) throws(PyException) -> String {
        if !object.type.isBuiltin, let (owner, method) = object.type.lookupWithOwner(names.reprMethod) {
            if !owner.isBuiltin || owner !== BuiltinTypes.shared.object && owner.layout != object.kind {
                let result = try call(method, [.object(object)])
                guard let text = result.asString else {
                    throw typeError("__repr__ returned non-string (type \(typeName(result)))")
                }
                return text.value
            }
            if owner === BuiltinTypes.shared.object { return defaultRepr(object) }
        }
        return try builtinRepr(object)
    }

    /// `<module.Class object at 0x...>`
    func defaultRepr(_ object: PyObject) -> String {
        "<\(qualifiedTypeName(object.type)) object at \(address(object))>"
    }

    /// `module.QualName`, without the module for builtins.
    func qualifiedTypeName(_ type: PyType) -> String {
        type.moduleName == "builtins" ? type.qualifiedName : "\(type.moduleName).\(type.qualifiedName)"
    }

    /// An object's address as CPython prints it.
    func address(_ object: PyObject) -> String {
        "0x" + String(UInt(bitPattern: ObjectIdentifier(object)), radix: 16).leftPadded(to: 12)
    }

    func builtinRepr(_ object: PyObject) throws(PyException) -> String {
        switch object.kind {
        case .str: return stringRepr(unsafeDowncast(object, to: PyStr.self).value)
        case .long: return try integerString(unsafeDowncast(object, to: PyLong.self).value)
        case .list:
            return try guardedRepr(object, "[...]") { () throws(PyException) in
                "[" + (try unsafeDowncast(object, to: PyList.self).items.map { (item: Value) throws(PyException) in try repr(item) }).joined(separator: ", ") + "]"
            }
        case .tuple:
            let items = unsafeDowncast(object, to: PyTuple.self).items
            return try guardedRepr(object, "(...)") { () throws(PyException) in
                let parts = try items.map { (item: Value) throws(PyException) in try repr(item) }
                return "(" + parts.joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
            }
        case .dict: return try dictRepr(unsafeDowncast(object, to: PyDict.self))
        case .set, .frozenset: return try setRepr(unsafeDowncast(object, to: PySet.self))
        case .range:
            let range = unsafeDowncast(object, to: PyRange.self)
            if let big = range.big { return bigRangeRepr(big) }
            return range.step == 1 ? "range(\(range.start), \(range.stop))" : "range(\(range.start), \(range.stop), \(range.step))"
        case .slice:
            let slice = unsafeDowncast(object, to: PySlice.self)
            return "slice(\(try repr(slice.start)), \(try repr(slice.stop)), \(try repr(slice.step)))"
        case .bytes: return bytesRepr(unsafeDowncast(object, to: PyBytes.self).bytes)
        case .function:
            return "<function \(unsafeDowncast(object, to: PyFunction.self).qualifiedName) at \(address(object))>"
        case .nativeFunction:
            let native = unsafeDowncast(object, to: PyNativeFunction.self)
            return native.isMethod ? "<method '\(native.name)' of '\(native.qualifiedName.split(separator: ".").first ?? "")' objects>"
                : "<built-in function \(native.name)>"
        case .boundMethod: return try boundMethodRepr(unsafeDowncast(object, to: PyBoundMethod.self))
        case .type: return "<class '\(qualifiedTypeName(unsafeDowncast(object, to: PyType.self)))'>"
        case .module:
            let module = unsafeDowncast(object, to: PyModule.self)
            if let file = module.dict.lookup(string: intern("__file__"))?.asString {
                return "<module '\(module.name)' from '\(file.value)'>"
            }
            return "<module '\(module.name)' (built-in)>"
        case .exception: return try exceptionRepr(unsafeDowncast(object, to: PyExceptionObject.self))
        case .generator:
            return "<generator object \(unsafeDowncast(object, to: PyGenerator.self).qualifiedName) at \(address(object))>"
        case .dictView: return try dictViewRepr(unsafeDowncast(object, to: PyDictView.self))
        case .notImplemented, .ellipsis: return unsafeDowncast(object, to: PySingleton.self).name
        case .file: return unsafeDowncast(object, to: PyFile.self).repr()
        case .cell: return "<cell at \(address(object)): \(typeName(unsafeDowncast(object, to: PyCell.self).value)) object>"
        case .superProxy:
            let proxy = unsafeDowncast(object, to: PySuper.self)
            return "<super: <class '\(proxy.startAfter.name)'>, <\(proxy.receiverType.name) object>>"
        default:
            return defaultRepr(object)
        }
    }

    /// Runs a container repr, printing `placeholder` for a container inside itself.
    func guardedRepr(_ object: PyObject, _ placeholder: String, _ body: () throws(PyException) -> String) throws(PyException) -> String {
        let identifier = ObjectIdentifier(object)
        if reprInProgress.contains(identifier) { return placeholder }
        if reprInProgress.count > recursionLimit { throw raise("RecursionError", "maximum recursion depth exceeded while getting the repr of an object") }
        reprInProgress.insert(identifier)
        defer { reprInProgress.remove(identifier) }
        return try body()
    }

    func dictRepr(_ dict: PyDict) throws(PyException) -> String {
        try guardedRepr(dict, "{...}") { () throws(PyException) in
            var parts: [String] = []
            for (key, value) in dict.items { parts.append("\(try repr(key)): \(try repr(value))") }
            return "{" + parts.joined(separator: ", ") + "}"
        }
    }

    func setRepr(_ set: PySet) throws(PyException) -> String {
        let name = set.type.name
        if set.count == 0 { return "\(name)()" }
        return try guardedRepr(set, "\(name)(...)") { () throws(PyException) in
            let body = "{" + (try set.elements.map { (item: Value) throws(PyException) in try repr(item) }).joined(separator: ", ") + "}"
            return set.kind == .frozenset || !set.type.isBuiltin ? "\(name)(\(body))" : body
        }
    }

    func dictViewRepr(_ view: PyDictView) throws(PyException) -> String {
        let items: [Value]
        switch view.variant {
        case .keys: items = view.dict.keys
        case .values: items = view.dict.values
        case .items: items = view.dict.items.map { Value.object(PyTuple([$0.0, $0.1])) }
        }
        return try guardedRepr(view, "...") { () throws(PyException) in
            "\(view.type.name)([" + (try items.map { (item: Value) throws(PyException) in try repr(item) }).joined(separator: ", ") + "])"
        }
    }

    func boundMethodRepr(_ method: PyBoundMethod) throws(PyException) -> String {
        let name: String
        switch method.function.asObject {
        case let function as PyFunction: name = function.qualifiedName
        case let native as PyNativeFunction:
            return "<built-in method \(native.name) of \(typeName(method.receiver)) object at \(method.receiver.asObject.map(address) ?? "0x0")>"
        default: name = "?"
        }
        return "<bound method \(name) of \(try repr(method.receiver))>"
    }

    func exceptionRepr(_ exception: PyExceptionObject) throws(PyException) -> String {
        let args = exception.args.items
        let inner = args.count == 1 ? try repr(args[0]) : try args.map { (item: Value) throws(PyException) in try repr(item) }.joined(separator: ", ")
        return "\(exception.type.name)(\(inner))"
    }

    // MARK: - Numbers and strings

    /// Decimal digits of a big integer, refusing more than CPython's default 4300 digits.
    func integerString(_ value: BigInt) throws(PyException) -> String {
        let text = value.description
        if text.utf8.count - (value.sign == .minus ? 1 : 0) > maxIntegerDigits {
            throw valueError("Exceeds the limit (\(maxIntegerDigits) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
        }
        return text
    }

    /// `repr(str)`: single quotes unless the text has a single quote and no double quote.
    public func stringRepr(_ text: String, forceDouble: Bool = false) -> String {
        let hasSingle = text.utf8.contains(UInt8(ascii: "'"))
        let hasDouble = text.utf8.contains(UInt8(ascii: "\""))
        let quote: Character = forceDouble || (hasSingle && !hasDouble) ? "\"" : "'"
        var result = String(quote)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if Character(scalar) == quote {
                    result += "\\" + String(quote)
                } else if StringPrinting.isPrintable(scalar) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += StringPrinting.escape(scalar)
                }
            }
        }
        result.append(quote)
        return result
    }

    func bytesRepr(_ bytes: [UInt8]) -> String {
        let hasSingle = bytes.contains(UInt8(ascii: "'"))
        let hasDouble = bytes.contains(UInt8(ascii: "\""))
        let quote: UInt8 = hasSingle && !hasDouble ? UInt8(ascii: "\"") : UInt8(ascii: "'")
        var result = "b" + String(UnicodeScalar(quote))
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\\"): result += "\\\\"
            case UInt8(ascii: "\n"): result += "\\n"
            case UInt8(ascii: "\r"): result += "\\r"
            case UInt8(ascii: "\t"): result += "\\t"
            case quote: result += "\\" + String(UnicodeScalar(quote))
            case 0x20..<0x7F: result.unicodeScalars.append(UnicodeScalar(byte))
            default: result += "\\x" + String(byte, radix: 16).leftPadded(to: 2)
            }
        }
        return result + String(UnicodeScalar(quote))
    }
}

/// Which characters `repr()` shows as they are, and how it escapes the others.
enum StringPrinting {
    /// CPython's `str.isprintable()` for one code point.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x7F { return scalar.value >= 0x20 }
        if scalar.value < 0xA1 { return scalar.value == 0xA0 ? false : false }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        if scalar.value < 0x100 { return "\\x" + hex.leftPadded(to: 2) }
        if scalar.value < 0x10000 { return "\\u" + hex.leftPadded(to: 4) }
        return "\\U" + hex.leftPadded(to: 8)
    }
}

extension String {
    /// The string padded on the left with zeros to at least `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
