/// Every builtin type and the exception hierarchy, created once per process and never changed by
/// programs (builtin types are immutable), so all VMs share them.
public final class BuiltinTypes: @unchecked Sendable {
    /// The process-wide instance.
    public static let shared = BuiltinTypes()
    /// Bumped whenever any class's attributes change, for attribute inline caches.
    nonisolated(unsafe) public static var typeEpoch = 0

    public let type: PyType, object: PyType, dict: PyType
    public let noneType: PyType, int: PyType, bool: PyType, float: PyType, str: PyType, bytes: PyType
    public let list: PyType, tuple: PyType, set: PyType, frozenset: PyType, range: PyType, slice: PyType
    public let function: PyType, builtinFunction: PyType, method: PyType, module: PyType, cell: PyType
    public let generator: PyType, property: PyType, classMethod: PyType, staticMethod: PyType
    public let superType: PyType, notImplementedType: PyType, ellipsisType: PyType
    public let dictKeys: PyType, dictValues: PyType, dictItems: PyType
    public let listIterator: PyType, tupleIterator: PyType, rangeIterator: PyType, stringIterator: PyType
    public let dictKeyIterator: PyType, dictValueIterator: PyType, dictItemIterator: PyType
    public let setIterator: PyType, listReverseIterator: PyType, callableIterator: PyType
    public let enumerate: PyType, zip: PyType, map: PyType, filter: PyType, reversed: PyType
    public let textFile: PyType, genericIterator: PyType

    /// `NotImplemented`
    public let notImplemented: PySingleton
    /// `Ellipsis`
    public let ellipsis: PySingleton

    /// The exception classes by name (BaseException and every builtin subclass).
    public private(set) var exceptions: [String: PyType] = [:]
    /// Exception class names in creation order (for the builtins module).
    public private(set) var exceptionNames: [String] = []

    private init() {
        // Bootstrap: object, type and dict refer to each other; fix the links once all three exist.
        let objectType = PyType(builtin: "object", layout: .instance, bases: [], metatype: nil, dictType: nil)
        let typeType = PyType(builtin: "type", layout: .type, bases: [objectType], metatype: nil, dictType: nil)
        let dictType = PyType(builtin: "dict", layout: .dict, bases: [objectType], metatype: nil, dictType: nil)
        for bootstrapped in [objectType, typeType, dictType] {
            bootstrapped.type = typeType
            bootstrapped.dict.type = dictType
        }
        object = objectType
        type = typeType
        dict = dictType
        func make(_ name: String, _ layout: ObjectKind, base: PyType? = nil, subclassable: Bool = true) -> PyType {
            let created = PyType(builtin: name, layout: layout, bases: [base ?? objectType], metatype: typeType, dictType: dictType)
            created.isSubclassable = subclassable
            return created
        }
        noneType = make("NoneType", .instance, subclassable: false)
        int = make("int", .long)
        bool = make("bool", .long, base: int, subclassable: false)
        float = make("float", .instance)
        str = make("str", .str)
        bytes = make("bytes", .bytes)
        list = make("list", .list)
        tuple = make("tuple", .tuple)
        set = make("set", .set)
        frozenset = make("frozenset", .frozenset)
        range = make("range", .range, subclassable: false)
        slice = make("slice", .slice, subclassable: false)
        function = make("function", .function, subclassable: false)
        builtinFunction = make("builtin_function_or_method", .nativeFunction, subclassable: false)
        method = make("method", .boundMethod, subclassable: false)
        module = make("module", .module)
        cell = make("cell", .cell, subclassable: false)
        generator = make("generator", .generator, subclassable: false)
        property = make("property", .property)
        classMethod = make("classmethod", .classMethod)
        staticMethod = make("staticmethod", .staticMethod)
        superType = make("super", .superProxy)
        notImplementedType = make("NotImplementedType", .notImplemented, subclassable: false)
        ellipsisType = make("ellipsis", .ellipsis, subclassable: false)
        dictKeys = make("dict_keys", .dictView, subclassable: false)
        dictValues = make("dict_values", .dictView, subclassable: false)
        dictItems = make("dict_items", .dictView, subclassable: false)
        listIterator = make("list_iterator", .iterator, subclassable: false)
        tupleIterator = make("tuple_iterator", .iterator, subclassable: false)
        rangeIterator = make("range_iterator", .iterator, subclassable: false)
        stringIterator = make("str_ascii_iterator", .iterator, subclassable: false)
        dictKeyIterator = make("dict_keyiterator", .iterator, subclassable: false)
        dictValueIterator = make("dict_valueiterator", .iterator, subclassable: false)
        dictItemIterator = make("dict_itemiterator", .iterator, subclassable: false)
        setIterator = make("set_iterator", .iterator, subclassable: false)
        listReverseIterator = make("list_reverseiterator", .iterator, subclassable: false)
        callableIterator = make("callable_iterator", .iterator, subclassable: false)
        enumerate = make("enumerate", .iterator, subclassable: false)
        zip = make("zip", .iterator, subclassable: false)
        map = make("map", .iterator, subclassable: false)
        filter = make("filter", .iterator, subclassable: false)
        reversed = make("reversed", .iterator, subclassable: false)
        genericIterator = make("iterator", .iterator, subclassable: false)
        textFile = make("TextIOWrapper", .file, subclassable: false)
        textFile.moduleName = "_io"
        notImplemented = PySingleton(name: "NotImplemented", kind: .notImplemented, type: notImplementedType)
        ellipsis = PySingleton(name: "Ellipsis", kind: .ellipsis, type: ellipsisType)
        makeExceptionHierarchy()
    }

