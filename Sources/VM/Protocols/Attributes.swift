/// Attribute access: `obj.name`, with descriptors (functions, properties, class and static
/// methods), instance dicts, `__getattr__`, and the special attributes of builtin objects.
extension VM {
    // MARK: - Reading

    /// `getattr(object, name)`.
    public func getAttribute(_ object: Value, _ name: PyStr) throws(PyException) -> Value {
        if let value = try lookupAttribute(object, name) { return value }
        throw attributeError(object, name.value)
    }

    /// `getattr(object, name, None)`-style lookup: nil instead of AttributeError.
    public func lookupAttribute(_ object: Value, _ name: PyStr) throws(PyException) -> Value? {
        guard case .object(let heap) = object else { return try primitiveAttribute(object, name) }
        if heap.kind == .type { return try typeAttribute(unsafeDowncast(heap, to: PyType.self), name) }
        if heap.kind == .module {
            if let value = unsafeDowncast(heap, to: PyModule.self).dict.lookup(string: name) { return value }
            return try specialAttribute(heap, name.value)
        }
        if heap.kind == .superProxy { return try superAttribute(unsafeDowncast(heap, to: PySuper.self), name) }
        let type = heap.type
        if !type.isBuiltin, let getattribute = slots(type).customGetattribute {
            do throws(PyException) {
                return try call(getattribute, [object, .object(name)])
            } catch {
                guard error.object.type.isSubtype(of: BuiltinTypes.shared.exception("AttributeError")),
                      let getattr = slots(type).getattr else { throw error }
                return try call(getattr, [object, .object(name)])
            }
        }
        return try genericAttribute(heap, name)
    }

    /// object.__getattribute__: data descriptors, then the instance dict, then other class attributes,
    /// then `__getattr__`.
    func genericAttribute(_ heap: PyObject, _ name: PyStr) throws(PyException) -> Value? {
        let object = Value.object(heap)
        let type = heap.type
        let descriptor = type.lookup(name)
        if let descriptor, let value = try dataDescriptorGet(descriptor, object, type) { return value }
        if heap.kind == .instance {
            if let value = unsafeDowncast(heap, to: PyInstance.self).attribute(name) { return value }
        } else if let dict = heap.attributes, let value = dict.lookup(string: name) {
            return value
        }
        if let descriptor { return try bind(descriptor, to: object, type: type) }
        if let value = try specialAttribute(heap, name.value) { return value }
        if !type.isBuiltin, let getattr = slots(type).getattr {
            return try call(getattr, [object, .object(name)])
        }
        return nil
    }

    /// Runs a lookup that may raise AttributeError, turning that into nil.
    func catchingAttributeError(_ body: () throws(PyException) -> Value) throws(PyException) -> Value? {
        do throws(PyException) {
            return try body()
        } catch {
            if error.object.type.isSubtype(of: BuiltinTypes.shared.exception("AttributeError")) { return nil }
            throw error
        }
    }

    /// The value of a data descriptor (a property, or an object whose type defines `__set__` or
    /// `__delete__`), or nil when `descriptor` is not one.
    func dataDescriptorGet(_ descriptor: Value, _ object: Value, _ type: PyType) throws(PyException) -> Value? {
        guard case .object(let attribute) = descriptor else { return nil }
        if attribute.kind == .property {
            let property = unsafeDowncast(attribute, to: PyDescriptor.self)
            if property.getter.isNone {
                throw raise("AttributeError", "property '\(property.name ?? "?")' of '\(typeName(object))' object has no getter")
            }
            return try call(property.getter, [object])
        }
        if attribute.kind == .instance, !attribute.type.isBuiltin,
           attribute.type.lookup(names.setMethod) != nil || attribute.type.lookup(names.deleteMethod) != nil {
            if let get = attribute.type.lookup(names.getMethod) {
                return try call(get, [descriptor, object, .object(type)])
            }
            return descriptor
        }
        return nil
    }

