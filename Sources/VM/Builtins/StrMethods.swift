/// The methods of `str`.
enum StrMethods {
    static func install() {
        let types = BuiltinTypes.shared
        let str = types.str
        types.operatorMethods(str, binary: [.add, .multiply, .modulo], reflected: false, compare: true)
        types.method(str, "__rmul__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try vm.builtinOperator(.multiply, args[0], args[1])
        }
        installCase()
        installPredicates()
        installPadding()
        StrSearch.install()
        types.method(str, "__len__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            .int(try vm.receiver(args, PyStr.self, .str, "__len__").count)
        }
        types.method(str, "__getitem__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "__getitem__", 1, 1)
            return try vm.builtinGetItem(try vm.receiver(args, PyStr.self, .str, "__getitem__"), args[1]) ?? .none
        }
        types.method(str, "__contains__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "__contains__", 1, 1)
            return .bool(try vm.builtinContains(try vm.receiver(args, PyStr.self, .str, "__contains__"), args[1]) ?? false)
        }
        types.method(str, "__iter__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try vm.getIteratorOfBuiltinBase(try vm.receiver(args, PyStr.self, .str, "__iter__"))
        }
        types.method(str, "__hash__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            .int(try vm.receiver(args, PyStr.self, .str, "__hash__").hashValue)
        }
        types.method(str, "__str__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            .string(try vm.receiver(args, PyStr.self, .str, "__str__").value)
        }
        types.method(str, "__repr__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            .string(vm.stringRepr(try vm.receiver(args, PyStr.self, .str, "__repr__").value))
        }
        types.method(str, "__format__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "__format__", 1, 1)
            let text = try vm.receiver(args, PyStr.self, .str, "__format__")
            let spec = try vm.stringArgument(args[1], "format spec must be str")
            return .string(try vm.formatString(text.value, try vm.parsedSpec(spec, for: args[0])))
        }
        types.method(str, "format") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let text = try vm.receiver(args, PyStr.self, .str, "format")
            return .string(try vm.formatTemplate(text.value, args))
        }
        types.method(str, "format_map") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "format_map", 1, 1)
            let text = try vm.receiver(args, PyStr.self, .str, "format_map")
            return .string(try vm.formatTemplate(text.value, args, mapping: args[1]))
        }
        types.method(str, "encode") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let text = try vm.receiver(args, PyStr.self, .str, "encode")
            return .object(PyBytes(Array(text.value.utf8)))
        }
        types.staticFunction(str, "maketrans") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try vm.makeTranslationTable(args)
        }
        types.method(str, "translate") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "translate", 1, 1)
            return .string(try vm.translate(try vm.receiver(args, PyStr.self, .str, "translate").value, table: args[1]))
        }
    }

    /// `str.lower()`: full Unicode lowering, with capital sigma at the end of a word becoming ς.
    static func lowercased(_ text: String) -> String {
        guard text.unicodeScalars.contains("\u{03A3}") else { return text.lowercased() }
        let scalars = Array(text.unicodeScalars)
        var result = ""
        for (index, scalar) in scalars.enumerated() {
            guard scalar == "\u{03A3}" else {
                result += scalar.properties.lowercaseMapping
                continue
            }
            var before = index - 1
            while before >= 0 && scalars[before].properties.isCaseIgnorable { before -= 1 }
            var after = index + 1
            while after < scalars.count && scalars[after].properties.isCaseIgnorable { after += 1 }
            let finalSigma = before >= 0 && scalars[before].properties.isCased
                && !(after < scalars.count && scalars[after].properties.isCased)
            result += finalSigma ? "\u{03C2}" : "\u{03C3}"
        }
        return result
    }

    /// A method that maps the text to new text.
    static func transform(_ name: String, _ body: @escaping (String) -> String) {
        Immortality.makeContext(of: body)  // captured by a method every VM's thread may call
        BuiltinTypes.shared.method(BuiltinTypes.shared.str, name) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, name, 0, 0)
            return .string(body(try vm.receiver(args, PyStr.self, .str, name).value))
        }
    }

    /// A method that tests the text.
    static func predicate(_ name: String, _ body: @escaping (String) -> Bool) {
        Immortality.makeContext(of: body)  // captured by a method every VM's thread may call
        BuiltinTypes.shared.method(BuiltinTypes.shared.str, name) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, name, 0, 0)
            return .bool(body(try vm.receiver(args, PyStr.self, .str, name).value))
        }
    }

    static func installCase() {
        transform("upper") { $0.uppercased() }
        transform("lower") { lowercased($0) }
        transform("casefold") { text in
            var result = ""
            for scalar in text.unicodeScalars { result += scalar.properties.lowercaseMapping == "ß" ? "ss" : scalar.properties.lowercaseMapping }
            return result.replacingOccurrences("ß", with: "ss")
        }
        transform("swapcase") { text in
            var result = ""
            for scalar in text.unicodeScalars {
                if scalar.properties.isUppercase { result += scalar.properties.lowercaseMapping } else if scalar.properties.isLowercase {
                    result += scalar.properties.uppercaseMapping
                } else { result.unicodeScalars.append(scalar) }
            }
            return result
        }
        transform("title") { text in
            var result = ""
            var previousCased = false
            for scalar in text.unicodeScalars {
                result += previousCased ? scalar.properties.lowercaseMapping : scalar.properties.titlecaseMapping
                previousCased = scalar.properties.isCased
            }
            return result
        }
        transform("capitalize") { text in
            guard let first = text.unicodeScalars.first else { return text }
            var rest = String.UnicodeScalarView()
            rest.append(contentsOf: text.unicodeScalars.dropFirst())
            return first.properties.titlecaseMapping + String(rest).lowercased()
        }
    }

    static func installPredicates() {
        func all(_ text: String, _ test: (Unicode.Scalar) -> Bool) -> Bool {
            !text.isEmpty && text.unicodeScalars.allSatisfy(test)
        }
        func isAlpha(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
            default: return false
            }
        }
        predicate("isdigit") { all($0) { $0.properties.numericType == .decimal || $0.properties.numericType == .digit } }
        predicate("isdecimal") { all($0) { $0.properties.numericType == .decimal } }
        predicate("isnumeric") { all($0) { $0.properties.numericType != nil } }
        predicate("isalpha") { all($0, isAlpha) }
        predicate("isalnum") { all($0) { isAlpha($0) || $0.properties.numericType != nil } }
        predicate("isspace") { all($0) { StrSearch.isWhitespace($0) } }
        predicate("isascii") { $0.unicodeScalars.allSatisfy { $0.isASCII } }
        predicate("isprintable") { $0.unicodeScalars.allSatisfy { StringPrinting.isPrintable($0) } }
        predicate("isupper") { text in
            let cased = text.unicodeScalars.filter { $0.properties.isCased }
            return !cased.isEmpty && text.unicodeScalars.allSatisfy { !$0.properties.isLowercase && !$0.properties.isCased || $0.properties.isUppercase }
        }
        predicate("islower") { text in
            let cased = text.unicodeScalars.filter { $0.properties.isCased }
            return !cased.isEmpty && text.unicodeScalars.allSatisfy { !$0.properties.isCased || $0.properties.isLowercase }
        }
        predicate("istitle") { text in
            var previousCased = false
            var sawCased = false
            for scalar in text.unicodeScalars {
                if scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter {
                    if previousCased { return false }
                    previousCased = true
                    sawCased = true
                } else if scalar.properties.isLowercase {
                    if !previousCased { return false }
                    previousCased = true
                    sawCased = true
                } else {
                    previousCased = false
                }
            }
            return sawCased
        }
        predicate("isidentifier") { text in
            guard let first = text.unicodeScalars.first, first == "_" || first.properties.isXIDStart else { return false }
            return text.unicodeScalars.dropFirst().allSatisfy { $0.properties.isXIDContinue }
        }
    }

    static func installPadding() {
        let types = BuiltinTypes.shared
        for (name, alignment) in [("center", "^"), ("ljust", "<"), ("rjust", ">")] {
            types.method(types.str, name) { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expectMethod(vm, name, 1, 2)
                let text = try vm.receiver(args, PyStr.self, .str, name)
                let width = try vm.integerArgument(args[1])
                var fill: Character = " "
                if args.positionalCount == 3 {
                    guard let fillText = args[2].asString, fillText.count == 1 else {
                        throw vm.typeError("The fill character must be exactly one character long")
                    }
                    fill = Character(fillText.scalar(at: 0))
                }
                let length = text.count
                guard width > length else { return args[0] }
                try vm.checkAllocation(count: width, elementSize: 1)
                let padding = width - length
                switch alignment {
                case "<": return .string(text.value + String(repeating: fill, count: padding))
                case ">": return .string(String(repeating: fill, count: padding) + text.value)
                default:
                    let left = padding / 2 + (padding & width & 1)
                    return .string(String(repeating: fill, count: left) + text.value + String(repeating: fill, count: padding - left))
                }
            }
        }
        types.method(types.str, "zfill") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "zfill", 1, 1)
            let text = try vm.receiver(args, PyStr.self, .str, "zfill")
            let width = try vm.integerArgument(args[1])
            guard width > text.count else { return args[0] }
            try vm.checkAllocation(count: width, elementSize: 1)
            var body = text.value
            var sign = ""
            if body.hasPrefix("-") || body.hasPrefix("+") {
                sign = String(body.removeFirst())
            }
            return .string(sign + String(repeating: "0", count: width - text.count) + body)
        }
        types.method(types.str, "expandtabs") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "expandtabs", 0, 1, keywords: true)
            let text = try vm.receiver(args, PyStr.self, .str, "expandtabs")
            let size = try args.argument(1, "tabsize").map { (value: Value) throws(PyException) -> Int in try vm.integerArgument(value) } ?? 8
            guard size.magnitude <= UInt(Int32.max) else { throw vm.raise("OverflowError", "Python int too large to convert to C int") }
            var result = ""
            var column = 0
            for character in text.value {
                if character == "\t" {
                    if size > 0 {
                        let spaces = size - column % size
                        try vm.checkAllocation(count: result.utf8.count + spaces, elementSize: 1)
                        result += String(repeating: " ", count: spaces)
                        column += spaces
                    }
                } else if character == "\n" || character == "\r" {
                    result.append(character)
                    column = 0
                } else {
                    result.append(character)
                    column += 1
                }
            }
            return .string(result)
        }
    }
}

