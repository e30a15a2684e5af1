/// Every derivative rule of the engine, in one place. Each function captures what its operation
/// saved (inputs, detached outputs, shapes) and returns the `BackwardRule` mapping the output's
/// gradient `g` to one gradient per input. Rules run with recording off (see `Autograd.backward`),
/// so they may use any tensor operation; gradients come back in the output's dtype and the engine
/// converts them to each input's dtype.
///
/// Notation: `g` is the output gradient, `x`/`a`/`b` the inputs, `y` the output.
enum Derivatives {
    // MARK: Helpers

    /// `f(g[i], s[i])` for a gradient and a saved tensor of the same shape (`s` converted to `g`'s dtype).
    @inline(__always)
    static func combine(_ g: Tensor, _ saved: Tensor, _ f32: (Float, Float) -> Float,
                        _ f64: (Double, Double) -> Double) -> Tensor {
        let s = saved.converted(g.dtype)
        let out = Tensor(uninitialized: g.shape, dtype: g.dtype)
        switch g.dtype {
        case .float32: Kernels.map2(g.pointer(Float.self), s.pointer(Float.self), out.pointer(Float.self), g.count, f32)
        default: Kernels.map2(g.pointer(Double.self), s.pointer(Double.self), out.pointer(Double.self), g.count, f64)
        }
        return out
    }

    /// `g` reshaped to the keepdim form of a reduction over `d` and repeated to `shape`.
    static func expandReduced(_ g: Tensor, _ shape: [Int], _ d: Int, _ keepdim: Bool) -> Tensor {
        var kept = shape
        if !kept.isEmpty { kept[d] = 1 }
        return g.sharingView(shape: kept).expandedCopy(shape)
    }

    // MARK: Identity and conversions

    /// clone: `dx = g`.
    static func identity() -> BackwardRule { { g, _ in [g] } }

    /// to(dtype): `dx = g` converted back to the source dtype.
    static func toDType(_ source: DType) -> BackwardRule { { g, _ in [g.converted(source)] } }

    // MARK: Binary arithmetic (gradients summed back over broadcast dimensions)

    /// add: `da = g`, `db = g`.
    static func add(_ aShape: [Int], _ bShape: [Int]) -> BackwardRule {
        { g, needs in [needs[0] ? Kernels.sumToShape(g, aShape) : nil, needs[1] ? Kernels.sumToShape(g, bShape) : nil] }
    }

    /// sub: `da = g`, `db = -g`.
    static func sub(_ aShape: [Int], _ bShape: [Int]) -> BackwardRule {
        { g, needs in [needs[0] ? Kernels.sumToShape(g, aShape) : nil, needs[1] ? Kernels.sumToShape(g.neg(), bShape) : nil] }
    }

    /// mul: `da = g b`, `db = g a`.
    static func mul(_ a: Tensor, _ b: Tensor) -> BackwardRule {
        let (a, b) = (a.detach(), b.detach())
        return { g, needs in
            [needs[0] ? Kernels.sumToShape(try g.mul(b), a.shape) : nil,
             needs[1] ? Kernels.sumToShape(try g.mul(a), b.shape) : nil]
        }
    }

    /// div: `da = g / b`, `db = -g a / b^2`.
    static func div(_ a: Tensor, _ b: Tensor) -> BackwardRule {
        let (a, b) = (a.detach(), b.detach())
        return { g, needs in
            [needs[0] ? Kernels.sumToShape(try g.div(b), a.shape) : nil,
             needs[1] ? Kernels.sumToShape(try g.mul(a).div(b.mul(b)).neg(), b.shape) : nil]
        }
    }

    /// pow: `da = g b a^(b-1)`, `db = g y log(a)` (0 where a = 0 and b >= 0, as PyTorch).
    static func pow(_ a: Tensor, _ b: Tensor, _ y: Tensor) -> BackwardRule {
        let (a, b) = (a.detach(), b.detach())
        return { g, needs in
            var da: Tensor? = nil, db: Tensor? = nil
            if needs[0] {
                let term = try b.mul(a.pow(b.sub(1)))
                da = Kernels.sumToShape(try g.mul(term), a.shape)
            }
            if needs[1] {
                let raw = try y.mul(a.log())
                let zeroBase = try a.eq(0).mul(b.ge(0))
                let safe = try Tensor.where(zeroBase, Tensor(scalar: 0, dtype: raw.dtype), raw)
                db = Kernels.sumToShape(try g.mul(safe), b.shape)
            }
            return [da, db]
        }
    }

