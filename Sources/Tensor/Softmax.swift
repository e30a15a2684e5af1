/// Softmax and log-softmax along a dimension, computed stably (the maximum is subtracted first).
extension Tensor {
    /// `softmax` (log: false) or `log_softmax` (log: true) along `d`, untracked.
    func softmaxKernel(_ d: Int, log: Bool) -> Tensor {
        let x = converted(dtype.floatingPoint)
        let out = Tensor(uninitialized: shape, dtype: x.dtype)
        let (outer, n, inner) = rank == 0 ? (1, 1, 1) : Kernels.split(shape, d)
        func run<T: FloatElement>(_: T.Type) {
            let px = x.pointer(T.self), po = out.pointer(T.self)
            for o in 0..<outer {
                for i in 0..<inner {
                    let base = o * n * inner + i
                    var m = -T.infinity
                    for k in 0..<n { let v = px[base + k * inner]; if v > m || v.isNaN { m = v } }
                    if m == -T.infinity { m = 0 }
                    var s = T.zero
                    for k in 0..<n {
                        let e = T.exp(px[base + k * inner] - m)
                        if !log { po[base + k * inner] = e }
                        s += e
                    }
                    if log {
                        let ls = m + T.log(s)
                        for k in 0..<n { po[base + k * inner] = px[base + k * inner] - ls }
                    } else {
                        let r = 1 / s
                        for k in 0..<n { po[base + k * inner] *= r }
                    }
                }
            }
        }
        if x.dtype == .float32 { run(Float.self) } else { run(Double.self) }
        return out
    }

    /// `exp(x) / sum(exp(x))` along `dim`. Differentiable.
    public func softmax(dim: Int) throws(TensorError) -> Tensor {
        let d = try Shape.normalize(dim: dim, rank: rank)
        let out = softmaxKernel(d, log: false)
        if Autograd.needsGrad(self) { out.attach("SoftmaxBackward0", [self], Derivatives.softmax(out.detach(), d)) }
        return out
    }

    /// `x - log(sum(exp(x)))` along `dim`. Differentiable.
    public func logSoftmax(dim: Int) throws(TensorError) -> Tensor {
        let d = try Shape.normalize(dim: dim, rank: rank)
        let out = softmaxKernel(d, log: true)
        if Autograd.needsGrad(self) { out.attach("LogSoftmaxBackward0", [self], Derivatives.logSoftmax(out.detach(), d)) }
        return out
    }
}
