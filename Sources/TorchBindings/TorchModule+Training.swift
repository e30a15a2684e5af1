import Foundation
import Tensor
import VM

/// `_torch`'s initializers, optimizers and serialization.
extension TorchModule {
    static func installTraining(_ vm: VM, _ c: TorchContext, _ module: PyModule) {
        define(vm, module, "init", 4) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // init(kind, t, a, b)
            let kind = try vm.str(args[0])
            let t = try c.tensor(args[1])
            let a = c.number(args[2]), b = c.number(args[3])
            try c.run { () throws(TensorError) in
                switch kind {
                case "uniform": _ = try Init.uniform_(t, low: a ?? 0, high: b ?? 1)
                case "normal": _ = try Init.normal_(t, mean: a ?? 0, std: b ?? 1)
                case "constant": _ = Init.constant_(t, a ?? 0)
                case "zeros": _ = Init.zeros_(t)
                case "ones": _ = Init.ones_(t)
                case "kaiming_uniform": _ = try Init.kaimingUniform_(t, a: a ?? 0)
                case "xavier_uniform": _ = try Init.xavierUniform_(t, gain: a ?? 1)
                default: throw TensorError("unknown initialisation \(kind)", kind: .value)
                }
            }
            return args[1]
        }
        define(vm, module, "linear_init", 2) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let weight = try c.tensor(args[0]), bias = try c.optionalTensor(args[1])
            try c.run { () throws(TensorError) in try Init.linear_(weight: weight, bias: bias) }
            return .none
        }
        define(vm, module, "optimizer", 3) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // optimizer(kind, params, options)
            let kind = try vm.str(args[0])
            let parameters = try c.tensors(args[1])
            var options: [String: Value] = [:]
            for pair in try vm.collect(try vm.call(try vm.getAttribute(args[2], PyStr("items")), [])) {
                let parts = try vm.collect(pair)
                if parts.count == 2 { options[try vm.str(parts[0])] = parts[1] }
            }
            func number(_ key: String, _ fallback: Double) -> Double { options[key].flatMap { c.number($0) } ?? fallback }
            func flag(_ key: String) throws(PyException) -> Bool { try options[key].map { (v: Value) throws(PyException) -> Bool in try vm.isTrue(v) } ?? false }
            var betas = (0.9, 0.999)
            if let given = options["betas"] {
                let values = try vm.collect(given).compactMap { c.number($0) }
                if values.count == 2 { betas = (values[0], values[1]) }
            }
            let nesterov = try flag("nesterov"), amsgrad = try flag("amsgrad"), centered = try flag("centered")
            let optimizer: any Optimizer = try c.run { () throws(TensorError) -> any Optimizer in
                switch kind {
                case "sgd":
                    return try SGD(learningRate: number("lr", 1e-3), momentum: number("momentum", 0), dampening: number("dampening", 0),
                                   weightDecay: number("weight_decay", 0), nesterov: nesterov)
                case "adam":
                    return try Adam(learningRate: number("lr", 1e-3), betas: betas, eps: number("eps", 1e-8),
                                    weightDecay: number("weight_decay", 0), amsgrad: amsgrad)
                case "adamw":
                    return try Adam.adamW(learningRate: number("lr", 1e-3), betas: betas, eps: number("eps", 1e-8),
                                          weightDecay: number("weight_decay", 1e-2), amsgrad: amsgrad)
                case "rmsprop":
                    return try RMSprop(learningRate: number("lr", 1e-2), alpha: number("alpha", 0.99), eps: number("eps", 1e-8),
                                       weightDecay: number("weight_decay", 0), momentum: number("momentum", 0), centered: centered)
                default: throw TensorError("unknown optimizer \(kind)", kind: .value)
                }
            }
            return .object(PyOptimizerHandle(optimizer, parameters: parameters, type: c.optimizerType))
        }
        func handle(_ vm: VM, _ value: Value) throws(PyException) -> PyOptimizerHandle {
            guard let handle = value.asObject as? PyOptimizerHandle else { throw vm.typeError("expected an optimizer") }
            return handle
        }
        define(vm, module, "optimizer_step", 1) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let h = try handle(vm, args[0])
            try c.run { () throws(TensorError) in try h.optimizer.step(parameters: h.parameters) }
            return .none
        }
        define(vm, module, "optimizer_zero_grad", 1) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let h = try handle(vm, args[0])
            h.optimizer.zeroGrad(parameters: h.parameters)
            return .none
        }
        define(vm, module, "optimizer_lr", 1) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            .float(try handle(vm, args[0]).optimizer.learningRate)
        }
        define(vm, module, "optimizer_set_lr", 2) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let h = try handle(vm, args[0])
            guard let lr = c.number(args[1]), lr >= 0 else { throw vm.valueError("Invalid learning rate: \(try vm.repr(args[1]))") }
            h.optimizer.learningRate = lr
            return .none
        }
        define(vm, module, "set_num_threads", 1) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let n = try vm.integerArgument(args[0])
            guard n >= 1 else { throw vm.raise("RuntimeError", "set_num_threads expects a positive integer") }
            BLASThreads.set(n)
            return .none
        }
        define(vm, module, "get_num_threads", 0) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            .int(BLASThreads.current)
        }
        define(vm, module, "save", 2) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            // save([(name, T)], path): written to a temporary file, then renamed.
            var entries: [(name: String, tensor: Tensor)] = []
            for item in try vm.collect(args[0]) {
                let parts = try vm.collect(item)
                guard parts.count == 2 else { throw vm.typeError("save() takes (name, tensor) pairs") }
                entries.append((try vm.str(parts[0]), try c.tensor(parts[1])))
            }
            let path = try vm.str(args[1])
            let bytes = TensorSerialization.encode(entries)
            let temporary = path + ".prism-tmp-\(getpid())"
            guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
                throw vm.raise("OSError", "cannot write \(path)")
            }
            do {
                if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
                try FileManager.default.moveItem(atPath: temporary, toPath: path)
            } catch {
                try? FileManager.default.removeItem(atPath: temporary)
                throw vm.raise("OSError", "cannot write \(path): \(error.localizedDescription)")
            }
            return .none
        }
        define(vm, module, "load", 1) { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let path = try vm.str(args[0])
            guard let data = FileManager.default.contents(atPath: path) else {
                throw vm.raise("FileNotFoundError", "[Errno 2] No such file or directory: '\(path)'")
            }
            let entries = try c.run { () throws(TensorError) -> [(name: String, tensor: Tensor)] in
                try TensorSerialization.decode([UInt8](data))
            }
            return .object(PyList(entries.map { .object(PyTuple([.string($0.name), c.wrap($0.tensor)])) }))
        }
    }
}
