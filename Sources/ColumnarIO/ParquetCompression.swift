internal import CCompression
import Columnar

/// The compression codec of Parquet pages a write uses (Spark's `compression` option).
public enum ParquetCompression: String, Sendable {
    /// No compression, Snappy (Spark's default), gzip, or Zstandard (level 3).
    case none = "uncompressed", snappy, gzip, zstd

    /// The codec named by Spark's option value ("none", "uncompressed", "snappy", "gzip", "zstd"), or nil.
    public init?(sparkName: String) {
        switch sparkName.lowercased() {
        case "none", "uncompressed": self = .none
        case "snappy": self = .snappy
        case "gzip": self = .gzip
        case "zstd": self = .zstd
        default: return nil
        }
    }

    /// The codec id in the column metadata.
    var codecId: Int32 {
        switch self {
        case .none: ParquetCodec.uncompressed
        case .snappy: ParquetCodec.snappy
        case .gzip: ParquetCodec.gzip
        case .zstd: ParquetCodec.zstd
        }
    }

    /// The part-file suffix Spark uses.
    var fileSuffix: String {
        switch self {
        case .none: ".parquet"
        case .snappy: ".snappy.parquet"
        case .gzip: ".gz.parquet"
        case .zstd: ".zstd.parquet"
        }
    }
}

/// Page compression and decompression.
enum ParquetCodecs {
    /// The largest page this reader inflates (a guard against corrupt sizes).
    static let maxPageSize = 1 << 30

    /// The name of codec `id`, for messages.
    static func name(_ id: Int32) -> String {
        switch id {
        case ParquetCodec.uncompressed: "UNCOMPRESSED"
        case ParquetCodec.snappy: "SNAPPY"
        case ParquetCodec.gzip: "GZIP"
        case ParquetCodec.lzo: "LZO"
        case ParquetCodec.brotli: "BROTLI"
        case ParquetCodec.lz4: "LZ4"
        case ParquetCodec.zstd: "ZSTD"
        case ParquetCodec.lz4Raw: "LZ4_RAW"
        default: "codec \(id)"
        }
    }

    /// Whether the reader supports codec `id`.
    static func isSupported(_ id: Int32) -> Bool {
        id == ParquetCodec.uncompressed || id == ParquetCodec.snappy || id == ParquetCodec.gzip || id == ParquetCodec.zstd
    }

    /// Whether `size` is a believable uncompressed size for `input` (checked before allocating it).
    static func isPlausible(codec: Int32, _ input: UnsafeRawBufferPointer, size: Int) -> Bool {
        guard size >= 0, size <= maxPageSize else { return false }
        switch codec {
        case ParquetCodec.uncompressed:
            return size == input.count
        case ParquetCodec.snappy:
            guard let src = input.baseAddress, input.count > 0 else { return size == 0 }
            var length = 0
            return snappy_uncompressed_length(src.assumingMemoryBound(to: CChar.self), input.count, &length) == SNAPPY_OK && length == size
        case ParquetCodec.zstd:
            guard let src = input.baseAddress, input.count > 0 else { return size == 0 }
            let declared = ZSTD_getFrameContentSize(src, input.count)
            if declared == UInt64.max - 1 { return false }  // ZSTD_CONTENTSIZE_ERROR
            if declared == UInt64.max { return size <= input.count * 64 + 65_536 }  // ZSTD_CONTENTSIZE_UNKNOWN
            return declared == UInt64(size)
        case ParquetCodec.gzip:
            return size <= input.count * 1100 + 1024  // deflate expands at most ~1032:1
        default:
            return true
        }
    }

    /// Decompresses `input` (of codec `codec`) into `output`, which must be exactly the uncompressed size.
    static func decompress(codec: Int32, _ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) throws {
        let expected = output.count
        switch codec {
        case ParquetCodec.uncompressed:
            guard input.count == expected else { throw ParquetFormatError("page size mismatch") }
            if expected > 0 { output.baseAddress!.copyMemory(from: input.baseAddress!, byteCount: expected) }
        case ParquetCodec.snappy:
            guard let src = input.baseAddress, input.count > 0 else {
                throw ParquetFormatError("empty snappy page")
            }
            var length = 0
            guard snappy_uncompressed_length(src.assumingMemoryBound(to: CChar.self), input.count, &length) == SNAPPY_OK,
                  length == expected else { throw ParquetFormatError("corrupt snappy page") }
            if expected == 0 { return }
            var outLength = expected
            guard snappy_uncompress(src.assumingMemoryBound(to: CChar.self), input.count,
                                    output.baseAddress!.assumingMemoryBound(to: CChar.self), &outLength) == SNAPPY_OK,
                  outLength == expected else { throw ParquetFormatError("corrupt snappy page") }
        case ParquetCodec.zstd:
            guard let src = input.baseAddress, input.count > 0 else {
                if expected == 0 { return }
                throw ParquetFormatError("empty zstd page")
            }
            var scratch: UInt8 = 0
            let n = withUnsafeMutablePointer(to: &scratch) { s in
                ZSTD_decompress(output.baseAddress ?? UnsafeMutableRawPointer(s), expected, src, input.count)
            }
            guard ZSTD_isError(n) == 0, n == expected else { throw ParquetFormatError("corrupt zstd page") }
        case ParquetCodec.gzip:
            try inflateGzip(input, into: output)
        default:
            throw ParquetFormatError("unsupported compression \(name(codec))")
        }
    }

