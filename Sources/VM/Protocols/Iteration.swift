/// The iteration protocol: `iter()`, `next()`, the `for` loop's step, unpacking, and the helpers
/// natives use to consume iterables.
extension VM {
    // MARK: - iter()

    /// `iter(value)`.
    public func getIterator(_ value: Value) throws(PyException) -> Value {
        guard case .object(let object) = value else { throw notIterable(value) }
        let types = BuiltinTypes.shared
        if object.type.isBuiltin {
            switch object.kind {
            case .list: return .object(PyIterator(variant: .list, source: value, type: types.listIterator))
            case .tuple: return .object(PyIterator(variant: .tuple, source: value, type: types.tupleIterator))
            case .str: return .object(PyIterator(variant: .string, source: value, type: types.stringIterator))
            case .range:
                let range = unsafeDowncast(object, to: PyRange.self)
                if range.big != nil { return .object(bigRangeIterator(range, reversed: false)) }
                return .object(PyIterator(variant: .range, source: .none, type: types.rangeIterator, index: range.start,
                                          limit: range.count, step: range.step))
            case .dict:
                let dict = unsafeDowncast(object, to: PyDict.self)
                return .object(PyIterator(variant: .dictKeys, source: value, type: types.dictKeyIterator, version: dict.count))
            case .dictView:
                let view = unsafeDowncast(object, to: PyDictView.self)
                let variant: PyIterator.Variant = view.variant == .keys ? .dictKeys : view.variant == .values ? .dictValues : .dictItems
                let type = view.variant == .keys ? types.dictKeyIterator : view.variant == .values ? types.dictValueIterator : types.dictItemIterator
                return .object(PyIterator(variant: variant, source: .object(view.dict), type: type, version: view.dict.count))
            case .set, .frozenset:
                let set = unsafeDowncast(object, to: PySet.self)
                return .object(PyIterator(variant: .set, source: value, type: types.setIterator, version: set.count))
            case .iterator, .generator, .file:
                return value
            case .bytes:
                let bytes = unsafeDowncast(object, to: PyBytes.self).bytes
                var position = 0
                return .object(PyIterator(type: types.genericIterator) { _ in
                    guard position < bytes.count else { return nil }
                    position += 1
                    return .int(Int(bytes[position - 1]))
                })
            default:
                break
            }
        }
        if let method = object.type.lookup(names.iterMethod) {
            let iterator = try call(method, [value])
            guard case .object(let result) = iterator,
                  result.kind == .iterator || result.kind == .generator || result.kind == .file
                    || result.type.lookup(names.nextMethod) != nil else {
                throw typeError("iter() returned non-iterator of type '\(typeName(iterator))'")
            }
            return iterator
        }
        if object.kind == .list || object.kind == .tuple || object.kind == .dict || object.kind == .str || object.kind == .set {
            var builtinIterator = object.type
            while !builtinIterator.isBuiltin { builtinIterator = builtinIterator.bases.first ?? BuiltinTypes.shared.object }
            return try getIteratorOfBuiltinBase(object)
        }
        if let getitem = object.type.lookup(names.getitem) {
            var position = 0
            return .object(PyIterator(type: types.genericIterator) { (vm: VM) throws(PyException) -> Value? in
                do throws(PyException) {
                    let item = try vm.call(getitem, [value, .int(position)])
                    position += 1
                    return item
                } catch {
                    if error.object.type.isSubtype(of: BuiltinTypes.shared.exception("IndexError"))
                        || error.object.type.isSubtype(of: BuiltinTypes.shared.exception("StopIteration")) {
                        return nil
                    }
                    throw error
                }
            })
        }
        throw notIterable(value)
    }

