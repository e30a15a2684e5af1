import Columnar

// The parts of Parquet's Thrift metadata (parquet.thrift) that flat tables use: the footer
// (`FileMetaData`) and page headers, decoded from and encoded to the compact protocol.

/// Parquet's physical types.
enum ParquetPhysicalType: Int32 {
    case boolean = 0, int32 = 1, int64 = 2, int96 = 3, float = 4, double = 5, byteArray = 6, fixedLenByteArray = 7
}

/// Parquet's (legacy) converted types that matter here.
enum ParquetConvertedType {
    static let utf8: Int32 = 0, map: Int32 = 1, mapKeyValue: Int32 = 2, list: Int32 = 3, enumeration: Int32 = 4
    static let decimal: Int32 = 5, date: Int32 = 6, timeMillis: Int32 = 7, timeMicros: Int32 = 8
    static let timestampMillis: Int32 = 9, timestampMicros: Int32 = 10
    static let uint8: Int32 = 11, uint16: Int32 = 12, uint32: Int32 = 13, uint64: Int32 = 14
    static let int8: Int32 = 15, int16: Int32 = 16, int32: Int32 = 17, int64: Int32 = 18
    static let json: Int32 = 19, bson: Int32 = 20, interval: Int32 = 21
}

/// Parquet's page and value encodings.
enum ParquetEncoding {
    static let plain: Int32 = 0, plainDictionary: Int32 = 2, rle: Int32 = 3, bitPacked: Int32 = 4
    static let deltaBinaryPacked: Int32 = 5, deltaLengthByteArray: Int32 = 6, deltaByteArray: Int32 = 7
    static let rleDictionary: Int32 = 8, byteStreamSplit: Int32 = 9
}

/// Parquet's compression codec ids.
enum ParquetCodec {
    static let uncompressed: Int32 = 0, snappy: Int32 = 1, gzip: Int32 = 2, lzo: Int32 = 3, brotli: Int32 = 4
    static let lz4: Int32 = 5, zstd: Int32 = 6, lz4Raw: Int32 = 7
}

/// A time unit of a TIMESTAMP or TIME logical type.
enum ParquetTimeUnit { case millis, micros, nanos }

/// The logical type annotation of a schema element (the parts this reader understands).
enum ParquetLogicalType: Equatable {
    case string, map, list, enumeration, decimal(scale: Int32, precision: Int32), date
    case time(utc: Bool, unit: ParquetTimeUnit), timestamp(utc: Bool, unit: ParquetTimeUnit)
    case integer(bitWidth: Int8, signed: Bool), unknown, json, bson, uuid, float16, other(Int16)
}

/// One node of the schema tree (flattened depth-first, as in the footer).
struct ParquetSchemaElement {
    var type: ParquetPhysicalType?
    var typeLength: Int32?
    /// 0 required, 1 optional, 2 repeated.
    var repetition: Int32?
    var name: String = ""
    var numChildren: Int32?
    var convertedType: Int32?
    var scale: Int32?
    var precision: Int32?
    var logicalType: ParquetLogicalType?
}

/// Column chunk statistics.
struct ParquetStatistics {
    var nullCount: Int64?
    var minValue: [UInt8]?
    var maxValue: [UInt8]?
}

/// The metadata of one column chunk.
struct ParquetColumnMetaData {
    var type: Int32 = 0
    var encodings: [Int32] = []
    var path: [String] = []
    var codec: Int32 = 0
    var numValues: Int64 = 0
    var totalUncompressedSize: Int64 = 0
    var totalCompressedSize: Int64 = 0
    var dataPageOffset: Int64 = 0
    var dictionaryPageOffset: Int64?
    var statistics: ParquetStatistics?
}

/// A column chunk of a row group.
struct ParquetColumnChunk {
    var filePath: String?
    var fileOffset: Int64 = 0
    var metaData: ParquetColumnMetaData?
}

