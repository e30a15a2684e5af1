import Columnar

/// A malformed Parquet file; the reader turns it into a `ColumnarError` naming the file.
struct ParquetFormatError: Error, CustomStringConvertible {
    /// What is wrong.
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

/// The element and field types of Thrift's compact protocol.
enum ThriftType: UInt8 {
    case stop = 0, boolTrue = 1, boolFalse = 2, byte = 3, i16 = 4, i32 = 5, i64 = 6, double = 7
    case binary = 8, list = 9, set = 10, map = 11, structure = 12
}

/// Decodes Thrift's compact protocol (the encoding of Parquet's footer and page headers) from bytes,
/// checking every length against the bytes available.
struct ThriftReader {
    /// The encoded bytes.
    let bytes: UnsafeRawBufferPointer
    /// The next byte to read.
    var position: Int
    /// Field ids of the enclosing structs (compact field headers are deltas from the previous id).
    private var lastFieldIds: [Int16] = []
    private var lastFieldId: Int16 = 0
    /// The value of a boolean field, carried in its header.
    private var pendingBool: Bool? = nil

    /// A reader of `bytes` starting at `position`.
    init(_ bytes: UnsafeRawBufferPointer, position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    mutating func readByte() throws -> UInt8 {
        guard position < bytes.count else { throw ParquetFormatError("metadata ends unexpectedly") }
        let b = bytes[position]
        position += 1
        return b
    }

    mutating func readVarint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try readByte()
            result |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { return result }
            shift += 7
            if shift > 63 { throw ParquetFormatError("bad varint in metadata") }
        }
    }

    mutating func readZigzag() throws -> Int64 {
        let v = try readVarint()
        return Int64(bitPattern: (v >> 1) ^ (0 &- (v & 1)))
    }

    mutating func readI64() throws -> Int64 { try readZigzag() }

    mutating func readI32() throws -> Int32 {
        let v = try readZigzag()
        guard let r = Int32(exactly: v) else { throw ParquetFormatError("integer out of range in metadata") }
        return r
    }

    mutating func readDouble() throws -> Double {
        guard position + 8 <= bytes.count else { throw ParquetFormatError("metadata ends unexpectedly") }
        var bits: UInt64 = 0
        for i in 0 ..< 8 { bits |= UInt64(bytes[position + i]) << (8 * UInt64(i)) }
        position += 8
        return Double(bitPattern: bits)
    }

    mutating func readBinary() throws -> [UInt8] {
        let length = try readVarint()
        guard length <= UInt64(bytes.count - position) else { throw ParquetFormatError("metadata string runs past its end") }
        let n = Int(length)
        let result = Array(UnsafeRawBufferPointer(rebasing: bytes[position ..< position + n]))
        position += n
        return result
    }

    mutating func readString() throws -> String { String(decoding: try readBinary(), as: UTF8.self) }

    /// A boolean: the value of a boolean field (from its header) or a list element.
    mutating func readBool() throws -> Bool {
        if let value = pendingBool { pendingBool = nil; return value }
        return try readByte() == 1
    }

    /// Enters a struct.
    mutating func beginStruct() throws {
        guard lastFieldIds.count < 64 else { throw ParquetFormatError("metadata nested too deeply") }
        lastFieldIds.append(lastFieldId)
        lastFieldId = 0
    }

    /// Leaves a struct (after its stop field).
    mutating func endStruct() {
        lastFieldId = lastFieldIds.popLast() ?? 0
    }

    /// The next field's id and type, or nil at the struct's end.
    mutating func readFieldHeader() throws -> (id: Int16, type: ThriftType)? {
        let header = try readByte()
        guard let type = ThriftType(rawValue: header & 0x0F) else { throw ParquetFormatError("bad field type in metadata") }
        if type == .stop { return nil }
        let delta = header >> 4
        if delta != 0 {
            lastFieldId &+= Int16(delta)
        } else {
            let id = try readZigzag()
            guard let id16 = Int16(exactly: id) else { throw ParquetFormatError("bad field id in metadata") }
            lastFieldId = id16
        }
        if type == .boolTrue { pendingBool = true } else if type == .boolFalse { pendingBool = false }
        return (lastFieldId, type)
    }

    /// A list or set header: the element type and count (checked against the bytes left).
    mutating func readListHeader() throws -> (type: ThriftType, count: Int) {
        let header = try readByte()
        var count = Int(header >> 4)
        if count == 15 {
            let big = try readVarint()
            guard big <= UInt64(bytes.count - position) else { throw ParquetFormatError("metadata list too long") }
            count = Int(big)
        }
        guard let type = ThriftType(rawValue: header & 0x0F) else { throw ParquetFormatError("bad list element type in metadata") }
        guard count <= bytes.count - position else { throw ParquetFormatError("metadata list too long") }
        return (type, count)
    }

    /// Reads a struct field by field, calling `body` with each field's id and type; `body` must
    /// consume the value or return false to have it skipped.
    mutating func readStruct(_ body: (inout ThriftReader, Int16, ThriftType) throws -> Bool) throws {
        try beginStruct()
        while let (id, type) = try readFieldHeader() {
            if try !body(&self, id, type) { try skip(type) }
            pendingBool = nil
        }
        endStruct()
    }

