import BigInt

/// Subscripts (`x[i]`, `x[a:b]`, assignment and deletion), `in`, and `len()`.
extension VM {
    // MARK: - Fast paths used by the loop

    @inline(__always)
    func subscriptFast(_ container: Value, _ key: Value) throws(PyException) -> Value {
        if case .object(let object) = container {
            if object.kind == .list, case .int(let index) = key, object.type.isBuiltin {
                let items = unsafeDowncast(object, to: PyList.self).items
                let position = index < 0 ? index + items.count : index
                if position >= 0 && position < items.count { return items[position] }
            } else if object.kind == .dict, object.type.isBuiltin {
                if let value = try unsafeDowncast(object, to: PyDict.self).lookup(key, self) { return value }
                throw keyError(key)
            }
        }
        return try getItem(container, key)
    }

    @inline(__always)
    func storeSubscriptFast(_ container: Value, _ key: Value, _ value: Value) throws(PyException) {
        if case .object(let object) = container, object.type.isBuiltin {
            if object.kind == .dict {
                try unsafeDowncast(object, to: PyDict.self).store(key, value, self)
                return
            }
            if object.kind == .list, case .int(let index) = key {
                let list = unsafeDowncast(object, to: PyList.self)
                let position = index < 0 ? index + list.items.count : index
                if position >= 0 && position < list.items.count {
                    list.items[position] = value
                    return
                }
            }
        }
        try setItem(container, key, value)
    }

    // MARK: - Indices and slices

    /// An index value as an Int: ints, bools, and objects with `__index__`.
    func index(_ value: Value) throws(PyException) -> Int? {
        switch value {
        case .int(let number): return number
        case .bool(let flag): return flag ? 1 : 0
        case .object(let object):
            if object.kind == .long {
                let big = unsafeDowncast(object, to: PyLong.self).value
                return big.sign == .minus ? Int.min : Int.max
            }
            if !object.type.isBuiltin, let method = object.type.lookup(names.indexMethod) {
                let result = try call(method, [value])
                guard let integer = Integers.integer(result), case .small(let number) = integer else {
                    throw typeError("__index__ returned non-int (type \(typeName(result)))")
                }
                return number
            }
            return nil
        default:
            return nil
        }
    }

    /// The (start, stop, step, count) a slice selects from a sequence of `length`.
    func sliceIndices(_ slice: PySlice, length: Int) throws(PyException) -> (Int, Int, Int, Int) {
        var step = 1
        if !slice.step.isNone {
            guard let given = try index(slice.step) else {
                throw typeError("slice indices must be integers or None or have an __index__ method")
            }
            if given == 0 { throw valueError("slice step cannot be zero") }
            step = max(given, -Int.max)
        }
        func bound(_ value: Value, _ defaultValue: Int) throws(PyException) -> Int {
            if value.isNone { return defaultValue }
            guard var position = try index(value) else {
                throw typeError("slice indices must be integers or None or have an __index__ method")
            }
            if position < 0 {
                position = position == Int.min ? -1 : position + length
                if position < 0 { position = step < 0 ? -1 : 0 }
            } else if position >= length {
                position = step < 0 ? length - 1 : length
            }
            return position
        }
        let start = try bound(slice.start, step < 0 ? length - 1 : 0)
        let stop = try bound(slice.stop, step < 0 ? -1 : length)
        var count = 0
        if step < 0 {
            if stop < start { count = (start - stop - 1) / (-step) + 1 }
        } else if start < stop {
            count = (stop - start - 1) / step + 1
        }
        return (start, stop, step, count)
    }

    /// Normalizes a sequence index, raising IndexError with `what` ("list index out of range").
    func normalize(_ key: Value, length: Int, sequence: String, assignment: Bool = false) throws(PyException) -> Int {
        guard let given = try index(key) else {
            throw typeError("\(sequence) indices must be integers or slices, not \(typeName(key))")
        }
        let position = given < 0 ? (given == Int.min ? -1 : given + length) : given
        guard position >= 0 && position < length else {
            throw raise("IndexError", "\(sequence)\(assignment ? " assignment" : "") index out of range")
        }
        return position
    }

