/// Truth values: `bool(x)`, `if x:`.
extension VM {
    /// Whether a value is true.
    @inline(__always)
    public func isTrue(_ value: Value) throws(PyException) -> Bool {
        switch value {
        case .bool(let flag): return flag
        case .none, .undefined: return false
        case .int(let number): return number != 0
        case .float(let number): return number != 0
        case .object(let object): return try objectTruth(object)
        }
    }

    @inline(never)
    func objectTruth(_ object: PyObject) throws(PyException) -> Bool {
        if object.type.isBuiltin {
            switch object.kind {
            case .str: return !unsafeDowncast(object, to: PyStr.self).value.isEmpty
            case .list: return !unsafeDowncast(object, to: PyList.self).items.isEmpty
            case .tuple: return !unsafeDowncast(object, to: PyTuple.self).items.isEmpty
            case .dict: return unsafeDowncast(object, to: PyDict.self).count > 0
            case .set, .frozenset: return unsafeDowncast(object, to: PySet.self).count > 0
            case .long: return true
            case .range:
                let range = unsafeDowncast(object, to: PyRange.self)
                return range.count > 0 || (range.big?.length ?? 0) > 0
            case .bytes: return !unsafeDowncast(object, to: PyBytes.self).bytes.isEmpty
            case .dictView: return unsafeDowncast(object, to: PyDictView.self).dict.count > 0
            default: return true
            }
        }
        if let method = object.type.lookup(names.boolMethod) {
            let result = try call(method, [.object(object)])
            guard case .bool(let flag) = result else {
                throw typeError("__bool__ should return bool, returned \(typeName(result))")
            }
            return flag
        }
        if object.type.lookup(names.lenMethod) != nil {
            return try length(.object(object)) > 0
        }
        return true
    }
}
