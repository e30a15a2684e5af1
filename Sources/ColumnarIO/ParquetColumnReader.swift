import Columnar

/// Reads the rows of one column chunk page by page: decompresses each page, decodes its definition
/// levels and values, and hands out columns of the requested number of rows.
final class ParquetColumnReader {
    let leaf: ParquetLeaf
    private let codec: Int32
    /// The column chunk's bytes (its pages, headers included).
    private let chunk: ContiguousArray<UInt8>
    /// The offset of the next page header in `chunk`.
    private var position = 0
    private var dictionary: ParquetValues?
    /// The current page: its defined values, definition levels (nil when every row is defined), rows.
    private var values: ParquetValues = .ints([])
    private var valueCursor = 0
    private var levels: ContiguousArray<UInt8>?
    private var pageRows = 0
    private var rowCursor = 0
    /// The decompression buffer.
    private var scratch = ContiguousArray<UInt8>()
    /// The rows of the chunk not yet in a page loaded or skipped.
    private var rowsLeft: Int

    init(leaf: ParquetLeaf, codec: Int32, chunk: ContiguousArray<UInt8>, rows: Int) throws {
        guard ParquetCodecs.isSupported(codec) else {
            throw ParquetFormatError("unsupported compression \(ParquetCodecs.name(codec))")
        }
        self.leaf = leaf
        self.codec = codec
        self.chunk = chunk
        rowsLeft = rows
    }

    /// Accounts for a page of `rows` rows, which must not exceed the rows left in the row group.
    private func take(rows: Int) throws {
        guard rows >= 0, rows <= rowsLeft else { throw ParquetFormatError("pages hold more rows than their row group") }
        rowsLeft -= rows
    }

    /// The header at `position` and the offset of the page's data.
    private func readHeader() throws -> (ParquetPageHeader, Int) {
        try chunk.withUnsafeBytes { buf in
            var reader = ThriftReader(buf, position: position)
            let header = try ParquetPageHeader.decode(&reader)
            guard Int(header.compressedSize) <= buf.count - reader.position else {
                throw ParquetFormatError("page runs past the end of its column chunk")
            }
            return (header, reader.position)
        }
    }

    /// Loads the next data page (reading any dictionary page before it); false at the chunk's end.
    private func loadPage() throws -> Bool {
        while position < chunk.count {
            let (header, start) = try readHeader()
            let end = start + Int(header.compressedSize)
            position = end
            switch header.type {
            case ParquetPageHeader.dictionaryPage:
                try loadDictionary(header, start, end)
            case ParquetPageHeader.dataPage:
                try decodeV1(header, start, end)
                if pageRows > 0 { return true }
            case ParquetPageHeader.dataPageV2:
                try decodeV2(header, start, end)
                if pageRows > 0 { return true }
            default:
                continue  // index pages and unknown pages
            }
        }
        return false
    }

