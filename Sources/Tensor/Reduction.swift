/// Reductions over all elements or along one dimension (negative dims count from the end;
/// `keepdim` keeps the reduced dimension with size 1).
extension Tensor {
    /// The shape after reducing `dim`.
    func reducedShape(_ dim: Int, keepdim: Bool) -> [Int] {
        var s = shape
        if s.isEmpty { return s }
        if keepdim { s[dim] = 1 } else { s.remove(at: dim) }
        return s
    }

    /// Sums along `dim` into a new tensor of the same dtype (untracked).
    func sumKernel(_ dim: Int, keepdim: Bool) -> Tensor {
        let out = Tensor(uninitialized: reducedShape(dim, keepdim: keepdim), dtype: dtype, zeroed: true)
        if rank == 0 { out.rawPointer.copyMemory(from: rawPointer, byteCount: dtype.itemSize); return out }
        let (outer, n, inner) = Kernels.split(shape, dim)
        func run<T: TensorElement>(_: T.Type) {
            let px = pointer(T.self), po = out.pointer(T.self)
            for o in 0..<outer {
                let base = o * n * inner, ob = o * inner
                for k in 0..<n {
                    let row = base + k * inner
                    for i in 0..<inner { po[ob + i] += px[row + i] }
                }
            }
        }
        switch dtype {
        case .float32: run(Float.self)
        case .float64: run(Double.self)
        case .int64: run(Int64.self)
        }
        return out
    }

    /// The sum of all elements as a 0-d tensor (float32 accumulates in double). Differentiable.
    public func sum() -> Tensor {
        let out = Tensor(uninitialized: [], dtype: dtype)
        switch dtype {
        case .float32:
            var s = 0.0
            let p = pointer(Float.self)
            for i in 0..<count { s += Double(p[i]) }
            out.pointer(Float.self)[0] = Float(s)
        case .float64:
            var s = 0.0
            let p = pointer(Double.self)
            for i in 0..<count { s += p[i] }
            out.pointer(Double.self)[0] = s
        case .int64:
            var s: Int64 = 0
            let p = pointer(Int64.self)
            for i in 0..<count { s &+= p[i] }
            out.pointer(Int64.self)[0] = s
        }
        if Autograd.needsGrad(self) { out.attach("SumBackward0", [self], Derivatives.sumAll(shape)) }
        return out
    }

    /// The sum along `dim`. Differentiable.
    public func sum(dim: Int, keepdim: Bool = false) throws(TensorError) -> Tensor {
        let d = try Shape.normalize(dim: dim, rank: rank)
        let out = sumKernel(d, keepdim: keepdim)
        if Autograd.needsGrad(self) { out.attach("SumBackward1", [self], Derivatives.sumDim(shape, d, keepdim)) }
        return out
    }

    /// The sum over several dimensions (PyTorch's `sum(dim=(0, 2))`). Differentiable.
    public func sum(dims: [Int], keepdim: Bool = false) throws(TensorError) -> Tensor {
        var normalized: [Int] = []
        for d in dims {
            let n = try Shape.normalize(dim: d, rank: rank)
            guard !normalized.contains(n) else {
                throw TensorError("dim \(n) appears multiple times in the list of dims")
            }
            normalized.append(n)
        }
        var out = self
        for d in normalized.sorted(by: >) { out = try out.sum(dim: d, keepdim: keepdim) }
        return out
    }

    private func requireFloat(_ op: String) throws(TensorError) {
        guard dtype.isFloatingPoint else {
            throw TensorError("\(op)(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Long")
        }
    }

    /// The mean of all elements (floating dtypes only). Differentiable.
    public func mean() throws(TensorError) -> Tensor {
        try requireFloat("mean")
        let s = Autograd.withNoGrad { sum() }
        let out = s.mapped({ $0 / Float(count) }, { $0 / Double(count) }, { $0 })
        if Autograd.needsGrad(self) { out.attach("MeanBackward0", [self], Derivatives.meanAll(shape)) }
        return out
    }

