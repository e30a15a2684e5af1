import Tensor
import VM

/// `_torch`'s shape operations and indexing.
extension TorchModule {
    static func installShapes(_ vm: VM, _ c: TorchContext, _ module: PyModule) {
        define(vm, module, "reshape", 2) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let t = try c.tensor(args[0]), shape = try c.ints(args[1])
            return c.wrap(try c.run { () throws(TensorError) -> Tensor in try t.reshape(shape) })
        }
        define(vm, module, "transpose", 3) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let t = try c.tensor(args[0])
            let a = try vm.integerArgument(args[1]), b = try vm.integerArgument(args[2])
            return c.wrap(try c.run { () throws(TensorError) -> Tensor in try t.transpose(a, b) })
        }
        define(vm, module, "permute", 2) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let t = try c.tensor(args[0]), dims = try c.ints(args[1])
            return c.wrap(try c.run { () throws(TensorError) -> Tensor in try t.permute(dims) })
        }
        define(vm, module, "squeeze", 2) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let t = try c.tensor(args[0])
            if args[1].isNone { return c.wrap(t.squeeze()) }
            let dim = try vm.integerArgument(args[1])
            return c.wrap(try c.run { () throws(TensorError) -> Tensor in try t.squeeze(dim: dim) })
        }
        define(vm, module, "unsqueeze", 2) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let t = try c.tensor(args[0]), dim = try vm.integerArgument(args[1])
            return c.wrap(try c.run { () throws(TensorError) -> Tensor in try t.unsqueeze(dim) })
        }
        define(vm, module, "flatten", 3) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let t = try c.tensor(args[0])
            let start = try vm.integerArgument(args[1]), end = try vm.integerArgument(args[2])
            return c.wrap(try c.run { () throws(TensorError) -> Tensor in try t.flatten(startDim: start, endDim: end) })
        }
        define(vm, module, "expand", 2) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let t = try c.tensor(args[0]), shape = try c.ints(args[1])
            return c.wrap(try c.run { () throws(TensorError) -> Tensor in try t.expand(shape) })
        }
        for (name, stacking) in [("cat", false), ("stack", true)] {
            define(vm, module, name, 2) { (vm: VM, args: Arguments) throws(PyException) -> Value in
                let tensors = try c.tensors(args[0]), dim = try vm.integerArgument(args[1])
                return c.wrap(try c.run { () throws(TensorError) -> Tensor in
                    stacking ? try Tensor.stack(tensors, dim: dim) : try Tensor.cat(tensors, dim: dim)
                })
            }
        }
        define(vm, module, "index", 2) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // index(t, [("int", i) | ("slice", start, stop, step) | ("tensor", T)]), one key per dim from 0
            var result = try c.tensor(args[0])
            var dim = 0
            for key in try vm.collect(args[1]) {
                let parts = try vm.collect(key)
                guard let kind = parts.first.map({ (v: Value) -> String in v.asString?.value ?? "" }) else { throw vm.typeError("bad index key") }
                let current = result
                let position = dim
                switch kind {
                case "int" where parts.count == 2:
                    let i = try vm.integerArgument(parts[1])
                    result = try c.run { () throws(TensorError) -> Tensor in try current.select(dim: position, index: i) }
                case "slice" where parts.count == 4:
                    let start: Int? = parts[1].isNone ? nil : try vm.integerArgument(parts[1])
                    let stop: Int? = parts[2].isNone ? nil : try vm.integerArgument(parts[2])
                    let step = parts[3].isNone ? 1 : try vm.integerArgument(parts[3])
                    guard step > 0 else { throw vm.valueError("step must be greater than zero") }
                    result = try c.run { () throws(TensorError) -> Tensor in try current.slice(dim: position, start: start, end: stop, step: step) }
                    dim += 1
                case "tensor" where parts.count == 2:
                    let indices = try c.tensor(parts[1])
                    result = try c.run { () throws(TensorError) -> Tensor in
                        let flat = indices.rank == 1 ? indices : try indices.reshape([-1])
                        var picked = try current.indexSelect(dim: position, indices: flat)
                        if indices.rank != 1 {
                            var shape = Array(current.shape[..<position]) + indices.shape
                            shape += current.shape[(position + 1)...]
                            picked = try picked.reshape(shape)
                        }
                        return picked
                    }
                    dim += max(indices.rank, 1)
                default:
                    throw vm.typeError("bad index key \(kind)")
                }
            }
            return c.wrap(result)
        }
    }
}