    /// Binds a class attribute found for an instance: functions become bound methods.
    func bind(_ descriptor: Value, to object: Value, type: PyType) throws(PyException) -> Value {
        guard case .object(let attribute) = descriptor else { return descriptor }
        switch attribute.kind {
        case .function:
            return .object(PyBoundMethod(function: descriptor, receiver: object))
        case .nativeFunction:
            let native = unsafeDowncast(attribute, to: PyNativeFunction.self)
            if native.isClassMethod { return .object(PyBoundMethod(function: descriptor, receiver: .object(type))) }
            return native.isMethod ? .object(PyBoundMethod(function: descriptor, receiver: object)) : descriptor
        case .classMethod:
            return .object(PyBoundMethod(function: unsafeDowncast(attribute, to: PyDescriptor.self).getter, receiver: .object(type)))
        case .staticMethod:
            return unsafeDowncast(attribute, to: PyDescriptor.self).getter
        case .instance:
            if !attribute.type.isBuiltin, let get = attribute.type.lookup(names.getMethod) {
                return try call(get, [descriptor, object, .object(type)])
            }
            return descriptor
        default:
            return descriptor
        }
    }

    /// `Class.name`: the class's MRO, then the metatype, then special attributes.
    func typeAttribute(_ type: PyType, _ name: PyStr) throws(PyException) -> Value? {
        if let value = type.lookup(name) {
            guard case .object(let attribute) = value else { return value }
            switch attribute.kind {
            case .classMethod:
                return .object(PyBoundMethod(function: unsafeDowncast(attribute, to: PyDescriptor.self).getter, receiver: .object(type)))
            case .staticMethod:
                return unsafeDowncast(attribute, to: PyDescriptor.self).getter
            case .nativeFunction where unsafeDowncast(attribute, to: PyNativeFunction.self).isClassMethod:
                return .object(PyBoundMethod(function: value, receiver: .object(type)))
            case .instance where !attribute.type.isBuiltin:
                if let get = attribute.type.lookup(names.getMethod) { return try call(get, [value, .none, .object(type)]) }
                return value
            default:
                return value
            }
        }
        if let value = try specialAttribute(type, name.value) { return value }
        if type.type !== BuiltinTypes.shared.type, let value = type.type.lookup(name) {
            return try bind(value, to: .object(type), type: type.type)
        }
        if let value = BuiltinTypes.shared.type.lookup(name) {
            return try bind(value, to: .object(type), type: BuiltinTypes.shared.type)
        }
        return nil
    }

    /// `super().name`: the MRO of the receiver's type after `startAfter`.
    func superAttribute(_ proxy: PySuper, _ name: PyStr) throws(PyException) -> Value? {
        let mro = proxy.receiverType.mro
        var index = 0
        while index < mro.count && mro[index] !== proxy.startAfter { index += 1 }
        index += 1
        while index < mro.count {
            if let value = mro[index].dict.lookup(string: name) {
                if case .object(let receiverObject) = proxy.receiver, receiverObject.kind == .type,
                   proxy.receiverType === unsafeDowncast(receiverObject, to: PyType.self) {
                    // super() in a class method: bind class methods to the class, leave functions unbound.
                    if case .object(let attribute) = value, attribute.kind == .classMethod {
                        return .object(PyBoundMethod(function: unsafeDowncast(attribute, to: PyDescriptor.self).getter, receiver: proxy.receiver))
                    }
                    if case .object(let attribute) = value, attribute.kind == .staticMethod {
                        return unsafeDowncast(attribute, to: PyDescriptor.self).getter
                    }
                    return value
                }
                if let data = try dataDescriptorGet(value, proxy.receiver, proxy.receiverType) { return data }
                return try bind(value, to: proxy.receiver, type: proxy.receiverType)
            }
            index += 1
        }
        if name.value == "__class__" { return .object(BuiltinTypes.shared.superType) }
        return nil
    }