extension VM {
    /// Parses a format spec, reporting errors against the value's type.
    func parsedSpec(_ text: String, for value: Value) throws(PyException) -> FormatSpec {
        switch FormatSpec.parse(text) {
        case .success(let spec): return spec
        case .failure(let failure): throw valueError(failure.message.replacingOccurrences("%TYPE%", with: typeName(value)))
        }
    }

    /// `str.maketrans(x[, y[, z]])`.
    func makeTranslationTable(_ args: Arguments) throws(PyException) -> Value {
        let table = PyDict()
        if args.positionalCount == 1 {
            guard let source = args[0].asObject as? PyDict else { throw typeError("if you give only one argument to maketrans it must be a dict") }
            for (key, value) in source.items {
                if let text = key.asString, text.count == 1 {
                    try table.store(.int(Int(text.scalar(at: 0).value)), value, self)
                } else {
                    try table.store(key, value, self)
                }
            }
            return .object(table)
        }
        guard let from = args[0].asString, let to = args[1].asString else { throw typeError("maketrans arguments must be strings") }
        guard from.count == to.count else { throw valueError("the first two maketrans arguments must have equal length") }
        for (source, target) in zip(from.scalars, to.scalars) {
            try table.store(.int(Int(source.value)), .object(character(target)), self)
        }
        if args.positionalCount == 3, let deleted = args[2].asString {
            for scalar in deleted.scalars { try table.store(.int(Int(scalar.value)), .none, self) }
        }
        return .object(table)
    }

    /// `str.translate(table)`.
    func translate(_ text: String, table: Value) throws(PyException) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            let mapped: Value?
            do throws(PyException) {
                mapped = try getItem(table, .int(Int(scalar.value)))
            } catch {
                if error.object.type.isSubtype(of: BuiltinTypes.shared.exception("LookupError")) { mapped = nil } else { throw error }
            }
            guard let mapped else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch mapped {
            case .none: continue
            case .int(let code): if let replacement = Unicode.Scalar(UInt32(clamping: code)) { result.unicodeScalars.append(replacement) }
            default: result += try str(mapped)
            }
        }
        return result
    }
}