    /// The iterator a builtin container subclass gets when it does not override `__iter__`.
    func getIteratorOfBuiltinBase(_ object: PyObject) throws(PyException) -> Value {
        let types = BuiltinTypes.shared
        let value = Value.object(object)
        switch object.kind {
        case .list: return .object(PyIterator(variant: .list, source: value, type: types.listIterator))
        case .tuple: return .object(PyIterator(variant: .tuple, source: value, type: types.tupleIterator))
        case .str: return .object(PyIterator(variant: .string, source: value, type: types.stringIterator))
        case .dict: return .object(PyIterator(variant: .dictKeys, source: value, type: types.dictKeyIterator,
                                              version: unsafeDowncast(object, to: PyDict.self).count))
        default: return .object(PyIterator(variant: .set, source: value, type: types.setIterator,
                                           version: unsafeDowncast(object, to: PySet.self).count))
        }
    }

    @inline(never)
    func notIterable(_ value: Value) -> PyException {
        typeError("'\(typeName(value))' object is not iterable")
    }

    // MARK: - next()

    /// The `for` loop's step: the next item, or nil when the iterator is exhausted.
    @inline(__always)
    func forIterateNext(_ iterator: Value) throws(PyException) -> Value? {
        if case .object(let object) = iterator, object.kind == .iterator {
            let it = unsafeDowncast(object, to: PyIterator.self)
            if it.variant == .range {
                if it.limit <= 0 { return nil }
                let value = it.index
                it.index &+= it.step
                it.limit -= 1
                return .int(value)
            }
            if it.variant == .list, case .object(let source) = it.source {
                let items = unsafeDowncast(source, to: PyList.self).items
                if it.index < items.count {
                    it.index += 1
                    return items[it.index - 1]
                }
                it.index = Int.max
                return nil
            }
        }
        return try next(iterator)
    }

    /// `next(iterator)` without a default: nil when exhausted.
    public func next(_ iterator: Value) throws(PyException) -> Value? {
        guard case .object(let object) = iterator else { throw notIterator(iterator) }
        switch object.kind {
        case .iterator:
            return try nextBuiltin(unsafeDowncast(object, to: PyIterator.self))
        case .generator:
            switch try resume(unsafeDowncast(object, to: PyGenerator.self), sending: .none) {
            case .yielded(let value): return value
            case .returned: return nil
            }
        case .file:
            let line = try unsafeDowncast(object, to: PyFile.self).readLine(self)
            return line.isEmpty ? nil : .string(line)
        default:
            guard let method = object.type.lookup(names.nextMethod) else { throw notIterator(iterator) }
            do throws(PyException) {
                return try call(method, [iterator])
            } catch {
                if error.object.type.isSubtype(of: BuiltinTypes.shared.exception("StopIteration")) { return nil }
                throw error
            }
        }
    }

    @inline(never)
    func notIterator(_ value: Value) -> PyException {
        typeError("'\(typeName(value))' object is not an iterator")
    }

    func nextBuiltin(_ it: PyIterator) throws(PyException) -> Value? {
        switch it.variant {
        case .range:
            if it.limit <= 0 { return nil }
            let value = it.index
            it.index &+= it.step
            it.limit -= 1
            return .int(value)
        case .bigRange:
            return nextBigRangeValue(it)
        case .list:
            let items = unsafeDowncast(it.source.asObject!, to: PyList.self).items
            guard it.index < items.count else { it.index = Int.max; return nil }
            it.index += 1
            return items[it.index - 1]
        case .reversedList:
            let items = unsafeDowncast(it.source.asObject!, to: PyList.self).items
            guard it.index >= 0, it.index < items.count else { it.index = -1; return nil }
            it.index -= 1
            return items[it.index + 1]
        case .tuple:
            let items = unsafeDowncast(it.source.asObject!, to: PyTuple.self).items
            guard it.index < items.count else { return nil }
            it.index += 1
            return items[it.index - 1]
        case .string:
            let text = unsafeDowncast(it.source.asObject!, to: PyStr.self)
            if it.limit == 0 { it.limit = text.count + 1 }
            guard it.index < it.limit - 1 else { return nil }
            it.index += 1
            return .object(character(text.scalar(at: it.index - 1)))
        case .dictKeys, .dictValues, .dictItems:
            let dict = unsafeDowncast(it.source.asObject!, to: PyDict.self)
            if dict.count != it.version {
                it.version = -1
                throw raise("RuntimeError", "dictionary changed size during iteration")
            }
            while it.index < dict.entryCount && dict.key(atEntry: it.index).isUndefined { it.index += 1 }
            guard it.index < dict.entryCount else { return nil }
            let entry = it.index
            it.index += 1
            switch it.variant {
            case .dictKeys: return dict.key(atEntry: entry)
            case .dictValues: return dict.value(atEntry: entry)
            default: return .object(PyTuple([dict.key(atEntry: entry), dict.value(atEntry: entry)]))
            }
        case .set:
            let set = unsafeDowncast(it.source.asObject!, to: PySet.self)
            if set.count != it.version {
                it.version = -1
                throw raise("RuntimeError", "Set changed size during iteration")
            }
            while it.index < set.slotCount && set.key(atSlot: it.index).isUndefined { it.index += 1 }
            guard it.index < set.slotCount else { return nil }
            it.index += 1
            return set.key(atSlot: it.index - 1)
        case .callable:
            let item = try call(it.source, [])
            if try equals(item, it.sentinel) {
                it.nextNative = nil
                return nil
            }
            return item
        case .native:
            guard let step = it.nextNative else { return nil }
            if let item = try step(self) { return item }
            it.nextNative = nil
            return nil
        }
    }