    /// Attributes of None, bools, ints and floats: their type's methods and a few properties.
    func primitiveAttribute(_ value: Value, _ name: PyStr) throws(PyException) -> Value? {
        let type = typeOf(value)
        if let descriptor = type.lookup(name) {
            if let data = try dataDescriptorGet(descriptor, value, type) { return data }
            return try bind(descriptor, to: value, type: type)
        }
        switch name.value {
        case "__class__": return .object(type)
        case "real":
            if case .float = value { return value }
            return Integers.integer(value).map { Integers.value($0.big) }
        case "imag":
            if case .float = value { return .float(0) }
            return Integers.integer(value) != nil ? .int(0) : nil
        case "numerator": return Integers.integer(value) != nil ? (try unary(.positive, value)) : nil
        case "denominator": return Integers.integer(value) != nil ? .int(1) : nil
        default: return nil
        }
    }

    // MARK: - Cached loads

    /// `obj.name` with a per-instruction cache: for an instance whose shape was seen before, the
    /// value is read by index.
    @inline(__always)
    func loadAttributeCached(_ object: Value, _ name: PyStr, cache: UnsafeMutablePointer<AttributeCacheEntry>) throws(PyException) -> Value {
        if case .object(let heap) = object, heap.kind == .instance {
            let instance = unsafeDowncast(heap, to: PyInstance.self)
            if instance.shapeKey != 0, instance.shapeKey == cache.pointee.shapeKey, cache.pointee.epoch == BuiltinTypes.typeEpoch {
                return instance.value(at: Int(cache.pointee.entry))
            }
            return try loadInstanceAttributeSlow(instance, name, cache: cache)
        }
        return try getAttribute(object, name)
    }

    @inline(never)
    func loadInstanceAttributeSlow(_ instance: PyInstance, _ name: PyStr,
                                   cache: UnsafeMutablePointer<AttributeCacheEntry>) throws(PyException) -> Value {
        let type = instance.type
        if slots(type).customGetattribute == nil, let shape = instance.shape, let position = shape.index(of: name),
           !hasDataDescriptor(type, name) {
            cache.pointee.shapeKey = cacheKey(shape)
            cache.pointee.epoch = BuiltinTypes.typeEpoch
            cache.pointee.entry = Int32(position)
            return instance.value(at: position)
        }
        return try getAttribute(.object(instance), name)
    }

    /// Whether the class defines `name` as a data descriptor (which wins over instance attributes).
    func hasDataDescriptor(_ type: PyType, _ name: PyStr) -> Bool {
        guard let descriptor = type.lookup(name), case .object(let attribute) = descriptor else { return false }
        return attribute.kind == .property || (attribute.kind == .instance && !attribute.type.isBuiltin
            && (attribute.type.lookup(names.setMethod) != nil || attribute.type.lookup(names.deleteMethod) != nil))
    }

    /// `loadMethod`: for `obj.name(...)`, puts the plain function and `obj` in two registers when
    /// the attribute is a method (no bound-method object is made), else the attribute and an empty slot.
    @inline(__always)
    func loadMethod(_ object: Value, _ name: PyStr, into slots: UnsafeMutablePointer<Value>,
                    cache: UnsafeMutablePointer<AttributeCacheEntry>) throws(PyException) {
        if case .object(let heap) = object, cache.pointee.typeKey == cacheKey(heap.type), cache.pointee.epoch == BuiltinTypes.typeEpoch {
            if heap.kind != .instance {
                slots[0] = cache.pointee.value
                slots[1] = object
                return
            }
            let instance = unsafeDowncast(heap, to: PyInstance.self)
            if let shape = instance.shape, instance.shapeKey == cache.pointee.shapeKey || shape.index(of: name) == nil {
                cache.pointee.shapeKey = instance.shapeKey
                slots[0] = cache.pointee.value
                slots[1] = object
                return
            }
        }
        try loadMethodSlow(object, name, into: slots, cache: cache)
    }

