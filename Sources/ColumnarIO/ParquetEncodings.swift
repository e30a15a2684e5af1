import Columnar

// Value encodings of Parquet pages: PLAIN, dictionary indices, RLE booleans, DELTA_BINARY_PACKED,
// decoded into dense arrays of engine values (one per defined row).

/// The defined values of a page (or a dictionary), converted to the engine's representation.
enum ParquetValues {
    case ints(ContiguousArray<Int64>)
    case doubles(ContiguousArray<Double>)
    case bools(ContiguousArray<Bool>)
    case strings(StringArray)

    /// The number of values.
    var count: Int {
        switch self {
        case .ints(let v): v.count
        case .doubles(let v): v.count
        case .bools(let v): v.count
        case .strings(let v): v.count
        }
    }
}

/// Days between the Julian day epoch and 1970-01-01.
private let julianDayOfEpoch: Int64 = 2_440_588

/// `v / 1000` rounded toward negative infinity (nanoseconds to microseconds), without overflow.
@inline(__always) private func floorDiv1000(_ v: Int64) -> Int64 {
    let q = v / 1000
    return v % 1000 < 0 ? q - 1 : q
}

@inline(__always) private func powerOfTen(_ scale: Int32) -> Double {
    var p = 1.0
    for _ in 0 ..< max(0, min(Int(scale), 400)) { p *= 10 }
    return p
}

