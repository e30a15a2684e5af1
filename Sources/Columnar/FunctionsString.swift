import Foundation

/// Spark's string functions. Positions and lengths count characters (code points), not bytes;
/// arguments of other types are formatted as Spark's cast to string does.
enum FunctionsString {
    static func register(_ table: inout [String: FunctionResolver]) {
        table["upper"] = mapString { bytes, out in caseMap(bytes, upper: true, &out) }
        table["ucase"] = table["upper"]
        table["lower"] = mapString { bytes, out in caseMap(bytes, upper: false, &out) }
        table["lcase"] = table["lower"]
        table["initcap"] = mapString(initcap)
        table["reverse"] = mapString(reverse)
        table["trim"] = trim(left: true, right: true, sourceFirst: false)
        table["ltrim"] = trim(left: true, right: false, sourceFirst: false)
        table["rtrim"] = trim(left: false, right: true, sourceFirst: false)
        table["btrim"] = trim(left: true, right: true, sourceFirst: true)
        table["length"] = toInt { FnKernel.charCount($0) }
        table["char_length"] = table["length"]
        table["character_length"] = table["length"]
        table["len"] = table["length"]
        table["octet_length"] = toInt { $0.count }
        table["bit_length"] = toInt { $0.count * 8 }
        table["ascii"] = toInt { bytes in bytes.isEmpty ? 0 : Int(FnKernel.decode(bytes, at: 0).0) }
        table["chr"] = chr
        table["char"] = chr
        table["concat"] = concat
        table["concat_ws"] = concatWS
        table["substring"] = substring
        table["substr"] = substring
        table["left"] = leftRight(left: true)
        table["right"] = leftRight(left: false)
        table["instr"] = instr
        table["locate"] = locate
        table["position"] = locate
        table["lpad"] = pad(left: true)
        table["rpad"] = pad(left: false)
        table["repeat"] = repeatString
        table["translate"] = translate
        table["replace"] = replace
        table["startswith"] = predicate { FnKernel.hasPrefix($0, $1) }
        table["endswith"] = predicate { FnKernel.hasSuffix($0, $1) }
        table["contains"] = predicate { FnKernel.find($1, in: $0) != nil }
        table["like"] = like(caseInsensitive: false)
        table["ilike"] = like(caseInsensitive: true)
        table["rlike"] = rlike
        table["regexp"] = rlike
        table["regexp_like"] = rlike
        table["regexp_replace"] = regexpReplace
        table["regexp_extract"] = regexpExtract
    }

    // MARK: Kernel shapes

    /// A string -> string function of one argument.
    static func mapString(_ f: @escaping @Sendable (UnsafeBufferPointer<UInt8>, inout FnStringBuilder) -> Void) -> FunctionResolver {
        { call in
            try call.arity(1)
            return call.function(.string) { args, count in
                let column = args[0]
                let input = FnKernel.strings(column)
                var out = FnStringBuilder(capacity: count, averageLength: input.bytes.count / max(count, 1) + 1)
                FnKernel.withStrings(input) { strings in
                    for i in 0 ..< input.count {
                        if column.isValid(i) { f(strings[i], &out) }
                        out.endValue()
                    }
                }
                return out.column(column.validity)
            }
        }
    }

    /// A string -> int function of one argument.
    static func toInt(_ f: @escaping @Sendable (UnsafeBufferPointer<UInt8>) -> Int) -> FunctionResolver {
        { call in
            try call.arity(1)
            return call.function(.int32) { args, _ in
                let column = args[0]
                let input = FnKernel.strings(column)
                let out = FnKernel.withStrings(input) { strings in
                    ContiguousArray<Int64>(unsafeUninitializedCapacity: input.count) { buf, initialized in
                        for i in 0 ..< input.count { buf[i] = Int64(f(strings[i])) }
                        initialized = input.count
                    }
                }
                return Column(type: .int32, values: .ints(out), validity: column.validity)
            }
        }
    }