    /// The mean along `dim` (floating dtypes only). Differentiable.
    public func mean(dim: Int, keepdim: Bool = false) throws(TensorError) -> Tensor {
        try requireFloat("mean")
        let d = try Shape.normalize(dim: dim, rank: rank)
        let n = rank == 0 ? 1 : shape[d]
        let out = sumKernel(d, keepdim: keepdim)
        _ = try out.mul_(1 / Double(n))
        if Autograd.needsGrad(self) { out.attach("MeanBackward1", [self], Derivatives.meanDim(shape, d, keepdim)) }
        return out
    }

    /// Values and int64 indices of the maximum (or minimum) along `dim`, first index on ties.
    func extremumKernel(_ d: Int, keepdim: Bool, max: Bool) -> (Tensor, Tensor) {
        let outShape = reducedShape(d, keepdim: keepdim)
        let values = Tensor(uninitialized: outShape, dtype: dtype)
        let indices = Tensor(uninitialized: outShape, dtype: .int64, zeroed: true)
        let (outer, n, inner) = rank == 0 ? (1, 1, 1) : Kernels.split(shape, d)
        func run<T: TensorElement>(_: T.Type, isNaN: (T) -> Bool) {
            let px = pointer(T.self), pv = values.pointer(T.self), pi = indices.pointer(Int64.self)
            for o in 0..<outer {
                let base = o * n * inner, ob = o * inner
                for i in 0..<inner { pv[ob + i] = px[base + i] }
                for k in 1..<Swift.max(n, 1) {
                    let row = base + k * inner
                    for i in 0..<inner {
                        let v = px[row + i], best = pv[ob + i]
                        if isNaN(best) { continue }
                        if isNaN(v) || (max ? v > best : v < best) { pv[ob + i] = v; pi[ob + i] = Int64(k) }
                    }
                }
            }
        }
        switch dtype {
        case .float32: run(Float.self) { $0.isNaN }
        case .float64: run(Double.self) { $0.isNaN }
        case .int64: run(Int64.self) { _ in false }
        }
        return (values, indices)
    }

    private func requireNonEmpty(_ op: String, _ d: Int?) throws(TensorError) {
        if let d, rank > 0, shape[d] == 0 {
            throw TensorError("\(op)(): Expected reduction dim \(d) to have non-zero size.", kind: .index)
        }
        if d == nil && count == 0 {
            throw TensorError("\(op)(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.")
        }
    }

    /// The maximum and its index along `dim` (PyTorch's `max(dim)`). The values are differentiable.
    public func max(dim: Int, keepdim: Bool = false) throws(TensorError) -> (values: Tensor, indices: Tensor) {
        let d = try Shape.normalize(dim: dim, rank: rank)
        try requireNonEmpty("max", d)
        let (v, i) = extremumKernel(d, keepdim: keepdim, max: true)
        if Autograd.needsGrad(self) { v.attach("MaxBackward0", [self], Derivatives.indexReduction(shape, d, keepdim, i)) }
        return (v, i)
    }

    /// The minimum and its index along `dim` (PyTorch's `min(dim)`). The values are differentiable.
    public func min(dim: Int, keepdim: Bool = false) throws(TensorError) -> (values: Tensor, indices: Tensor) {
        let d = try Shape.normalize(dim: dim, rank: rank)
        try requireNonEmpty("min", d)
        let (v, i) = extremumKernel(d, keepdim: keepdim, max: false)
        if Autograd.needsGrad(self) { v.attach("MinBackward0", [self], Derivatives.indexReduction(shape, d, keepdim, i)) }
        return (v, i)
    }

    /// The largest element as a 0-d tensor. Differentiable (ties share the gradient evenly).
    public func max() throws(TensorError) -> Tensor {
        try requireNonEmpty("max", nil)
        let flat = sharingView(shape: [count])
        let v = flat.extremumKernel(0, keepdim: false, max: true).0
        if Autograd.needsGrad(self) { v.attach("MaxBackward1", [self], Derivatives.extremumAll(self, v)) }
        return v
    }

    /// The smallest element as a 0-d tensor. Differentiable (ties share the gradient evenly).
    public func min() throws(TensorError) -> Tensor {
        try requireNonEmpty("min", nil)
        let flat = sharingView(shape: [count])
        let v = flat.extremumKernel(0, keepdim: false, max: false).0
        if Autograd.needsGrad(self) { v.attach("MinBackward1", [self], Derivatives.extremumAll(self, v)) }
        return v
    }

