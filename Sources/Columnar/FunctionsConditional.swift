import Foundation

/// Null handling and comparisons across arguments: coalesce, nvl, nvl2, nullif, greatest, least,
/// isnull, isnotnull, isnan, nanvl.
enum FunctionsConditional {
    static func register(_ table: inout [String: FunctionResolver]) {
        table["coalesce"] = coalesce
        table["nvl"] = { call in try call.arity(2); return try coalesce(call) }
        table["ifnull"] = table["nvl"]
        table["nvl2"] = nvl2
        table["nullif"] = nullif
        table["greatest"] = extreme(greatest: true)
        table["least"] = extreme(greatest: false)
        table["isnull"] = nullTest(wantNull: true)
        table["isnotnull"] = nullTest(wantNull: false)
        table["isnan"] = isnan
        table["nanvl"] = nanvl
    }

    /// The common type of `types` as Spark's `findWiderCommonType` finds it: numeric widening,
    /// date to timestamp, and (when `strings` is true) any atomic type with a string to string.
    static func commonType(_ types: [DataType], strings: Bool) -> DataType? {
        guard var result = types.first else { return nil }
        for t in types.dropFirst() {
            if let w = DataType.widened(result, t) { result = w; continue }
            if strings && (result == .string || t == .string) && result != .bool && t != .bool { result = .string; continue }
            return nil
        }
        return result
    }

    /// `column` converted to `type` (a widening conversion chosen by `commonType`).
    static func cast(_ column: Column, to type: DataType) -> Column {
        if column.type == type { return column }
        switch type {
        case .string: return Column(type: .string, values: .strings(FnKernel.strings(column)), validity: column.validity)
        case .float32, .float64:
            let (v, validity) = FnKernel.doubles(column)
            return Column(type: type, values: .doubles(v), validity: validity)
        case .timestamp:
            let (v, validity) = FnKernel.micros(column)
            return Column(type: type, values: .ints(v), validity: validity)
        case .date:
            let (v, validity) = FnKernel.days(column)
            return Column(type: type, values: .ints(v), validity: validity)
        case .int32, .int64:
            let (v, validity) = FnKernel.ints(column)
            return Column(type: type, values: .ints(v), validity: validity)
        case .bool:
            return column
        }
    }

    static let coalesce: FunctionResolver = { call in
        try call.arity(atLeast: 1)
        guard let type = commonType(call.types, strings: true) else { throw call.differentTypes() }
        return call.function(type) { args, count in
            let columns = args.map { cast($0, to: type) }
            if columns.count == 1 { return columns[0] }
            var builder = ColumnBuilder(type: type, capacity: count)
            for i in 0 ..< count {
                var picked = false
                for column in columns where column.isValid(i) {
                    switch column.values {
                    case .ints(let v): builder.append(v[i])
                    case .doubles(let v): builder.append(v[i])
                    case .bools(let v): builder.append(v[i])
                    case .strings(let v): v.withBytes(at: i) { builder.append(utf8: $0) }
                    }
                    picked = true
                    break
                }
                if !picked { builder.appendNull() }
            }
            return builder.finish()
        }
    }

    static let nvl2: FunctionResolver = { call in
        try call.arity(3)
        guard let type = commonType([call.types[1], call.types[2]], strings: true) else { throw call.differentTypes() }
        return call.function(type) { args, count in
            let a = args[0], b = cast(args[1], to: type), c = cast(args[2], to: type)
            var builder = ColumnBuilder(type: type, capacity: count)
            for i in 0 ..< count { builder.append(a.isValid(i) ? b.scalar(at: i) : c.scalar(at: i)) }
            return builder.finish()
        }
    }

    static let nullif: FunctionResolver = { call in
        try call.arity(2)
        guard let common = commonType(call.types, strings: true) else { throw call.differentTypes() }
        return call.function(call.types[0]) { args, count in
            let a = args[0], x = cast(args[0], to: common), y = cast(args[1], to: common)
            var nulls = FnNulls(a.validity, count: count)
            for i in 0 ..< count where x.isValid(i) && y.isValid(i) {
                if compare(x, i, y, i) == 0 { nulls.setNull(i) }
            }
            return Column(type: a.type, values: a.values, validity: nulls.bitmap)
        }
    }

    /// Orders row `i` of `a` against row `j` of `b` (same physical type): NaN is the largest double.
    @inline(__always) static func compare(_ a: Column, _ i: Int, _ b: Column, _ j: Int) -> Int {
        switch (a.values, b.values) {
        case (.ints(let x), .ints(let y)): return x[i] < y[j] ? -1 : (x[i] > y[j] ? 1 : 0)
        case (.doubles(let x), .doubles(let y)):
            let p = x[i], q = y[j]
            if p.isNaN || q.isNaN { return p.isNaN && q.isNaN ? 0 : (p.isNaN ? 1 : -1) }
            return p < q ? -1 : (p > q ? 1 : 0)
        case (.bools(let x), .bools(let y)): return x[i] == y[j] ? 0 : (x[i] ? 1 : -1)
        case (.strings(let x), .strings(let y)): return x.compare(i, y, j)
        default: return 0
        }
    }