    /// A (string, string) -> bool function.
    static func predicate(_ f: @escaping @Sendable (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Bool) -> FunctionResolver {
        { call in
            try call.arity(2)
            return call.function(.bool) { args, count in
                let a = FnKernel.strings(args[0]), b = FnKernel.strings(args[1])
                let out = FnKernel.withStrings(a) { x in
                    FnKernel.withStrings(b) { y in
                        ContiguousArray<Bool>(unsafeUninitializedCapacity: count) { buf, initialized in
                            for i in 0 ..< count { buf[i] = f(x[i], y[i]) }
                            initialized = count
                        }
                    }
                }
                return Column(type: .bool, values: .bools(out), validity: FnKernel.and(args[0].validity, args[1].validity))
            }
        }
    }

    // MARK: Case

    static func caseMap(_ bytes: UnsafeBufferPointer<UInt8>, upper: Bool, _ out: inout FnStringBuilder) {
        if FnKernel.isASCII(bytes) {
            let start = out.array.bytes.count
            out.append(bytes)
            out.array.bytes.withUnsafeMutableBufferPointer { all in
                if upper {
                    for k in start ..< all.count where all[k] &- 0x61 < 26 { all[k] &-= 32 }
                } else {
                    for k in start ..< all.count where all[k] &- 0x41 < 26 { all[k] &+= 32 }
                }
            }
            return
        }
        let text = String(decoding: bytes, as: UTF8.self)
        out.append(upper ? text.uppercased() : text.lowercased())
    }

    /// Spark's initcap: lower case, then the first letter after each space in title case.
    static func initcap(_ bytes: UnsafeBufferPointer<UInt8>, _ out: inout FnStringBuilder) {
        if FnKernel.isASCII(bytes) {
            var previous: UInt8 = 0x20
            for b in bytes {
                let lower = b &- 0x41 < 26 ? b &+ 32 : b
                out.append(byte: previous == 0x20 && lower &- 0x61 < 26 ? lower &- 32 : lower)
                previous = b
            }
            return
        }
        var previousSpace = true
        for scalar in String(decoding: bytes, as: UTF8.self).lowercased().unicodeScalars {
            if previousSpace, let title = scalar.properties.titlecaseMapping.unicodeScalars.first,
               scalar.properties.titlecaseMapping.unicodeScalars.count == 1 {
                out.append(scalar: title.value)
            } else {
                out.append(scalar: scalar.value)
            }
            previousSpace = scalar == " "
        }
    }

    static func reverse(_ bytes: UnsafeBufferPointer<UInt8>, _ out: inout FnStringBuilder) {
        var end = bytes.count
        while end > 0 {
            var start = end - 1
            while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
            out.append(UnsafeBufferPointer(rebasing: bytes[start ..< end]))
            end = start
        }
    }

    // MARK: Trim

    /// trim/ltrim/rtrim(str) remove spaces; trim(trimStr, str) (Spark's argument order) and
    /// btrim(str, trimStr) remove any character of trimStr.
    static func trim(left: Bool, right: Bool, sourceFirst: Bool) -> FunctionResolver {
        { call in
            try call.arity(1 ... 2)
            return call.function(.string) { args, count in
                let sourceIndex = args.count == 1 || sourceFirst ? 0 : 1
                let source = args[sourceIndex]
                let input = FnKernel.strings(source)
                let trimColumn: Column? = args.count == 2 ? args[1 - sourceIndex] : nil
                let trimStrings = trimColumn.map { FnKernel.strings($0) }
                let validity = FnKernel.and(source.validity, trimColumn?.validity)
                var out = FnStringBuilder(capacity: count, averageLength: input.bytes.count / max(count, 1) + 1)
                FnKernel.withStrings(input) { strings in
                    for i in 0 ..< count {
                        defer { out.endValue() }
                        guard validity?.isValid(i) ?? true else { continue }
                        let bytes = strings[i]
                        guard let trimStrings else {
                            var start = 0, end = bytes.count
                            if left { while start < end && bytes[start] == 0x20 { start += 1 } }
                            if right { while end > start && bytes[end - 1] == 0x20 { end -= 1 } }
                            out.append(UnsafeBufferPointer(rebasing: bytes[start ..< end]))
                            continue
                        }
                        let set = Set(trimStrings.withBytes(at: i) { FnKernel.scalars($0) })
                        var start = 0, end = bytes.count
                        if left {
                            while start < end {
                                let (s, n) = FnKernel.decode(bytes, at: start)
                                guard set.contains(s) else { break }
                                start += n
                            }
                        }
                        if right {
                            while end > start {
                                var p = end - 1
                                while p > start && bytes[p] & 0xC0 == 0x80 { p -= 1 }
                                guard set.contains(FnKernel.decode(bytes, at: p).0) else { break }
                                end = p
                            }
                        }
                        out.append(UnsafeBufferPointer(rebasing: bytes[start ..< end]))
                    }
                }
                return out.column(validity)
            }
        }
    }

    // MARK: Concatenation

    static let concat: FunctionResolver = { call in
        call.function(.string) { args, count in
            let inputs = args.map { FnKernel.strings($0) }
            let validity = FnKernel.validity(args)
            var out = FnStringBuilder(capacity: count, averageLength: inputs.reduce(0) { $0 + $1.bytes.count } / max(count, 1) + 1)
            for i in 0 ..< count {
                if validity?.isValid(i) ?? true {
                    for input in inputs { input.withBytes(at: i) { out.append($0) } }
                }
                out.endValue()
            }
            return out.column(validity)
        }
    }

    /// concat_ws(sep, ...): null arguments are skipped; null only when the separator is.
    static let concatWS: FunctionResolver = { call in
        try call.arity(atLeast: 1)
        return call.function(.string) { args, count in
            let sep = FnKernel.strings(args[0])
            let inputs = args.dropFirst().map { ($0, FnKernel.strings($0)) }
            var out = FnStringBuilder(capacity: count)
            for i in 0 ..< count {
                defer { out.endValue() }
                guard args[0].isValid(i) else { continue }
                var first = true
                for (column, input) in inputs where column.isValid(i) {
                    if !first { sep.withBytes(at: i) { out.append($0) } }
                    input.withBytes(at: i) { out.append($0) }
                    first = false
                }
            }
            return out.column(args[0].validity)
        }
    }

    // MARK: Substrings

    /// The byte range of Spark's `substringSQL(pos, len)` (1-based pos; negative from the end;
    /// pos 0 as 1).
    static func substringRange(_ bytes: UnsafeBufferPointer<UInt8>, pos: Int64, length: Int64) -> Range<Int> {
        let ascii = FnKernel.isASCII(bytes)
        let numChars = ascii ? bytes.count : FnKernel.charCount(bytes)
        var start = pos > 0 ? pos - 1 : (pos < 0 ? Int64(numChars) + pos : 0)
        let end = min(max(start + length, Int64(Int32.min)), Int64(Int32.max))
        start = max(start, 0)
        if start >= end || start >= Int64(numChars) { return 0 ..< 0 }
        let e = min(end, Int64(numChars))
        if ascii { return Int(start) ..< Int(e) }
        let s = FnKernel.byteOffset(ofChar: Int(start), in: bytes)
        return s ..< FnKernel.byteOffset(ofChar: Int(e), in: bytes)
    }

    static let substring: FunctionResolver = { call in
        try call.arity(2 ... 3)
        try call.requireIntegral(1)
        if call.count == 3 { try call.requireIntegral(2) }
        return call.function(.string) { args, count in
            let input = FnKernel.strings(args[0])
            let (pos, vp) = FnKernel.int32s(args[1])
            var lengths: ContiguousArray<Int64>? = nil
            var validity = FnKernel.and(args[0].validity, vp)
            if args.count == 3 {
                let (l, vl) = FnKernel.int32s(args[2])
                lengths = l
                validity = FnKernel.and(validity, vl)
            }
            var out = FnStringBuilder(capacity: count)
            FnKernel.withStrings(input) { strings in
                for i in 0 ..< count {
                    if validity?.isValid(i) ?? true {
                        let bytes = strings[i]
                        let range = substringRange(bytes, pos: pos[i], length: lengths?[i] ?? Int64(Int32.max))
                        out.append(UnsafeBufferPointer(rebasing: bytes[range]))
                    }
                    out.endValue()
                }
            }
            return out.column(validity)
        }
    }

    static func leftRight(left: Bool) -> FunctionResolver {
        { call in
            try call.arity(2)
            try call.requireIntegral(1)
            return call.function(.string) { args, count in
                let input = FnKernel.strings(args[0])
                let (lengths, vl) = FnKernel.int32s(args[1])
                let validity = FnKernel.and(args[0].validity, vl)
                var out = FnStringBuilder(capacity: count)
                FnKernel.withStrings(input) { strings in
                    for i in 0 ..< count {
                        if (validity?.isValid(i) ?? true) && lengths[i] > 0 {
                            let bytes = strings[i]
                            let range = left ? substringRange(bytes, pos: 1, length: lengths[i])
                                : substringRange(bytes, pos: -lengths[i], length: Int64(Int32.max))
                            out.append(UnsafeBufferPointer(rebasing: bytes[range]))
                        }
                        out.endValue()
                    }
                }
                return out.column(validity)
            }
        }
    }

    /// The 1-based character position of `needle` in `haystack` at or after character `from`
    /// (0-based), 0 when absent (Spark's `indexOf(v, start) + 1`; an empty needle is found at 1).
    static func position(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, fromChar from: Int) -> Int {
        if needle.isEmpty { return 1 }
        let startByte = FnKernel.byteOffset(ofChar: from, in: haystack)
        if from > 0 && startByte >= haystack.count { return 0 }
        guard let found = FnKernel.find(needle, in: haystack, from: startByte) else { return 0 }
        return FnKernel.charCount(UnsafeBufferPointer(rebasing: haystack[0 ..< found])) + 1
    }

    static let instr: FunctionResolver = { call in
        try call.arity(2)
        return call.function(.int32) { args, count in
            let a = FnKernel.strings(args[0]), b = FnKernel.strings(args[1])
            let out = FnKernel.withStrings(a) { x in
                FnKernel.withStrings(b) { y in
                    ContiguousArray<Int64>(unsafeUninitializedCapacity: count) { buf, initialized in
                        for i in 0 ..< count { buf[i] = Int64(position(y[i], in: x[i], fromChar: 0)) }
                        initialized = count
                    }
                }
            }
            return Column(type: .int32, values: .ints(out), validity: FnKernel.and(args[0].validity, args[1].validity))
        }
    }

    /// locate(substr, str[, pos]): 0 when pos < 1 or pos is null (as Spark and Hive).
    static let locate: FunctionResolver = { call in
        try call.arity(2 ... 3)
        if call.count == 3 { try call.requireIntegral(2) }
        return call.function(.int32) { args, count in
            let a = FnKernel.strings(args[0]), b = FnKernel.strings(args[1])
            var starts: ContiguousArray<Int64>? = nil, startValidity: Bitmap? = nil
            if args.count == 3 { (starts, startValidity) = FnKernel.int32s(args[2]) }
            var nulls = FnNulls(FnKernel.and(args[0].validity, args[1].validity), count: count)
            var out = ContiguousArray<Int64>(repeating: 0, count: count)
            FnKernel.withStrings(a) { x in
                FnKernel.withStrings(b) { y in
                    for i in 0 ..< count {
                        if let starts {
                            if !(startValidity?.isValid(i) ?? true) {
                                if !nulls.isValid(i) { nulls.bitmap?.set(i, true) }
                                continue
                            }
                            guard nulls.isValid(i), starts[i] >= 1 else { continue }
                            out[i] = Int64(position(x[i], in: y[i], fromChar: Int(starts[i] - 1)))
                        } else if nulls.isValid(i) {
                            out[i] = Int64(position(x[i], in: y[i], fromChar: 0))
                        }
                    }
                }
            }
            return Column(type: .int32, values: .ints(out), validity: nulls.bitmap)
        }
    }

    // MARK: Padding, repetition, translation, replacement

    static func pad(left: Bool) -> FunctionResolver {
        { call in
            try call.arity(2 ... 3)
            try call.requireIntegral(1)
            return call.function(.string) { args, count in
                let input = FnKernel.strings(args[0])
                let (lengths, vl) = FnKernel.int32s(args[1])
                let pads = args.count == 3 ? FnKernel.strings(args[2]) : StringArray(Array(repeating: " ", count: count))
                var validity = FnKernel.and(args[0].validity, vl)
                if args.count == 3 { validity = FnKernel.and(validity, args[2].validity) }
                var out = FnStringBuilder(capacity: count)
                FnKernel.withStrings(input) { strings in
                    FnKernel.withStrings(pads) { padStrings in
                        for i in 0 ..< count {
                            defer { out.endValue() }
                            guard validity?.isValid(i) ?? true else { continue }
                            let bytes = strings[i], padBytes = padStrings[i]
                            let length = Int(lengths[i])
                            let chars = FnKernel.charCount(bytes)
                            let missing = length - chars
                            if missing <= 0 || padBytes.isEmpty {
                                let end = FnKernel.byteOffset(ofChar: max(length, 0), in: bytes)
                                out.append(UnsafeBufferPointer(rebasing: bytes[0 ..< end]))
                                continue
                            }
                            if !left { out.append(bytes) }
                            let padChars = FnKernel.charCount(padBytes)
                            let whole = missing / padChars, part = missing % padChars
                            for _ in 0 ..< whole { out.append(padBytes) }
                            out.append(UnsafeBufferPointer(rebasing: padBytes[0 ..< FnKernel.byteOffset(ofChar: part, in: padBytes)]))
                            if left { out.append(bytes) }
                        }
                    }
                }
                return out.column(validity)
            }
        }
    }

    static let repeatString: FunctionResolver = { call in
        try call.arity(2)
        try call.requireIntegral(1)
        return call.function(.string) { args, count in
            let input = FnKernel.strings(args[0])
            let (times, vt) = FnKernel.int32s(args[1])
            let validity = FnKernel.and(args[0].validity, vt)
            var out = FnStringBuilder(capacity: count)
            FnKernel.withStrings(input) { strings in
                for i in 0 ..< count {
                    if validity?.isValid(i) ?? true, times[i] > 0 {
                        for _ in 0 ..< times[i] { out.append(strings[i]) }
                    }
                    out.endValue()
                }
            }
            return out.column(validity)
        }
    }

    /// translate(src, from, to): each character of `from` becomes the character of `to` at the
    /// same index, or is deleted when `to` is shorter; the first occurrence in `from` wins.
    static let translate: FunctionResolver = { call in
        try call.arity(3)
        return call.function(.string) { args, count in
            let input = FnKernel.strings(args[0]), from = FnKernel.strings(args[1]), to = FnKernel.strings(args[2])
            let validity = FnKernel.validity(args)
            var out = FnStringBuilder(capacity: count)
            var cacheKey: ([UInt32], [UInt32])? = nil
            var dictionary: [UInt32: UInt32?] = [:]
            FnKernel.withStrings(input) { strings in
                for i in 0 ..< count {
                    defer { out.endValue() }
                    guard validity?.isValid(i) ?? true else { continue }
                    let f = from.withBytes(at: i) { FnKernel.scalars($0) }, t = to.withBytes(at: i) { FnKernel.scalars($0) }
                    if cacheKey == nil || cacheKey! != (f, t) {
                        dictionary = [:]
                        for (k, c) in f.enumerated() where dictionary[c] == nil {
                            dictionary[c] = .some(k < t.count ? t[k] : nil)
                        }
                        cacheKey = (f, t)
                    }
                    let bytes = strings[i]
                    var p = 0
                    while p < bytes.count {
                        let (s, n) = FnKernel.decode(bytes, at: p)
                        if let mapped = dictionary[s] {
                            if let m = mapped { out.append(scalar: m) }
                        } else {
                            out.append(UnsafeBufferPointer(rebasing: bytes[p ..< p + n]))
                        }
                        p += n
                    }
                }
            }
            return out.column(validity)
        }
    }

    /// replace(str, search[, replacement]): every occurrence, left to right; an empty search
    /// leaves the string unchanged.
    static let replace: FunctionResolver = { call in
        try call.arity(2 ... 3)
        return call.function(.string) { args, count in
            let input = FnKernel.strings(args[0]), search = FnKernel.strings(args[1])
            let replacement = args.count == 3 ? FnKernel.strings(args[2]) : StringArray(Array(repeating: "", count: count))
            let validity = FnKernel.validity(args)
            var out = FnStringBuilder(capacity: count)
            FnKernel.withStrings(input) { strings in
                FnKernel.withStrings(search) { searches in
                    FnKernel.withStrings(replacement) { replacements in
                        for i in 0 ..< count {
                            defer { out.endValue() }
                            guard validity?.isValid(i) ?? true else { continue }
                            let bytes = strings[i], needle = searches[i]
                            if needle.isEmpty { out.append(bytes); continue }
                            var p = 0
                            while let found = FnKernel.find(needle, in: bytes, from: p) {
                                out.append(UnsafeBufferPointer(rebasing: bytes[p ..< found]))
                                out.append(replacements[i])
                                p = found + needle.count
                            }
                            out.append(UnsafeBufferPointer(rebasing: bytes[p...]))
                        }
                    }
                }
            }
            return out.column(validity)
        }
    }

    /// chr(n): the character of code n & 255; empty for negative n.
    static let chr: FunctionResolver = { call in
        try call.arity(1)
        try call.requireIntegral(0)
        return call.function(.string) { args, count in
            let (v, validity) = FnKernel.ints(args[0])
            var out = FnStringBuilder(capacity: count)
            for i in 0 ..< count {
                if v[i] >= 0 { out.append(scalar: UInt32(v[i] & 0xFF)) }
                out.endValue()
            }
            return out.column(validity)
        }
    }

    // MARK: LIKE

    static func like(caseInsensitive: Bool) -> FunctionResolver {
        { call in
            try call.arity(2 ... 3)
            var escape: UInt8 = 0x5C
            if call.count == 3 {
                guard let e = call.constantString(2), e.utf8.count == 1, let byte = e.utf8.first else {
                    throw call.mismatch(2, "\"STRING\" (a one-character literal)")
                }
                escape = byte
            }
            let escapeByte = escape
            let literal = call.constantString(1).map { FnLikePattern(caseInsensitive ? $0.lowercased() : $0, escape: escape) }
            let nullPattern = call.isNullConstant(1)
            return call.function(.bool) { args, count in
                let input = FnKernel.strings(args[0])
                let validity = FnKernel.and(args[0].validity, args[1].validity)
                if nullPattern { return Column(type: .bool, values: .bools(ContiguousArray(repeating: false, count: count)), validity: Bitmap(count: count, valid: false)) }
                let patterns = literal == nil ? FnKernel.strings(args[1]) : nil
                var cached: (String, FnLikePattern)? = nil
                var out = ContiguousArray<Bool>(repeating: false, count: count)
                var lowered = ContiguousArray<UInt8>()
                FnKernel.withStrings(input) { strings in
                    for i in 0 ..< count where validity?.isValid(i) ?? true {
                        let pattern: FnLikePattern
                        if let literal { pattern = literal } else if let patterns {
                            var text = patterns.string(at: i)
                            if caseInsensitive { text = text.lowercased() }
                            if let cached, cached.0 == text { pattern = cached.1 } else {
                                pattern = FnLikePattern(text, escape: escapeByte)
                                cached = (text, pattern)
                            }
                        } else { continue }
                        let bytes = strings[i]
                        if caseInsensitive {
                            lowered.removeAll(keepingCapacity: true)
                            if FnKernel.isASCII(bytes) {
                                for b in bytes { lowered.append(b &- 0x41 < 26 ? b &+ 32 : b) }
                            } else {
                                var text = String(decoding: bytes, as: UTF8.self).lowercased()
                                text.withUTF8 { lowered.append(contentsOf: $0) }
                            }
                            out[i] = lowered.withUnsafeBufferPointer { pattern.matches($0) }
                        } else {
                            out[i] = pattern.matches(bytes)
                        }
                    }
                }
                return Column(type: .bool, values: .bools(out), validity: validity)
            }
        }
    }

    // MARK: Regular expressions

    /// A compiled Java-style regular expression (ICU syntax, which Java's is close to).
    final class Regex: @unchecked Sendable {
        let expression: NSRegularExpression
        let pattern: String
        /// The pattern's text when it has no metacharacters (matched by byte search).
        let plain: [UInt8]?

        init(_ pattern: String) throws {
            self.pattern = pattern
            do {
                expression = try NSRegularExpression(pattern: pattern, options: [])
            } catch {
                throw ColumnarError(.argument, "[INVALID_PARAMETER_VALUE.PATTERN] The value of parameter(s) `regexp` is invalid: '\(pattern)'.")
            }
            let meta = Set("\\^$.|?*+()[]{}".utf8)
            plain = pattern.utf8.contains { meta.contains($0) } ? nil : Array(pattern.utf8)
        }

        var groupCount: Int { expression.numberOfCaptureGroups }
    }

    /// The regex of argument `index`: the literal one compiled once, or one per distinct row value.
    struct RegexSource {
        let literal: Regex?
        var last: Regex? = nil

        mutating func regex(_ patterns: StringArray?, _ i: Int) throws -> Regex? {
            if let literal { return literal }
            guard let patterns else { return nil }
            let text = patterns.string(at: i)
            if let last, last.pattern == text { return last }
            let r = try Regex(text)
            last = r
            return r
        }
    }

    static let rlike: FunctionResolver = { call in
        try call.arity(2)
        let literal = try call.constantString(1).map { try Regex($0) }
        return call.function(.bool) { args, count in
            let input = FnKernel.strings(args[0])
            let validity = FnKernel.and(args[0].validity, args[1].validity)
            let patterns = literal == nil ? FnKernel.strings(args[1]) : nil
            var source = RegexSource(literal: literal)
            var out = ContiguousArray<Bool>(repeating: false, count: count)
            try FnKernel.withStrings(input) { strings in
                for i in 0 ..< count where validity?.isValid(i) ?? true {
                    guard let regex = try source.regex(patterns, i) else { continue }
                    if let plain = regex.plain {
                        out[i] = plain.withUnsafeBufferPointer { FnKernel.find($0, in: strings[i]) != nil }
                    } else {
                        let text = String(decoding: strings[i], as: UTF8.self)
                        out[i] = regex.expression.firstMatch(in: text, options: [], range: NSRange(text.startIndex..., in: text)) != nil
                    }
                }
            }
            return Column(type: .bool, values: .bools(out), validity: validity)
        }
    }

    /// regexp_replace(str, regex, replacement): every match replaced; `$1` names a group.
    static let regexpReplace: FunctionResolver = { call in
        try call.arity(3)
        let literal = try call.constantString(1).map { try Regex($0) }
        return call.function(.string) { args, count in
            let input = FnKernel.strings(args[0]), replacements = FnKernel.strings(args[2])
            let validity = FnKernel.validity(args)
            let patterns = literal == nil ? FnKernel.strings(args[1]) : nil
            var source = RegexSource(literal: literal)
            var out = FnStringBuilder(capacity: count, averageLength: input.bytes.count / max(count, 1) + 1)
            for i in 0 ..< count {
                defer { out.endValue() }
                guard validity?.isValid(i) ?? true, let regex = try source.regex(patterns, i) else { continue }
                let text = input.string(at: i)
                let template = replacements.string(at: i)
                out.append(regex.expression.stringByReplacingMatches(in: text, options: [], range: NSRange(text.startIndex..., in: text), withTemplate: template))
            }
            return out.column(validity)
        }
    }

    /// regexp_extract(str, regex[, idx = 1]): group idx of the first match; empty when nothing
    /// matches or the group did not take part.
    static let regexpExtract: FunctionResolver = { call in
        try call.arity(2 ... 3)
        if call.count == 3 { try call.requireIntegral(2) }
        let literal = try call.constantString(1).map { try Regex($0) }
        @Sendable func checkGroup(_ regex: Regex, _ index: Int64) throws {
            if index < 0 || index > Int64(regex.groupCount) {
                throw ColumnarError(.argument, "[INVALID_PARAMETER_VALUE.REGEX_GROUP_INDEX] The value of parameter(s) `idx` in `regexp_extract` is invalid: Expects group index between 0 and \(regex.groupCount), but got \(index).")
            }
        }
        if let literal, call.count == 3, let index = call.constantInt(2) { try checkGroup(literal, index) }
        if let literal, call.count == 2 { try checkGroup(literal, 1) }
        return call.function(.string) { args, count in
            let input = FnKernel.strings(args[0])
            var validity = FnKernel.and(args[0].validity, args[1].validity)
            var indices: ContiguousArray<Int64>? = nil
            if args.count == 3 {
                let (v, vi) = FnKernel.int32s(args[2])
                indices = v
                validity = FnKernel.and(validity, vi)
            }
            let patterns = literal == nil ? FnKernel.strings(args[1]) : nil
            var source = RegexSource(literal: literal)
            var out = FnStringBuilder(capacity: count)
            for i in 0 ..< count {
                defer { out.endValue() }
                guard validity?.isValid(i) ?? true, let regex = try source.regex(patterns, i) else { continue }
                let index = indices?[i] ?? 1
                try checkGroup(regex, index)
                let text = input.string(at: i)
                guard let match = regex.expression.firstMatch(in: text, options: [], range: NSRange(text.startIndex..., in: text)) else { continue }
                let range = match.range(at: Int(index))
                if range.location != NSNotFound, let r = Range(range, in: text) { out.append(String(text[r])) }
            }
            return out.column(validity)
        }
    }
}

/// A compiled SQL LIKE pattern: `%` matches any sequence, `_` one character, the escape character
/// makes the next one literal. Matched on UTF-8 bytes without backtracking beyond segments.
final class FnLikePattern: Sendable {
    enum Atom: Sendable {
        case bytes([UInt8])
        case one
    }

