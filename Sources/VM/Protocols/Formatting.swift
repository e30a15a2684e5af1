import BigInt

/// Why a format spec is invalid (CPython's message; `%TYPE%` stands for the value's type).
struct FormatSpecError: Error {
    let message: String
}

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][,|_][.precision][type]`.
struct FormatSpec {
    var fill: Character?
    var align: Character?
    var sign: Character?
    var alternate = false
    var zeroPad = false
    var width = 0
    var grouping: Character?
    var precision: Int?
    var type: Character?

    /// Parses a spec, or fails with CPython's message. Works on the UTF-8 bytes (specs are short and
    /// almost always ASCII); a non-ASCII fill character is the only multi-byte case.
    static func parse(_ text: String) -> Result<FormatSpec, FormatSpecError> {
        var spec = FormatSpec()
        if text.isEmpty { return .success(spec) }
        let scalars: [Unicode.Scalar] = text.utf8.allSatisfy { $0 < 0x80 }
            ? text.utf8.map { Unicode.Scalar($0) } : Array(text.unicodeScalars)
        var index = 0
        func isAlign(_ c: Unicode.Scalar) -> Bool { c == "<" || c == ">" || c == "^" || c == "=" }
        func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
        if scalars.count >= 2 && isAlign(scalars[1]) {
            spec.fill = Character(scalars[0])
            spec.align = Character(scalars[1])
            index = 2
        } else if isAlign(scalars[0]) {
            spec.align = Character(scalars[0])
            index = 1
        }
        if index < scalars.count && (scalars[index] == "+" || scalars[index] == "-" || scalars[index] == " ") {
            spec.sign = Character(scalars[index])
            index += 1
        }
        if index < scalars.count && scalars[index] == "z" { index += 1 }
        if index < scalars.count && scalars[index] == "#" {
            spec.alternate = true
            index += 1
        }
        if index < scalars.count && scalars[index] == "0" {
            spec.zeroPad = true
            index += 1
        }
        var width = 0
        while index < scalars.count && isDigit(scalars[index]) {
            guard let next = FormatSpec.appendDigit(width, scalars[index]) else { return .failure(FormatSpec.tooManyDigits) }
            width = next
            index += 1
        }
        spec.width = width
        if index < scalars.count && scalars[index] == "," {
            spec.grouping = ","
            index += 1
        }
        if index < scalars.count && scalars[index] == "_" {
            if spec.grouping != nil { return .failure(FormatSpecError(message: "Cannot specify both ',' and '_'.")) }
            spec.grouping = "_"
            index += 1
        }
        if index < scalars.count && scalars[index] == "," && spec.grouping == "_" {
            return .failure(FormatSpecError(message: "Cannot specify both ',' and '_'."))
        }
        if index < scalars.count && scalars[index] == "." {
            index += 1
            var precision = 0
            var digits = 0
            while index < scalars.count && isDigit(scalars[index]) {
                guard let next = FormatSpec.appendDigit(precision, scalars[index]) else { return .failure(FormatSpec.tooManyDigits) }
                precision = next
                index += 1
                digits += 1
            }
            guard digits > 0 else { return .failure(FormatSpecError(message: "Format specifier missing precision")) }
            spec.precision = precision
        }
        if index < scalars.count {
            spec.type = Character(scalars[index])
            index += 1
        }
        if index < scalars.count {
            return .failure(FormatSpecError(message: "Invalid format specifier '\(text)' for object of type '%TYPE%'"))
        }
        if let separator = spec.grouping {
            switch spec.type {
            case nil, "d", "e", "f", "g", "E", "G", "%", "F": break
            case "b", "o", "x", "X" where separator == "_": break
            case let type?: return .failure(FormatSpecError(message: "Cannot specify '\(separator)' with '\(type)'."))
            }
        }
        return .success(spec)
    }

    /// `value * 10 + digit`, or nil when it overflows.
    static func appendDigit(_ value: Int, _ digit: Unicode.Scalar) -> Int? {
        let (tens, overflow) = value.multipliedReportingOverflow(by: 10)
        let (result, carry) = tens.addingReportingOverflow(Int(digit.value) - 48)
        return overflow || carry ? nil : result
    }

    /// CPython's error for a width or precision that does not fit in a machine integer.
    static let tooManyDigits = FormatSpecError(message: "Too many decimal digits in format string")

    /// Pads `body` (with a sign/prefix kept in front for `=` alignment) to the width. A `0` before
    /// the width means `=` alignment with zeros for numbers, left alignment with zeros for strings.
    func pad(_ body: String, prefix: String = "", defaultAlign: Character, numeric: Bool) -> String {
        if width == 0 { return prefix.isEmpty ? body : StringBuilding.concatenate(prefix, body) }
        let length = prefix.unicodeScalars.count + body.unicodeScalars.count
        guard width > length else { return StringBuilding.concatenate(prefix, body) }
        let padding = width - length
        let fillCharacter = fill ?? (zeroPad && align == nil ? "0" : " ")
        let alignment = align ?? (zeroPad && numeric ? "=" : defaultAlign)
        if let fillByte = fillCharacter.asciiValue {
            switch alignment {
            case "<": return StringBuilding.padded(StringBuilding.concatenate(prefix, body), fill: fillByte, count: padding, before: false)
            case ">": return StringBuilding.padded(StringBuilding.concatenate(prefix, body), fill: fillByte, count: padding, before: true)
            case "=": return StringBuilding.concatenate(prefix, StringBuilding.padded(body, fill: fillByte, count: padding, before: true))
            default: break
            }
        }
        switch alignment {
        case "<": return StringBuilding.concatenate(prefix, body, String(repeating: fillCharacter, count: padding))
        case "^":
            let left = padding / 2
            return StringBuilding.join([String(repeating: fillCharacter, count: left), prefix, body,
                                        String(repeating: fillCharacter, count: padding - left)], separator: "")
        case "=": return StringBuilding.concatenate(prefix, String(repeating: fillCharacter, count: padding), body)
        default: return StringBuilding.concatenate(String(repeating: fillCharacter, count: padding), prefix, body)
        }
    }

    /// `format(n, spec)` for the specs f-strings use most (`5`, `05`, `>8`, `07d`, `+d`): decimal,
    /// no grouping, an ASCII fill. Returns nil for anything else.
    static func formatSmallInteger(_ number: Int, _ text: String) -> String? {
        var fill: UInt8 = 32
        var align: UInt8 = 0
        var sign: UInt8 = 45
        var zeroPad = false
        var width = 0
        var index = 0
        let bytes = text.utf8
        var iterator = bytes.makeIterator()
        var pending = iterator.next()
        func isAlign(_ byte: UInt8) -> Bool { byte == 60 || byte == 62 || byte == 94 || byte == 61 }
        if bytes.count >= 2, let second = bytes.dropFirst().first, isAlign(second), let first = pending, first < 0x80 {
            fill = first
            align = second
            _ = iterator.next()
            pending = iterator.next()
            index = 2
        } else if let first = pending, isAlign(first) {
            align = first
            pending = iterator.next()
            index = 1
        }
        if let byte = pending, byte == 43 || byte == 45 || byte == 32 {
            sign = byte
            pending = iterator.next()
        }
        if let byte = pending, byte == 48 {
            zeroPad = true
            pending = iterator.next()
        }
        while let byte = pending, byte >= 48 && byte <= 57 {
            width = width * 10 + Int(byte - 48)
            if width > 1 << 20 { return nil }  // huge widths take the checked path
            pending = iterator.next()
        }
        if let byte = pending, byte == 100 { pending = iterator.next() }
        guard pending == nil, index >= 0 else { return nil }
        if align == 0 {
            align = zeroPad ? 61 : 62
            if zeroPad { fill = 48 }
        }
        let signByte: UInt8? = number < 0 ? 45 : (sign == 43 ? 43 : (sign == 32 ? 32 : nil))
        return layOutInteger(number.magnitude, sign: signByte, width: width, fill: fill, align: align)
    }

    /// Writes sign, decimal digits and padding straight into the result's storage.
    static func layOutInteger(_ magnitude: UInt, sign: UInt8?, width: Int, fill: UInt8, align: UInt8) -> String {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 20 digits
        return withUnsafeMutableBytes(of: &digits) { scratch -> String in
            var value = magnitude
            var start = 24
            repeat {
                start -= 1
                scratch[start] = UInt8(truncatingIfNeeded: value % 10) + 48
                value /= 10
            } while value > 0
            let digitCount = 24 - start
            let length = digitCount + (sign == nil ? 0 : 1)
            let padding = max(width - length, 0)
            let (left, right) = align == 60 ? (0, padding) : (align == 94 ? (padding / 2, padding - padding / 2) : (padding, 0))
            return String(unsafeUninitializedCapacity: length + padding) { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                var offset = 0
                if align == 61 {  // '=': sign, then the fill, then the digits
                    if let sign { base[offset] = sign; offset += 1 }
                    (base + offset).initialize(repeating: fill, count: padding)
                    offset += padding
                } else {
                    (base + offset).initialize(repeating: fill, count: left)
                    offset += left
                    if let sign { base[offset] = sign; offset += 1 }
                }
                for position in start..<24 {
                    base[offset] = scratch[position]
                    offset += 1
                }
                (base + offset).initialize(repeating: fill, count: right)
                return offset + right
            }
        }
    }

    /// Whether numbers are zero-padded after the sign (so grouping applies to the padding too).
    var padsWithZerosAfterSign: Bool {
        (align == "=" || (align == nil && zeroPad)) && (fill ?? (zeroPad ? "0" : " ")) == "0"
    }

    /// The sign text for a number.
    func signText(negative: Bool) -> String {
        negative ? "-" : (sign == "+" ? "+" : (sign == " " ? " " : ""))
    }
}

extension VM {
    // MARK: - format()

    /// The `formatValue` instruction: `!s`/`!r`/`!a` conversion, then `format(value, spec)`.
    func formatField(_ value: Value, conversion: UInt8, spec: Value?) throws(PyException) -> Value {
        var converted = value
        switch conversion {
        case 1: converted = .string(try str(value))
        case 2: converted = .string(try repr(value))
        case 3: converted = .string(asciiEscaped(try repr(value)))
        default: break
        }
        let specText = spec?.asString?.value ?? ""
        if specText.isEmpty, let text = converted.asString, text.type.isBuiltin { return converted }
        if case .int(let number) = converted {
            if specText.isEmpty { return .object(PyStr(String(number), ascii: true)) }
            if let fast = FormatSpec.formatSmallInteger(number, specText) { return .object(PyStr(fast, ascii: true)) }
        }
        return .string(try format(converted, specText))
    }

    /// `ascii()`: the repr with non-ASCII characters escaped.
    func asciiEscaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII { result.unicodeScalars.append(scalar) } else { result += StringPrinting.escape(scalar) }
        }
        return result
    }

    /// `format(value, spec)`.
    public func format(_ value: Value, _ specText: String) throws(PyException) -> String {
        if case .object(let object) = value, !object.type.isBuiltin || object.kind == .instance,
           let (owner, method) = object.type.lookupWithOwner(names.formatMethod), owner !== BuiltinTypes.shared.object {
            let result = try call(method, [value, .string(specText)])
            guard let text = result.asString else { throw typeError("__format__ must return a str, not \(typeName(result))") }
            return text.value
        }
        let spec: FormatSpec
        switch FormatSpec.parse(specText) {
        case .success(let parsed): spec = parsed
        case .failure(let failure): throw valueError(failure.message.replacingOccurrences("%TYPE%", with: typeName(value)))
        }
        try checkAllocation(count: spec.width, elementSize: 1)
        switch value {
        case .bool(let flag) where specText.isEmpty:
            return flag ? "True" : "False"
        case .int, .bool:
            return try formatInteger(Integers.integer(value)!, spec, value: value)
        case .float(let number):
            return try formatFloat(number, spec)
        case .object(let object) where object.kind == .long:
            return try formatInteger(.big(unsafeDowncast(object, to: PyLong.self).value), spec, value: value)
        case .object(let object) where object.kind == .str:
            return try formatString(unsafeDowncast(object, to: PyStr.self).value, spec)
        default:
            if !specText.isEmpty {
                throw typeError("unsupported format string passed to \(typeName(value)).__format__")
            }
            return try str(value)
        }
    }

    func formatString(_ text: String, _ spec: FormatSpec) throws(PyException) -> String {
        if let type = spec.type, type != "s" {
            throw valueError("Unknown format code '\(type)' for object of type 'str'")
        }
        if spec.sign == " " { throw valueError("Space not allowed in string format specifier") }
        if spec.sign != nil { throw valueError("Sign not allowed in string format specifier") }
        if spec.alternate { throw valueError("Alternate form (#) not allowed in string format specifier") }
        if let separator = spec.grouping { throw valueError("Cannot specify '\(separator)' with 's'.") }
        if spec.align == "=" { throw valueError("'=' alignment not allowed in string format specifier") }
        var body = text
        if let precision = spec.precision, body.unicodeScalars.count > precision {
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: body.unicodeScalars.prefix(precision))
            body = String(scalars)
        }
        return spec.pad(body, defaultAlign: "<", numeric: false)
    }

    func formatInteger(_ number: IntegerValue, _ spec: FormatSpec, value: Value) throws(PyException) -> String {
        let type = spec.type ?? "d"
        if type == "e" || type == "E" || type == "f" || type == "F" || type == "g" || type == "G" || type == "%" {
            let converted: Double
            switch number {
            case .small(let small): converted = Double(small)
            case .big(let big):
                guard let double = Integers.double(big) else { throw raise("OverflowError", "int too large to convert to float") }
                converted = double
            }
            return try formatFloat(converted, spec)
        }
        switch type {
        case "d", "n", "b", "o", "x", "X", "c": break
        default:
            throw valueError("Unknown format code '\(type)' for object of type '\(typeName(value))'")
        }
        if spec.precision != nil { throw valueError("Precision not allowed in integer format specifier") }
        let negative: Bool
        let render: (Int) -> String
        switch number {
        case .small(let small):
            negative = small < 0
            render = { radix in String(small.magnitude, radix: radix) }
        case .big(let big):
            negative = big.sign == .minus && !big.isZero
            render = { radix in String(BigInt(big.magnitude), radix: radix) }
        }
        var digits: String
        var prefix = ""
        switch type {
        case "b": digits = render(2); prefix = spec.alternate ? "0b" : ""
        case "o": digits = render(8); prefix = spec.alternate ? "0o" : ""
        case "x": digits = render(16); prefix = spec.alternate ? "0x" : ""
        case "X": digits = render(16).uppercased(); prefix = spec.alternate ? "0X" : ""
        case "c":
            if spec.sign != nil { throw valueError("Sign not allowed with integer format specifier 'c'") }
            if spec.alternate { throw valueError("Alternate form (#) not allowed with integer format specifier 'c'") }
            guard case .small(let code) = number, code >= 0, code <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(code)) else {
                throw raise("OverflowError", "%c arg not in range(0x110000)")
            }
            return spec.pad(String(Character(scalar)), defaultAlign: "<", numeric: false)
        default: digits = render(10)
        }
        let sign = spec.signText(negative: negative)
        if let separator = spec.grouping {
            let groupSize = type == "d" || type == "n" ? 3 : 4
            let reserve = spec.padsWithZerosAfterSign ? max(0, spec.width - prefix.count - sign.count) : 0
            digits = group(digits, every: groupSize, with: separator, minimumWidth: reserve)
        }
        return spec.pad(digits, prefix: sign + prefix, defaultAlign: ">", numeric: true)
    }

    /// Inserts a separator every `size` digits from the right (zero-padding first when asked).
    func group(_ digits: String, every size: Int, with separator: Character, minimumWidth: Int) -> String {
        var characters = Array(digits)
        var result: [Character] = []
        var count = 0
        while !characters.isEmpty || result.count < minimumWidth {
            if count == size {
                result.append(separator)
                count = 0
                if characters.isEmpty && result.count >= minimumWidth { break }
            }
            result.append(characters.popLast() ?? "0")
            count += 1
        }
        if result.last == separator { result.removeLast() }
        return String(result.reversed())
    }

    func formatFloat(_ number: Double, _ spec: FormatSpec) throws(PyException) -> String {
        if let given = spec.type, !(given == "e" || given == "E" || given == "f" || given == "F" || given == "g"
                                     || given == "G" || given == "n" || given == "%") {
            throw valueError("Unknown format code '\(given)' for object of type 'float'")
        }
        if let precision = spec.precision, precision > Int(Int32.max) { throw valueError("precision too big") }
        let negative = number.sign == .minus && !number.isNaN
        let magnitude = number.magnitude
        var body: String
        switch spec.type {
        case nil:
            if let precision = spec.precision {
                body = FloatFormatting.general(magnitude, precision: max(precision, 1), alternate: spec.alternate, addDotZero: true)
            } else {
                body = FloatFormatting.repr(magnitude)
                if spec.alternate && magnitude.isFinite && !body.contains(".") {
                    if let e = body.firstIndex(of: "e") { body.insert(".", at: e) } else { body += "." }
                }
            }
        case "%":
            let precision = spec.precision ?? 6
            body = magnitude.isFinite ? FloatFormatting.cFormat(magnitude * 100, type: "f", precision: precision, alternate: spec.alternate)
                : FloatFormatting.cFormat(magnitude, type: "f", precision: precision)
            body += "%"
        case "g", "G", "n":
            body = FloatFormatting.cFormat(magnitude, type: spec.type == "G" ? "G" : "g", precision: max(spec.precision ?? 6, 1),
                                           alternate: spec.alternate)
        default:
            body = FloatFormatting.cFormat(magnitude, type: spec.type!, precision: spec.precision ?? 6, alternate: spec.alternate)
        }
        let sign = spec.signText(negative: negative)
        if let separator = spec.grouping, magnitude.isFinite {
            let integerEnd = body.firstIndex(where: { $0 == "." || $0 == "e" || $0 == "E" || $0 == "%" }) ?? body.endIndex
            let integerPart = String(body[..<integerEnd])
            let rest = String(body[integerEnd...])
            let reserve = spec.padsWithZerosAfterSign ? max(0, spec.width - rest.count - sign.count) : 0
            body = group(integerPart, every: 3, with: separator, minimumWidth: reserve) + rest
        }
        return spec.pad(body, prefix: sign, defaultAlign: ">", numeric: true)
    }
}

extension String {
    /// The string with every occurrence of `target` replaced.
    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var remaining = self[...]
        while let range = remaining.range(of: target) {
            result += remaining[..<range.lowerBound]
            result += replacement
            remaining = remaining[range.upperBound...]
        }
        return result + remaining
    }
}

extension Substring {
    /// The range of the first occurrence of `target`.
    func range(of target: String) -> Range<Substring.Index>? {
        let needle = Array(target.utf8)
        let hay = Array(self.utf8)
        guard needle.count <= hay.count else { return nil }
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle {
                let start = self.utf8.index(self.utf8.startIndex, offsetBy: i)
                let end = self.utf8.index(start, offsetBy: needle.count)
                return start..<end
            }
            i += 1
        }
        return nil
    }
}