    // MARK: - Consuming iterables

    /// Calls `body` with each item of an iterable.
    public func forEach(_ iterable: Value, _ body: (Value) throws(PyException) -> Void) throws(PyException) {
        if case .object(let object) = iterable, object.type.isBuiltin {
            switch object.kind {
            case .list:
                for item in unsafeDowncast(object, to: PyList.self).items { try body(item) }
                return
            case .tuple:
                for item in unsafeDowncast(object, to: PyTuple.self).items { try body(item) }
                return
            default:
                break
            }
        }
        let iterator = try getIterator(iterable)
        while let item = try next(iterator) { try body(item) }
    }

    /// The items of an iterable as an array.
    public func collect(_ iterable: Value) throws(PyException) -> [Value] {
        if case .object(let object) = iterable, object.type.isBuiltin {
            if object.kind == .list { return Array(unsafeDowncast(object, to: PyList.self).items) }
            if object.kind == .tuple { return Array(unsafeDowncast(object, to: PyTuple.self).items) }
            if object.kind == .range {
                let range = unsafeDowncast(object, to: PyRange.self)
                let count = try range.big.map { (big: BigRange) throws(PyException) -> Int in try bigRangeLength(big) } ?? range.count
                try checkAllocation(count: count, elementSize: MemoryLayout<Value>.stride)
            }
        }
        var items: [Value] = []
        try forEach(iterable) { (item: Value) throws(PyException) in items.append(item) }
        return items
    }

    /// `a, b, c = value`: exactly `count` items into consecutive registers.
    func unpack(_ value: Value, into registers: UnsafeMutablePointer<Value>, count: Int) throws(PyException) {
        if case .object(let object) = value, object.type.isBuiltin, object.kind == .tuple || object.kind == .list {
            let items = object.kind == .tuple ? unsafeDowncast(object, to: PyTuple.self).items : unsafeDowncast(object, to: PyList.self).items
            if items.count == count {
                for index in 0..<count { registers[index] = items[index] }
                return
            }
            if items.count > count { throw valueError("too many values to unpack (expected \(count))") }
            throw valueError("not enough values to unpack (expected \(count), got \(items.count))")
        }
        guard case .object(let object) = value, object.kind != .type || true,
              (try? getIterator(value)) != nil else {
            throw typeError("cannot unpack non-iterable \(typeName(value)) object")
        }
        let iterator = try getIterator(value)
        var received = 0
        while received < count {
            guard let item = try next(iterator) else {
                throw valueError("not enough values to unpack (expected \(count), got \(received))")
            }
            registers[received] = item
            received += 1
        }
        if try next(iterator) != nil { throw valueError("too many values to unpack (expected \(count))") }
    }