enum ParquetDecoding {
    /// Decodes `count` PLAIN values of `leaf` from bytes `start ..< end` of `buf`.
    static func plain(_ buf: UnsafeRawBufferPointer, _ start: Int, _ end: Int, count: Int, leaf: ParquetLeaf) throws -> ParquetValues {
        let available = end - start
        func need(_ bytes: Int) throws {
            guard bytes <= available else { throw ParquetFormatError("page holds fewer values than its header says") }
        }
        switch leaf.kind {
        case .boolean:
            try need((count + 7) / 8)
            let out = ContiguousArray<Bool>(unsafeUninitializedCapacity: count) { b, n in
                for i in 0 ..< count { b[i] = buf[start + i >> 3] & (1 << UInt8(i & 7)) != 0 }
                n = count
            }
            return .bools(out)
        case .int32(let unsigned):
            try need(count * 4)
            let out = ContiguousArray<Int64>(unsafeUninitializedCapacity: count) { b, n in
                if unsigned {
                    for i in 0 ..< count { b[i] = Int64(UInt32(littleEndian: buf.loadUnaligned(fromByteOffset: start + 4 * i, as: UInt32.self))) }
                } else {
                    for i in 0 ..< count { b[i] = Int64(Int32(littleEndian: buf.loadUnaligned(fromByteOffset: start + 4 * i, as: Int32.self))) }
                }
                n = count
            }
            return .ints(out)
        case .int64, .int64Millis, .int64Nanos:
            try need(count * 8)
            let out = ContiguousArray<Int64>(unsafeUninitializedCapacity: count) { b, n in
                if count > 0 { UnsafeMutableRawPointer(b.baseAddress!).copyMemory(from: buf.baseAddress! + start, byteCount: count * 8) }
                n = count
                #if _endian(big)
                for i in 0 ..< count { b[i] = Int64(littleEndian: b[i]) }
                #endif
                if leaf.kind == .int64Millis {
                    for i in 0 ..< count { b[i] = b[i] &* 1000 }
                } else if leaf.kind == .int64Nanos {
                    for i in 0 ..< count { b[i] = floorDiv1000(b[i]) }
                }
            }
            return .ints(out)
        case .int96:
            try need(count * 12)
            let out = ContiguousArray<Int64>(unsafeUninitializedCapacity: count) { b, n in
                for i in 0 ..< count {
                    let nanos = Int64(littleEndian: buf.loadUnaligned(fromByteOffset: start + 12 * i, as: Int64.self))
                    let day = Int64(Int32(littleEndian: buf.loadUnaligned(fromByteOffset: start + 12 * i + 8, as: Int32.self)))
                    let n = floorDiv1000(nanos)
                    b[i] = (day - julianDayOfEpoch) &* Calendar.microsPerDay &+ n
                }
                n = count
            }
            return .ints(out)
        case .float:
            try need(count * 4)
            let out = ContiguousArray<Double>(unsafeUninitializedCapacity: count) { b, n in
                for i in 0 ..< count {
                    b[i] = Double(Float(bitPattern: UInt32(littleEndian: buf.loadUnaligned(fromByteOffset: start + 4 * i, as: UInt32.self))))
                }
                n = count
            }
            return .doubles(out)
        case .double:
            try need(count * 8)
            let out = ContiguousArray<Double>(unsafeUninitializedCapacity: count) { b, n in
                if count > 0 { UnsafeMutableRawPointer(b.baseAddress!).copyMemory(from: buf.baseAddress! + start, byteCount: count * 8) }
                n = count
            }
            return .doubles(out)
        case .decimal32(let scale):
            try need(count * 4)
            let p = powerOfTen(scale)
            let out = ContiguousArray<Double>(unsafeUninitializedCapacity: count) { b, n in
                for i in 0 ..< count { b[i] = Double(Int32(littleEndian: buf.loadUnaligned(fromByteOffset: start + 4 * i, as: Int32.self))) / p }
                n = count
            }
            return .doubles(out)
        case .decimal64(let scale):
            try need(count * 8)
            let p = powerOfTen(scale)
            let out = ContiguousArray<Double>(unsafeUninitializedCapacity: count) { b, n in
                for i in 0 ..< count { b[i] = Double(Int64(littleEndian: buf.loadUnaligned(fromByteOffset: start + 8 * i, as: Int64.self))) / p }
                n = count
            }
            return .doubles(out)
        case .decimalFixed(let length, let scale):
            try need(count * length)
            let p = powerOfTen(scale)
            let out = ContiguousArray<Double>(unsafeUninitializedCapacity: count) { b, n in
                for i in 0 ..< count { b[i] = bigEndianDecimal(buf, start + length * i, length) / p }
                n = count
            }
            return .doubles(out)
        case .string:
            // Each value: a 4-byte little-endian length, then the bytes.
            guard count <= available / 4 else { throw ParquetFormatError("page holds fewer values than its header says") }
            var strings = StringArray()
            var position = start
            strings.offsets = try ContiguousArray<Int32>(unsafeUninitializedCapacity: count + 1) { offsets, initialized in
                offsets[0] = 0
                var total = 0
                for i in 0 ..< count {
                    guard position + 4 <= end else { throw ParquetFormatError("page holds fewer values than its header says") }
                    let length = Int(UInt32(littleEndian: buf.loadUnaligned(fromByteOffset: position, as: UInt32.self)))
                    position += 4
                    guard length <= end - position else { throw ParquetFormatError("string value runs past the end of its page") }
                    position += length
                    total += length
                    guard total <= Int(Int32.max) else { throw ParquetFormatError("page too large") }
                    offsets[i + 1] = Int32(total)
                }
                initialized = count + 1
            }
            let total = Int(strings.offsets[count])
            position = start
            strings.bytes = ContiguousArray(unsafeUninitializedCapacity: total) { b, n in
                guard let dst = b.baseAddress else { n = 0; return }
                var written = 0
                for _ in 0 ..< count {
                    let length = Int(UInt32(littleEndian: buf.loadUnaligned(fromByteOffset: position, as: UInt32.self)))
                    position += 4
                    if length > 0 { (UnsafeMutableRawPointer(dst) + written).copyMemory(from: buf.baseAddress! + position, byteCount: length) }
                    written += length
                    position += length
                }
                n = written
            }
            return .strings(strings)
        }
    }

    /// A big-endian two's complement integer of `length` (1...16) bytes, as a double.
    private static func bigEndianDecimal(_ buf: UnsafeRawBufferPointer, _ offset: Int, _ length: Int) -> Double {
        var high: Int64 = Int8(bitPattern: buf[offset]) < 0 ? -1 : 0
        var low: UInt64 = 0
        for i in 0 ..< length {
            high = (high << 8) | Int64(low >> 56)
            low = (low << 8) | UInt64(buf[offset + i])
        }
        return Double(high) * 18_446_744_073_709_551_616.0 + Double(low)
    }