    /// The pattern split at `%`: the first segment anchors at the start, the last at the end.
    let segments: [[Atom]]
    /// The characters each segment matches.
    let segmentChars: [Int]

    init(_ pattern: String, escape: UInt8) {
        var segments: [[Atom]] = [[]]
        var literal: [UInt8] = []
        func flush() { if !literal.isEmpty { segments[segments.count - 1].append(.bytes(literal)); literal = [] } }
        let bytes = Array(pattern.utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == escape && i + 1 < bytes.count {
                literal.append(bytes[i + 1]); i += 2
                while i < bytes.count && bytes[i] & 0xC0 == 0x80 { literal.append(bytes[i]); i += 1 }
                continue
            }
            if b == 0x25 { flush(); segments.append([]) }
            else if b == 0x5F { flush(); segments[segments.count - 1].append(.one) }
            else { literal.append(b) }
            i += 1
        }
        flush()
        self.segments = segments
        var literalSegments: [[UInt8]]? = []
        for atoms in segments {
            var bytes: [UInt8] = []
            for atom in atoms {
                if case .bytes(let b) = atom { bytes += b } else { literalSegments = nil; break }
            }
            literalSegments?.append(bytes)
        }
        self.literalSegments = literalSegments
        segmentChars = segments.map { atoms in
            atoms.reduce(0) { total, atom in
                switch atom {
                case .one: return total + 1
                case .bytes(let b): return total + b.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
                }
            }
        }
    }