    /// `a, *b, c = value`: `before` items, a list of the middle, `after` items.
    func unpackStarred(_ value: Value, into registers: UnsafeMutablePointer<Value>, before: Int, after: Int) throws(PyException) {
        guard (try? getIterator(value)) != nil else {
            throw typeError("cannot unpack non-iterable \(typeName(value)) object")
        }
        let items = try collect(value)
        if items.count < before + after {
            throw valueError("not enough values to unpack (expected at least \(before + after), got \(items.count))")
        }
        for index in 0..<before { registers[index] = items[index] }
        registers[before] = .object(PyList(Array(items[before..<(items.count - after)])))
        for index in 0..<after { registers[before + 1 + index] = items[items.count - after + index] }
    }

    // MARK: - Container updates

    /// `list.extend(iterable)`.
    public func listExtend(_ list: PyList, _ iterable: Value) throws(PyException) {
        if case .object(let object) = iterable, object === list {
            list.items.append(contentsOf: list.items)
            return
        }
        let items = try collect(iterable)
        list.items.append(contentsOf: items)
    }

    /// `dict.update(other)` / `{**other}`: a mapping, or an iterable of key-value pairs.
    public func dictUpdate(_ dict: PyDict, _ other: Value) throws(PyException) {
        if case .object(let object) = other, object.kind == .dict {
            let source = unsafeDowncast(object, to: PyDict.self)
            if source.type.isBuiltin || source.type.lookupWithOwner(intern("keys"))?.0.isBuiltin == true {
                for (key, value) in source.items { try dict.store(key, value, self) }
                return
            }
        }
        if case .object(let object) = other, object.type.lookup(intern("keys")) != nil, object.kind != .list {
            let keys = try callMethod(other, "keys", [])
            try forEach(keys) { (key: Value) throws(PyException) in
                try dict.store(key, try getItem(other, key), self)
            }
            return
        }
        var index = 0
        try forEach(other) { (element: Value) throws(PyException) in
            guard (try? getIterator(element)) != nil else {
                throw typeError("cannot convert dictionary update sequence element #\(index) to a sequence")
            }
            let pair = try collect(element)
            guard pair.count == 2 else {
                throw valueError("dictionary update sequence element #\(index) has length \(pair.count); 2 is required")
            }
            try dict.store(pair[0], pair[1], self)
            index += 1
        }
    }

    /// `f(**mapping)`: merges keyword arguments, rejecting repeated names.
    func dictMerge(_ dict: PyDict, _ other: Value, callee: Value) throws(PyException) {
        let name = functionName(callee, qualified: true)
        guard case .object(let object) = other, object.kind == .dict || object.type.lookup(intern("keys")) != nil else {
            throw typeError("\(name) argument after ** must be a mapping, not \(typeName(other))")
        }
        let source = PyDict()
        try dictUpdate(source, other)
        for (key, value) in source.items {
            guard let keyString = key.asString else { throw typeError("keywords must be strings") }
            if dict.lookup(string: keyString) != nil {
                throw typeError("\(name) got multiple values for keyword argument '\(keyString.value)'")
            }
            dict.store(string: keyString, value)
        }
    }

    /// `name()` of a callable, for error messages; `qualified` prefixes the module of functions
    /// defined in the language, as CPython's call-unpacking errors do.
    func functionName(_ callee: Value, qualified: Bool = false) -> String {
        guard case .object(let object) = callee else { return "function" }
        switch object.kind {
        case .function:
            let function = unsafeDowncast(object, to: PyFunction.self)
            if qualified, let module = function.module.asString?.value, module != "builtins" {
                return "\(module).\(function.qualifiedName)()"
            }
            return function.qualifiedName + "()"
        case .nativeFunction: return unsafeDowncast(object, to: PyNativeFunction.self).qualifiedName + "()"
        case .type: return unsafeDowncast(object, to: PyType.self).name + "()"
        case .boundMethod: return functionName(unsafeDowncast(object, to: PyBoundMethod.self).function, qualified: qualified)
        default: return "\(object.type.name) object"
        }
    }
}
