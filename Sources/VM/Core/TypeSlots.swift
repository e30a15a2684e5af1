/// What a class defines for the operations the VM performs on every instance creation and
/// attribute write, looked up along the MRO once and cached until any class changes.
public final class TypeSlots {
    var epoch = -1
    /// `__init__` and whether it is `object.__init__`.
    var initMethod: Value?
    var initIsObject = true
    /// A `__new__` defined in the language (unwrapped from `staticmethod`), if any.
    var userNew: Value?
    /// Whether `__new__` resolves to `object.__new__`.
    var newIsObject = true
    /// `__setattr__`, `__getattribute__` and `__delattr__` when not `object`'s.
    var customSetattr: Value?
    var customGetattribute: Value?
    var customDelattr: Value?
    /// `__getattr__`.
    var getattr: Value?
}

extension VM {
    /// The cached slots of a class, recomputed after any class changed.
    @inline(__always)
    func slots(_ type: PyType) -> TypeSlots {
        if let cached = type.slotCache, cached.epoch == BuiltinTypes.typeEpoch { return cached }
        return computeSlots(type)
    }

    @inline(never)
    func computeSlots(_ type: PyType) -> TypeSlots {
        let slots = (type.isBuiltin ? nil : type.slotCache) ?? TypeSlots()
        let object = BuiltinTypes.shared.object
        if let (owner, value) = type.lookupWithOwner(names.initMethod) {
            slots.initMethod = value
            slots.initIsObject = owner === object
        } else {
            slots.initMethod = nil
            slots.initIsObject = true
        }
        slots.userNew = nil
        slots.newIsObject = true
        if let (owner, value) = type.lookupWithOwner(names.newMethod) {
            slots.newIsObject = owner === object
            if !owner.isBuiltin {
                if case .object(let function) = value, function.kind == .staticMethod {
                    slots.userNew = unsafeDowncast(function, to: PyDescriptor.self).getter
                } else {
                    slots.userNew = value
                }
            }
        }
        func custom(_ name: PyStr) -> Value? {
            guard let (owner, value) = type.lookupWithOwner(name), owner !== object else { return nil }
            return value
        }
        slots.customSetattr = custom(names.setattr)
        slots.customGetattribute = custom(names.getattribute)
        slots.customDelattr = custom(names.delattr)
        slots.getattr = type.lookup(names.getattr)
        slots.epoch = BuiltinTypes.typeEpoch
        // Builtin types are shared by the VMs of every thread: never write a cache into them.
        if !type.isBuiltin { type.slotCache = slots }
        return slots
    }
}