    @inline(never)
    func loadMethodSlow(_ object: Value, _ name: PyStr, into slots: UnsafeMutablePointer<Value>,
                        cache: UnsafeMutablePointer<AttributeCacheEntry>) throws(PyException) {
        let type = typeOf(object)
        let plainLookup: Bool
        switch object {
        case .object(let heap):
            plainLookup = heap.kind != .type && heap.kind != .module && heap.kind != .superProxy
                && (type.isBuiltin || self.slots(type).customGetattribute == nil)
        default:
            plainLookup = true
        }
        if plainLookup, let descriptor = type.lookup(name), case .object(let attribute) = descriptor {
            let isMethod = attribute.kind == .function
                || (attribute.kind == .nativeFunction && unsafeDowncast(attribute, to: PyNativeFunction.self).isMethod)
            let shadowed: Bool
            if case .object(let heap) = object, heap.kind == .instance {
                shadowed = unsafeDowncast(heap, to: PyInstance.self).attribute(name) != nil
            } else {
                shadowed = object.asObject?.attributes?.lookup(string: name) != nil
            }
            if isMethod && !shadowed {
                slots[0] = descriptor
                slots[1] = object
                if case .object(let heap) = object {
                    cache.pointee.typeKey = cacheKey(heap.type)
                    cache.pointee.epoch = BuiltinTypes.typeEpoch
                    cache.pointee.value = descriptor
                }
                return
            }
        }
        slots[0] = try getAttribute(object, name)
        slots[1] = .undefined
    }

    /// Calls `object.name(*arguments)` from Swift.
    public func callMethod(_ object: Value, _ name: String, _ arguments: [Value]) throws(PyException) -> Value {
        let method = try getAttribute(object, intern(name))
        return try call(method, arguments)
    }

    // MARK: - Writing and deleting

    /// `object.name = value` with a per-instruction cache: for an instance whose shape was seen
    /// before, the value is written by index (or appended, moving the instance to the next shape).
    @inline(__always)
    func storeAttributeCached(_ object: Value, _ name: PyStr, _ value: Value,
                              cache: UnsafeMutablePointer<AttributeCacheEntry>) throws(PyException) {
        if case .object(let heap) = object, heap.kind == .instance {
            let instance = unsafeDowncast(heap, to: PyInstance.self)
            if instance.shapeKey != 0, instance.shapeKey == cache.pointee.shapeKey, cache.pointee.epoch == BuiltinTypes.typeEpoch {
                if let next = cache.pointee.nextShape {
                    instance.shape = next
                    instance.appendValue(value)
                } else {
                    instance.setValue(value, at: Int(cache.pointee.entry))
                }
                return
            }
        }
        try storeAttributeSlow(object, name, value, cache: cache)
    }

    @inline(never)
    func storeAttributeSlow(_ object: Value, _ name: PyStr, _ value: Value,
                            cache: UnsafeMutablePointer<AttributeCacheEntry>) throws(PyException) {
        guard case .object(let heap) = object, heap.kind == .instance else {
            try setAttribute(object, name, value)
            return
        }
        let instance = unsafeDowncast(heap, to: PyInstance.self)
        let type = instance.type
        let before = instance.shape
        try setAttribute(object, name, value)
        guard let before, slots(type).customSetattr == nil, !hasDataDescriptor(type, name),
              let after = instance.shape else { return }
        cache.pointee.shapeKey = cacheKey(before)
        cache.pointee.epoch = BuiltinTypes.typeEpoch
        if after === before {
            cache.pointee.nextShape = nil
            cache.pointee.entry = Int32(after.index(of: name) ?? 0)
        } else {
            cache.pointee.nextShape = after
        }
    }

    /// `object.name = value`.
    public func setAttribute(_ object: Value, _ name: PyStr, _ value: Value) throws(PyException) {
        guard case .object(let heap) = object else {
            throw raise("AttributeError", "'\(typeName(object))' object has no attribute '\(name.value)'")
        }
        let type = heap.type
        if !type.isBuiltin, let setattr = slots(type).customSetattr {
            _ = try call(setattr, [object, .object(name), value])
            return
        }
        try genericSetAttribute(heap, name, value)
    }

