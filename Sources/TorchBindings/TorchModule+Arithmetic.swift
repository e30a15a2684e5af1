import Tensor
import VM

/// `_torch`'s elementwise operators, reductions, matrix products and losses.
extension TorchModule {
    static func installArithmetic(_ vm: VM, _ c: TorchContext, _ module: PyModule) {
        define(vm, module, "binary", 3) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let op = try vm.str(args[0])
            return c.wrap(try binary(vm, c, op, args[1], args[2]))
        }
        define(vm, module, "unary", 2) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let op = try vm.str(args[0])
            let t = try c.tensor(args[1])
            switch op {
            case "neg": return c.wrap(t.neg())
            case "exp": return c.wrap(t.exp())
            case "log": return c.wrap(t.log())
            case "sqrt": return c.wrap(t.sqrt())
            case "abs": return c.wrap(t.abs())
            case "sigmoid": return c.wrap(t.sigmoid())
            case "tanh": return c.wrap(t.tanh())
            case "relu": return c.wrap(t.relu())
            case "log_sigmoid": return c.wrap(t.logSigmoid())
            default: throw vm.valueError("unknown operation \(op)")
            }
        }
        define(vm, module, "leaky_relu", 2) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            guard let slope = c.number(args[1]) else { throw vm.typeError("negative_slope must be a number") }
            return c.wrap(try c.tensor(args[0]).leakyRelu(negativeSlope: slope))
        }
        define(vm, module, "clamp", 3) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let t = try c.tensor(args[0])
            let low = c.number(args[1]), high = c.number(args[2])
            return c.wrap(try c.run { () throws(TensorError) -> Tensor in try t.clamp(min: low, max: high) })
        }
        define(vm, module, "where", 3) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let condition = try c.tensor(args[0])
            let a = try operand(vm, c, args[1], like: condition), b = try operand(vm, c, args[2], like: condition)
            return c.wrap(try c.run { () throws(TensorError) -> Tensor in try Tensor.where(condition, a, b) })
        }
        define(vm, module, "reduce", 5) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // reduce(op, t, dim or None or list, keepdim, correction)
            let op = try vm.str(args[0])
            let t = try c.tensor(args[1])
            let keepdim = try vm.isTrue(args[3])
            let correction = args[4].isNone ? 1 : try vm.integerArgument(args[4])
            var dims: [Int]? = nil
            if case .int(let d) = args[2] { dims = [d] } else if !args[2].isNone { dims = try c.ints(args[2]) }
            return try c.run { () throws(TensorError) -> Value in
                switch (op, dims) {
                case ("sum", nil): return c.wrap(t.sum())
                case ("sum", let d?): return c.wrap(try t.sum(dims: d, keepdim: keepdim))
                case ("mean", nil): return c.wrap(try t.mean())
                case ("mean", let d?):
                    var result = t
                    for dim in d.sorted(by: >) { result = try result.mean(dim: dim, keepdim: keepdim) }
                    return c.wrap(result)
                case ("max", nil): return c.wrap(try t.max())
                case ("min", nil): return c.wrap(try t.min())
                case ("max", let d?):
                    let (values, indices) = try t.max(dim: d.first ?? 0, keepdim: keepdim)
                    return .object(PyTuple([c.wrap(values), c.wrap(indices)]))
                case ("min", let d?):
                    let (values, indices) = try t.min(dim: d.first ?? 0, keepdim: keepdim)
                    return .object(PyTuple([c.wrap(values), c.wrap(indices)]))
                case ("argmax", _): return c.wrap(try t.argmax(dim: dims?.first, keepdim: keepdim))
                case ("argmin", _): return c.wrap(try t.argmin(dim: dims?.first, keepdim: keepdim))
                case ("var", nil): return c.wrap(try t.var(correction: correction))
                case ("var", let d?): return c.wrap(try t.var(dim: d.first ?? 0, correction: correction, keepdim: keepdim))
                case ("std", nil): return c.wrap(try t.std(correction: correction))
                case ("std", let d?): return c.wrap(try t.std(dim: d.first ?? 0, correction: correction, keepdim: keepdim))
                default: throw TensorError("unknown reduction \(op)", kind: .value)
                }
            }
        }
        define(vm, module, "matmul", 2) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let a = try c.tensor(args[0]), b = try c.tensor(args[1])
            return c.wrap(try c.run { () throws(TensorError) -> Tensor in try a.matmul(b) })
        }
        define(vm, module, "linear", 3) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let x = try c.tensor(args[0]), w = try c.tensor(args[1]), b = try c.optionalTensor(args[2])
            return c.wrap(try c.run { () throws(TensorError) -> Tensor in try Tensor.linear(x, weight: w, bias: b) })
        }
        define(vm, module, "softmax", 2) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let t = try c.tensor(args[0]), dim = try vm.integerArgument(args[1])
            return c.wrap(try c.run { () throws(TensorError) -> Tensor in try t.softmax(dim: dim) })
        }
        define(vm, module, "log_softmax", 2) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let t = try c.tensor(args[0]), dim = try vm.integerArgument(args[1])
            return c.wrap(try c.run { () throws(TensorError) -> Tensor in try t.logSoftmax(dim: dim) })
        }
        define(vm, module, "loss", 5) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // loss(name, input, target, reduction, option)
            let name = try vm.str(args[0])
            let input = try c.tensor(args[1]), target = try c.tensor(args[2])
            let reductionName = try vm.str(args[3])
            let option = c.number(args[4])
            return c.wrap(try c.run { () throws(TensorError) -> Tensor in
                let reduction = try Reduction(parsing: reductionName)
                switch name {
                case "mse": return try Loss.mse(input, target, reduction: reduction)
                case "l1": return try Loss.l1(input, target, reduction: reduction)
                case "smooth_l1": return try Loss.smoothL1(input, target, reduction: reduction, beta: option ?? 1)
                case "bce": return try Loss.binaryCrossEntropy(input, target, reduction: reduction)
                case "bce_with_logits": return try Loss.binaryCrossEntropyWithLogits(input, target, reduction: reduction)
                case "cross_entropy": return try Loss.crossEntropy(input, target, reduction: reduction)
                case "nll": return try Loss.nll(input, target, reduction: reduction)
                default: throw TensorError("unknown loss \(name)", kind: .value)
                }
            })
        }
    }

    /// `a op b` where either side may be a number.
    static func binary(_ vm: VM, _ c: TorchContext, _ op: String, _ a: Value, _ b: Value) throws(PyException) -> Tensor {
        if let x = a.asObject as? PyTensorHandle, let y = b.asObject as? PyTensorHandle {
            let p = x.tensor, q = y.tensor
            return try c.run { () throws(TensorError) -> Tensor in
                switch op {
                case "add": return try p.add(q)
                case "sub": return try p.sub(q)
                case "mul": return try p.mul(q)
                case "div": return try p.div(q)
                case "pow": return try p.pow(q)
                case "maximum": return try p.maximum(q)
                case "minimum": return try p.minimum(q)
                case "eq": return try p.eq(q)
                case "ne": return try p.ne(q)
                case "lt": return try p.lt(q)
                case "le": return try p.le(q)
                case "gt": return try p.gt(q)
                case "ge": return try p.ge(q)
                default: throw TensorError("unknown operation \(op)", kind: .value)
                }
            }
        }
        if let x = a.asObject as? PyTensorHandle, let s = c.number(b) {
            return try scalarRight(c, op, x.tensor, s)
        }
        if let s = c.number(a), let y = b.asObject as? PyTensorHandle {
            let t = y.tensor
            switch op {
            case "add", "mul", "maximum", "minimum", "eq", "ne": return try scalarRight(c, op, t, s)
            case "sub": return t.rsub(s)
            case "div": return t.rdiv(s)
            case "pow": return t.rpow(s)
            case "lt": return t.gt(s)
            case "le": return t.ge(s)
            case "gt": return t.lt(s)
            case "ge": return t.le(s)
            default: throw vm.valueError("unknown operation \(op)")
            }
        }
        throw vm.typeError("unsupported operand types for \(op): \(a.asObject?.type.name ?? "number") and \(b.asObject?.type.name ?? "number")")
    }

    static func scalarRight(_ c: TorchContext, _ op: String, _ t: Tensor, _ s: Double) throws(PyException) -> Tensor {
        switch op {
        case "add": return t.add(s)
        case "sub": return t.sub(s)
        case "mul": return t.mul(s)
        case "div": return t.div(s)
        case "pow": return t.pow(s)
        case "maximum": return t.maximum(s)
        case "minimum": return t.minimum(s)
        case "eq": return t.eq(s)
        case "ne": return t.ne(s)
        case "lt": return t.lt(s)
        case "le": return t.le(s)
        case "gt": return t.gt(s)
        case "ge": return t.ge(s)
        default: throw c.vm.valueError("unknown operation \(op)")
        }
    }

    /// A tensor operand, or a number made into a 0-d tensor of `like`'s floating type.
    static func operand(_ vm: VM, _ c: TorchContext, _ value: Value, like: Tensor) throws(PyException) -> Tensor {
        if let number = c.number(value) { return Tensor(scalar: number, dtype: like.dtype == .int64 ? .float32 : like.dtype) }
        return try c.tensor(value)
    }
}
