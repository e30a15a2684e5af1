import Columnar
import VM

/// One interpreter's view of the dataframe engine: the native classes of engine handles, and the
/// conversions of errors and values between the engine and the language.
final class SQLContext {
    let vm: VM
    let frameType: PyType
    let exprType: PyType
    let sessionType: PyType

    init(vm: VM) {
        self.vm = vm
        func makeType(_ name: String) -> PyType { vm.nativeHandleType(name, module: "pyspark.sql") }
        frameType = makeType("_Frame")
        exprType = makeType("_Expr")
        sessionType = makeType("_Session")
    }

    // MARK: Handles

    func wrap(_ frame: DataFrame) -> Value { .object(PyFrameHandle(frame, type: frameType)) }
    func wrap(_ expr: Expr) -> Value { .object(PyExprHandle(expr, type: exprType)) }
    func wrap(_ session: SQLSession) -> Value { .object(PySessionHandle(session, type: sessionType)) }

    func frame(_ value: Value) throws(PyException) -> DataFrame {
        guard let handle = value.asObject as? PyFrameHandle else { throw vm.typeError("expected a DataFrame, got \(typeName(value))") }
        return handle.frame
    }

    func expr(_ value: Value) throws(PyException) -> Expr {
        guard let handle = value.asObject as? PyExprHandle else { throw vm.typeError("expected a Column, got \(typeName(value))") }
        return handle.expr
    }

    func exprs(_ value: Value) throws(PyException) -> [Expr] {
        try vm.collect(value).map { (item: Value) throws(PyException) -> Expr in try expr(item) }
    }

    func session(_ value: Value) throws(PyException) -> SQLSession {
        guard let handle = value.asObject as? PySessionHandle else { throw vm.typeError("expected a SparkSession, got \(typeName(value))") }
        return handle.session
    }

    func strings(_ value: Value) throws(PyException) -> [String] {
        try vm.collect(value).map { (item: Value) throws(PyException) -> String in try vm.str(item) }
    }

    func pairs(_ value: Value) throws(PyException) -> [(Value, Value)] {
        try vm.collect(value).map { (item: Value) throws(PyException) -> (Value, Value) in
            let parts = try vm.collect(item)
            guard parts.count == 2 else { throw vm.typeError("expected pairs") }
            return (parts[0], parts[1])
        }
    }

    func typeName(_ value: Value) -> String {
        switch value {
        case .none: "NoneType"
        case .bool: "bool"
        case .int: "int"
        case .float: "float"
        case .object(let o): o.type.name
        case .undefined: "undefined"
        }
    }

    func dataType(_ value: Value) throws(PyException) -> DataType {
        let name = try vm.str(value)
        guard let type = DataType(sparkName: name) else {
            throw vm.valueError("unsupported data type '\(name)' (supported: boolean, int, bigint, float, double, string, date, timestamp, decimal as double)")
        }
        return type
    }

    // MARK: Errors

    /// Runs engine code, turning its errors into the language's exceptions (pyspark.errors).
    func run<T>(_ body: () throws -> T) throws(PyException) -> T {
        do {
            return try body()
        } catch let error as UserFunctionError {
            throw error.exception
        } catch let error as ColumnarError {
            throw exception(for: error)
        } catch let error as PyException {
            throw error
        } catch {
            throw vm.raise("RuntimeError", "\(error)")
        }
    }

    func exception(for error: ColumnarError) -> PyException {
        let className: String
        switch error.kind {
        case .analysis, .type, .pathNotFound: className = "AnalysisException"
        case .parse: className = "ParseException"
        case .argument: className = "IllegalArgumentException"
        case .input, .memory, .cancelled: className = "SparkException"
        }
        do {
            let module = try vm.importModule("pyspark.errors")
            let type = try vm.getAttribute(.object(module), PyStr(className))
            let instance = try vm.call(type, [.string(error.message)])
            if let exception = instance.asObject as? PyExceptionObject { return PyException(exception) }
        } catch {
            return error
        }
        return vm.raise("RuntimeError", error.message)
    }
}

/// An error raised by a user function (udf) inside the engine, carried back to the language.
struct UserFunctionError: Error, @unchecked Sendable {
    let exception: PyException
}

/// A DataFrame handle in the language.
final class PyFrameHandle: PyObject {
    let frame: DataFrame
    init(_ frame: DataFrame, type: PyType) {
        self.frame = frame
        super.init(kind: .native, type: type)
    }
}

/// An expression (Column) handle in the language.
final class PyExprHandle: PyObject {
    let expr: Expr
    init(_ expr: Expr, type: PyType) {
        self.expr = expr
        super.init(kind: .native, type: type)
    }
}

/// A session handle in the language.
final class PySessionHandle: PyObject {
    let session: SQLSession
    init(_ session: SQLSession, type: PyType) {
        self.session = session
        super.init(kind: .native, type: type)
    }
}