    /// Reads a list, calling `body` once per element.
    mutating func readList(_ body: (inout ThriftReader, ThriftType) throws -> Void) throws {
        let (type, count) = try readListHeader()
        for _ in 0 ..< count { try body(&self, type) }
    }

    /// Skips a value of `type`.
    mutating func skip(_ type: ThriftType, depth: Int = 0) throws {
        guard depth < 64 else { throw ParquetFormatError("metadata nested too deeply") }
        switch type {
        case .stop: return
        case .boolTrue, .boolFalse:
            if pendingBool != nil { pendingBool = nil } else { _ = try readByte() }
        case .byte: _ = try readByte()
        case .i16, .i32, .i64: _ = try readVarint()
        case .double:
            guard position + 8 <= bytes.count else { throw ParquetFormatError("metadata ends unexpectedly") }
            position += 8
        case .binary:
            let length = try readVarint()
            guard length <= UInt64(bytes.count - position) else { throw ParquetFormatError("metadata string runs past its end") }
            position += Int(length)
        case .list, .set:
            let (element, count) = try readListHeader()
            for _ in 0 ..< count { try skipElement(element, depth: depth + 1) }
        case .map:
            let size = try readVarint()
            guard size <= UInt64(bytes.count - position) else { throw ParquetFormatError("metadata map too long") }
            if size > 0 {
                let types = try readByte()
                guard let k = ThriftType(rawValue: types >> 4), let v = ThriftType(rawValue: types & 0x0F) else {
                    throw ParquetFormatError("bad map types in metadata")
                }
                for _ in 0 ..< size {
                    try skipElement(k, depth: depth + 1)
                    try skipElement(v, depth: depth + 1)
                }
            }
        case .structure:
            try beginStruct()
            while let (_, fieldType) = try readFieldHeader() {
                try skip(fieldType, depth: depth + 1)
                pendingBool = nil
            }
            endStruct()
        }
    }

    /// Skips a container element (booleans in containers take one byte).
    private mutating func skipElement(_ type: ThriftType, depth: Int) throws {
        if type == .boolTrue || type == .boolFalse { _ = try readByte() } else { try skip(type, depth: depth) }
    }
}

/// Encodes Thrift's compact protocol.
struct ThriftWriter {
    /// The bytes written.
    var bytes: [UInt8] = []
    private var lastFieldIds: [Int16] = []
    private var lastFieldId: Int16 = 0

    init() { bytes.reserveCapacity(256) }

    mutating func writeVarint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func writeZigzag(_ value: Int64) {
        writeVarint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    private mutating func fieldHeader(_ id: Int16, _ type: ThriftType) {
        let delta = id - lastFieldId
        if delta > 0 && delta <= 15 {
            bytes.append(UInt8(delta) << 4 | type.rawValue)
        } else {
            bytes.append(type.rawValue)
            writeZigzag(Int64(id))
        }
        lastFieldId = id
    }

    mutating func field(_ id: Int16, i32 value: Int32) { fieldHeader(id, .i32); writeZigzag(Int64(value)) }
    mutating func field(_ id: Int16, i64 value: Int64) { fieldHeader(id, .i64); writeZigzag(value) }
    mutating func field(_ id: Int16, bool value: Bool) { fieldHeader(id, value ? .boolTrue : .boolFalse) }
    mutating func field(_ id: Int16, binary value: [UInt8]) {
        fieldHeader(id, .binary)
        writeVarint(UInt64(value.count))
        bytes.append(contentsOf: value)
    }
    mutating func field(_ id: Int16, string value: String) { field(id, binary: Array(value.utf8)) }

    /// A struct-valued field; `body` writes the struct's fields.
    mutating func field(_ id: Int16, structure body: (inout ThriftWriter) -> Void) {
        fieldHeader(id, .structure)
        writeStruct(body)
    }

    /// A list-valued field of `count` elements of `type`; `body` writes the elements.
    mutating func field(_ id: Int16, listOf type: ThriftType, count: Int, _ body: (inout ThriftWriter) -> Void) {
        fieldHeader(id, .list)
        if count < 15 { bytes.append(UInt8(count) << 4 | type.rawValue) } else {
            bytes.append(0xF0 | type.rawValue)
            writeVarint(UInt64(count))
        }
        body(&self)
    }

    /// A struct (a list element or the top level); `body` writes its fields.
    mutating func writeStruct(_ body: (inout ThriftWriter) -> Void) {
        lastFieldIds.append(lastFieldId)
        lastFieldId = 0
        body(&self)
        bytes.append(0)
        lastFieldId = lastFieldIds.popLast() ?? 0
    }

    /// A binary list element.
    mutating func element(binary value: [UInt8]) {
        writeVarint(UInt64(value.count))
        bytes.append(contentsOf: value)
    }

    /// An i32 list element.
    mutating func element(i32 value: Int32) { writeZigzag(Int64(value)) }
}
