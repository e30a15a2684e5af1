import Columnar
import VM

/// Conversions between the language's values and the engine's scalars.
extension SQLContext {
    /// A literal's value and type, as Spark infers them from a Python value: bool -> boolean,
    /// int -> int (bigint when it does not fit 32 bits), float -> double, str -> string,
    /// datetime.datetime -> timestamp, datetime.date -> date, None -> null.
    func literal(_ value: Value) throws(PyException) -> (Scalar, DataType) {
        switch value {
        case .none, .undefined: return (.null, .string)
        case .bool(let b): return (.bool(b), .bool)
        case .int(let i): return (.int(Int64(i)), Int32(exactly: i) != nil ? .int32 : .int64)
        case .float(let d): return (.double(d), .float64)
        case .object(let object):
            if let text = value.asString { return (.string(text.value), .string) }
            if object.type.name == "datetime" || object.type.name == "date" {
                let micros = try self.micros(value)
                return object.type.name == "date" ? (.int(Calendar.day(ofMicros: micros)), .date) : (.int(micros), .timestamp)
            }
            throw vm.typeError("unsupported literal type \(object.type.name)")
        }
    }

    /// A Python value as a scalar of `type` (converting ints to doubles, datetimes to timestamps).
    func scalar(_ value: Value, as type: DataType, column: String) throws(PyException) -> Scalar {
        if value.isNone { return .null }
        let (scalar, given) = try literal(value)
        if given == type { return scalar }
        switch (type.physical, scalar) {
        case (.double, .int(let i)): return .double(Double(i))
        case (.int, .int) where type.isIntegral: return scalar
        case (.int, .int) where type == .date && given == .timestamp:
            if case .int(let micros) = scalar { return .int(Calendar.day(ofMicros: micros)) }
        case (.int, .int) where type == .timestamp && given == .date:
            if case .int(let days) = scalar { return .int(days * Calendar.microsPerDay) }
        default: break
        }
        throw vm.typeError("[FIELD_DATA_TYPE_UNACCEPTABLE] field \(column): \(type.className)() can not accept object \(try vm.repr(value)) in type \(typeName(value)).")
    }

    /// Microseconds since the epoch of a `datetime.datetime` or `datetime.date` (read as UTC).
    func micros(_ value: Value) throws(PyException) -> Int64 {
        func attribute(_ name: String) throws(PyException) -> Int64 {
            let v = try vm.getAttribute(value, PyStr(name))
            return Int64(try vm.integerArgument(v))
        }
        let days = Calendar.days(year: try attribute("year"), month: try attribute("month"), day: try attribute("day"))
        guard case .object(let object) = value, object.type.name != "date" else { return days * Calendar.microsPerDay }
        let seconds = (try attribute("hour") * 60 + (try attribute("minute"))) * 60 + (try attribute("second"))
        return days * Calendar.microsPerDay + seconds * 1_000_000 + (try attribute("microsecond"))
    }

    /// The language's value of a scalar of `type`: dates and timestamps become `datetime` objects.
    func python(_ scalar: Scalar, _ type: DataType, _ datetime: inout PyModule?) throws(PyException) -> Value {
        switch scalar {
        case .null: return .none
        case .bool(let b): return .bool(b)
        case .double(let d): return .float(d)
        case .string(let s): return .string(s)
        case .int(let i):
            switch type {
            case .date, .timestamp:
                let imported: PyModule
                if let loaded = datetime { imported = loaded } else { imported = try vm.importModule("datetime") }
                datetime = imported
                let module = Value.object(imported)
                let days = type == .date ? i : Calendar.day(ofMicros: i)
                let (y, m, d) = Calendar.civil(days: days)
                if type == .date {
                    return try vm.call(try vm.getAttribute(module, PyStr("date")), [.int(Int(y)), .int(Int(m)), .int(Int(d))])
                }
                let inDay = i - days * Calendar.microsPerDay
                let seconds = inDay / 1_000_000
                return try vm.call(try vm.getAttribute(module, PyStr("datetime")),
                                   [.int(Int(y)), .int(Int(m)), .int(Int(d)), .int(Int(seconds / 3600)), .int(Int(seconds / 60 % 60)),
                                    .int(Int(seconds % 60)), .int(Int(inDay % 1_000_000))])
            default:
                return .int(Int(i))
            }
        }
    }
}