/// A row group.
struct ParquetRowGroup {
    var columns: [ParquetColumnChunk] = []
    var totalByteSize: Int64 = 0
    var numRows: Int64 = 0
    var fileOffset: Int64?
    var totalCompressedSize: Int64?
    var ordinal: Int16?
}

/// The file footer.
struct ParquetFileMetaData {
    var version: Int32 = 1
    var schema: [ParquetSchemaElement] = []
    var numRows: Int64 = 0
    var rowGroups: [ParquetRowGroup] = []
    var keyValues: [(String, String?)] = []
    var createdBy: String?
}

/// A page header.
struct ParquetPageHeader {
    /// 0 data page, 1 index page, 2 dictionary page, 3 data page v2.
    var type: Int32 = 0
    var uncompressedSize: Int32 = 0
    var compressedSize: Int32 = 0
    // Data page (v1 and v2).
    var numValues: Int32 = 0
    var encoding: Int32 = 0
    // Data page v2.
    var numNulls: Int32 = 0
    var numRows: Int32 = 0
    var definitionLevelsLength: Int32 = 0
    var repetitionLevelsLength: Int32 = 0
    var isCompressed: Bool = true
    var hasDataHeader = false
    var hasDataHeaderV2 = false
    var hasDictionaryHeader = false

    static let dataPage: Int32 = 0, indexPage: Int32 = 1, dictionaryPage: Int32 = 2, dataPageV2: Int32 = 3
}

// MARK: - Decoding

extension ParquetFileMetaData {
    /// Decodes a footer.
    static func decode(_ bytes: UnsafeRawBufferPointer) throws -> ParquetFileMetaData {
        var reader = ThriftReader(bytes)
        var meta = ParquetFileMetaData()
        var sawSchema = false
        try reader.readStruct { r, id, type in
            switch (id, type) {
            case (1, .i32): meta.version = try r.readI32()
            case (2, .list):
                sawSchema = true
                try r.readList { r, t in
                    guard t == .structure else { throw ParquetFormatError("bad schema list") }
                    meta.schema.append(try ParquetSchemaElement.decode(&r))
                }
            case (3, .i64): meta.numRows = try r.readI64()
            case (4, .list):
                try r.readList { r, t in
                    guard t == .structure else { throw ParquetFormatError("bad row group list") }
                    meta.rowGroups.append(try ParquetRowGroup.decode(&r))
                }
            case (5, .list):
                try r.readList { r, t in
                    guard t == .structure else { throw ParquetFormatError("bad key-value list") }
                    var key = "", value: String? = nil
                    try r.readStruct { r, id, type in
                        switch (id, type) {
                        case (1, .binary): key = try r.readString()
                        case (2, .binary): value = try r.readString()
                        default: return false
                        }
                        return true
                    }
                    meta.keyValues.append((key, value))
                }
            case (6, .binary): meta.createdBy = try r.readString()
            default: return false
            }
            return true
        }
        guard sawSchema, !meta.schema.isEmpty else { throw ParquetFormatError("footer has no schema") }
        return meta
    }
}

extension ParquetSchemaElement {
    static func decode(_ r: inout ThriftReader) throws -> ParquetSchemaElement {
        var e = ParquetSchemaElement()
        try r.readStruct { r, id, type in
            switch (id, type) {
            case (1, .i32):
                let raw = try r.readI32()
                guard let t = ParquetPhysicalType(rawValue: raw) else { throw ParquetFormatError("unknown physical type \(raw)") }
                e.type = t
            case (2, .i32): e.typeLength = try r.readI32()
            case (3, .i32): e.repetition = try r.readI32()
            case (4, .binary): e.name = try r.readString()
            case (5, .i32): e.numChildren = try r.readI32()
            case (6, .i32): e.convertedType = try r.readI32()
            case (7, .i32): e.scale = try r.readI32()
            case (8, .i32): e.precision = try r.readI32()
            case (10, .structure): e.logicalType = try decodeLogicalType(&r)
            default: return false
            }
            return true
        }
        return e
    }

