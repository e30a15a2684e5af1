import Tensor
import VM

/// `_torch`'s gradients: requires_grad, .grad, backward and the no-grad switch.
extension TorchModule {
    static func installAutograd(_ vm: VM, _ c: TorchContext, _ module: PyModule) {
        define(vm, module, "set_requires_grad", 2) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let t = try c.tensor(args[0])
            let flag = try vm.isTrue(args[1])
            _ = try c.run { () throws(TensorError) -> Tensor in try t.requiresGrad_(flag) }
            return args[0]
        }
        define(vm, module, "grad", 1) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            guard let grad = try c.tensor(args[0]).grad else { return .none }
            return c.wrap(grad)
        }
        define(vm, module, "set_grad", 2) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try c.tensor(args[0]).grad = try c.optionalTensor(args[1])
            return .none
        }
        define(vm, module, "backward", 2) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let t = try c.tensor(args[0]), gradient = try c.optionalTensor(args[1])
            try c.run { () throws(TensorError) in try t.backward(gradient: gradient) }
            return .none
        }
        define(vm, module, "grad_enabled", 0) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            .bool(Autograd.isEnabled)
        }
        define(vm, module, "set_grad_enabled", 1) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let previous = Autograd.isEnabled
            Autograd.setEnabled(try vm.isTrue(args[0]))
            return .bool(previous)
        }
        define(vm, module, "inplace", 3) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // inplace(op, t, other): add_, sub_, mul_, copy_, zero_, fill_
            let op = try vm.str(args[0])
            let t = try c.tensor(args[1])
            let other = args[2]
            try c.run { () throws(TensorError) in
                switch op {
                case "zero_": _ = try t.zero_()
                case "fill_": _ = try t.fill_(c.number(other) ?? 0)
                case "mul_":
                    if let s = c.number(other) { _ = try t.mul_(s) }
                    else if let h = other.asObject as? PyTensorHandle { _ = try t.copy_(try t.mul(h.tensor)) }
                case "add_", "sub_":
                    let sign: Double = op == "add_" ? 1 : -1
                    if let s = c.number(other) { _ = try t.add_(Tensor(scalar: s, dtype: t.dtype), alpha: sign) }
                    else if let h = other.asObject as? PyTensorHandle { _ = try t.add_(h.tensor, alpha: sign) }
                case "copy_":
                    if let h = other.asObject as? PyTensorHandle { _ = try t.copy_(h.tensor) }
                default: throw TensorError("unknown in-place operation \(op)", kind: .value)
                }
            }
            return args[1]
        }
    }
}
