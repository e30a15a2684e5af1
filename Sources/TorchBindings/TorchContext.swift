import Tensor
import VM

/// One interpreter's view of the tensor engine: the native classes of tensor and optimizer handles,
/// and the conversions of errors and values between the engine and the language.
final class TorchContext {
    let vm: VM
    let tensorType: PyType
    let optimizerType: PyType

    init(vm: VM) {
        self.vm = vm
        func makeType(_ name: String) -> PyType { vm.nativeHandleType(name, module: "torch") }
        tensorType = makeType("_T")
        optimizerType = makeType("_Optimizer")
    }

    func wrap(_ tensor: Tensor) -> Value { .object(PyTensorHandle(tensor, type: tensorType)) }

    func tensor(_ value: Value) throws(PyException) -> Tensor {
        guard let handle = value.asObject as? PyTensorHandle else {
            throw vm.typeError("expected a Tensor, got \(value.asObject?.type.name ?? "a number")")
        }
        return handle.tensor
    }

    func optionalTensor(_ value: Value) throws(PyException) -> Tensor? { value.isNone ? nil : try tensor(value) }

    func tensors(_ value: Value) throws(PyException) -> [Tensor] {
        try vm.collect(value).map { (item: Value) throws(PyException) -> Tensor in try tensor(item) }
    }

    func ints(_ value: Value) throws(PyException) -> [Int] {
        try vm.collect(value).map { (item: Value) throws(PyException) -> Int in try vm.integerArgument(item) }
    }

    func dtype(_ value: Value) throws(PyException) -> DType? {
        guard !value.isNone else { return nil }
        switch try vm.str(value) {
        case "float32", "float": return .float32
        case "float64", "double": return .float64
        case "int64", "long": return .int64
        case let other: throw vm.typeError("unsupported dtype \(other) (float32, float64 and int64 are supported)")
        }
    }

    static func name(_ dtype: DType) -> String {
        switch dtype {
        case .float32: "float32"
        case .float64: "float64"
        case .int64: "int64"
        }
    }

    /// Runs engine code, turning its errors into the language's exceptions.
    func run<T>(_ body: () throws(TensorError) -> T) throws(PyException) -> T {
        do {
            return try body()
        } catch {
            switch error.kind {
            case .runtime: throw vm.raise("RuntimeError", error.message)
            case .index: throw vm.raise("IndexError", error.message)
            case .value: throw vm.raise("ValueError", error.message)
            }
        }
    }

    /// A number of the language as a Double, or nil when `value` is not one.
    func number(_ value: Value) -> Double? {
        switch value {
        case .int(let i): Double(i)
        case .float(let d): d
        case .bool(let b): b ? 1 : 0
        default: nil
        }
    }

    /// The element of a tensor as the language's number.
    func scalar(_ value: Double, _ dtype: DType) -> Value {
        dtype == .int64 ? .int(Int(value)) : .float(value)
    }
}

/// A tensor handle in the language.
final class PyTensorHandle: PyObject {
    let tensor: Tensor
    init(_ tensor: Tensor, type: PyType) {
        self.tensor = tensor
        super.init(kind: .native, type: type)
    }
}

/// An optimizer handle: the engine's optimizer and the parameters it updates.
final class PyOptimizerHandle: PyObject {
    let optimizer: any Optimizer
    let parameters: [Tensor]
    init(_ optimizer: any Optimizer, parameters: [Tensor], type: PyType) {
        self.optimizer = optimizer
        self.parameters = parameters
        super.init(kind: .native, type: type)
    }
}
