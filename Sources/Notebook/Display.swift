import VM

/// Turns the value of a cell's last expression into an output, as a notebook shows it:
/// - an object with `_repr_svg_()` (a figure) is an image;
/// - an object with `_repr_table_()` returning a dict of lists, a dict of lists, or a list of dicts
///   is a table;
/// - anything else is its `repr`, like a REPL (None shows nothing).
struct Display {
    let vm: VM

    func render(_ value: Value) throws(PyException) -> CellOutput? {
        if value.isNone { return nil }
        if case .object = value {
            if let method = try displayMethod(value, "_repr_svg_") {
                let svg = try vm.call(method, [])
                if let text = svg.asString { return CellOutput(kind: .image, content: text.value) }
            }
            if let method = try displayMethod(value, "_repr_table_") {
                let table = try vm.call(method, [])
                if let output = try columnsTable(table) { return output }
            }
            if let output = try columnsTable(value) { return output }
            if let output = try rowsTable(value) { return output }
        }
        return CellOutput(kind: .text, content: try vm.repr(value))
    }

    /// The display method `name` of `value`, or nil; a `__getattr__` that raises AttributeError for
    /// it means "no such method".
    func displayMethod(_ value: Value, _ name: String) throws(PyException) -> Value? {
        do throws(PyException) {
            return try vm.lookupAttribute(value, vm.intern(name))
        } catch {
            guard error.object.type.isSubtype(of: BuiltinTypes.shared.exception("AttributeError")) else { throw error }
            return nil
        }
    }

    /// A dict of equally long lists (or tuples) with string keys.
    func columnsTable(_ value: Value) throws(PyException) -> CellOutput? {
        guard case .object(let object) = value, object.kind == .dict, object.type.isBuiltin else { return nil }
        let dict = unsafeDowncast(object, to: PyDict.self)
        var columns: [String] = []
        var data: [[Value]] = []
        for (key, column) in dict.items {
            guard let name = key.asString, let items = sequenceItems(column) else { return nil }
            columns.append(name.value)
            data.append(items)
        }
        guard !columns.isEmpty, let count = data.first?.count, data.allSatisfy({ $0.count == count }) else { return nil }
        var rows: [[String]] = []
        for index in 0..<count {
            var row: [String] = []
            for column in data { row.append(try cellText(column[index])) }
            rows.append(row)
        }
        let numeric = Set(data.indices.filter { column in data[column].allSatisfy(isNumber) && !data[column].isEmpty })
        return CellOutput(kind: .table, content: TableRenderer.render(columns: columns, rows: rows, numericColumns: numeric))
    }

    /// A non-empty list of dicts with string keys; columns in order of first appearance.
    func rowsTable(_ value: Value) throws(PyException) -> CellOutput? {
        guard case .object(let object) = value, object.kind == .list, object.type.isBuiltin else { return nil }
        let items = unsafeDowncast(object, to: PyList.self).items
        guard !items.isEmpty else { return nil }
        var columns: [String] = []
        var records: [[String: Value]] = []
        for item in items {
            guard case .object(let element) = item, element.kind == .dict else { return nil }
            var record: [String: Value] = [:]
            for (key, cell) in unsafeDowncast(element, to: PyDict.self).items {
                guard let name = key.asString?.value else { return nil }
                if !columns.contains(name) { columns.append(name) }
                record[name] = cell
            }
            records.append(record)
        }
        var rows: [[String]] = []
        for record in records {
            var row: [String] = []
            for column in columns { row.append(try record[column].map(cellText) ?? "") }
            rows.append(row)
        }
        let numeric = Set(columns.indices.filter { index in
            records.allSatisfy { record in record[columns[index]].map(isNumber) ?? true }
        })
        return CellOutput(kind: .table, content: TableRenderer.render(columns: columns, rows: rows, numericColumns: numeric))
    }

    func sequenceItems(_ value: Value) -> [Value]? {
        guard case .object(let object) = value else { return nil }
        switch object.kind {
        case .list: return Array(unsafeDowncast(object, to: PyList.self).items)
        case .tuple: return Array(unsafeDowncast(object, to: PyTuple.self).items)
        default: return nil
        }
    }

    /// A table cell: strings as they are, other values as their repr.
    func cellText(_ value: Value) throws(PyException) -> String {
        if let text = value.asString { return text.value }
        return try vm.repr(value)
    }

    func isNumber(_ value: Value) -> Bool {
        switch value {
        case .int, .float: return true
        case .object(let object): return object.kind == .long
        default: return false
        }
    }
}