    /// maximum/minimum: the gradient goes to the chosen operand; ties split it in half.
    static func extremum(_ a: Tensor, _ b: Tensor, max: Bool) -> BackwardRule {
        let (a, b) = (a.detach(), b.detach())
        return { g, needs in
            let tie = try a.eq(b).mul(0.5)
            let aWins = max ? try a.gt(b) : try a.lt(b)
            let bWins = max ? try a.lt(b) : try a.gt(b)
            return [needs[0] ? Kernels.sumToShape(try g.mul(aWins.add(tie)), a.shape) : nil,
                    needs[1] ? Kernels.sumToShape(try g.mul(bWins.add(tie)), b.shape) : nil]
        }
    }

    /// pow with a scalar exponent p: `dx = g p x^(p-1)`.
    static func powScalar(_ x: Tensor, _ p: Double) -> BackwardRule {
        let x = x.detach()
        return { g, _ in
            if p == 0 { return [g.zerosLike()] }
            if p == 2 { return [combine(g, x, { $0 * 2 * $1 }, { $0 * 2 * $1 })] }
            let pf = Float(p)
            return [combine(g, x, { $0 * pf * Float.pow($1, pf - 1) }, { $0 * p * Double.pow($1, p - 1) })]
        }
    }

    /// where(c, a, b): `da = g` where c, `db = g` elsewhere.
    static func `where`(_ c: Tensor, _ aShape: [Int], _ bShape: [Int]) -> BackwardRule {
        { g, needs in
            let zero = Tensor(scalar: 0, dtype: g.dtype)
            return [needs[0] ? Kernels.sumToShape(try Tensor.where(c, g, zero), aShape) : nil,
                    needs[1] ? Kernels.sumToShape(try Tensor.where(c, zero, g), bShape) : nil]
        }
    }

    // MARK: Unary

    /// neg: `dx = -g`.
    static func neg() -> BackwardRule { { g, _ in [g.neg()] } }

    /// exp: `dx = g y`.
    static func exp(_ y: Tensor) -> BackwardRule { { g, _ in [combine(g, y, *, *)] } }

    /// log: `dx = g / x`.
    static func log(_ x: Tensor) -> BackwardRule {
        let x = x.detach()
        return { g, _ in [combine(g, x, /, /)] }
    }

    /// sqrt: `dx = g / (2 y)`.
    static func sqrt(_ y: Tensor) -> BackwardRule { { g, _ in [combine(g, y, { $0 / (2 * $1) }, { $0 / (2 * $1) })] } }

    /// abs: `dx = g sign(x)` (0 at 0).
    static func abs(_ x: Tensor) -> BackwardRule {
        let x = x.detach()
        return { g, _ in
            [combine(g, x, { $1 > 0 ? $0 : ($1 < 0 ? -$0 : 0) }, { $1 > 0 ? $0 : ($1 < 0 ? -$0 : 0) })]
        }
    }

    /// sigmoid: `dx = g y (1 - y)`.
    static func sigmoid(_ y: Tensor) -> BackwardRule {
        { g, _ in [combine(g, y, { $0 * $1 * (1 - $1) }, { $0 * $1 * (1 - $1) })] }
    }

    /// logsigmoid: `dx = g sigmoid(-x)`.
    static func logSigmoid(_ x: Tensor) -> BackwardRule {
        let x = x.detach()
        return { g, _ in [combine(g, x, { $0 * sigmoidOf(-$1) }, { $0 * sigmoidOf(-$1) })] }
    }

    /// tanh: `dx = g (1 - y^2)`.
    static func tanh(_ y: Tensor) -> BackwardRule {
        { g, _ in [combine(g, y, { $0 * (1 - $1 * $1) }, { $0 * (1 - $1 * $1) })] }
    }

    /// relu: `dx = g` where y > 0, else 0.
    static func relu(_ y: Tensor) -> BackwardRule {
        { g, _ in [combine(g, y, { $1 > 0 ? $0 : 0 }, { $1 > 0 ? $0 : 0 })] }
    }

    /// leaky_relu: `dx = g` where x > 0, else `g * slope`.
    static func leakyRelu(_ x: Tensor, _ slope: Double) -> BackwardRule {
        let x = x.detach()
        let s = Float(slope)
        return { g, _ in [combine(g, x, { $1 > 0 ? $0 : $0 * s }, { $1 > 0 ? $0 : $0 * slope })] }
    }

