/// printf-style formatting: `"%5.2f and %s" % (x, y)`.
extension VM {
    func percentFormat(_ format: String, _ arguments: Value) throws(PyException) -> String {
        var values: [Value]
        var mapping: Value?
        if case .object(let object) = arguments, object.kind == .tuple {
            values = Array(unsafeDowncast(object, to: PyTuple.self).items)
        } else if case .object(let object) = arguments, object.kind == .dict || (object.kind == .instance && object.type.lookup(names.getitem) != nil) {
            values = [arguments]
            mapping = arguments
        } else {
            values = [arguments]
        }
        var next = 0
        var usedMapping = false
        func take() throws(PyException) -> Value {
            guard next < values.count else { throw typeError("not enough arguments for format string") }
            next += 1
            return values[next - 1]
        }
        let chars = Array(format.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < chars.count {
            let scalar = chars[index]
            index += 1
            guard scalar == "%" else {
                result.append(scalar)
                continue
            }
            guard index < chars.count else { throw valueError("incomplete format") }
            var value: Value?
            if chars[index] == "(" {
                guard let mapping else { throw typeError("format requires a mapping") }
                var depth = 1
                var key = String.UnicodeScalarView()
                index += 1
                while index < chars.count {
                    if chars[index] == "(" { depth += 1 }
                    if chars[index] == ")" { depth -= 1; if depth == 0 { break } }
                    key.append(chars[index])
                    index += 1
                }
                guard index < chars.count else { throw valueError("incomplete format key") }
                index += 1
                value = try getItem(mapping, .string(String(key)))
                usedMapping = true
            }
            var flags = Set<Unicode.Scalar>()
            while index < chars.count, "-+ #0".unicodeScalars.contains(chars[index]) {
                flags.insert(chars[index])
                index += 1
            }
            var width = 0
            if index < chars.count && chars[index] == "*" {
                index += 1
                guard case .int(let given) = try take() else { throw typeError("* wants int") }
                guard given.magnitude <= UInt(Int32.max) else { throw valueError("width too big") }
                width = given
                if given < 0 { flags.insert("-"); width = -given }
            } else {
                while index < chars.count, let digit = chars[index].properties.numericType != nil ? Int(String(chars[index])) : nil {
                    width = width * 10 + digit
                    if width > Int(Int32.max) { throw valueError("width too big") }
                    index += 1
                }
            }
            var precision: Int?
            if index < chars.count && chars[index] == "." {
                index += 1
                if index < chars.count && chars[index] == "*" {
                    index += 1
                    guard case .int(let given) = try take() else { throw typeError("* wants int") }
                    guard given <= Int(Int32.max) else { throw valueError("precision too big") }
                    precision = given
                } else {
                    var digits = 0
                    while index < chars.count, let digit = chars[index].properties.numericType != nil ? Int(String(chars[index])) : nil {
                        digits = digits * 10 + digit
                        if digits > Int(Int32.max) { throw valueError("precision too big") }
                        index += 1
                    }
                    precision = digits
                }
            }
            while index < chars.count, "hlL".unicodeScalars.contains(chars[index]) { index += 1 }
            guard index < chars.count else { throw valueError("incomplete format") }
            let conversion = chars[index]
            index += 1
            if conversion == "%" {
                result.append("%")
                continue
            }
            let argument: Value
            if let value { argument = value } else { argument = try take() }
            let text = try percentConversion(conversion, argument, flags: flags, precision: precision, position: index - 1)
            var body = text
            if width > body.unicodeScalars.count {
                let padding = width - body.unicodeScalars.count
                if flags.contains("-") {
                    body += String(repeating: " ", count: padding)
                } else if flags.contains("0") && "diouxXeEfFgG".unicodeScalars.contains(conversion) {
                    var signPart = ""
                    var rest = body
                    if let first = rest.first, first == "-" || first == "+" || first == " " {
                        signPart = String(first)
                        rest.removeFirst()
                    }
                    if flags.contains("#") && (rest.hasPrefix("0x") || rest.hasPrefix("0X") || rest.hasPrefix("0o")) {
                        signPart += rest.prefix(2)
                        rest.removeFirst(2)
                    }
                    body = signPart + String(repeating: "0", count: padding) + rest
                } else {
                    body = String(repeating: " ", count: padding) + body
                }
            }
            result.append(contentsOf: body.unicodeScalars)
        }
        if next < values.count && !usedMapping && mapping == nil {
            throw typeError("not all arguments converted during string formatting")
        }
        return String(result)
    }

    func percentConversion(_ conversion: Unicode.Scalar, _ value: Value, flags: Set<Unicode.Scalar>, precision: Int?,
                           position: Int) throws(PyException) -> String {
        let sign = flags.contains("+") ? "+" : (flags.contains(" ") ? " " : "")
        switch conversion {
        case "s":
            let text = try str(value)
            return precision.map { String(text.prefix($0)) } ?? text
        case "r":
            let text = try repr(value)
            return precision.map { String(text.prefix($0)) } ?? text
        case "a": return asciiEscaped(try repr(value))
        case "d", "i", "u":
            let integer: IntegerValue
            if let direct = Integers.integer(value) {
                integer = direct
            } else if case .float(let number) = value {
                guard number.isFinite else { throw raise("OverflowError", "cannot convert float \(FloatFormatting.repr(number)) to integer") }
                integer = .big(BigIntConversion.fromDouble(number.rounded(.towardZero)))
            } else {
                throw typeError("%\(Character(conversion)) format: a real number is required, not \(typeName(value))")
            }
            let big = integer.big
            let digits = big.magnitude.description
            return (big.sign == .minus && !big.isZero ? "-" : sign) + digits
        case "o", "x", "X":
            guard let integer = Integers.integer(value) else {
                throw typeError("%\(Character(conversion)) format: an integer is required, not \(typeName(value))")
            }
            let big = integer.big
            var digits = String(big.magnitude, radix: conversion == "o" ? 8 : 16)
            if conversion == "X" { digits = digits.uppercased() }
            let prefix = flags.contains("#") ? (conversion == "o" ? "0o" : (conversion == "x" ? "0x" : "0X")) : ""
            return (big.sign == .minus && !big.isZero ? "-" : sign) + prefix + digits
        case "e", "E", "f", "F", "g", "G":
            let number: Double
            switch value {
            case .float(let given): number = given
            default:
                guard let integer = Integers.integer(value) else {
                    throw typeError("must be real number, not \(typeName(value))")
                }
                switch integer {
                case .small(let small): number = Double(small)
                case .big(let big): number = Integers.double(big) ?? .infinity
                }
            }
            let body = FloatFormatting.cFormat(number.magnitude, type: Character(conversion), precision: precision ?? 6,
                                               alternate: flags.contains("#"))
            return (number.sign == .minus && !number.isNaN ? "-" : sign) + body
        case "c":
            if let text = value.asString, text.count == 1 { return text.value }
            guard case .int(let code) = value, let scalar = Unicode.Scalar(UInt32(clamping: max(code, 0))) else {
                throw typeError("%c requires int or char")
            }
            return String(Character(scalar))
        default:
            throw valueError("unsupported format character '\(Character(conversion))' (0x\(String(conversion.value, radix: 16))) at index \(position)")
        }
    }
}
