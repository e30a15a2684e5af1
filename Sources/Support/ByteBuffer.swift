/// Little-endian binary encoding for values that cross between interpreters (task arguments,
/// results, shipped functions) and for spill files.
public struct ByteWriter {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// Creates an empty writer.
    public init() {}

    /// Appends one byte.
    public mutating func byte(_ value: UInt8) { bytes.append(value) }

    /// Appends a 64-bit integer.
    public mutating func int(_ value: Int) { uint64(UInt64(bitPattern: Int64(value))) }

    /// Appends an unsigned 64-bit integer.
    public mutating func uint64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends a 32-bit integer.
    public mutating func int32(_ value: Int32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends a double by its bits.
    public mutating func double(_ value: Double) { uint64(value.bitPattern) }

    /// Appends a length-prefixed UTF-8 string.
    public mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// Appends length-prefixed raw bytes.
    public mutating func data(_ value: [UInt8]) {
        int(value.count)
        bytes.append(contentsOf: value)
    }

    /// Appends an optional string (a presence byte, then the string).
    public mutating func optionalString(_ value: String?) {
        if let value { byte(1); string(value) } else { byte(0) }
    }
}

/// A malformed or truncated encoding.
public struct ByteReaderError: Error, CustomStringConvertible {
    /// What was wrong.
    public let message: String
    /// Creates an error.
    public init(_ message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}

/// Reads what `ByteWriter` wrote, checking every bound.
public struct ByteReader {
    private let base: UnsafeRawBufferPointer
    /// The offset of the next byte to read.
    public private(set) var offset = 0

    /// Reads from `bytes`, which must stay valid while the reader is used.
    public init(_ bytes: UnsafeRawBufferPointer) { self.base = bytes }

    /// Whether every byte has been read.
    public var isAtEnd: Bool { offset >= base.count }

    private mutating func take(_ count: Int) throws(ByteReaderError) -> UnsafeRawBufferPointer {
        guard count >= 0, count <= base.count - offset else {
            throw ByteReaderError("truncated encoding: \(count) bytes wanted at offset \(offset) of \(base.count)")
        }
        let slice = UnsafeRawBufferPointer(rebasing: base[offset ..< offset + count])
        offset += count
        return slice
    }

    /// Reads one byte.
    public mutating func byte() throws(ByteReaderError) -> UInt8 { try take(1)[0] }

    /// Reads an unsigned 64-bit integer.
    public mutating func uint64() throws(ByteReaderError) -> UInt64 {
        let raw = try take(8)
        var value: UInt64 = 0
        withUnsafeMutableBytes(of: &value) { $0.copyMemory(from: raw) }
        return UInt64(littleEndian: value)
    }

    /// Reads a 64-bit integer.
    public mutating func int() throws(ByteReaderError) -> Int { Int(Int64(bitPattern: try uint64())) }

    /// Reads a non-negative count no larger than the bytes left (each element takes at least one byte).
    public mutating func count() throws(ByteReaderError) -> Int {
        let value = try int()
        guard value >= 0, value <= base.count - offset else { throw ByteReaderError("bad count \(value) at offset \(offset)") }
        return value
    }

    /// Reads a 32-bit integer.
    public mutating func int32() throws(ByteReaderError) -> Int32 {
        let raw = try take(4)
        var value: Int32 = 0
        withUnsafeMutableBytes(of: &value) { $0.copyMemory(from: raw) }
        return Int32(littleEndian: value)
    }

    /// Reads a double.
    public mutating func double() throws(ByteReaderError) -> Double { Double(bitPattern: try uint64()) }

    /// Reads a length-prefixed UTF-8 string.
    public mutating func string() throws(ByteReaderError) -> String {
        String(decoding: try take(try count()), as: UTF8.self)
    }

    /// Reads length-prefixed raw bytes.
    public mutating func data() throws(ByteReaderError) -> [UInt8] { Array(try take(try count())) }

    /// Reads an optional string.
    public mutating func optionalString() throws(ByteReaderError) -> String? {
        try byte() == 0 ? nil : try string()
    }
}