    /// Creates BaseException and its builtin subclasses, parents before children.
    private func makeExceptionHierarchy() {
        let hierarchy: [(String, String?)] = [
            ("BaseException", nil), ("SystemExit", "BaseException"), ("KeyboardInterrupt", "BaseException"),
            ("GeneratorExit", "BaseException"), ("Exception", "BaseException"),
            ("ArithmeticError", "Exception"), ("ZeroDivisionError", "ArithmeticError"),
            ("OverflowError", "ArithmeticError"), ("FloatingPointError", "ArithmeticError"),
            ("AssertionError", "Exception"), ("AttributeError", "Exception"), ("BufferError", "Exception"),
            ("EOFError", "Exception"), ("ImportError", "Exception"), ("ModuleNotFoundError", "ImportError"),
            ("LookupError", "Exception"), ("IndexError", "LookupError"), ("KeyError", "LookupError"),
            ("MemoryError", "Exception"), ("NameError", "Exception"), ("UnboundLocalError", "NameError"),
            ("OSError", "Exception"), ("FileNotFoundError", "OSError"), ("FileExistsError", "OSError"),
            ("IsADirectoryError", "OSError"), ("NotADirectoryError", "OSError"), ("PermissionError", "OSError"),
            ("TimeoutError", "OSError"), ("InterruptedError", "OSError"), ("BlockingIOError", "OSError"),
            ("ConnectionError", "OSError"), ("ChildProcessError", "OSError"), ("ProcessLookupError", "OSError"),
            ("ReferenceError", "Exception"), ("RuntimeError", "Exception"),
            ("NotImplementedError", "RuntimeError"), ("RecursionError", "RuntimeError"),
            ("StopIteration", "Exception"), ("StopAsyncIteration", "Exception"),
            ("SyntaxError", "Exception"), ("IndentationError", "SyntaxError"), ("TabError", "IndentationError"),
            ("SystemError", "Exception"), ("TypeError", "Exception"), ("ValueError", "Exception"),
            ("UnicodeError", "ValueError"), ("UnicodeDecodeError", "UnicodeError"),
            ("UnicodeEncodeError", "UnicodeError"), ("Warning", "Exception"), ("UserWarning", "Warning"),
            ("DeprecationWarning", "Warning"), ("PendingDeprecationWarning", "Warning"),
            ("RuntimeWarning", "Warning"), ("SyntaxWarning", "Warning"), ("FutureWarning", "Warning"),
            ("ImportWarning", "Warning"), ("UnicodeWarning", "Warning"), ("ResourceWarning", "Warning"),
        ]
        for (name, parent) in hierarchy {
            let base = parent.flatMap { exceptions[$0] } ?? object
            let created = PyType(builtin: name, layout: .exception, bases: [base], metatype: type, dictType: dict)
            exceptions[name] = created
            exceptionNames.append(name)
        }
    }

    /// A builtin exception class by name (one of those created above).
    public func exception(_ name: String) -> PyType {
        exceptions[name] ?? exceptions["Exception"]!
    }
}