    private static func decodeTimeUnit(_ r: inout ThriftReader) throws -> ParquetTimeUnit {
        var unit = ParquetTimeUnit.micros
        try r.readStruct { r, id, type in
            switch id {
            case 1: unit = .millis
            case 2: unit = .micros
            case 3: unit = .nanos
            default: break
            }
            return false
        }
        return unit
    }

    private static func decodeLogicalType(_ r: inout ThriftReader) throws -> ParquetLogicalType? {
        var result: ParquetLogicalType? = nil
        try r.readStruct { r, id, type in
            guard type == .structure else { return false }
            switch id {
            case 1: result = .string
            case 2: result = .map
            case 3: result = .list
            case 4: result = .enumeration
            case 5:
                var scale: Int32 = 0, precision: Int32 = 0
                try r.readStruct { r, id, type in
                    switch (id, type) {
                    case (1, .i32): scale = try r.readI32()
                    case (2, .i32): precision = try r.readI32()
                    default: return false
                    }
                    return true
                }
                result = .decimal(scale: scale, precision: precision)
                return true
            case 6: result = .date
            case 7, 8:
                var utc = false, unit = ParquetTimeUnit.micros
                try r.readStruct { r, id, type in
                    switch (id, type) {
                    case (1, .boolTrue), (1, .boolFalse): utc = try r.readBool()
                    case (2, .structure): unit = try decodeTimeUnit(&r)
                    default: return false
                    }
                    return true
                }
                result = id == 7 ? .time(utc: utc, unit: unit) : .timestamp(utc: utc, unit: unit)
                return true
            case 10:
                var width: Int8 = 0, signed = true
                try r.readStruct { r, id, type in
                    switch (id, type) {
                    case (1, .byte): width = Int8(bitPattern: try r.readByte())
                    case (2, .boolTrue), (2, .boolFalse): signed = try r.readBool()
                    default: return false
                    }
                    return true
                }
                result = .integer(bitWidth: width, signed: signed)
                return true
            case 11: result = .unknown
            case 12: result = .json
            case 13: result = .bson
            case 14: result = .uuid
            case 15: result = .float16
            default: result = .other(id)
            }
            return false  // an empty struct: skipped
        }
        return result
    }
}

extension ParquetStatistics {
    static func decode(_ r: inout ThriftReader) throws -> ParquetStatistics {
        var s = ParquetStatistics()
        var legacyMin: [UInt8]? = nil, legacyMax: [UInt8]? = nil
        try r.readStruct { r, id, type in
            switch (id, type) {
            case (1, .binary): legacyMax = try r.readBinary()
            case (2, .binary): legacyMin = try r.readBinary()
            case (3, .i64): s.nullCount = try r.readI64()
            case (5, .binary): s.maxValue = try r.readBinary()
            case (6, .binary): s.minValue = try r.readBinary()
            default: return false
            }
            return true
        }
        if s.minValue == nil { s.minValue = legacyMin }
        if s.maxValue == nil { s.maxValue = legacyMax }
        return s
    }
}

extension ParquetColumnMetaData {
    static func decode(_ r: inout ThriftReader) throws -> ParquetColumnMetaData {
        var m = ParquetColumnMetaData()
        try r.readStruct { r, id, type in
            switch (id, type) {
            case (1, .i32): m.type = try r.readI32()
            case (2, .list): try r.readList { r, _ in m.encodings.append(try r.readI32()) }
            case (3, .list): try r.readList { r, _ in m.path.append(try r.readString()) }
            case (4, .i32): m.codec = try r.readI32()
            case (5, .i64): m.numValues = try r.readI64()
            case (6, .i64): m.totalUncompressedSize = try r.readI64()
            case (7, .i64): m.totalCompressedSize = try r.readI64()
            case (9, .i64): m.dataPageOffset = try r.readI64()
            case (11, .i64): m.dictionaryPageOffset = try r.readI64()
            case (12, .structure): m.statistics = try ParquetStatistics.decode(&r)
            default: return false
            }
            return true
        }
        return m
    }
}