    /// greatest / least: nulls skipped; null only when every argument is.
    static func extreme(greatest: Bool) -> FunctionResolver {
        { call in
            if call.count < 2 {
                throw ColumnarError(.type, "[DATATYPE_MISMATCH.WRONG_NUM_ARGS] Cannot resolve \"\(call.callText)\" due to data type mismatch: The `\(call.name)` requires > 1 parameters but the actual number is \(call.count).")
            }
            guard let type = commonType(call.types, strings: false) else { throw call.differentTypes() }
            return call.function(type) { args, count in
                let columns = args.map { cast($0, to: type) }
                switch type.physical {
                case .int:
                    var out = ContiguousArray<Int64>(repeating: 0, count: count)
                    var nulls = FnNulls(nil, count: count)
                    for i in 0 ..< count {
                        var best: Int64? = nil
                        for column in columns where column.isValid(i) {
                            guard case .ints(let v) = column.values else { continue }
                            let x = v[i]
                            if let b = best { if greatest ? x > b : x < b { best = x } } else { best = x }
                        }
                        if let best { out[i] = best } else { nulls.setNull(i) }
                    }
                    return Column(type: type, values: .ints(out), validity: nulls.bitmap)
                case .double:
                    var out = ContiguousArray<Double>(repeating: 0, count: count)
                    var nulls = FnNulls(nil, count: count)
                    for i in 0 ..< count {
                        var best: Double? = nil
                        for column in columns where column.isValid(i) {
                            guard case .doubles(let v) = column.values else { continue }
                            let x = v[i]
                            if let b = best {
                                // NaN orders above every number.
                                let above = x.isNaN ? !b.isNaN : (!b.isNaN && x > b)
                                let below = b.isNaN ? !x.isNaN : (!x.isNaN && x < b)
                                if greatest ? above : below { best = x }
                            } else { best = x }
                        }
                        if let best { out[i] = best } else { nulls.setNull(i) }
                    }
                    return Column(type: type, values: .doubles(out), validity: nulls.bitmap)
                default:
                    var builder = ColumnBuilder(type: type, capacity: count)
                    for i in 0 ..< count {
                        var best: Int? = nil
                        for (k, column) in columns.enumerated() where column.isValid(i) {
                            if let b = best {
                                let c = compare(column, i, columns[b], i)
                                if greatest ? c > 0 : c < 0 { best = k }
                            } else { best = k }
                        }
                        if let best { builder.append(columns[best].scalar(at: i)) } else { builder.appendNull() }
                    }
                    return builder.finish()
                }
            }
        }
    }

    static func nullTest(wantNull: Bool) -> FunctionResolver {
        { call in
            try call.arity(1)
            return call.function(.bool) { args, count in
                let column = args[0]
                var out = ContiguousArray<Bool>(repeating: !wantNull, count: count)
                if let validity = column.validity {
                    for i in 0 ..< count { out[i] = validity.isValid(i) != wantNull }
                }
                return Column(type: .bool, values: .bools(out))
            }
        }
    }

    static let isnan: FunctionResolver = { call in
        try call.arity(1)
        try call.requireNumeric(0)
        return call.function(.bool) { args, count in
            let (v, validity) = FnKernel.doubles(args[0])
            var out = ContiguousArray<Bool>(repeating: false, count: count)
            for i in 0 ..< min(count, v.count) where v[i].isNaN { out[i] = validity?.isValid(i) ?? true }
            return Column(type: .bool, values: .bools(out))
        }
    }

    /// nanvl(a, b): b where a is NaN, else a; null when a is null.
    static let nanvl: FunctionResolver = { call in
        try call.arity(2)
        try call.requireNumeric(0)
        try call.requireNumeric(1)
        let type: DataType = call.types[0] == .float32 && call.types[1] == .float32 ? .float32 : .float64
        return call.function(type) { args, count in
            let (a, va) = FnKernel.doubles(args[0])
            let (b, vb) = FnKernel.doubles(args[1])
            var nulls = FnNulls(va, count: count)
            var out = a
            for i in 0 ..< count where a[i].isNaN && nulls.isValid(i) {
                if vb?.isValid(i) ?? true { out[i] = b[i] } else { nulls.setNull(i) }
            }
            return Column(type: type, values: .doubles(out), validity: nulls.bitmap)
        }
    }
}
