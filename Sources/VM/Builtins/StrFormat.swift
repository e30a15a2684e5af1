/// `str.format()` and `str.format_map()`: replacement fields with indices, names, attribute and
/// item lookups, conversions and nested format specs.
extension VM {
    func formatTemplate(_ template: String, _ args: Arguments, mapping: Value? = nil) throws(PyException) -> String {
        var automatic = 0
        var usedAutomatic = false
        var usedManual = false
        let positional = Array(args.positionalValues.dropFirst())
        let keywords = args.keywords

        func resolve(_ field: String) throws(PyException) -> Value {
            var name = field
            var rest = ""
            if let split = field.firstIndex(where: { $0 == "." || $0 == "[" }) {
                name = String(field[..<split])
                rest = String(field[split...])
            }
            var value: Value
            if name.isEmpty {
                if usedManual { throw valueError("cannot switch from manual field specification to automatic field numbering") }
                usedAutomatic = true
                guard automatic < positional.count else {
                    throw raise("IndexError", "Replacement index \(automatic) out of range for positional args tuple")
                }
                value = positional[automatic]
                automatic += 1
            } else if let index = Int(name) {
                if usedAutomatic { throw valueError("cannot switch from automatic field numbering to manual field specification") }
                usedManual = true
                guard index < positional.count else {
                    throw raise("IndexError", "Replacement index \(index) out of range for positional args tuple")
                }
                value = positional[index]
            } else if let mapping {
                value = try getItem(mapping, .string(name))
            } else if let found = keywords.first(where: { $0.0 == name }) {
                value = found.1
            } else {
                throw keyError(.string(name))
            }
            var remaining = Substring(rest)
            while let first = remaining.first {
                if first == "." {
                    remaining = remaining.dropFirst()
                    let end = remaining.firstIndex(where: { $0 == "." || $0 == "[" }) ?? remaining.endIndex
                    value = try getAttribute(value, intern(String(remaining[..<end])))
                    remaining = remaining[end...]
                } else {
                    remaining = remaining.dropFirst()
                    guard let close = remaining.firstIndex(of: "]") else { throw valueError("Missing ']' in format string") }
                    let key = String(remaining[..<close])
                    value = try getItem(value, Int(key).map { Value.int($0) } ?? .string(key))
                    remaining = remaining[remaining.index(after: close)...]
                }
            }
            return value
        }

        func render(_ text: Substring, depth: Int) throws(PyException) -> String {
            var result = ""
            var index = text.startIndex
            while index < text.endIndex {
                let character = text[index]
                if character == "}" {
                    let next = text.index(after: index)
                    guard next < text.endIndex, text[next] == "}" else { throw valueError("Single '}' encountered in format string") }
                    result.append("}")
                    index = text.index(after: next)
                    continue
                }
                guard character == "{" else {
                    result.append(character)
                    index = text.index(after: index)
                    continue
                }
                let next = text.index(after: index)
                if next < text.endIndex && text[next] == "{" {
                    result.append("{")
                    index = text.index(after: next)
                    continue
                }
                var nesting = 1
                var end = next
                while end < text.endIndex {
                    if text[end] == "{" { nesting += 1 }
                    if text[end] == "}" {
                        nesting -= 1
                        if nesting == 0 { break }
                    }
                    end = text.index(after: end)
                }
                guard end < text.endIndex else { throw valueError("Single '{' encountered in format string") }
                let body = text[next..<end]
                var fieldEnd = body.endIndex
                var bracket = false
                var position = body.startIndex
                while position < body.endIndex {
                    let c = body[position]
                    if c == "[" { bracket = true }
                    if c == "]" { bracket = false }
                    if !bracket && (c == "!" || c == ":") { fieldEnd = position; break }
                    position = body.index(after: position)
                }
                let field = String(body[..<fieldEnd])
                var conversion: Character?
                var spec = ""
                var cursor = fieldEnd
                if cursor < body.endIndex && body[cursor] == "!" {
                    let conversionIndex = body.index(after: cursor)
                    guard conversionIndex < body.endIndex else { throw valueError("end of string while looking for conversion specifier") }
                    conversion = body[conversionIndex]
                    cursor = body.index(after: conversionIndex)
                    if cursor < body.endIndex && body[cursor] != ":" { throw valueError("expected ':' after conversion specifier") }
                }
                var value = try resolve(field)
                if cursor < body.endIndex && body[cursor] == ":" {
                    if depth > 1 { throw valueError("Max string recursion exceeded") }
                    spec = try render(body[body.index(after: cursor)...], depth: depth + 1)
                }
                switch conversion {
                case "r": value = .string(try repr(value))
                case "s": value = .string(try str(value))
                case "a": value = .string(asciiEscaped(try repr(value)))
                case nil: break
                default: throw valueError("Unknown conversion specifier \(conversion!)")
                }
                result += try format(value, spec)
                index = text.index(after: end)
            }
            return result
        }
        return try render(Substring(template), depth: 0)
    }
}