    /// The end of `atoms` matched at byte `position`, or nil.
    @inline(__always) func match(_ atoms: [Atom], _ s: UnsafeBufferPointer<UInt8>, at position: Int) -> Int? {
        var p = position
        for atom in atoms {
            switch atom {
            case .one:
                guard p < s.count else { return nil }
                p += FnKernel.charLength(s[p])
                if p > s.count { return nil }
            case .bytes(let b):
                guard s.count - p >= b.count else { return nil }
                guard let base = s.baseAddress else { return nil }
                let equal = b.withUnsafeBufferPointer { pb in pb.baseAddress.map { memcmp(base + p, $0, b.count) == 0 } ?? true }
                guard equal else { return nil }
                p += b.count
            }
        }
        return p
    }

    /// The segments as plain bytes when the pattern has no `_` (matched by byte search).
    let literalSegments: [[UInt8]]?

    func matches(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        if let literalSegments { return matchLiteral(literalSegments, s) }
        return matchGeneral(s)
    }

    /// LIKE without `_`: prefix, suffix and the middle segments in order, by byte search.
    func matchLiteral(_ parts: [[UInt8]], _ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = parts.first, let last = parts.last else { return true }
        if parts.count == 1 {
            return first.count == s.count && first.withUnsafeBufferPointer { FnKernel.hasPrefix(s, $0) }
        }
        guard first.count + last.count <= s.count,
              first.withUnsafeBufferPointer({ FnKernel.hasPrefix(s, $0) }),
              last.withUnsafeBufferPointer({ FnKernel.hasSuffix(s, $0) }) else { return false }
        var position = first.count
        let end = s.count - last.count
        for k in 1 ..< parts.count - 1 where !parts[k].isEmpty {
            guard let found = parts[k].withUnsafeBufferPointer({ FnKernel.find($0, in: UnsafeBufferPointer(rebasing: s[0 ..< end]), from: position) }) else { return false }
            position = found + parts[k].count
        }
        return true
    }

    func matchGeneral(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        if s.isEmpty { return segmentChars.allSatisfy { $0 == 0 } && segments.allSatisfy { $0.isEmpty } }
        guard let afterFirst = match(segments[0], s, at: 0) else { return false }
        if segments.count == 1 { return afterFirst == s.count }
        var position = afterFirst
        for k in 1 ..< segments.count - 1 where !segments[k].isEmpty {
            var found: Int? = nil
            var p = position
            while p < s.count {
                if let end = match(segments[k], s, at: p) { found = end; break }
                p += FnKernel.charLength(s[p])
            }
            guard let found else { return false }
            position = found
        }
        // The last segment's position is fixed by its character count from the end.
        var q = s.count
        for _ in 0 ..< segmentChars[segments.count - 1] {
            guard q > position else { return false }
            q -= 1
            while q > 0 && s[q] & 0xC0 == 0x80 { q -= 1 }
        }
        guard q >= position else { return false }
        return match(segments[segments.count - 1], s, at: q) == s.count
    }
}
