// Parquet's RLE / bit-packed hybrid encoding (definition levels, dictionary indices, booleans).

/// The number of bits needed for values up to `maxValue`.
@inline(__always) func parquetBitWidth(_ maxValue: UInt64) -> Int {
    maxValue == 0 ? 0 : 64 - maxValue.leadingZeroBitCount
}

/// Reads a little-endian value of up to 8 bytes at `offset`, treating bytes at or past `end` as zero.
@inline(__always) func loadLittleEndian64(_ buf: UnsafeRawBufferPointer, _ offset: Int, end: Int) -> UInt64 {
    if offset + 8 <= end {
        return UInt64(littleEndian: buf.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
    var v: UInt64 = 0
    var i = offset
    while i < end {
        v |= UInt64(buf[i]) << UInt64(8 * (i - offset))
        i += 1
    }
    return v
}

/// Decodes an RLE / bit-packed hybrid run sequence from a byte range of a buffer handed in on each
/// call (the decoder keeps only offsets).
struct RLEDecoder {
    /// The next byte to read and the end of the encoded range.
    private var position: Int
    private let end: Int
    private let bitWidth: Int
    private let byteWidth: Int
    private let mask: UInt64
    /// Values left in the current run.
    private var remaining = 0
    private var isRepeat = false
    private var repeatValue: UInt32 = 0
    /// For a bit-packed run: its first byte, the index of the next value in it, and its end.
    private var packedStart = 0
    private var packedIndex = 0
    private var packedEnd = 0

    /// A decoder of values `bitWidth` bits wide in bytes `start ..< end`.
    init(start: Int, end: Int, bitWidth: Int) throws {
        guard bitWidth >= 0 && bitWidth <= 32 else { throw ParquetFormatError("bad bit width \(bitWidth)") }
        guard start >= 0, start <= end else { throw ParquetFormatError("bad encoded range") }
        position = start
        self.end = end
        self.bitWidth = bitWidth
        byteWidth = (bitWidth + 7) / 8
        mask = bitWidth == 64 ? ~0 : (1 << UInt64(bitWidth)) - 1
    }

    /// The end offset of the bytes consumed so far (for runs that prefix other data).
    var consumedEnd: Int { remaining > 0 && !isRepeat ? packedEnd : position }

    private mutating func readVarint(_ buf: UnsafeRawBufferPointer) throws -> UInt64 {
        var result: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard position < end else { throw ParquetFormatError("encoded values end unexpectedly") }
            let b = buf[position]
            position += 1
            result |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { return result }
            shift += 7
            guard shift < 64 else { throw ParquetFormatError("bad varint in encoded values") }
        }
    }

    private mutating func nextRun(_ buf: UnsafeRawBufferPointer) throws {
        let header = try readVarint(buf)
        if header & 1 == 0 {
            let count = header >> 1
            guard count > 0, count <= UInt64(Int32.max) else { throw ParquetFormatError("bad run length") }
            guard position + byteWidth <= end else { throw ParquetFormatError("encoded values end unexpectedly") }
            var v: UInt32 = 0
            for i in 0 ..< byteWidth { v |= UInt32(buf[position + i]) << UInt32(8 * i) }
            position += byteWidth
            isRepeat = true
            repeatValue = v
            remaining = Int(count)
        } else {
            let groups = header >> 1
            guard groups > 0, groups <= UInt64(Int32.max / 8) else { throw ParquetFormatError("bad run length") }
            let bytes = Int(groups) * bitWidth
            // Writers may cut the last run short; decode only the values whose bits are present.
            let available = min(bytes, end - position)
            let values = bitWidth == 0 ? Int(groups) * 8 : min(Int(groups) * 8, available * 8 / bitWidth)
            guard values > 0 else { throw ParquetFormatError("encoded values end unexpectedly") }
            isRepeat = false
            packedStart = position
            packedIndex = 0
            packedEnd = position + available
            position += available
            remaining = values
        }
    }

    /// Decodes `count` values into `out`.
    mutating func decode(_ buf: UnsafeRawBufferPointer, into out: UnsafeMutablePointer<UInt32>, count: Int) throws {
        var done = 0
        while done < count {
            if remaining == 0 { try nextRun(buf) }
            let n = min(remaining, count - done)
            if isRepeat {
                (out + done).initialize(repeating: repeatValue, count: n)
            } else if bitWidth == 0 {
                (out + done).initialize(repeating: 0, count: n)
            } else {
                var bit = packedIndex * bitWidth
                let w = bitWidth, m = mask, start = packedStart, e = packedEnd
                for i in 0 ..< n {
                    let word = loadLittleEndian64(buf, start + (bit >> 3), end: e)
                    out[done + i] = UInt32(truncatingIfNeeded: (word >> UInt64(bit & 7)) & m)
                    bit += w
                }
                packedIndex += n
            }
            remaining -= n
            done += n
        }
    }

    /// Decodes `count` values and returns how many equal `value` (definition levels: how many
    /// rows are defined), writing each value as a byte into `out`.
    mutating func decodeLevels(_ buf: UnsafeRawBufferPointer, into out: UnsafeMutablePointer<UInt8>, count: Int, maxLevel: UInt32) throws -> Int {
        var done = 0, matching = 0
        while done < count {
            if remaining == 0 { try nextRun(buf) }
            let n = min(remaining, count - done)
            if isRepeat || bitWidth == 0 {
                let v = isRepeat ? repeatValue : 0
                guard v <= maxLevel else { throw ParquetFormatError("level \(v) above the maximum \(maxLevel)") }
                (out + done).initialize(repeating: UInt8(truncatingIfNeeded: v), count: n)
                if v == maxLevel { matching += n }
            } else {
                var bit = packedIndex * bitWidth
                let w = bitWidth, m = mask, start = packedStart, e = packedEnd
                for i in 0 ..< n {
                    let word = loadLittleEndian64(buf, start + (bit >> 3), end: e)
                    let v = UInt32(truncatingIfNeeded: (word >> UInt64(bit & 7)) & m)
                    guard v <= maxLevel else { throw ParquetFormatError("level \(v) above the maximum \(maxLevel)") }
                    out[done + i] = UInt8(truncatingIfNeeded: v)
                    if v == maxLevel { matching += 1 }
                    bit += w
                }
                packedIndex += n
            }
            remaining -= n
            done += n
        }
        return matching
    }
}

/// Encodes values with the RLE / bit-packed hybrid: runs of 8 or more equal values as RLE runs,
/// the rest bit-packed in groups of 8.
struct RLEEncoder {
    let bitWidth: Int

    init(bitWidth: Int) { self.bitWidth = bitWidth }

    private func varint(_ value: UInt64, _ out: inout [UInt8]) {
        var v = value
        while v >= 0x80 { out.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
        out.append(UInt8(v))
    }

    /// Appends the encoding of `values` to `out`.
    func encode(_ values: UnsafeBufferPointer<UInt32>, into out: inout [UInt8]) {
        let n = values.count
        let byteWidth = (bitWidth + 7) / 8
        @inline(__always) func runLength(at i: Int, limit: Int) -> Int {
            var j = i + 1
            let v = values[i]
            while j < n && j - i < limit && values[j] == v { j += 1 }
            return j - i
        }
        var i = 0
        while i < n {
            let run = runLength(at: i, limit: Int.max)
            if run >= 8 {
                varint(UInt64(run) << 1, &out)
                let v = values[i]
                for b in 0 ..< byteWidth { out.append(UInt8(truncatingIfNeeded: v >> UInt32(8 * b))) }
                i += run
                continue
            }
            let start = i
            repeat { i += 8 } while i < n && runLength(at: i, limit: 8) < 8
            let groups = (i - start) / 8
            varint(UInt64(groups) << 1 | 1, &out)
            var acc: UInt64 = 0, bits = 0
            for k in start ..< i {
                let v = k < n ? UInt64(values[k]) : 0
                acc |= v << UInt64(bits)
                bits += bitWidth
                while bits >= 8 {
                    out.append(UInt8(truncatingIfNeeded: acc))
                    acc >>= 8
                    bits -= 8
                }
            }
            if bits > 0 { out.append(UInt8(truncatingIfNeeded: acc)) }
            if i > n { i = n }
        }
    }
}
