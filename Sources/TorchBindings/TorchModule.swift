import Foundation
import Tensor
import VM

/// The native `_torch` module under the dialect's `torch` package: tensors, autograd, losses,
/// optimizers and serialization of the tensor engine. Functions take positional arguments only;
/// `stdlib/torch` gives them PyTorch's signatures.
public enum TorchModule {
    /// Makes `_torch` importable in `vm`.
    public static func installLazily(in vm: VM) {
        vm.nativeModules["_torch"] = { vm in .success(makeModule(vm, TorchContext(vm: vm))) }
    }

    static func makeModule(_ vm: VM, _ c: TorchContext) -> PyModule {
        vm.nativeModule("_torch") { module in
            installCreation(vm, c, module)
            installArithmetic(vm, c, module)
            installShapes(vm, c, module)
            installAutograd(vm, c, module)
            installTraining(vm, c, module)
        }
    }

    /// Defines `_torch.name` with exactly `arity` positional arguments.
    static func define(_ vm: VM, _ module: PyModule, _ name: String, _ arity: Int,
                       _ body: @escaping (VM, Arguments) throws(PyException) -> Value) {
        vm.function(module, name) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expect(vm, name, arity, arity)
            return try body(vm, args)
        }
    }

    // MARK: Creation and conversion

    static func installCreation(_ vm: VM, _ c: TorchContext, _ module: PyModule) {
        define(vm, module, "tensor", 3) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // tensor(data, dtype, requires_grad)
            let dtype = try c.dtype(args[1])
            var result: Tensor
            if let handle = args[0].asObject as? PyTensorHandle {
                result = handle.tensor.detach().clone().to(dtype ?? handle.tensor.dtype)
            } else {
                var shape: [Int] = []
                var values: [Double] = []
                var allIntegers = true
                try flatten(vm, c, args[0], depth: 0, shape: &shape, values: &values, allIntegers: &allIntegers)
                let type = dtype ?? (allIntegers ? .int64 : .float32)
                result = try c.run { () throws(TensorError) -> Tensor in try Tensor(values, shape: shape, dtype: type) }
            }
            if try vm.isTrue(args[2]) { result = try c.run { () throws(TensorError) -> Tensor in try result.requiresGrad_(true) } }
            return c.wrap(result)
        }
        define(vm, module, "full", 4) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let shape = try c.ints(args[0])
            guard let value = c.number(args[1]) else { throw vm.typeError("full() needs a number") }
            let dtype = try c.dtype(args[2]) ?? .float32
            var result = try c.run { () throws(TensorError) -> Tensor in try Tensor.full(shape, value: value, dtype: dtype) }
            if try vm.isTrue(args[3]) { result = try c.run { () throws(TensorError) -> Tensor in try result.requiresGrad_(true) } }
            return c.wrap(result)
        }
        define(vm, module, "arange", 4) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let bounds = [args[0], args[1], args[2]]
            let numbers = bounds.compactMap { c.number($0) }
            guard numbers.count == 3 else { throw vm.typeError("arange() needs numbers") }
            let integral = bounds.allSatisfy { if case .int = $0 { true } else { false } }
            let dtype = try c.dtype(args[3]) ?? (integral ? .int64 : .float32)
            return c.wrap(try c.run { () throws(TensorError) -> Tensor in try Tensor.arange(numbers[0], numbers[1], step: numbers[2], dtype: dtype) })
        }
        define(vm, module, "linspace", 4) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            guard let start = c.number(args[0]), let end = c.number(args[1]) else { throw vm.typeError("linspace() needs numbers") }
            let steps = try vm.integerArgument(args[2])
            let dtype = try c.dtype(args[3]) ?? .float32
            return c.wrap(try c.run { () throws(TensorError) -> Tensor in try Tensor.linspace(start, end, steps: steps, dtype: dtype) })
        }
        for (name, gaussian) in [("rand", false), ("randn", true)] {
            define(vm, module, name, 3) { (vm: VM, args: Arguments) throws(PyException) -> Value in
                let shape = try c.ints(args[0])
                let dtype = try c.dtype(args[1]) ?? .float32
                var result = try c.run { () throws(TensorError) -> Tensor in
                    gaussian ? try Tensor.randn(shape, dtype: dtype) : try Tensor.rand(shape, dtype: dtype)
                }
                if try vm.isTrue(args[2]) { result = try c.run { () throws(TensorError) -> Tensor in try result.requiresGrad_(true) } }
                return c.wrap(result)
            }
        }
        define(vm, module, "randint", 3) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let low = Int64(try vm.integerArgument(args[0])), high = Int64(try vm.integerArgument(args[1]))
            let shape = try c.ints(args[2])
            return c.wrap(try c.run { () throws(TensorError) -> Tensor in try Tensor.randint(low: low, high: high, shape) })
        }
        define(vm, module, "randperm", 1) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let n = try vm.integerArgument(args[0])
            return c.wrap(try c.run { () throws(TensorError) -> Tensor in try Tensor.randperm(n) })
        }
        define(vm, module, "manual_seed", 1) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            TensorRandom.manualSeed(UInt64(truncatingIfNeeded: try vm.integerArgument(args[0])))
            return .none
        }
        define(vm, module, "info", 1) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let t = try c.tensor(args[0])
            return .object(PyTuple([.object(PyTuple(t.shape.map { .int($0) })), .string(TorchContext.name(t.dtype)),
                                    .bool(t.requiresGrad), .bool(t.isLeaf), .bool(t.gradFn != nil)]))
        }
        define(vm, module, "item", 1) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let t = try c.tensor(args[0])
            if t.dtype == .int64 { return .int(Int(try c.run { () throws(TensorError) -> Int64 in try t.intItem() })) }
            return .float(try c.run { () throws(TensorError) -> Double in try t.item() })
        }
        define(vm, module, "tolist", 1) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let t = try c.tensor(args[0])
            let values = t.toArray()
            func build(_ dim: Int, _ base: Int) -> Value {
                if dim == t.rank { return c.scalar(values[base], t.dtype) }
                let step = t.shape[(dim + 1)...].reduce(1, *)
                return .object(PyList((0 ..< t.shape[dim]).map { build(dim + 1, base + $0 * step) }))
            }
            return build(0, 0)
        }
        define(vm, module, "repr", 1) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            .string(try c.tensor(args[0]).description)
        }
        define(vm, module, "from_float64_bytes", 3) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // from_float64_bytes(bytes, shape, dtype): a tensor copied from native-endian doubles
            guard let bytes = args[0].asObject as? PyBytes else { throw vm.typeError("expected bytes") }
            let shape = try c.ints(args[1])
            let dtype = try c.dtype(args[2]) ?? .float32
            guard bytes.bytes.count % 8 == 0 else { throw vm.valueError("the buffer is not a whole number of doubles") }
            let doubles: [Double] = bytes.bytes.withUnsafeBytes { Array($0.bindMemory(to: Double.self)) }
            let tensor = try c.run { () throws(TensorError) -> Tensor in
                try doubles.withUnsafeBufferPointer { (buffer: UnsafeBufferPointer<Double>) throws(TensorError) -> Tensor in
                    try Tensor(copying: buffer, shape: shape, dtype: dtype)
                }
            }
            return c.wrap(tensor)
        }
        define(vm, module, "to_float64_bytes", 1) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // The tensor's values as native-endian doubles (row-major).
            let values = try c.tensor(args[0]).toArray()
            return .object(PyBytes(values.withUnsafeBytes { [UInt8]($0) }))
        }
        define(vm, module, "to", 2) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let t = try c.tensor(args[0])
            guard let dtype = try c.dtype(args[1]) else { return args[0] }
            return c.wrap(t.to(dtype))
        }
        define(vm, module, "detach", 1) { (vm: VM, args: Arguments) throws(PyException) -> Value in c.wrap(try c.tensor(args[0]).detach()) }
        define(vm, module, "clone", 1) { (vm: VM, args: Arguments) throws(PyException) -> Value in c.wrap(try c.tensor(args[0]).clone()) }
    }

    /// Nested lists (or a number) into a shape and row-major values.
    static func flatten(_ vm: VM, _ c: TorchContext, _ value: Value, depth: Int, shape: inout [Int], values: inout [Double],
                        allIntegers: inout Bool) throws(PyException) {
        if let number = c.number(value) {
            if case .float = value { allIntegers = false }
            guard depth == shape.count else { throw vm.valueError("expected sequence of length \(shape[depth]) at dim \(depth) (got a number)") }
            values.append(number)
            return
        }
        if let handle = value.asObject as? PyTensorHandle, handle.tensor.rank == 0 {
            if handle.tensor.dtype != .int64 { allIntegers = false }
            values.append(handle.tensor.toArray().first ?? 0)
            return
        }
        guard depth < 64 else { throw vm.valueError("too many dimensions") }
        let items = try vm.collect(value)
        if depth == shape.count {
            shape.append(items.count)
        } else if shape[depth] != items.count {
            throw vm.valueError("expected sequence of length \(shape[depth]) at dim \(depth) (got \(items.count))")
        }
        for item in items { try flatten(vm, c, item, depth: depth + 1, shape: &shape, values: &values, allIntegers: &allIntegers) }
    }
}