    func sliced<T>(_ items: ContiguousArray<T>, _ slice: PySlice) throws(PyException) -> ContiguousArray<T> {
        let (start, _, step, count) = try sliceIndices(slice, length: items.count)
        if step == 1 { return ContiguousArray(items[start..<(start + count)]) }
        var result = ContiguousArray<T>()
        result.reserveCapacity(count)
        var position = start
        for _ in 0..<count {
            result.append(items[position])
            position += step
        }
        return result
    }

    // MARK: - Reading

    /// `container[key]`.
    public func getItem(_ container: Value, _ key: Value) throws(PyException) -> Value {
        guard case .object(let object) = container else { throw notSubscriptable(container) }
        if object.type.isBuiltin || object.type.lookupWithOwner(names.getitem)?.0.isBuiltin == true {
            if let value = try builtinGetItem(object, key) { return value }
        }
        if object.kind == .type {
            let type = unsafeDowncast(object, to: PyType.self)
            if let method = type.lookup(names.classGetitem) {
                return try call(try bind(method, to: container, type: type), [key])
            }
            if type.isBuiltin { return container }
        }
        if let method = object.type.lookup(names.getitem) { return try call(method, [container, key]) }
        throw notSubscriptable(container)
    }

    @inline(never)
    func notSubscriptable(_ value: Value) -> PyException {
        typeError("'\(typeName(value))' object is not subscriptable")
    }

    func builtinGetItem(_ object: PyObject, _ key: Value) throws(PyException) -> Value? {
        let keySlice = key.asObject.flatMap { $0.kind == .slice ? unsafeDowncast($0, to: PySlice.self) : nil }
        switch object.kind {
        case .list:
            let items = unsafeDowncast(object, to: PyList.self).items
            if let keySlice { return .object(PyList(try sliced(items, keySlice))) }
            return items[try normalize(key, length: items.count, sequence: "list")]
        case .tuple:
            let items = unsafeDowncast(object, to: PyTuple.self).items
            if let keySlice { return .object(PyTuple(try sliced(items, keySlice))) }
            return items[try normalize(key, length: items.count, sequence: "tuple")]
        case .str:
            return try stringItem(unsafeDowncast(object, to: PyStr.self), key, slice: keySlice)
        case .dict:
            let dict = unsafeDowncast(object, to: PyDict.self)
            if let value = try dict.lookup(key, self) { return value }
            if !dict.type.isBuiltin, let missing = dict.type.lookup(names.missingMethod) {
                return try call(missing, [.object(object), key])
            }
            throw keyError(key)
        case .range:
            let range = unsafeDowncast(object, to: PyRange.self)
            if let big = range.big { return try bigRangeItem(big, key) }
            if let keySlice {
                let (start, _, step, count) = try sliceIndices(keySlice, length: range.count)
                let first = range.value(at: start)
                let (newStep, stepOverflow) = range.step.multipliedReportingOverflow(by: step)
                let (span, spanOverflow) = count.multipliedReportingOverflow(by: newStep)
                let (stop, stopOverflow) = first.addingReportingOverflow(span)
                guard !stepOverflow, !spanOverflow, !stopOverflow,
                      let slice = PyRange.make(start: first, stop: stop, step: newStep) else {
                    let big = BigRange(start: BigInt(range.start), stop: BigInt(range.stop), step: BigInt(range.step))
                    return try bigRangeItem(big, key)
                }
                return .object(slice)
            }
            return .int(range.value(at: try normalize(key, length: range.count, sequence: "range object")))
        case .bytes:
            let bytes = unsafeDowncast(object, to: PyBytes.self).bytes
            if let keySlice { return .object(PyBytes(Array(try sliced(ContiguousArray(bytes), keySlice)))) }
            return .int(Int(bytes[try normalize(key, length: bytes.count, sequence: "index")]))
        default:
            return nil
        }
    }

    func stringItem(_ text: PyStr, _ key: Value, slice: PySlice?) throws(PyException) -> Value {
        if let slice {
            if text.isASCII {
                let bytes = ContiguousArray(text.value.utf8)
                let selected = try sliced(bytes, slice)
                return .string(String(decoding: selected, as: UTF8.self))
            }
            let scalars = try sliced(ContiguousArray(text.scalars), slice)
            var result = String.UnicodeScalarView()
            result.append(contentsOf: scalars)
            return .string(String(result))
        }
        guard let _ = try index(key) else {
            throw typeError("string indices must be integers, not '\(typeName(key))'")
        }
        let position = try normalize(key, length: text.count, sequence: "string")
        return .object(character(text.scalar(at: position)))
    }

