/// The names the VM looks up on hot paths, interned once per VM so lookups compare by identity.
public struct SpecialNames {
    /// `__getitem__`
    public let getitem: PyStr
    /// `__index__`
    public let indexMethod: PyStr
    /// `__next__`
    public let nextMethod: PyStr
    /// `__len__`
    public let lenMethod: PyStr
    /// `__hash__`
    public let hashMethod: PyStr
    /// `__getattribute__`
    public let getattribute: PyStr
    /// `__get__`
    public let getMethod: PyStr
    /// `__setitem__`
    public let setitem: PyStr
    /// `__set__`
    public let setMethod: PyStr
    /// `__new__`
    public let newMethod: PyStr
    /// `__iter__`
    public let iterMethod: PyStr
    /// `__init__`
    public let initMethod: PyStr
    /// `__getattr__`
    public let getattr: PyStr
    /// `__float__`
    public let floatMethod: PyStr
    /// `__delitem__`
    public let delitem: PyStr
    /// `__contains__`
    public let containsMethod: PyStr
    /// `__call__`
    public let callMethod: PyStr
    /// `__str__`
    public let strMethod: PyStr
    /// `__setattr__`
    public let setattr: PyStr
    /// `__set_name__`
    public let setName: PyStr
    /// `__round__`
    public let roundMethod: PyStr
    /// `__reversed__`
    public let reversedMethod: PyStr
    /// `__repr__`
    public let reprMethod: PyStr
    /// `__missing__`
    public let missingMethod: PyStr
    /// `__instancecheck__`
    public let instancecheck: PyStr
    /// `__format__`
    public let formatMethod: PyStr
    /// `__exit__`
    public let exitMethod: PyStr
    /// `__eq__`
    public let eqMethod: PyStr
    /// `__enter__`
    public let enterMethod: PyStr
    /// `__delete__`
    public let deleteMethod: PyStr
    /// `__delattr__`
    public let delattr: PyStr
    /// `__class_getitem__`
    public let classGetitem: PyStr
    /// `__bool__`
    public let boolMethod: PyStr
    /// `__abs__`
    public let absMethod: PyStr
    /// `__int__`
    public let intMethod: PyStr
    /// `__trunc__`
    public let truncMethod: PyStr
    /// `__floor__`
    public let floorMethod: PyStr
    /// `__ceil__`
    public let ceilMethod: PyStr
    /// `__name__`
    public let nameMethod: PyStr
    /// `__module__`
    public let moduleMethod: PyStr
    /// `__qualname__`
    public let qualname: PyStr
    /// `__doc__`
    public let docMethod: PyStr
    /// `__add__`, `__sub__`, ... by binary operator.
    public let binaryForward: [PyStr]
    /// `__radd__`, ... by binary operator.
    public let binaryReflected: [PyStr]
    /// `__iadd__`, ... by binary operator.
    public let binaryInPlace: [PyStr]

    init(_ intern: (String) -> PyStr) {
        getitem = intern("__getitem__")
        indexMethod = intern("__index__")
        nextMethod = intern("__next__")
        lenMethod = intern("__len__")
        hashMethod = intern("__hash__")
        getattribute = intern("__getattribute__")
        getMethod = intern("__get__")
        setitem = intern("__setitem__")
        setMethod = intern("__set__")
        newMethod = intern("__new__")
        iterMethod = intern("__iter__")
        initMethod = intern("__init__")
        getattr = intern("__getattr__")
        floatMethod = intern("__float__")
        delitem = intern("__delitem__")
        containsMethod = intern("__contains__")
        callMethod = intern("__call__")
        strMethod = intern("__str__")
        setattr = intern("__setattr__")
        setName = intern("__set_name__")
        roundMethod = intern("__round__")
        reversedMethod = intern("__reversed__")
        reprMethod = intern("__repr__")
        missingMethod = intern("__missing__")
        instancecheck = intern("__instancecheck__")
        formatMethod = intern("__format__")
        exitMethod = intern("__exit__")
        eqMethod = intern("__eq__")
        enterMethod = intern("__enter__")
        deleteMethod = intern("__delete__")
        delattr = intern("__delattr__")
        classGetitem = intern("__class_getitem__")
        boolMethod = intern("__bool__")
        absMethod = intern("__abs__")
        intMethod = intern("__int__")
        truncMethod = intern("__trunc__")
        floorMethod = intern("__floor__")
        ceilMethod = intern("__ceil__")
        nameMethod = intern("__name__")
        moduleMethod = intern("__module__")
        qualname = intern("__qualname__")
        docMethod = intern("__doc__")
        let stems = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "matmul", "lshift", "rshift", "and", "or", "xor"]
        binaryForward = stems.map { intern("__\($0)__") }
        binaryReflected = stems.map { intern("__r\($0)__") }
        binaryInPlace = stems.map { intern("__i\($0)__") }
    }
}
