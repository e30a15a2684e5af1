/// Building strings from pieces with one allocation: the total UTF-8 length is known up front, so
/// the bytes are copied once instead of growing a string piece by piece.
enum StringBuilding {
    /// Copies a string's UTF-8 bytes to `destination` and returns how many were copied.
    /// (Reading the contiguous storage is twice as fast as `withUTF8`, which must be able to
    /// rewrite the string; only bridged strings lack contiguous storage.)
    @inline(__always)
    static func copy(_ text: String, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        let copied = text.utf8.withContiguousStorageIfAvailable { bytes -> Int in
            if let source = bytes.baseAddress { destination.update(from: source, count: bytes.count) }
            return bytes.count
        }
        if let copied { return copied }
        var count = 0
        for byte in text.utf8 {
            destination[count] = byte
            count += 1
        }
        return count
    }

    /// `a + b`.
    static func concatenate(_ a: String, _ b: String) -> String {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        let total = a.utf8.count + b.utf8.count
        if total <= 15 { return a + b }
        return String(unsafeUninitializedCapacity: total) { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            let first = copy(a, to: base)
            return first + copy(b, to: base + first)
        }
    }

    /// `a + b + c`.
    static func concatenate(_ a: String, _ b: String, _ c: String) -> String {
        let total = a.utf8.count + b.utf8.count + c.utf8.count
        if total <= 15 { return a + b + c }
        return String(unsafeUninitializedCapacity: total) { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            var offset = copy(a, to: base)
            offset += copy(b, to: base + offset)
            return offset + copy(c, to: base + offset)
        }
    }

    /// The strings in `count` registers starting at `registers`, concatenated (f-strings).
    static func concatenate(registers: UnsafeMutablePointer<Value>, count: Int) -> String {
        var total = 0
        for index in 0..<count { total += registers[index].asString?.value.utf8.count ?? 0 }
        return String(unsafeUninitializedCapacity: total) { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            var offset = 0
            for index in 0..<count {
                if let piece = registers[index].asString { offset += copy(piece.value, to: base + offset) }
            }
            return offset
        }
    }

    /// The `str` of the strings in `count` registers, concatenated, ASCII when all pieces are.
    static func concatenatedString(registers: UnsafeMutablePointer<Value>, count: Int) -> Value {
        var ascii = true
        for index in 0..<count where !(registers[index].asString?.isASCII ?? true) { ascii = false }
        return .object(PyStr(concatenate(registers: registers, count: count), ascii: ascii))
    }

    /// The pieces joined with `separator` between them.
    static func join(_ pieces: [String], separator: String) -> String {
        let separatorLength = separator.utf8.count
        var total = separatorLength * max(pieces.count - 1, 0)
        for piece in pieces { total += piece.utf8.count }
        return String(unsafeUninitializedCapacity: total) { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            var offset = 0
            for (index, piece) in pieces.enumerated() {
                if index > 0 && separatorLength > 0 { offset += copy(separator, to: base + offset) }
                offset += copy(piece, to: base + offset)
            }
            return offset
        }
    }

    /// `count` copies of an ASCII fill character followed or preceded by text.
    static func padded(_ text: String, fill: UInt8, count: Int, before: Bool) -> String {
        let length = text.utf8.count
        return String(unsafeUninitializedCapacity: length + count) { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            if before {
                base.initialize(repeating: fill, count: count)
                return count + copy(text, to: base + count)
            }
            let copied = copy(text, to: base)
            (base + copied).initialize(repeating: fill, count: count)
            return copied + count
        }
    }
}