    /// Inflates gzip (or zlib) data, possibly several concatenated members.
    private static func inflateGzip(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) throws {
        guard let src = input.baseAddress, input.count > 0 else {
            if output.count == 0 { return }
            throw ParquetFormatError("empty gzip page")
        }
        var stream = z_stream()
        guard inflateInit2_(&stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw ParquetFormatError("cannot start gzip decompression")
        }
        defer { inflateEnd(&stream) }
        var scratch: UInt8 = 0
        stream.next_in = UnsafeMutablePointer(mutating: src.assumingMemoryBound(to: UInt8.self))
        stream.avail_in = UInt32(input.count)
        if let out = output.baseAddress {
            stream.next_out = out.assumingMemoryBound(to: UInt8.self)
            stream.avail_out = UInt32(output.count)
        } else {
            stream.next_out = withUnsafeMutablePointer(to: &scratch) { $0 }
            stream.avail_out = 0
        }
        while true {
            let status = CCompression.inflate(&stream, Z_NO_FLUSH)
            if status == Z_STREAM_END {
                if stream.avail_in > 0 && stream.avail_out > 0 {
                    guard inflateReset(&stream) == Z_OK else { throw ParquetFormatError("corrupt gzip page") }
                    continue
                }
                break
            }
            guard status == Z_OK else { throw ParquetFormatError("corrupt gzip page") }
            if stream.avail_out == 0 || stream.avail_in == 0 { break }
        }
        guard stream.avail_out == 0 else { throw ParquetFormatError("gzip page shorter than its header says") }
    }

    /// Compresses `input` with `compression`, appending to `out`.
    static func compress(_ compression: ParquetCompression, _ input: UnsafeRawBufferPointer, into out: inout [UInt8]) throws {
        let start = out.count
        switch compression {
        case .none:
            out.append(contentsOf: input.bindMemory(to: UInt8.self))
        case .snappy:
            let bound = snappy_max_compressed_length(input.count)
            out.append(contentsOf: repeatElement(0, count: bound))
            var length = bound
            var empty: CChar = 0
            let status = out.withUnsafeMutableBytes { buf in
                withUnsafeMutablePointer(to: &empty) { e in
                    snappy_compress(input.baseAddress?.assumingMemoryBound(to: CChar.self) ?? UnsafePointer(e), input.count,
                                    (buf.baseAddress! + start).assumingMemoryBound(to: CChar.self), &length)
                }
            }
            guard status == SNAPPY_OK else { throw ColumnarError(.input, "snappy compression failed") }
            out.removeLast(bound - length)
        case .zstd:
            let bound = ZSTD_compressBound(input.count)
            out.append(contentsOf: repeatElement(0, count: bound))
            var empty: UInt8 = 0
            let n = out.withUnsafeMutableBytes { buf in
                withUnsafeMutablePointer(to: &empty) { e in
                    ZSTD_compress(buf.baseAddress! + start, bound, input.baseAddress ?? UnsafeRawPointer(e), input.count, 3)
                }
            }
            guard ZSTD_isError(n) == 0 else { throw ColumnarError(.input, "zstd compression failed") }
            out.removeLast(bound - n)
        case .gzip:
            var stream = z_stream()
            guard deflateInit2_(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                                zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                throw ColumnarError(.input, "gzip compression failed")
            }
            defer { deflateEnd(&stream) }
            let bound = Int(deflateBound(&stream, UInt(input.count))) + 32
            out.append(contentsOf: repeatElement(0, count: bound))
            var empty: UInt8 = 0
            let status: Int32 = out.withUnsafeMutableBytes { buf in
                withUnsafeMutablePointer(to: &empty) { e in
                    stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: UInt8.self) ?? UnsafePointer(e))
                    stream.avail_in = UInt32(input.count)
                    stream.next_out = (buf.baseAddress! + start).assumingMemoryBound(to: UInt8.self)
                    stream.avail_out = UInt32(bound)
                    return deflate(&stream, Z_FINISH)
                }
            }
            guard status == Z_STREAM_END else { throw ColumnarError(.input, "gzip compression failed") }
            out.removeLast(Int(stream.avail_out))
        }
    }
}