    /// Decodes `count` dictionary indices (a bit-width byte, then RLE / bit-packed runs) and looks
    /// them up in `dictionary`.
    static func dictionary(_ buf: UnsafeRawBufferPointer, _ start: Int, _ end: Int, count: Int, dictionary: ParquetValues) throws -> ParquetValues {
        if count == 0 { return empty(like: dictionary) }
        guard start < end else { throw ParquetFormatError("dictionary-encoded page is empty") }
        let width = Int(buf[start])
        var decoder = try RLEDecoder(start: start + 1, end: end, bitWidth: width)
        var indices = ContiguousArray<UInt32>(repeating: 0, count: count)
        try indices.withUnsafeMutableBufferPointer { try decoder.decode(buf, into: $0.baseAddress!, count: count) }
        let size = dictionary.count
        var maxIndex: UInt32 = 0
        for i in indices where i > maxIndex { maxIndex = i }
        guard Int(maxIndex) < size else { throw ParquetFormatError("dictionary index \(maxIndex) out of range (dictionary of \(size))") }
        return try indices.withUnsafeBufferPointer { idx in
            switch dictionary {
            case .ints(let d): return .ints(d.withUnsafeBufferPointer { d in ContiguousArray(idx.lazy.map { d[Int($0)] }) })
            case .doubles(let d): return .doubles(d.withUnsafeBufferPointer { d in ContiguousArray(idx.lazy.map { d[Int($0)] }) })
            case .bools(let d): return .bools(d.withUnsafeBufferPointer { d in ContiguousArray(idx.lazy.map { d[Int($0)] }) })
            case .strings(let d): return .strings(try gatherStrings(d, idx))
            }
        }
    }

    /// The strings of `dictionary` at `indices` (all in range).
    static func gatherStrings(_ dictionary: StringArray, _ indices: UnsafeBufferPointer<UInt32>) throws -> StringArray {
        var result = StringArray()
        var total = 0
        try dictionary.offsets.withUnsafeBufferPointer { o in
            for i in indices { total += Int(o[Int(i) + 1] - o[Int(i)]) }
            guard total <= Int(Int32.max) else { throw ParquetFormatError("page too large") }
            total = 0
            result.offsets = ContiguousArray(unsafeUninitializedCapacity: indices.count + 1) { b, n in
                b[0] = 0
                for (k, i) in indices.enumerated() {
                    total += Int(o[Int(i) + 1] - o[Int(i)])
                    b[k + 1] = Int32(truncatingIfNeeded: total)
                }
                n = indices.count + 1
            }
            dictionary.bytes.withUnsafeBufferPointer { bytes in
                result.bytes = ContiguousArray(unsafeUninitializedCapacity: total) { b, n in
                    var written = 0
                    for i in indices {
                        let s = Int(o[Int(i)]), e = Int(o[Int(i) + 1])
                        if e > s { (b.baseAddress! + written).update(from: bytes.baseAddress! + s, count: e - s) }
                        written += e - s
                    }
                    n = written
                }
            }
        }
        return result
    }

    /// An empty value array of the same kind.
    static func empty(like values: ParquetValues) -> ParquetValues {
        switch values {
        case .ints: .ints([])
        case .doubles: .doubles([])
        case .bools: .bools([])
        case .strings: .strings(StringArray())
        }
    }

    /// Booleans encoded RLE (a 4-byte length, then RLE / bit-packed runs of width 1).
    static func rleBooleans(_ buf: UnsafeRawBufferPointer, _ start: Int, _ end: Int, count: Int) throws -> ParquetValues {
        guard start + 4 <= end else { throw ParquetFormatError("boolean page ends unexpectedly") }
        let length = Int(UInt32(littleEndian: buf.loadUnaligned(fromByteOffset: start, as: UInt32.self)))
        guard length <= end - start - 4 else { throw ParquetFormatError("boolean page ends unexpectedly") }
        var decoder = try RLEDecoder(start: start + 4, end: start + 4 + length, bitWidth: 1)
        var raw = ContiguousArray<UInt32>(repeating: 0, count: count)
        if count > 0 { try raw.withUnsafeMutableBufferPointer { try decoder.decode(buf, into: $0.baseAddress!, count: count) } }
        return .bools(ContiguousArray(raw.lazy.map { $0 != 0 }))
    }