    /// Calls `body` with the uncompressed bytes of `start ..< end` of the chunk (`size` bytes once inflated).
    private func withInflated<R>(_ start: Int, _ end: Int, size: Int, compressed: Bool,
                                 _ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        if !compressed || codec == ParquetCodec.uncompressed {
            return try chunk.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[start ..< end])) }
        }
        let plausible = chunk.withUnsafeBytes {
            ParquetCodecs.isPlausible(codec: codec, UnsafeRawBufferPointer(rebasing: $0[start ..< end]), size: size)
        }
        guard plausible else { throw ParquetFormatError("corrupt page (bad uncompressed size \(size))") }
        if scratch.count < size { scratch = ContiguousArray(repeating: 0, count: size) }
        try chunk.withUnsafeBytes { src in
            try scratch.withUnsafeMutableBytes { dst in
                try ParquetCodecs.decompress(codec: codec, UnsafeRawBufferPointer(rebasing: src[start ..< end]),
                                             into: UnsafeMutableRawBufferPointer(rebasing: dst[0 ..< size]))
            }
        }
        return try scratch.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[0 ..< size])) }
    }

    private func loadDictionary(_ header: ParquetPageHeader, _ start: Int, _ end: Int) throws {
        guard header.encoding == ParquetEncoding.plain || header.encoding == ParquetEncoding.plainDictionary else {
            throw ParquetFormatError("unsupported dictionary encoding \(header.encoding)")
        }
        let count = Int(header.numValues)
        dictionary = try withInflated(start, end, size: Int(header.uncompressedSize), compressed: true) { buf in
            try ParquetDecoding.plain(buf, 0, buf.count, count: count, leaf: leaf)
        }
    }

    /// Decodes definition levels of `rows` rows from `start ..< end` of `buf`; returns the defined count.
    private func decodeLevels(_ buf: UnsafeRawBufferPointer, _ start: Int, _ end: Int, rows: Int) throws -> Int {
        var decoder = try RLEDecoder(start: start, end: end, bitWidth: parquetBitWidth(UInt64(leaf.maxDefinition)))
        var page = ContiguousArray<UInt8>(repeating: 0, count: rows)
        let defined = try page.withUnsafeMutableBufferPointer { out in
            try decoder.decodeLevels(buf, into: out.baseAddress!, count: rows, maxLevel: UInt32(leaf.maxDefinition))
        }
        levels = defined == rows ? nil : page
        return defined
    }

    private func decodeValues(_ buf: UnsafeRawBufferPointer, _ start: Int, _ end: Int, count: Int, encoding: Int32) throws -> ParquetValues {
        switch encoding {
        case ParquetEncoding.plain:
            return try ParquetDecoding.plain(buf, start, end, count: count, leaf: leaf)
        case ParquetEncoding.plainDictionary, ParquetEncoding.rleDictionary:
            guard let dictionary else { throw ParquetFormatError("dictionary-encoded page without a dictionary page") }
            return try ParquetDecoding.dictionary(buf, start, end, count: count, dictionary: dictionary)
        case ParquetEncoding.rle where leaf.kind == .boolean:
            return try ParquetDecoding.rleBooleans(buf, start, end, count: count)
        case ParquetEncoding.deltaBinaryPacked:
            return try ParquetDecoding.deltaBinaryPacked(buf, start, end, count: count, leaf: leaf)
        default:
            let names: [Int32: String] = [1: "GROUP_VAR_INT", 3: "RLE", 4: "BIT_PACKED", 6: "DELTA_LENGTH_BYTE_ARRAY",
                                          7: "DELTA_BYTE_ARRAY", 9: "BYTE_STREAM_SPLIT"]
            throw ParquetFormatError("unsupported encoding \(names[encoding] ?? String(encoding))")
        }
    }

    private func decodeV1(_ header: ParquetPageHeader, _ start: Int, _ end: Int) throws {
        let rows = Int(header.numValues)
        try take(rows: rows)
        levels = nil
        values = try withInflated(start, end, size: Int(header.uncompressedSize), compressed: true) { buf in
            var valuesStart = 0
            var defined = rows
            if leaf.maxDefinition > 0 {
                guard buf.count >= 4 else { throw ParquetFormatError("data page ends unexpectedly") }
                let length = Int(UInt32(littleEndian: buf.loadUnaligned(as: UInt32.self)))
                guard length <= buf.count - 4 else { throw ParquetFormatError("definition levels run past the end of their page") }
                defined = try decodeLevels(buf, 4, 4 + length, rows: rows)
                valuesStart = 4 + length
            }
            return try decodeValues(buf, valuesStart, buf.count, count: defined, encoding: header.encoding)
        }
        pageRows = rows
        rowCursor = 0
        valueCursor = 0
    }

    private func decodeV2(_ header: ParquetPageHeader, _ start: Int, _ end: Int) throws {
        let rows = Int(header.numRows)
        try take(rows: rows)
        let repLength = Int(header.repetitionLevelsLength), defLength = Int(header.definitionLevelsLength)
        guard repLength >= 0, defLength >= 0, repLength + defLength <= end - start,
              repLength + defLength <= Int(header.uncompressedSize), rows == Int(header.numValues) else {
            throw ParquetFormatError("bad data page v2 header")
        }
        levels = nil
        var defined = rows
        if leaf.maxDefinition > 0 {
            let levelsStart = start + repLength
            defined = try chunk.withUnsafeBytes { buf in
                try decodeLevels(buf, levelsStart, levelsStart + defLength, rows: rows)
            }
        }
        let valuesStart = start + repLength + defLength
        values = try withInflated(valuesStart, end, size: Int(header.uncompressedSize) - repLength - defLength,
                                  compressed: header.isCompressed) { buf in
            try decodeValues(buf, 0, buf.count, count: defined, encoding: header.encoding)
        }
        pageRows = rows
        rowCursor = 0
        valueCursor = 0
    }

    /// Skips `count` rows, passing over whole pages without decompressing them.
    func skip(_ count: Int) throws {
        var left = count
        while left > 0 {
            if rowCursor < pageRows {
                let k = min(left, pageRows - rowCursor)
                if let levels {
                    var defined = 0
                    for r in rowCursor ..< rowCursor + k where levels[r] != 0 { defined += 1 }
                    valueCursor += defined
                } else {
                    valueCursor += k
                }
                rowCursor += k
                left -= k
                continue
            }
            guard position < chunk.count else { throw ParquetFormatError("column chunk holds fewer rows than its row group") }
            let (header, start) = try readHeader()
            let end = start + Int(header.compressedSize)
            if header.type == ParquetPageHeader.dictionaryPage {
                position = end
                try loadDictionary(header, start, end)
                continue
            }
            let rows = header.type == ParquetPageHeader.dataPageV2 ? Int(header.numRows) : Int(header.numValues)
            if (header.type == ParquetPageHeader.dataPage || header.type == ParquetPageHeader.dataPageV2) && rows <= left {
                try take(rows: rows)
                position = end
                left -= rows
                continue
            }
            guard try loadPage() else { throw ParquetFormatError("column chunk holds fewer rows than its row group") }
        }
    }

    /// The next `count` rows as a column.
    func read(_ count: Int) throws -> Column {
        switch leaf.type.physical {
        case .int:
            let (v, validity) = try fill(count, zero: Int64(0)) { if case .ints(let v) = $0 { v } else { nil } }
            return Column(type: leaf.type, values: .ints(v), validity: validity)
        case .double:
            let (v, validity) = try fill(count, zero: 0.0) { if case .doubles(let v) = $0 { v } else { nil } }
            return Column(type: leaf.type, values: .doubles(v), validity: validity)
        case .bool:
            let (v, validity) = try fill(count, zero: false) { if case .bools(let v) = $0 { v } else { nil } }
            return Column(type: leaf.type, values: .bools(v), validity: validity)
        case .string:
            return try readStrings(count)
        }
    }

    private func nextPage() throws {
        guard try loadPage() else { throw ParquetFormatError("column chunk holds fewer rows than its row group") }
    }

    @inline(__always)
    private func fill<T>(_ count: Int, zero: T, _ extract: (ParquetValues) -> ContiguousArray<T>?) throws -> (ContiguousArray<T>, Bitmap?) {
        var out = ContiguousArray<T>()
        out.reserveCapacity(count)
        var validity: Bitmap? = nil
        var done = 0
        while done < count {
            if rowCursor == pageRows { try nextPage() }
            let k = min(count - done, pageRows - rowCursor)
            guard let page = extract(values) else { throw ParquetFormatError("page values of the wrong type") }
            if let levels {
                var v = valueCursor
                for r in rowCursor ..< rowCursor + k {
                    if levels[r] != 0 {
                        guard v < page.count else { throw ParquetFormatError("page holds fewer values than its levels say") }
                        out.append(page[v])
                        v += 1
                    } else {
                        out.append(zero)
                        if validity == nil { validity = Bitmap(count: count, valid: true) }
                        validity!.set(done + r - rowCursor, false)
                    }
                }
                valueCursor = v
            } else {
                guard valueCursor + k <= page.count else { throw ParquetFormatError("page holds fewer values than its header says") }
                out.append(contentsOf: page[valueCursor ..< valueCursor + k])
                valueCursor += k
            }
            rowCursor += k
            done += k
        }
        return (out, validity)
    }

    private func readStrings(_ count: Int) throws -> Column {
        var out = StringArray(capacity: count, averageLength: 16)
        var validity: Bitmap? = nil
        var done = 0
        while done < count {
            if rowCursor == pageRows { try nextPage() }
            let k = min(count - done, pageRows - rowCursor)
            guard case .strings(let page) = values else { throw ParquetFormatError("page values of the wrong type") }
            if let levels {
                var v = valueCursor
                for r in rowCursor ..< rowCursor + k {
                    if levels[r] != 0 {
                        guard v < page.count else { throw ParquetFormatError("page holds fewer values than its levels say") }
                        page.withBytes(at: v) { out.append(bytes: $0) }
                        v += 1
                    } else {
                        out.appendEmpty()
                        if validity == nil { validity = Bitmap(count: count, valid: true) }
                        validity!.set(done + r - rowCursor, false)
                    }
                }
                valueCursor = v
            } else {
                guard valueCursor + k <= page.count else { throw ParquetFormatError("page holds fewer values than its header says") }
                let first = Int(page.offsets[valueCursor]), last = Int(page.offsets[valueCursor + k])
                let base = Int32(truncatingIfNeeded: out.bytes.count - first)
                out.bytes.append(contentsOf: page.bytes[first ..< last])
                page.offsets.withUnsafeBufferPointer { o in
                    for j in valueCursor + 1 ... valueCursor + k { out.offsets.append(o[j] &+ base) }
                }
                valueCursor += k
            }
            rowCursor += k
            done += k
        }
        return Column(type: .string, values: .strings(out), validity: validity)
    }
}