    /// object.__setattr__: data descriptors, then the instance dict.
    func genericSetAttribute(_ heap: PyObject, _ name: PyStr, _ value: Value) throws(PyException) {
        let object = Value.object(heap)
        if heap.kind == .type {
            let type = unsafeDowncast(heap, to: PyType.self)
            if type.isBuiltin { throw typeError("cannot set '\(name.value)' attribute of immutable type '\(type.name)'") }
            try setTypeAttribute(type, name, value)
            return
        }
        if let descriptor = heap.type.lookup(name), case .object(let attribute) = descriptor {
            if attribute.kind == .property {
                let property = unsafeDowncast(attribute, to: PyDescriptor.self)
                if property.setter.isNone {
                    throw raise("AttributeError", "property '\(property.name ?? name.value)' of '\(heap.type.name)' object has no setter")
                }
                _ = try call(property.setter, [object, value])
                return
            }
            if attribute.kind == .instance, !attribute.type.isBuiltin, let set = attribute.type.lookup(names.setMethod) {
                _ = try call(set, [descriptor, object, value])
                return
            }
        }
        if heap.kind == .exception {
            if try setExceptionAttribute(unsafeDowncast(heap, to: PyExceptionObject.self), name.value, value) { return }
        }
        if heap.kind == .instance {
            // Bare `object()` instances have no __dict__ (and their shape is shared by every VM).
            guard heap.type !== BuiltinTypes.shared.object else {
                throw raise("AttributeError", "'object' object has no attribute '\(name.value)'")
            }
            unsafeDowncast(heap, to: PyInstance.self).setAttribute(name, value)
            return
        }
        if let dict = heap.attributes {
            dict.store(string: name, value)
            return
        }
        if heap.kind == .function {
            let function = unsafeDowncast(heap, to: PyFunction.self)
            switch name.value {
            case "__name__": function.name = value.asString?.value ?? function.name
            case "__qualname__": function.qualifiedName = value.asString?.value ?? function.qualifiedName
            case "__doc__": function.doc = value
            case "__module__": function.module = value
            case "__defaults__":
                function.defaults = (value.asObject as? PyTuple)?.items ?? []
            default:
                if function.functionAttributes == nil { function.functionAttributes = PyDict() }
                function.functionAttributes!.store(string: name, value)
            }
            return
        }
        if heap.kind == .exception {
            if try setExceptionAttribute(unsafeDowncast(heap, to: PyExceptionObject.self), name.value, value) { return }
        }
        if heap.kind == .property, name.value == "__doc__" {
            unsafeDowncast(heap, to: PyDescriptor.self).doc = value
            return
        }
        throw raise("AttributeError", "'\(heap.type.name)' object has no attribute '\(name.value)'")
    }

    func setTypeAttribute(_ type: PyType, _ name: PyStr, _ value: Value) throws(PyException) {
        switch name.value {
        case "__name__": type.name = value.asString?.value ?? type.name
        case "__qualname__": type.qualifiedName = value.asString?.value ?? type.qualifiedName
        case "__module__": type.moduleName = value.asString?.value ?? type.moduleName
        default: type.dict.store(string: name, value)
        }
        type.invalidate()
    }

    /// `del object.name`.
    public func deleteAttribute(_ object: Value, _ name: PyStr) throws(PyException) {
        guard case .object(let heap) = object else { throw attributeError(object, name.value) }
        let type = heap.type
        if !type.isBuiltin, let delattr = slots(type).customDelattr {
            _ = try call(delattr, [object, .object(name)])
            return
        }
        if heap.kind == .type {
            let classType = unsafeDowncast(heap, to: PyType.self)
            if classType.isBuiltin { throw typeError("cannot delete '\(name.value)' attribute of immutable type '\(classType.name)'") }
            guard try classType.dict.remove(.object(name), self) != nil else { throw attributeError(object, name.value) }
            classType.invalidate()
            return
        }
        if let descriptor = type.lookup(name), case .object(let attribute) = descriptor, attribute.kind == .property {
            let property = unsafeDowncast(attribute, to: PyDescriptor.self)
            if property.deleter.isNone {
                throw raise("AttributeError", "property '\(property.name ?? name.value)' of '\(type.name)' object has no deleter")
            }
            _ = try call(property.deleter, [object])
            return
        }
        if heap.kind == .instance {
            if try unsafeDowncast(heap, to: PyInstance.self).removeAttribute(name, self) { return }
        } else if let dict = heap.attributes ?? (heap as? PyFunction)?.functionAttributes, try dict.remove(.object(name), self) != nil {
            return
        }
        throw attributeError(object, name.value)
    }
}
