/// The loops behind the operations: typed, allocation-free apart from the result, specialized per
/// element type by the call sites (every helper is inlined into a `switch dtype`).
enum Kernels {
    /// Copies `source` into `destination` (same count), converting element types.
    static func convert(from source: Tensor, to destination: Tensor) {
        let n = source.count
        switch (source.dtype, destination.dtype) {
        case (.float32, .float64): map(source.pointer(Float.self), destination.pointer(Double.self), n) { Double($0) }
        case (.float32, .int64): map(source.pointer(Float.self), destination.pointer(Int64.self), n) { Int64(fromDouble: Double($0)) }
        case (.float64, .float32): map(source.pointer(Double.self), destination.pointer(Float.self), n) { Float($0) }
        case (.float64, .int64): map(source.pointer(Double.self), destination.pointer(Int64.self), n) { Int64(fromDouble: $0) }
        case (.int64, .float32): map(source.pointer(Int64.self), destination.pointer(Float.self), n) { Float($0) }
        case (.int64, .float64): map(source.pointer(Int64.self), destination.pointer(Double.self), n) { Double($0) }
        default:
            destination.rawPointer.copyMemory(from: source.rawPointer, byteCount: n * source.dtype.itemSize)
        }
    }

    /// `a + b` for tensors of one shape and dtype, untracked.
    static func addSameShape(_ a: Tensor, _ b: Tensor) -> Tensor {
        let out = Tensor(uninitialized: a.shape, dtype: a.dtype)
        switch a.dtype {
        case .float32: map2(a.pointer(Float.self), b.pointer(Float.self), out.pointer(Float.self), a.count, +)
        case .float64: map2(a.pointer(Double.self), b.pointer(Double.self), out.pointer(Double.self), a.count, +)
        case .int64: map2(a.pointer(Int64.self), b.pointer(Int64.self), out.pointer(Int64.self), a.count, &+)
        }
        return out
    }

    /// `a += b` for tensors of one shape and dtype.
    static func addInPlace(_ a: Tensor, _ b: Tensor) {
        switch a.dtype {
        case .float32: map2(a.pointer(Float.self), b.pointer(Float.self), a.pointer(Float.self), a.count, +)
        case .float64: map2(a.pointer(Double.self), b.pointer(Double.self), a.pointer(Double.self), a.count, +)
        case .int64: map2(a.pointer(Int64.self), b.pointer(Int64.self), a.pointer(Int64.self), a.count, &+)
        }
    }

    /// `out[i] = f(a[i])`.
    @inline(__always)
    static func map<A, R>(_ a: UnsafePointer<A>, _ out: UnsafeMutablePointer<R>, _ n: Int, _ f: (A) -> R) {
        for i in 0..<n { out[i] = f(a[i]) }
    }

    /// `out[i] = f(a[i], b[i])`.
    @inline(__always)
    static func map2<A, B, R>(_ a: UnsafePointer<A>, _ b: UnsafePointer<B>, _ out: UnsafeMutablePointer<R>,
                              _ n: Int, _ f: (A, B) -> R) {
        for i in 0..<n { out[i] = f(a[i], b[i]) }
    }

    /// `out = f(a, b)` with `a` and `b` (element types `A`, `B`) broadcast to `out`'s shape.
    @inline(__always)
    static func broadcast2<A, B, R>(_ a: Tensor, _ b: Tensor, _ out: Tensor, _ f: (A, B) -> R) {
        let pa = a.pointer(A.self), pb = b.pointer(B.self), po = out.pointer(R.self)
        let n = out.count
        // A operand with as many elements as the result is laid out like it (broadcasting only adds 1s).
        if a.count == n && b.count == n {
            for i in 0..<n { po[i] = f(pa[i], pb[i]) }
            return
        }
        if b.count == 1 && a.count == n {
            let y = pb[0]
            for i in 0..<n { po[i] = f(pa[i], y) }
            return
        }
        if a.count == 1 && b.count == n {
            let x = pa[0]
            for i in 0..<n { po[i] = f(x, pb[i]) }
            return
        }
        if n == 0 { return }
        let shape = out.shape
        let rank = shape.count
        let sa = Shape.broadcastStrides(a.shape, to: shape)
        let sb = Shape.broadcastStrides(b.shape, to: shape)
        let inner = shape[rank - 1], ia = sa[rank - 1], ib = sb[rank - 1]
        var index = [Int](repeating: 0, count: rank)
        var oa = 0, ob = 0, o = 0
        while o < n {
            if ia == 1 && ib == 1 {
                for k in 0..<inner { po[o + k] = f(pa[oa + k], pb[ob + k]) }
            } else {
                for k in 0..<inner { po[o + k] = f(pa[oa + k * ia], pb[ob + k * ib]) }
            }
            o += inner
            // Advance the outer index (an odometer over dimensions rank-2 ... 0).
            var d = rank - 2
            while d >= 0 {
                index[d] += 1
                oa += sa[d]
                ob += sb[d]
                if index[d] < shape[d] { break }
                oa -= sa[d] * shape[d]
                ob -= sb[d] * shape[d]
                index[d] = 0
                d -= 1
            }
        }
    }

    /// Sums `grad` (of a broadcast result's shape) down to `shape` — the inverse of broadcasting.
    /// Returns `grad` itself when the shapes already agree.
    static func sumToShape(_ grad: Tensor, _ shape: [Int]) -> Tensor {
        if grad.shape == shape { return grad }
        let out = Tensor(uninitialized: shape, dtype: grad.dtype, zeroed: true)
        func run<T: TensorElement>(_: T.Type) {
            let pg = grad.pointer(T.self), po = out.pointer(T.self)
            let gshape = grad.shape
            let rank = gshape.count
            // Fast path: only leading dimensions are reduced (bias gradients, scalars).
            let core = Array(shape.drop(while: { $0 == 1 }))
            if core.count <= rank, Array(gshape.suffix(core.count)) == core {
                let tail = Swift.max(out.count, 1)
                let rows = grad.count / tail
                for r in 0..<rows {
                    let base = r * tail
                    for k in 0..<tail { po[k] += pg[base + k] }
                }
                return
            }
            let so = Shape.broadcastStrides(shape, to: gshape)
            var index = [Int](repeating: 0, count: rank)
            var oo = 0
            for i in 0..<grad.count {
                po[oo] += pg[i]
                var d = rank - 1
                while d >= 0 {
                    index[d] += 1
                    oo += so[d]
                    if index[d] < gshape[d] { break }
                    oo -= so[d] * gshape[d]
                    index[d] = 0
                    d -= 1
                }
            }
        }
        switch grad.dtype {
        case .float32: run(Float.self)
        case .float64: run(Double.self)
        case .int64: run(Int64.self)
        }
        return out
    }

    /// Fills a tensor with one value.
    static func fill(_ t: Tensor, _ value: Double) {
        switch t.dtype {
        case .float32: t.pointer(Float.self).update(repeating: Float(value), count: t.count)
        case .float64: t.pointer(Double.self).update(repeating: value, count: t.count)
        case .int64: t.pointer(Int64.self).update(repeating: Int64(fromDouble: value), count: t.count)
        }
    }

    /// The three-part view `[outer, size, inner]` of a shape around dimension `dim`.
    @inline(__always)
    static func split(_ shape: [Int], _ dim: Int) -> (outer: Int, size: Int, inner: Int) {
        var outer = 1, inner = 1
        for i in 0..<dim { outer *= shape[i] }
        for i in (dim + 1)..<shape.count { inner *= shape[i] }
        return (outer, shape[dim], inner)
    }
}