extension ParquetRowGroup {
    static func decode(_ r: inout ThriftReader) throws -> ParquetRowGroup {
        var g = ParquetRowGroup()
        try r.readStruct { r, id, type in
            switch (id, type) {
            case (1, .list):
                try r.readList { r, t in
                    guard t == .structure else { throw ParquetFormatError("bad column chunk list") }
                    var chunk = ParquetColumnChunk()
                    try r.readStruct { r, id, type in
                        switch (id, type) {
                        case (1, .binary): chunk.filePath = try r.readString()
                        case (2, .i64): chunk.fileOffset = try r.readI64()
                        case (3, .structure): chunk.metaData = try ParquetColumnMetaData.decode(&r)
                        default: return false
                        }
                        return true
                    }
                    g.columns.append(chunk)
                }
            case (2, .i64): g.totalByteSize = try r.readI64()
            case (3, .i64): g.numRows = try r.readI64()
            case (5, .i64): g.fileOffset = try r.readI64()
            case (6, .i64): g.totalCompressedSize = try r.readI64()
            default: return false
            }
            return true
        }
        return g
    }
}

extension ParquetPageHeader {
    /// Decodes a page header at `reader`'s position, leaving it after the header.
    static func decode(_ r: inout ThriftReader) throws -> ParquetPageHeader {
        var h = ParquetPageHeader()
        try r.readStruct { r, id, type in
            switch (id, type) {
            case (1, .i32): h.type = try r.readI32()
            case (2, .i32): h.uncompressedSize = try r.readI32()
            case (3, .i32): h.compressedSize = try r.readI32()
            case (5, .structure):
                h.hasDataHeader = true
                try r.readStruct { r, id, type in
                    switch (id, type) {
                    case (1, .i32): h.numValues = try r.readI32()
                    case (2, .i32): h.encoding = try r.readI32()
                    default: return false
                    }
                    return true
                }
            case (7, .structure):
                h.hasDictionaryHeader = true
                try r.readStruct { r, id, type in
                    switch (id, type) {
                    case (1, .i32): h.numValues = try r.readI32()
                    case (2, .i32): h.encoding = try r.readI32()
                    default: return false
                    }
                    return true
                }
            case (8, .structure):
                h.hasDataHeaderV2 = true
                try r.readStruct { r, id, type in
                    switch (id, type) {
                    case (1, .i32): h.numValues = try r.readI32()
                    case (2, .i32): h.numNulls = try r.readI32()
                    case (3, .i32): h.numRows = try r.readI32()
                    case (4, .i32): h.encoding = try r.readI32()
                    case (5, .i32): h.definitionLevelsLength = try r.readI32()
                    case (6, .i32): h.repetitionLevelsLength = try r.readI32()
                    case (7, .boolTrue), (7, .boolFalse): h.isCompressed = try r.readBool()
                    default: return false
                    }
                    return true
                }
            default: return false
            }
            return true
        }
        guard h.compressedSize >= 0, h.uncompressedSize >= 0, h.numValues >= 0 else {
            throw ParquetFormatError("negative size in page header")
        }
        return h
    }
}

// MARK: - Encoding

extension ParquetStatistics {
    func encode(_ w: inout ThriftWriter) {
        // Fields 1 and 2 (the deprecated min/max) are left out: their sort order is ill-defined.
        if let nullCount { w.field(3, i64: nullCount) }
        if let maxValue { w.field(5, binary: maxValue) }
        if let minValue { w.field(6, binary: minValue) }
    }
}