    /// The int64 index of the maximum along `dim`, or of the flattened tensor when `dim` is nil.
    public func argmax(dim: Int? = nil, keepdim: Bool = false) throws(TensorError) -> Tensor {
        guard let dim else {
            try requireNonEmpty("argmax", nil)
            return sharingView(shape: [count]).extremumKernel(0, keepdim: false, max: true).1
        }
        let d = try Shape.normalize(dim: dim, rank: rank)
        try requireNonEmpty("argmax", d)
        return extremumKernel(d, keepdim: keepdim, max: true).1
    }

    /// The int64 index of the minimum along `dim`, or of the flattened tensor when `dim` is nil.
    public func argmin(dim: Int? = nil, keepdim: Bool = false) throws(TensorError) -> Tensor {
        guard let dim else {
            try requireNonEmpty("argmin", nil)
            return sharingView(shape: [count]).extremumKernel(0, keepdim: false, max: false).1
        }
        let d = try Shape.normalize(dim: dim, rank: rank)
        try requireNonEmpty("argmin", d)
        return extremumKernel(d, keepdim: keepdim, max: false).1
    }

    /// The variance along `dim` with `correction` (1 = unbiased, PyTorch's default; 0 = population).
    /// Differentiable.
    public func `var`(dim: Int, correction: Int = 1, keepdim: Bool = false) throws(TensorError) -> Tensor {
        try requireFloat("var")
        let d = try Shape.normalize(dim: dim, rank: rank)
        let out = varianceKernel(d, correction: correction, keepdim: keepdim)
        if Autograd.needsGrad(self) { out.attach("VarBackward0", [self], Derivatives.variance(self, d, correction, keepdim)) }
        return out
    }

    /// The variance of all elements with `correction` (1 = unbiased by default). Differentiable.
    public func `var`(correction: Int = 1) throws(TensorError) -> Tensor {
        try sharingViewTracked([count]).var(dim: 0, correction: correction).reshape([])
    }

    /// The standard deviation along `dim` (unbiased by default). Differentiable.
    public func std(dim: Int, correction: Int = 1, keepdim: Bool = false) throws(TensorError) -> Tensor {
        try requireFloat("std")
        let d = try Shape.normalize(dim: dim, rank: rank)
        let v = varianceKernel(d, correction: correction, keepdim: keepdim)
        let out = v.mapped({ $0.squareRoot() }, { $0.squareRoot() }, { $0 })
        if Autograd.needsGrad(self) { out.attach("StdBackward0", [self], Derivatives.std(self, d, correction, keepdim, out.detach())) }
        return out
    }

    /// The standard deviation of all elements (unbiased by default). Differentiable.
    public func std(correction: Int = 1) throws(TensorError) -> Tensor {
        try sharingViewTracked([count]).std(dim: 0, correction: correction).reshape([])
    }

    /// A reshape that records (used by the whole-tensor forms).
    private func sharingViewTracked(_ s: [Int]) throws(TensorError) -> Tensor { try reshape(s) }

    /// Two-pass variance along `d` (NaN when `n - correction <= 0`, as PyTorch).
    func varianceKernel(_ d: Int, correction: Int, keepdim: Bool) -> Tensor {
        let n = rank == 0 ? 1 : shape[d]
        let mean = sumKernel(d, keepdim: true)
        _ = try? mean.mul_(1 / Double(n))
        let out = Tensor(uninitialized: reducedShape(d, keepdim: keepdim), dtype: dtype, zeroed: true)
        let (outer, _, inner) = rank == 0 ? (1, 1, 1) : Kernels.split(shape, d)
        let denominator = Double(n - correction)
        func run<T: FloatElement>(_: T.Type) {
            let px = pointer(T.self), pm = mean.pointer(T.self), po = out.pointer(T.self)
            for o in 0..<outer {
                let base = o * n * inner, ob = o * inner
                for k in 0..<n {
                    let row = base + k * inner
                    for i in 0..<inner { let e = px[row + i] - pm[ob + i]; po[ob + i] += e * e }
                }
            }
            let scale = denominator > 0 ? T(1 / denominator) : T.nan
            for i in 0..<out.count { po[i] *= scale }
        }
        if dtype == .float32 { run(Float.self) } else { run(Double.self) }
        return out
    }
}
