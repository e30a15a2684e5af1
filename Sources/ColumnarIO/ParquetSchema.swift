import Columnar

/// How a leaf column's stored values become engine values.
enum ParquetValueKind: Equatable {
    case boolean
    /// INT32 as int32, int8, int16, date; `unsigned` reads UINT_8/16/32 as non-negative.
    case int32(unsigned: Bool)
    /// INT64 as int64 or timestamp micros.
    case int64
    /// INT64 timestamps in milliseconds.
    case int64Millis
    /// INT64 timestamps in nanoseconds.
    case int64Nanos
    /// Legacy INT96 timestamps (nanoseconds of the day, Julian day).
    case int96
    case float, double
    /// BYTE_ARRAY as a string.
    case string
    /// DECIMAL stored as INT32, INT64 or a big-endian FIXED_LEN_BYTE_ARRAY, read as a double.
    case decimal32(scale: Int32), decimal64(scale: Int32), decimalFixed(length: Int, scale: Int32)
}

/// A flat (top-level, non-repeated) column of a Parquet file.
struct ParquetLeaf {
    /// The column name.
    let name: String
    /// The physical type.
    let physical: ParquetPhysicalType
    /// The engine type read.
    let type: DataType
    /// The conversion.
    let kind: ParquetValueKind
    /// 1 for optional columns, 0 for required ones.
    let maxDefinition: Int
    /// The physical width of a value in bytes (0 for byte arrays, booleans count as 0 too).
    var byteWidth: Int {
        switch kind {
        case .boolean, .string: 0
        case .int32, .decimal32, .float: 4
        case .int64, .int64Millis, .int64Nanos, .decimal64, .double: 8
        case .int96: 12
        case .decimalFixed(let length, _): length
        }
    }
}

enum ParquetSchemaMapping {
    /// The flat columns of a footer's schema; throws for nested or unsupported columns.
    static func leaves(of schema: [ParquetSchemaElement]) throws -> [ParquetLeaf] {
        guard let root = schema.first else { throw ParquetFormatError("footer has no schema") }
        let children = Int(root.numChildren ?? 0)
        guard children >= 0, children == schema.count - 1 else {
            // More elements than top-level children: some column is a group (nested).
            if let nested = schema.dropFirst().first(where: { ($0.numChildren ?? 0) > 0 }) {
                throw ParquetFormatError("column '\(nested.name)' is nested (a struct, list or map), which is not supported")
            }
            throw ParquetFormatError("malformed schema")
        }
        return try schema.dropFirst().map(leaf)
    }

    private static func unsupported(_ e: ParquetSchemaElement, _ what: String) -> ParquetFormatError {
        ParquetFormatError("column '\(e.name)' has unsupported type \(what)")
    }