    /// A one-character string (ASCII ones are shared).
    func character(_ scalar: Unicode.Scalar) -> PyStr {
        if scalar.value < 128 { return intern(String(Character(scalar))) }
        return PyStr(String(Character(scalar)))
    }

    // MARK: - Writing

    /// `container[key] = value`.
    public func setItem(_ container: Value, _ key: Value, _ value: Value) throws(PyException) {
        guard case .object(let object) = container else {
            throw typeError("'\(typeName(container))' object does not support item assignment")
        }
        let builtinSetter = object.type.isBuiltin || object.type.lookupWithOwner(names.setitem)?.0.isBuiltin == true
        if builtinSetter {
            switch object.kind {
            case .list:
                try listSetItem(unsafeDowncast(object, to: PyList.self), key, value)
                return
            case .dict:
                try unsafeDowncast(object, to: PyDict.self).store(key, value, self)
                return
            default:
                break
            }
        }
        if let method = object.type.lookup(names.setitem) {
            _ = try call(method, [container, key, value])
            return
        }
        throw typeError("'\(typeName(container))' object does not support item assignment")
    }

    func listSetItem(_ list: PyList, _ key: Value, _ value: Value) throws(PyException) {
        if case .object(let keyObject) = key, keyObject.kind == .slice {
            let slice = unsafeDowncast(keyObject, to: PySlice.self)
            guard (try? getIterator(value)) != nil else { throw typeError("can only assign an iterable") }
            let replacement = try collect(value)
            let (start, stop, step, count) = try sliceIndices(slice, length: list.items.count)
            if step == 1 {
                let end = max(start, stop)
                list.items.replaceSubrange(start..<end, with: replacement)
                return
            }
            guard replacement.count == count else {
                throw valueError("attempt to assign sequence of size \(replacement.count) to extended slice of size \(count)")
            }
            var position = start
            for item in replacement {
                list.items[position] = item
                position += step
            }
            return
        }
        let position = try normalize(key, length: list.items.count, sequence: "list", assignment: true)
        list.items[position] = value
    }

    /// `del container[key]`.
    public func deleteItem(_ container: Value, _ key: Value) throws(PyException) {
        guard case .object(let object) = container else {
            throw typeError("'\(typeName(container))' object does not support item deletion")
        }
        let builtinDeleter = object.type.isBuiltin || object.type.lookupWithOwner(names.delitem)?.0.isBuiltin == true
        if builtinDeleter {
            switch object.kind {
            case .list:
                let list = unsafeDowncast(object, to: PyList.self)
                if case .object(let keyObject) = key, keyObject.kind == .slice {
                    let (start, _, step, count) = try sliceIndices(unsafeDowncast(keyObject, to: PySlice.self), length: list.items.count)
                    if step == 1 {
                        list.items.removeSubrange(start..<(start + count))
                    } else {
                        var positions = Set<Int>()
                        var position = start
                        for _ in 0..<count { positions.insert(position); position += step }
                        list.items = ContiguousArray(list.items.enumerated().filter { !positions.contains($0.offset) }.map(\.element))
                    }
                    return
                }
                list.items.remove(at: try normalize(key, length: list.items.count, sequence: "list", assignment: true))
                return
            case .dict:
                if try unsafeDowncast(object, to: PyDict.self).remove(key, self) == nil { throw keyError(key) }
                return
            default:
                break
            }
        }
        if let method = object.type.lookup(names.delitem) {
            _ = try call(method, [container, key])
            return
        }
        throw typeError("'\(typeName(container))' object doesn't support item deletion")
    }

    // MARK: - Membership and length

    /// `item in container`.
    public func contains(_ container: Value, _ item: Value) throws(PyException) -> Bool {
        if case .object(let object) = container {
            if object.type.isBuiltin || object.type.lookupWithOwner(names.containsMethod)?.0.isBuiltin == true,
               let result = try builtinContains(object, item) {
                return result
            }
            if let method = object.type.lookup(names.containsMethod) {
                return try isTrue(try call(method, [container, item]))
            }
            if object.type.lookup(names.iterMethod) != nil || object.type.lookup(names.getitem) != nil {
                var found = false
                try forEach(container) { (element: Value) throws(PyException) in
                    if !found, try equals(element, item) { found = true }
                }
                return found
            }
        }
        throw typeError("argument of type '\(typeName(container))' is not iterable")
    }