    /// Integers encoded DELTA_BINARY_PACKED, converted for `leaf`.
    static func deltaBinaryPacked(_ buf: UnsafeRawBufferPointer, _ start: Int, _ end: Int, count: Int, leaf: ParquetLeaf) throws -> ParquetValues {
        var position = start
        func varint() throws -> UInt64 {
            var result: UInt64 = 0, shift: UInt64 = 0
            while true {
                guard position < end else { throw ParquetFormatError("delta-encoded page ends unexpectedly") }
                let b = buf[position]
                position += 1
                result |= UInt64(b & 0x7F) << shift
                if b & 0x80 == 0 { return result }
                shift += 7
                guard shift < 64 else { throw ParquetFormatError("bad varint in delta-encoded page") }
            }
        }
        func zigzag() throws -> Int64 { let v = try varint(); return Int64(bitPattern: (v >> 1) ^ (0 &- (v & 1))) }
        let blockSize = try varint(), miniblocks = try varint(), total = try varint()
        var last = try zigzag()
        guard blockSize > 0, blockSize % 128 == 0, blockSize <= 1 << 20, miniblocks > 0, blockSize % miniblocks == 0,
              (blockSize / miniblocks) % 32 == 0 else { throw ParquetFormatError("bad delta encoding header") }
        guard total >= UInt64(count) else { throw ParquetFormatError("delta-encoded page holds fewer values than its header says") }
        let perMini = Int(blockSize / miniblocks)
        var out = ContiguousArray<Int64>()
        out.reserveCapacity(count)
        if count > 0 { out.append(last) }
        var widths = [Int](repeating: 0, count: Int(miniblocks))
        while out.count < count {
            let minDelta = try zigzag()
            for m in 0 ..< Int(miniblocks) {
                guard position < end else { throw ParquetFormatError("delta-encoded page ends unexpectedly") }
                widths[m] = Int(buf[position])
                position += 1
                guard widths[m] <= 64 else { throw ParquetFormatError("bad bit width in delta-encoded page") }
            }
            for m in 0 ..< Int(miniblocks) where out.count < count {
                let w = widths[m]
                let bytes = perMini * w / 8
                let miniEnd = min(end, position + bytes)
                guard position < miniEnd || w == 0 else { throw ParquetFormatError("delta-encoded page ends unexpectedly") }
                let mask: UInt64 = w == 64 ? ~0 : (1 << UInt64(w)) &- 1
                for j in 0 ..< perMini where out.count < count {
                    var raw: UInt64 = 0
                    if w > 0 {
                        let bit = j * w
                        let byte = position + bit >> 3, shift = UInt64(bit & 7)
                        guard byte < miniEnd else { throw ParquetFormatError("delta-encoded page ends unexpectedly") }
                        raw = loadLittleEndian64(buf, byte, end: miniEnd) >> shift
                        if w + Int(shift) > 64 { raw |= loadLittleEndian64(buf, byte + 8, end: miniEnd) << (64 - shift) }
                        raw &= mask
                    }
                    last = last &+ minDelta &+ Int64(bitPattern: raw)
                    out.append(last)
                }
                position += bytes
            }
        }
        switch leaf.kind {
        case .int32(let unsigned):
            for i in out.indices { out[i] = unsigned ? Int64(UInt32(truncatingIfNeeded: out[i])) : Int64(Int32(truncatingIfNeeded: out[i])) }
            return .ints(out)
        case .int64: return .ints(out)
        case .int64Millis: return .ints(ContiguousArray(out.lazy.map { $0 &* 1000 }))
        case .int64Nanos: return .ints(ContiguousArray(out.lazy.map(floorDiv1000)))
        case .decimal32(let scale), .decimal64(let scale):
            let p = powerOfTen(scale)
            let narrow = leaf.kind == .decimal32(scale: scale)
            return .doubles(ContiguousArray(out.lazy.map { Double(narrow ? Int64(Int32(truncatingIfNeeded: $0)) : $0) / p }))
        default:
            throw ParquetFormatError("DELTA_BINARY_PACKED encoding on a non-integer column")
        }
    }
}