    /// The leaf for a top-level schema element.
    static func leaf(_ e: ParquetSchemaElement) throws -> ParquetLeaf {
        if (e.numChildren ?? 0) > 0 || e.type == nil {
            throw ParquetFormatError("column '\(e.name)' is nested (a struct, list or map), which is not supported")
        }
        let repetition = e.repetition ?? 0
        if repetition == 2 { throw ParquetFormatError("column '\(e.name)' is repeated (a list), which is not supported") }
        let maxDef = repetition == 1 ? 1 : 0
        guard let physical = e.type else { throw ParquetFormatError("column '\(e.name)' has no physical type") }
        let converted = e.convertedType
        let logical = e.logicalType
        func make(_ type: DataType, _ kind: ParquetValueKind) -> ParquetLeaf {
            ParquetLeaf(name: e.name, physical: physical, type: type, kind: kind, maxDefinition: maxDef)
        }
        var decimalScale: Int32? = nil
        if case .decimal(let scale, _) = logical { decimalScale = scale } else if converted == ParquetConvertedType.decimal { decimalScale = e.scale ?? 0 }
        switch physical {
        case .boolean:
            return make(.bool, .boolean)
        case .int32:
            if let decimalScale { return make(.float64, .decimal32(scale: decimalScale)) }
            switch logical {
            case .date?: return make(.date, .int32(unsigned: false))
            case .integer(let width, let signed)?:
                if signed { return make(.int32, .int32(unsigned: false)) }
                return width == 32 ? make(.int64, .int32(unsigned: true)) : make(.int32, .int32(unsigned: true))
            case nil, .unknown?: break
            default: throw unsupported(e, "INT32 (\(String(describing: logical)))")
            }
            switch converted {
            case nil, ParquetConvertedType.int8?, ParquetConvertedType.int16?, ParquetConvertedType.int32?:
                return make(.int32, .int32(unsigned: false))
            case ParquetConvertedType.date?: return make(.date, .int32(unsigned: false))
            case ParquetConvertedType.uint8?, ParquetConvertedType.uint16?: return make(.int32, .int32(unsigned: true))
            case ParquetConvertedType.uint32?: return make(.int64, .int32(unsigned: true))
            default: throw unsupported(e, "INT32 (converted type \(String(describing: converted)))")
            }
        case .int64:
            if let decimalScale { return make(.float64, .decimal64(scale: decimalScale)) }
            switch logical {
            case .timestamp(_, let unit)?:
                switch unit {
                case .millis: return make(.timestamp, .int64Millis)
                case .micros: return make(.timestamp, .int64)
                case .nanos: return make(.timestamp, .int64Nanos)
                }
            case .integer?: return make(.int64, .int64)
            case nil, .unknown?: break
            default: throw unsupported(e, "INT64 (\(String(describing: logical)))")
            }
            switch converted {
            case nil, ParquetConvertedType.int64?, ParquetConvertedType.uint64?: return make(.int64, .int64)
            case ParquetConvertedType.timestampMillis?: return make(.timestamp, .int64Millis)
            case ParquetConvertedType.timestampMicros?: return make(.timestamp, .int64)
            default: throw unsupported(e, "INT64 (converted type \(String(describing: converted)))")
            }
        case .int96:
            return make(.timestamp, .int96)
        case .float:
            return make(.float32, .float)
        case .double:
            return make(.float64, .double)
        case .byteArray:
            switch logical {
            case nil, .string?, .enumeration?, .json?, .unknown?: break
            default: throw unsupported(e, "BYTE_ARRAY (\(String(describing: logical)))")
            }
            switch converted {
            case nil, ParquetConvertedType.utf8?, ParquetConvertedType.enumeration?, ParquetConvertedType.json?:
                return make(.string, .string)
            default: throw unsupported(e, "BYTE_ARRAY (converted type \(String(describing: converted)))")
            }
        case .fixedLenByteArray:
            let length = Int(e.typeLength ?? 0)
            if let decimalScale, length > 0, length <= 16 {
                return make(.float64, .decimalFixed(length: length, scale: decimalScale))
            }
            throw unsupported(e, "FIXED_LEN_BYTE_ARRAY")
        }
    }

    /// The footer schema (root first) of a write of `schema`: every column optional, as Spark writes.
    static func elements(for schema: Schema) -> [ParquetSchemaElement] {
        var result = [ParquetSchemaElement()]
        result[0].name = "spark_schema"
        result[0].numChildren = Int32(schema.count)
        for field in schema.fields {
            var e = ParquetSchemaElement()
            e.name = field.name
            e.repetition = 1
            switch field.type {
            case .bool: e.type = .boolean
            case .int32: e.type = .int32
            case .int64: e.type = .int64
            case .float32: e.type = .float
            case .float64: e.type = .double
            case .string:
                e.type = .byteArray
                e.convertedType = ParquetConvertedType.utf8
                e.logicalType = .string
            case .date:
                e.type = .int32
                e.convertedType = ParquetConvertedType.date
                e.logicalType = .date
            case .timestamp:
                e.type = .int64
                e.convertedType = ParquetConvertedType.timestampMicros
                e.logicalType = .timestamp(utc: true, unit: .micros)
            }
            result.append(e)
        }
        return result
    }
}