    func builtinContains(_ object: PyObject, _ item: Value) throws(PyException) -> Bool? {
        switch object.kind {
        case .str:
            guard let needle = item.asString else {
                throw typeError("'in <string>' requires string as left operand, not \(typeName(item))")
            }
            let haystack = unsafeDowncast(object, to: PyStr.self).value
            return needle.value.isEmpty || haystack.utf8.firstRange(of: needle.value.utf8) != nil
        case .list:
            for element in unsafeDowncast(object, to: PyList.self).items where try equals(element, item) { return true }
            return false
        case .tuple:
            for element in unsafeDowncast(object, to: PyTuple.self).items where try equals(element, item) { return true }
            return false
        case .dict:
            return try unsafeDowncast(object, to: PyDict.self).lookup(item, self) != nil
        case .set, .frozenset:
            return try unsafeDowncast(object, to: PySet.self).contains(item, self)
        case .range:
            let range = unsafeDowncast(object, to: PyRange.self)
            if let big = range.big {
                if Integers.integer(item) == nil, case .float = item {} else if Integers.integer(item) == nil { return nil }
                return bigRangeIndex(big, item) != nil
            }
            guard case .int(let number) = item else {
                if case .float(let number) = item, number == number.rounded(), let whole = Int(exactly: number) {
                    return try builtinContains(object, .int(whole))
                }
                return nil
            }
            if range.step > 0 ? (number < range.start || number >= range.stop) : (number > range.start || number <= range.stop) {
                return false
            }
            let offset = range.step > 0 ? UInt(bitPattern: number &- range.start) : UInt(bitPattern: range.start &- number)
            return offset % range.step.magnitude == 0
        case .dictView:
            let view = unsafeDowncast(object, to: PyDictView.self)
            switch view.variant {
            case .keys: return try view.dict.lookup(item, self) != nil
            case .values:
                for value in view.dict.values where try equals(value, item) { return true }
                return false
            case .items:
                guard case .object(let pairObject) = item, pairObject.kind == .tuple else { return false }
                let pair = unsafeDowncast(pairObject, to: PyTuple.self).items
                guard pair.count == 2, let value = try view.dict.lookup(pair[0], self) else { return false }
                return try equals(value, pair[1])
            }
        case .bytes:
            if let number = Integers.integer(item), case .small(let byte) = number {
                return unsafeDowncast(object, to: PyBytes.self).bytes.contains(UInt8(truncatingIfNeeded: byte))
            }
            return nil
        default:
            return nil
        }
    }

    /// `len(value)`.
    public func length(_ value: Value) throws(PyException) -> Int {
        if case .object(let object) = value {
            if object.type.isBuiltin || object.type.lookupWithOwner(names.lenMethod)?.0.isBuiltin == true {
                switch object.kind {
                case .str: return unsafeDowncast(object, to: PyStr.self).count
                case .list: return unsafeDowncast(object, to: PyList.self).items.count
                case .tuple: return unsafeDowncast(object, to: PyTuple.self).items.count
                case .dict: return unsafeDowncast(object, to: PyDict.self).count
                case .set, .frozenset: return unsafeDowncast(object, to: PySet.self).count
                case .range:
                    let range = unsafeDowncast(object, to: PyRange.self)
                    if let big = range.big { return try bigRangeLength(big) }
                    return range.count
                case .bytes: return unsafeDowncast(object, to: PyBytes.self).bytes.count
                case .dictView: return unsafeDowncast(object, to: PyDictView.self).dict.count
                default: break
                }
            }
            if let method = object.type.lookup(names.lenMethod) {
                let result = try call(method, [value])
                guard let integer = Integers.integer(result), case .small(let count) = integer else {
                    throw typeError("'\(typeName(result))' object cannot be interpreted as an integer")
                }
                if count < 0 { throw valueError("__len__() should return >= 0") }
                return count
            }
        }
        throw typeError("object of type '\(typeName(value))' has no len()")
    }
}