extension ParquetSchemaElement {
    func encode(_ w: inout ThriftWriter) {
        if let type { w.field(1, i32: type.rawValue) }
        if let typeLength { w.field(2, i32: typeLength) }
        if let repetition { w.field(3, i32: repetition) }
        w.field(4, string: name)
        if let numChildren { w.field(5, i32: numChildren) }
        if let convertedType { w.field(6, i32: convertedType) }
        if let logicalType {
            w.field(10) { w in
                switch logicalType {
                case .string: w.field(1) { _ in }
                case .date: w.field(6) { _ in }
                case .timestamp(let utc, let unit):
                    w.field(8) { w in
                        w.field(1, bool: utc)
                        w.field(2) { w in
                            switch unit {
                            case .millis: w.field(1) { _ in }
                            case .micros: w.field(2) { _ in }
                            case .nanos: w.field(3) { _ in }
                            }
                        }
                    }
                default: break  // the writer uses no other logical types
                }
            }
        }
    }
}

extension ParquetFileMetaData {
    /// Encodes the footer (with a type-defined column order for every column, so readers trust the
    /// statistics' min and max).
    func encode() -> [UInt8] {
        var w = ThriftWriter()
        w.writeStruct { w in
            w.field(1, i32: version)
            w.field(2, listOf: .structure, count: schema.count) { w in
                for e in schema { w.writeStruct { e.encode(&$0) } }
            }
            w.field(3, i64: numRows)
            w.field(4, listOf: .structure, count: rowGroups.count) { w in
                for g in rowGroups {
                    w.writeStruct { w in
                        w.field(1, listOf: .structure, count: g.columns.count) { w in
                            for c in g.columns {
                                w.writeStruct { w in
                                    w.field(2, i64: c.fileOffset)
                                    if let m = c.metaData {
                                        w.field(3) { w in
                                            w.field(1, i32: m.type)
                                            w.field(2, listOf: .i32, count: m.encodings.count) { w in
                                                for e in m.encodings { w.element(i32: e) }
                                            }
                                            w.field(3, listOf: .binary, count: m.path.count) { w in
                                                for p in m.path { w.element(binary: Array(p.utf8)) }
                                            }
                                            w.field(4, i32: m.codec)
                                            w.field(5, i64: m.numValues)
                                            w.field(6, i64: m.totalUncompressedSize)
                                            w.field(7, i64: m.totalCompressedSize)
                                            w.field(9, i64: m.dataPageOffset)
                                            if let d = m.dictionaryPageOffset { w.field(11, i64: d) }
                                            if let s = m.statistics { w.field(12) { s.encode(&$0) } }
                                        }
                                    }
                                }
                            }
                        }
                        w.field(2, i64: g.totalByteSize)
                        w.field(3, i64: g.numRows)
                        if let o = g.fileOffset { w.field(5, i64: o) }
                        if let s = g.totalCompressedSize { w.field(6, i64: s) }
                    }
                }
            }
            if !keyValues.isEmpty {
                w.field(5, listOf: .structure, count: keyValues.count) { w in
                    for (k, v) in keyValues {
                        w.writeStruct { w in
                            w.field(1, string: k)
                            if let v { w.field(2, string: v) }
                        }
                    }
                }
            }
            if let createdBy { w.field(6, string: createdBy) }
            let leaves = schema.filter { $0.numChildren == nil }.count
            w.field(7, listOf: .structure, count: leaves) { w in
                for _ in 0 ..< leaves { w.writeStruct { w in w.field(1) { _ in } } }
            }
        }
        return w.bytes
    }
}

extension ParquetPageHeader {
    /// Encodes a v1 data page header or a dictionary page header (by `type`).
    func encode() -> [UInt8] {
        var w = ThriftWriter()
        w.writeStruct { w in
            w.field(1, i32: type)
            w.field(2, i32: uncompressedSize)
            w.field(3, i32: compressedSize)
            if type == ParquetPageHeader.dictionaryPage {
                w.field(7) { w in
                    w.field(1, i32: numValues)
                    w.field(2, i32: encoding)
                }
            } else {
                w.field(5) { w in
                    w.field(1, i32: numValues)
                    w.field(2, i32: encoding)
                    w.field(3, i32: ParquetEncoding.rle)
                    w.field(4, i32: ParquetEncoding.rle)
                }
            }
        }
        return w.bytes
    }
}