    /// clamp: `dx = g` where lo <= x <= hi, else 0.
    static func clamp(_ x: Tensor, _ lo: Double, _ hi: Double) -> BackwardRule {
        let x = x.detach()
        let lf = Float(lo), hf = Float(hi)
        return { g, _ in
            [combine(g, x, { $1 >= lf && $1 <= hf ? $0 : 0 }, { $1 >= lo && $1 <= hi ? $0 : 0 })]
        }
    }

    // MARK: Reductions

    /// sum(): `dx = g` everywhere.
    static func sumAll(_ shape: [Int]) -> BackwardRule {
        { g, _ in [g.expandedCopy(shape)] }
    }

    /// sum(dim): `dx = g` repeated along `d`.
    static func sumDim(_ shape: [Int], _ d: Int, _ keepdim: Bool) -> BackwardRule {
        { g, _ in [expandReduced(g, shape, d, keepdim)] }
    }

    /// mean(): `dx = g / n`.
    static func meanAll(_ shape: [Int]) -> BackwardRule {
        let n = Double(Swift.max(Shape.count(shape), 1))
        return { g, _ in [g.div(n).expandedCopy(shape)] }
    }

    /// mean(dim): `dx = g / n` repeated along `d`.
    static func meanDim(_ shape: [Int], _ d: Int, _ keepdim: Bool) -> BackwardRule {
        let n = Double(shape.isEmpty ? 1 : Swift.max(shape[d], 1))
        return { g, _ in [expandReduced(g.div(n), shape, d, keepdim)] }
    }

    /// max(dim)/min(dim): `dx = g` at the chosen index, 0 elsewhere.
    static func indexReduction(_ shape: [Int], _ d: Int, _ keepdim: Bool, _ indices: Tensor) -> BackwardRule {
        { g, _ in
            let out = Tensor(uninitialized: shape, dtype: g.dtype, zeroed: true)
            let (outer, n, inner) = shape.isEmpty ? (1, 1, 1) : Kernels.split(shape, d)
            let idx = indices.pointer(Int64.self)
            for o in 0..<outer {
                for i in 0..<inner {
                    let k = Int(idx[o * inner + i])
                    out.setElement(o * n * inner + k * inner + i, g.element(at: o * inner + i))
                }
            }
            return [out]
        }
    }

    /// max()/min(): `dx = g / m` at each of the m positions equal to the result, 0 elsewhere.
    static func extremumAll(_ x: Tensor, _ y: Tensor) -> BackwardRule {
        let (x, y) = (x.detach(), y.detach())
        return { g, _ in
            let mask = try x.eq(y)
            let ties = try mask.sum().item()
            return [try mask.mul(g.div(Swift.max(ties, 1)))]
        }
    }

    /// var(dim): `dx = g 2 (x - mean) / (n - correction)`.
    static func variance(_ x: Tensor, _ d: Int, _ correction: Int, _ keepdim: Bool) -> BackwardRule {
        let x = x.detach()
        return { g, _ in
            let n = x.shape.isEmpty ? 1 : x.shape[d]
            let centered = try x.sub(x.mean(dim: d, keepdim: true))
            let scale = 2 / Double(n - correction)
            return [try centered.mul(expandReduced(g, x.shape, d, keepdim)).mul(scale)]
        }
    }

    /// std(dim): `dx = g (x - mean) / ((n - correction) y)`.
    static func std(_ x: Tensor, _ d: Int, _ correction: Int, _ keepdim: Bool, _ y: Tensor) -> BackwardRule {
        let x = x.detach()
        return { g, _ in
            let n = x.shape.isEmpty ? 1 : x.shape[d]
            let centered = try x.sub(x.mean(dim: d, keepdim: true))
            let perElement = try g.div(y).div(Double(n - correction))
            return [try centered.mul(expandReduced(perElement, x.shape, d, keepdim))]
        }
    }

    // MARK: Matrix products

