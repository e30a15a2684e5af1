/// The searching, splitting and joining methods of `str`.
enum StrSearch {
    /// Python's `str.isspace()` characters (what `split()` and `strip()` treat as whitespace).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    static func install() {
        installSearch()
        installSplitting()
        installStripping()
    }

    /// The text's code points, and the `[start:end]` window of a search method's optional arguments.
    static func window(_ vm: VM, _ args: Arguments, _ text: PyStr, from index: Int) throws(PyException) -> (Int, Int) {
        let count = text.count
        let slice = PySlice(start: args.positional(index) ?? .none, stop: args.positional(index + 1) ?? .none, step: .none)
        var start = 0
        var end = count
        if !slice.start.isNone || !slice.stop.isNone {
            func clamp(_ value: Value, _ fallback: Int) throws(PyException) -> Int {
                if value.isNone { return fallback }
                guard var position = try vm.index(value) else {
                    throw vm.typeError("slice indices must be integers or None or have an __index__ method")
                }
                if position < 0 { position = max(position + count, 0) }
                return min(position, count)
            }
            start = try clamp(slice.start, 0)
            end = try clamp(slice.stop, count)
        }
        return (start, end)
    }

    static func units(_ text: PyStr) -> [UInt32] {
        text.isASCII ? text.value.utf8.map { UInt32($0) } : text.scalars.map(\.value)
    }

    /// The first (or last) position of `needle` in `haystack[start..<end]`, or -1.
    static func find(_ haystack: [UInt32], _ needle: [UInt32], _ start: Int, _ end: Int, last: Bool) -> Int {
        if start > end || needle.count > end - start { return needle.isEmpty && start <= end ? (last ? end : start) : -1 }
        if needle.isEmpty { return last ? end : start }
        if last {
            var position = end - needle.count
            while position >= start {
                if haystack[position] == needle[0] && haystack[position..<(position + needle.count)].elementsEqual(needle) { return position }
                position -= 1
            }
            return -1
        }
        var position = start
        let limit = end - needle.count
        while position <= limit {
            if haystack[position] == needle[0] && haystack[position..<(position + needle.count)].elementsEqual(needle) { return position }
            position += 1
        }
        return -1
    }

    static func string(_ units: ArraySlice<UInt32>) -> String {
        var scalars = String.UnicodeScalarView()
        for unit in units { if let scalar = Unicode.Scalar(unit) { scalars.append(scalar) } }
        return String(scalars)
    }

    static func installSearch() {
        let types = BuiltinTypes.shared
        for (name, last, raises) in [("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
            types.method(types.str, name) { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expectMethod(vm, name, 1, 3)
                let text = try vm.receiver(args, PyStr.self, .str, name)
                guard let needle = args[1].asString else { throw vm.typeError("must be str, not \(vm.typeName(args[1]))") }
                let (start, end) = try window(vm, args, text, from: 2)
                let position: Int
                if text.isASCII && needle.isASCII && start == 0 && end == text.count && !last {
                    if needle.value.isEmpty { position = 0 } else if let range = text.value.utf8.firstRange(of: needle.value.utf8) {
                        position = text.value.utf8.distance(from: text.value.utf8.startIndex, to: range.lowerBound)
                    } else { position = -1 }
                } else {
                    position = find(units(text), units(needle), start, end, last: last)
                }
                if position < 0 && raises { throw vm.valueError("substring not found") }
                return .int(position)
            }
        }
        types.method(types.str, "count") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "count", 1, 3)
            let text = try vm.receiver(args, PyStr.self, .str, "count")
            guard let needle = args[1].asString else { throw vm.typeError("must be str, not \(vm.typeName(args[1]))") }
            let (start, end) = try window(vm, args, text, from: 2)
            if start > end { return .int(0) }
            let haystack = units(text)
            let pattern = units(needle)
            if pattern.isEmpty { return .int(end - start + 1) }
            var count = 0
            var position = start
            while true {
                let found = find(haystack, pattern, position, end, last: false)
                if found < 0 { break }
                count += 1
                position = found + pattern.count
            }
            return .int(count)
        }
        for (name, suffix) in [("startswith", false), ("endswith", true)] {
            types.method(types.str, name) { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expectMethod(vm, name, 1, 3)
                let text = try vm.receiver(args, PyStr.self, .str, name)
                let (start, end) = try window(vm, args, text, from: 2)
                var candidates: [PyStr] = []
                if let single = args[1].asString {
                    candidates = [single]
                } else if let tuple = args[1].asObject as? PyTuple {
                    for item in tuple.items {
                        guard let candidate = item.asString else {
                            throw vm.typeError("tuple for \(name) must only contain str, not \(vm.typeName(item))")
                        }
                        candidates.append(candidate)
                    }
                } else {
                    throw vm.typeError("\(name) first arg must be str or a tuple of str, not \(vm.typeName(args[1]))")
                }
                if start > end { return .bool(false) }
                let haystack = units(text)[start..<end]
                for candidate in candidates {
                    let pattern = units(candidate)
                    if pattern.count > haystack.count { continue }
                    let matches = suffix ? haystack.suffix(pattern.count).elementsEqual(pattern) : haystack.prefix(pattern.count).elementsEqual(pattern)
                    if matches { return .bool(true) }
                }
                return .bool(false)
            }
        }
        types.method(types.str, "replace") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "replace", 2, 3)
            let text = try vm.receiver(args, PyStr.self, .str, "replace")
            guard let old = args[1].asString, let new = args[2].asString else {
                throw vm.typeError("replace() argument must be str, not \(vm.typeName(args[1].asString == nil ? args[1] : args[2]))")
            }
            let limit = args.positionalCount == 4 ? try vm.integerArgument(args[3]) : -1
            return .string(replace(text, old, new.value, limit: limit))
        }
    }

    static func replace(_ text: PyStr, _ old: PyStr, _ new: String, limit: Int) -> String {
        if old.value.isEmpty {
            var result = ""
            var replaced = 0
            for scalar in text.value.unicodeScalars {
                if limit < 0 || replaced < limit {
                    result += new
                    replaced += 1
                }
                result.unicodeScalars.append(scalar)
            }
            if limit < 0 || replaced < limit { result += new }
            return result
        }
        if limit < 0 && text.isASCII && old.isASCII {
            return text.value.replacingOccurrences(old.value, with: new)
        }
        let haystack = units(text)
        let pattern = units(old)
        var result = ""
        var position = 0
        var replaced = 0
        while limit < 0 || replaced < limit {
            let found = find(haystack, pattern, position, haystack.count, last: false)
            if found < 0 { break }
            result += string(haystack[position..<found]) + new
            position = found + pattern.count
            replaced += 1
        }
        return result + string(haystack[position...])
    }

    static func installSplitting() {
        let types = BuiltinTypes.shared
        for (name, fromRight) in [("split", false), ("rsplit", true)] {
            types.method(types.str, name) { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.allowKeywords(vm, name, ["sep", "maxsplit"])
                let text = try vm.receiver(args, PyStr.self, .str, name)
                let separator = args.argument(1, "sep") ?? .none
                let limit = try args.argument(2, "maxsplit").map { (value: Value) throws(PyException) -> Int in try vm.integerArgument(value) } ?? -1
                if separator.isNone {
                    return .object(PyList(splitWhitespace(text.value, limit: limit, fromRight: fromRight).map { Value.string($0) }))
                }
                guard let sep = separator.asString else { throw vm.typeError("must be str or None, not \(vm.typeName(separator))") }
                if sep.value.isEmpty { throw vm.valueError("empty separator") }
                return .object(PyList(split(text, sep, limit: limit, fromRight: fromRight)))
            }
        }
        types.method(types.str, "splitlines") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.allowKeywords(vm, "splitlines", ["keepends"])
            let text = try vm.receiver(args, PyStr.self, .str, "splitlines")
            let keep = try vm.isTrue(args.argument(1, "keepends") ?? .bool(false))
            var lines: [Value] = []
            var current = String.UnicodeScalarView()
            let scalars = Array(text.value.unicodeScalars)
            var index = 0
            while index < scalars.count {
                let scalar = scalars[index]
                if isLineBreak(scalar) {
                    var ending = String.UnicodeScalarView([scalar])
                    if scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" {
                        ending.append("\n")
                        index += 1
                    }
                    if keep { current.append(contentsOf: ending) }
                    lines.append(.string(String(current)))
                    current = String.UnicodeScalarView()
                } else {
                    current.append(scalar)
                }
                index += 1
            }
            if !current.isEmpty { lines.append(.string(String(current))) }
            return .object(PyList(lines))
        }
        types.method(types.str, "join") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "join", 1, 1)
            let separator = try vm.receiver(args, PyStr.self, .str, "join").value
            var pieces: [String] = []
            try vm.forEach(args[1]) { (item: Value) throws(PyException) in
                guard let piece = item.asString else {
                    throw vm.typeError("sequence item \(pieces.count): expected str instance, \(vm.typeName(item)) found")
                }
                pieces.append(piece.value)
            }
            return .string(StringBuilding.join(pieces, separator: separator))
        }
        for (name, fromRight) in [("partition", false), ("rpartition", true)] {
            types.method(types.str, name) { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expectMethod(vm, name, 1, 1)
                let text = try vm.receiver(args, PyStr.self, .str, name)
                guard let sep = args[1].asString else { throw vm.typeError("must be str, not \(vm.typeName(args[1]))") }
                if sep.value.isEmpty { throw vm.valueError("empty separator") }
                let haystack = units(text)
                let pattern = units(sep)
                let found = find(haystack, pattern, 0, haystack.count, last: fromRight)
                if found < 0 {
                    return .object(PyTuple(fromRight ? [.string(""), .string(""), args[0]] : [args[0], .string(""), .string("")]))
                }
                return .object(PyTuple([.string(string(haystack[..<found])), args[1], .string(string(haystack[(found + pattern.count)...]))]))
            }
        }
    }

    /// `split(sep)` with an explicit separator.
    static func split(_ text: PyStr, _ separator: PyStr, limit: Int, fromRight: Bool) -> [Value] {
        // UTF-8 is self-synchronizing: a byte-level match of a valid separator always falls on code
        // point boundaries, so splitting bytes splits code points, for any text.
        let ascii = text.isASCII
        let pattern = Array(separator.value.utf8)
        func piece(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Value {
            .object(PyStr(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self), ascii: ascii))
        }
        func matches(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
            if bytes[position] != pattern[0] { return false }
            for offset in 1..<max(pattern.count, 1) where bytes[position + offset] != pattern[offset] { return false }
            return true
        }
        func splitBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> [Value] {
            var parts: [Value] = []
            let last = bytes.count - pattern.count
            if fromRight {
                var end = bytes.count
                var position = last
                while position >= 0 && (limit < 0 || parts.count < limit) {
                    if matches(bytes, at: position) {
                        parts.append(piece(bytes, (position + pattern.count)..<end))
                        end = position
                        position -= pattern.count
                    } else {
                        position -= 1
                    }
                }
                parts.append(piece(bytes, 0..<end))
                return parts.reversed()
            }
            var start = 0
            var position = 0
            while position <= last && (limit < 0 || parts.count < limit) {
                if matches(bytes, at: position) {
                    parts.append(piece(bytes, start..<position))
                    position += pattern.count
                    start = position
                } else {
                    position += 1
                }
            }
            parts.append(piece(bytes, start..<bytes.count))
            return parts
        }
        if let parts = text.value.utf8.withContiguousStorageIfAvailable(splitBytes) { return parts }
        let copy = Array(text.value.utf8)
        return copy.withUnsafeBufferPointer(splitBytes)
    }

    /// `split()` on runs of whitespace, ignoring leading and trailing whitespace.
    static func splitWhitespace(_ text: String, limit: Int, fromRight: Bool) -> [String] {
        var scalars = Array(text.unicodeScalars)
        if fromRight { scalars.reverse() }
        var parts: [String] = []
        var index = 0
        while index < scalars.count {
            while index < scalars.count && isWhitespace(scalars[index]) { index += 1 }
            if index >= scalars.count { break }
            if limit >= 0 && parts.count == limit {
                var rest = Array(scalars[index...])
                if fromRight { rest.reverse() }
                var view = String.UnicodeScalarView()
                view.append(contentsOf: rest)
                parts.append(String(view))
                break
            }
            var view = String.UnicodeScalarView()
            while index < scalars.count && !isWhitespace(scalars[index]) {
                view.append(scalars[index])
                index += 1
            }
            if fromRight { view = String.UnicodeScalarView(view.reversed()) }
            parts.append(String(view))
        }
        return fromRight ? parts.reversed() : parts
    }

    static func installStripping() {
        let types = BuiltinTypes.shared
        for (name, leading, trailing) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            types.method(types.str, name) { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expectMethod(vm, name, 0, 1)
                let text = try vm.receiver(args, PyStr.self, .str, name)
                let chars = args.positional(1) ?? .none
                var test: (Unicode.Scalar) -> Bool = isWhitespace
                if !chars.isNone {
                    guard let set = chars.asString else { throw vm.typeError("\(name) arg must be None or str") }
                    let members = Set(set.value.unicodeScalars)
                    test = { members.contains($0) }
                }
                var view = Substring(text.value).unicodeScalars
                if leading { while let first = view.first, test(first) { view = view.dropFirst() } }
                if trailing { while let last = view.last, test(last) { view = view.dropLast() } }
                return .string(String(view))
            }
        }
        for (name, isPrefix) in [("removeprefix", true), ("removesuffix", false)] {
            types.method(types.str, name) { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expectMethod(vm, name, 1, 1)
                let text = try vm.receiver(args, PyStr.self, .str, name).value
                guard let affix = args[1].asString?.value else { throw vm.typeError("\(name)() argument must be str, not \(vm.typeName(args[1]))") }
                if affix.isEmpty { return args[0] }
                if isPrefix && text.utf8.starts(with: affix.utf8) {
                    return .string(String(decoding: Array(text.utf8).dropFirst(affix.utf8.count), as: UTF8.self))
                }
                if !isPrefix && text.utf8.count >= affix.utf8.count && Array(text.utf8).suffix(affix.utf8.count).elementsEqual(affix.utf8) {
                    return .string(String(decoding: Array(text.utf8).dropLast(affix.utf8.count), as: UTF8.self))
                }
                return args[0]
            }
        }
    }
}