    /// mm: `da = g b^T`, `db = a^T g`.
    static func mm(_ a: Tensor, _ b: Tensor) -> BackwardRule {
        let (a, b) = (a.detach(), b.detach())
        return { g, needs in
            let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1])
            var da: Tensor? = nil, db: Tensor? = nil
            if needs[0] {
                let out = Tensor(uninitialized: [m, k], dtype: g.dtype)
                BLAS.gemm(g.dtype, transA: false, transB: true, m: m, n: k, k: n, a: g.rawPointer, b: b.rawPointer, c: out.rawPointer)
                da = out
            }
            if needs[1] {
                let out = Tensor(uninitialized: [k, n], dtype: g.dtype)
                BLAS.gemm(g.dtype, transA: true, transB: false, m: k, n: n, k: m, a: a.rawPointer, b: g.rawPointer, c: out.rawPointer)
                db = out
            }
            return [da, db]
        }
    }

    /// bmm: per batch, `da = g b^T`, `db = a^T g`.
    static func bmm(_ a: Tensor, _ b: Tensor) -> BackwardRule {
        let (a, b) = (a.detach(), b.detach())
        return { g, needs in
            let (batches, m, k, n) = (a.shape[0], a.shape[1], a.shape[2], b.shape[2])
            let size = g.dtype.itemSize
            var da: Tensor? = nil, db: Tensor? = nil
            if needs[0] {
                let out = Tensor(uninitialized: a.shape, dtype: g.dtype)
                for i in 0..<batches {
                    BLAS.gemm(g.dtype, transA: false, transB: true, m: m, n: k, k: n, a: g.rawPointer + i * m * n * size,
                              b: b.rawPointer + i * k * n * size, c: out.rawPointer + i * m * k * size)
                }
                da = out
            }
            if needs[1] {
                let out = Tensor(uninitialized: b.shape, dtype: g.dtype)
                for i in 0..<batches {
                    BLAS.gemm(g.dtype, transA: true, transB: false, m: k, n: n, k: m, a: a.rawPointer + i * m * k * size,
                              b: g.rawPointer + i * m * n * size, c: out.rawPointer + i * k * n * size)
                }
                db = out
            }
            return [da, db]
        }
    }

    /// linear (y = x W^T + b): `dx = g W`, `dW = g^T x`, `db = g` summed over rows.
    static func linear(_ input: Tensor, _ weight: Tensor, rows: Int) -> BackwardRule {
        let (x, w) = (input.detach(), weight.detach())
        return { g, needs in
            let (outFeatures, inFeatures) = (w.shape[0], w.shape[1])
            var grads: [Tensor?] = [nil, nil]
            if needs[0] {
                let out = Tensor(uninitialized: x.shape, dtype: g.dtype)
                BLAS.gemm(g.dtype, transA: false, transB: false, m: rows, n: inFeatures, k: outFeatures,
                          a: g.rawPointer, b: w.rawPointer, c: out.rawPointer)
                grads[0] = out
            }
            if needs[1] {
                let out = Tensor(uninitialized: w.shape, dtype: g.dtype)
                BLAS.gemm(g.dtype, transA: true, transB: false, m: outFeatures, n: inFeatures, k: rows,
                          a: g.rawPointer, b: x.rawPointer, c: out.rawPointer)
                grads[1] = out
            }
            if needs.count > 2 {
                grads.append(needs[2] ? Kernels.sumToShape(g.sharingView(shape: [rows, outFeatures]), [outFeatures]) : nil)
            }
            return grads
        }
    }

    // MARK: Shape operations

    /// reshape/view: `dx = g` reshaped back.
    static func reshape(_ shape: [Int]) -> BackwardRule { { g, _ in [g.sharingView(shape: shape)] } }

    /// permute: `dx = g` permuted by the inverse permutation.
    static func permute(_ perm: [Int]) -> BackwardRule {
        var inverse = perm
        for (i, p) in perm.enumerated() { inverse[p] = i }
        return { g, _ in [try g.permute(inverse)] }
    }

    /// expand: `dx = g` summed over the expanded dimensions.
    static func expand(_ shape: [Int]) -> BackwardRule { { g, _ in [Kernels.sumToShape(g, shape)] } }

    /// cat: each input gets its slice of `g`.
    static func cat(_ sizes: [Int], _ d: Int) -> BackwardRule {
        { g, needs in
            var start = 0
            var grads: [Tensor?] = []
            for (i, size) in sizes.enumerated() {
                grads.append(needs[i] ? try g.narrow(dim: d, start: start, length: size) : nil)
                start += size
            }
            return grads
        }
    }

    /// narrow: `dx` is zero except the narrowed block, which is `g`.
    static func narrow(_ shape: [Int], _ d: Int, _ start: Int) -> BackwardRule {
        { g, _ in
            let out = Tensor(uninitialized: shape, dtype: g.dtype, zeroed: true)
            let (outer, size, inner) = Kernels.split(shape, d)
            let itemSize = g.dtype.itemSize
            let block = g.shape[d] * inner * itemSize
            for o in 0..<outer {
                (out.rawPointer + (o * size + start) * inner * itemSize).copyMemory(from: g.rawPointer + o * block, byteCount: block)
            }
            return [out]
        }
    }

    /// index_select: `dx` rows at the selected indices accumulate the matching rows of `g`.
    static func indexSelect(_ shape: [Int], _ d: Int, _ indices: [Int]) -> BackwardRule {
        { g, _ in
            let out = Tensor(uninitialized: shape, dtype: g.dtype, zeroed: true)
            let (outer, size, inner) = shape.isEmpty ? (1, 1, 1) : Kernels.split(shape, d)
            func run<T: TensorElement>(_: T.Type) {
                let pg = g.pointer(T.self), po = out.pointer(T.self)
                for o in 0..<outer {
                    for (j, r) in indices.enumerated() {
                        let src = (o * indices.count + j) * inner, dst = (o * size + r) * inner
                        for i in 0..<inner { po[dst + i] += pg[src + i] }
                    }
                }
            }
            if g.dtype == .float32 { run(Float.self) } else { run(Double.self) }
            return [out]
        }
    }

    // MARK: Softmax

    /// softmax: `dx = y (g - sum(g y))` along `d`.
    static func softmax(_ y: Tensor, _ d: Int) -> BackwardRule {
        { g, _ in
            let gy = try g.mul(y)
            return [try y.mul(g.sub(gy.sum(dim: d, keepdim: true)))]
        }
    }

    /// log_softmax: `dx = g - exp(y) sum(g)` along `d`.
    static func logSoftmax(_ y: Tensor, _ d: Int) -> BackwardRule {
        { g, _ in [try g.sub(y.exp().mul(g.sum(dim: d, keepdim: true)))] }
    }

    // MARK: Losses

    /// The derivative of one pointwise loss element with respect to the input.
    @inline(__always)
    static func pointwiseLossDerivative<T: FloatElement>(_ kind: PointwiseLoss, _ x: T, _ y: T) -> T {
        switch kind {
        case .squaredError: return 2 * (x - y)
        case .absoluteError: let d = x - y; return d > 0 ? 1 : (d < 0 ? -1 : 0)
        case .smoothL1(let beta):
            let d = x - y, b = T(beta)
            return Swift.abs(d) < b ? d / b : (d > 0 ? 1 : (d < 0 ? -1 : 0))
        case .binaryCrossEntropy: return (x - y) / Swift.max((1 - x) * x, T(1e-12))
        case .binaryCrossEntropyWithLogits: return sigmoidOf(x) - y
        }
    }

    /// Pointwise losses: `dx = g l'(x, y)`; for the difference losses `dy = -dx`. `x` and `y` are the
    /// saved broadcast operands.
    static func pointwiseLoss(_ kind: PointwiseLoss, _ x: Tensor, _ y: Tensor, _ inputShape: [Int],
                              _ targetShape: [Int]) -> BackwardRule {
        { g, needs in
            let local = Tensor(uninitialized: x.shape, dtype: x.dtype)
            switch x.dtype {
            case .float32:
                Kernels.map2(x.pointer(Float.self), y.pointer(Float.self), local.pointer(Float.self), x.count) { pointwiseLossDerivative(kind, $0, $1) }
            default:
                Kernels.map2(x.pointer(Double.self), y.pointer(Double.self), local.pointer(Double.self), x.count) { pointwiseLossDerivative(kind, $0, $1) }
            }
            let dx = combine(local, g, *, *)
            var grads: [Tensor?] = [needs[0] ? Kernels.sumToShape(dx, inputShape) : nil]
            if needs.count > 1 { grads.append(needs[1] ? Kernels.sumToShape(dx.neg(), targetShape) : nil) }
            return grads
        }
    }

    /// nll_loss: `dx[i, t_i] = -w_i g_i` (times 1 / sum(w) for the mean), 0 elsewhere.
    static func nll(_ shape: [Int], _ classes: [Int], _ weights: [Double], _ reduction: Reduction,
                    _ scale: Double) -> BackwardRule {
        { g, _ in
            let out = Tensor(uninitialized: shape, dtype: g.dtype, zeroed: true)
            let c = shape[shape.count - 1]
            for (i, k) in classes.enumerated() where k >= 0 {
                let gi = reduction == .none ? g.element(at: i) : g.element(at: 0) * scale
                out.setElement(i * c + k, -weights[i] * gi)
            }
            return [out]
        }
    }
}
