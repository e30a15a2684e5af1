import CBLAS

/// The number of threads OpenBLAS uses inside one matrix product (PyTorch's `set_num_threads`).
///
/// Prism parallelizes training across worker threads, each running its own products, so the engine
/// sets this to 1 before its first product unless `set(_:)` was called first; on a busy machine a
/// multi-threaded BLAS waiting for descheduled helper threads is many times slower.
public enum BLASThreads {
    /// The current OpenBLAS thread count.
    public static var current: Int { Int(openblas_get_num_threads()) }

    /// Sets the OpenBLAS thread count (at least 1) for the whole process.
    public static func set(_ count: Int) {
        _ = BLAS.defaultThreads
        openblas_set_num_threads(Int32(Swift.max(1, Swift.min(count, 1024))))
    }
}

/// Matrix products through OpenBLAS (`cblas_sgemm`/`cblas_dgemm`; int64 by a plain loop).
enum BLAS {
    /// Runs once, before the first product or explicit setting: one BLAS thread by default.
    static let defaultThreads: Void = { openblas_set_num_threads(1) }()

    /// `C = alpha * op(A) * op(B) + beta * C` for row-major matrices, where `op(A)` is `m x k` and
    /// `op(B)` is `k x n`; `transA`/`transB` read A/B transposed. Elements are of `dtype`.
    static func gemm(_ dtype: DType, transA: Bool, transB: Bool, m: Int, n: Int, k: Int,
                     alpha: Double = 1, a: UnsafeRawPointer, b: UnsafeRawPointer, beta: Double = 0,
                     c: UnsafeMutableRawPointer) {
        if m == 0 || n == 0 { return }
        _ = defaultThreads
        let lda = transA ? m : k, ldb = transB ? k : n
        if k == 0 {
            if beta == 0 { c.initializeMemory(as: UInt8.self, repeating: 0, count: m * n * dtype.itemSize) }
            return
        }
        let ta = transA ? CblasTrans : CblasNoTrans, tb = transB ? CblasTrans : CblasNoTrans
        switch dtype {
        case .float32:
            cblas_sgemm(CblasRowMajor, ta, tb, Int32(m), Int32(n), Int32(k), Float(alpha),
                        a.assumingMemoryBound(to: Float.self), Int32(lda),
                        b.assumingMemoryBound(to: Float.self), Int32(ldb), Float(beta),
                        c.assumingMemoryBound(to: Float.self), Int32(n))
        case .float64:
            cblas_dgemm(CblasRowMajor, ta, tb, Int32(m), Int32(n), Int32(k), alpha,
                        a.assumingMemoryBound(to: Double.self), Int32(lda),
                        b.assumingMemoryBound(to: Double.self), Int32(ldb), beta,
                        c.assumingMemoryBound(to: Double.self), Int32(n))
        case .int64:
            let pa = a.assumingMemoryBound(to: Int64.self), pb = b.assumingMemoryBound(to: Int64.self)
            let pc = c.assumingMemoryBound(to: Int64.self)
            let al = Int64(fromDouble: alpha), be = Int64(fromDouble: beta)
            for i in 0..<m {
                for j in 0..<n {
                    var s: Int64 = 0
                    for p in 0..<k {
                        let x = transA ? pa[p * lda + i] : pa[i * lda + p]
                        let y = transB ? pb[j * ldb + p] : pb[p * ldb + j]
                        s &+= x &* y
                    }
                    pc[i * n + j] = al &* s &+ (be == 0 ? 0 : be &* pc[i * n + j])
                }
            }
        }
    }
}

extension Tensor {
    private static func checkSameDType(_ a: Tensor, _ b: Tensor) throws(TensorError) {
        guard a.dtype == b.dtype else {
            throw TensorError("expected m1 and m2 to have the same dtype, but got: \(a.dtype.cName) != \(b.dtype.cName)")
        }
    }

    /// The product of two matrices `[m, k] x [k, n] -> [m, n]` (PyTorch's `mm`). Differentiable.
    public func mm(_ other: Tensor) throws(TensorError) -> Tensor {
        guard rank == 2 else { throw TensorError("self must be a matrix") }
        guard other.rank == 2 else { throw TensorError("mat2 must be a matrix") }
        guard shape[1] == other.shape[0] else {
            throw TensorError("mat1 and mat2 shapes cannot be multiplied (\(shape[0])x\(shape[1]) and \(other.shape[0])x\(other.shape[1]))")
        }
        try Tensor.checkSameDType(self, other)
        let (m, k, n) = (shape[0], shape[1], other.shape[1])
        try Tensor.checkShape([m, n])
        let out = Tensor(uninitialized: [m, n], dtype: dtype)
        BLAS.gemm(dtype, transA: false, transB: false, m: m, n: n, k: k, a: rawPointer, b: other.rawPointer, c: out.rawPointer)
        if Autograd.needsGrad(self, other) { out.attach("MmBackward0", [self, other], Derivatives.mm(self, other)) }
        return out
    }

    /// Batched matrix product `[b, m, k] x [b, k, n] -> [b, m, n]` (PyTorch's `bmm`). Differentiable.
    public func bmm(_ other: Tensor) throws(TensorError) -> Tensor {
        guard rank == 3 else { throw TensorError("batch1 must be a 3D tensor") }
        guard other.rank == 3 else { throw TensorError("batch2 must be a 3D tensor") }
        guard shape[0] == other.shape[0], shape[2] == other.shape[1] else {
            throw TensorError("Expected size for first two dimensions of batch2 tensor to be: [\(shape[0]), \(shape[2])] but got: [\(other.shape[0]), \(other.shape[1])].")
        }
        try Tensor.checkSameDType(self, other)
        let (batches, m, k, n) = (shape[0], shape[1], shape[2], other.shape[2])
        try Tensor.checkShape([batches, m, n])
        let out = Tensor(uninitialized: [batches, m, n], dtype: dtype)
        let size = dtype.itemSize
        for i in 0..<batches {
            BLAS.gemm(dtype, transA: false, transB: false, m: m, n: n, k: k,
                      a: rawPointer + i * m * k * size, b: other.rawPointer + i * k * n * size,
                      c: out.rawPointer + i * m * n * size)
        }
        if Autograd.needsGrad(self, other) { out.attach("BmmBackward0", [self, other], Derivatives.bmm(self, other)) }
        return out
    }

    /// PyTorch's `matmul` (`@`): dot product of vectors, matrix-vector, vector-matrix, matrix-matrix,
    /// and batched products with broadcast batch dimensions. Differentiable.
    public func matmul(_ other: Tensor) throws(TensorError) -> Tensor {
        let a = self, b = other
        guard a.rank >= 1, b.rank >= 1 else {
            throw TensorError("both arguments to matmul need to be at least 1D, but they are \(a.rank)D and \(b.rank)D")
        }
        switch (a.rank, b.rank) {
        case (1, 1):
            guard a.count == b.count else {
                throw TensorError("inconsistent tensor size, expected tensor [\(a.count)] and src [\(b.count)] to have the same number of elements, but got \(a.count) and \(b.count) elements respectively")
            }
            return try a.unsqueeze(0).mm(b.unsqueeze(1)).reshape([])
        case (2, 1):
            guard a.shape[1] == b.shape[0] else {
                throw TensorError("size mismatch, got input (\(a.shape[0])), mat (\(a.shape[0])x\(a.shape[1])), vec (\(b.shape[0]))")
            }
            return try a.mm(b.unsqueeze(1)).squeeze(dim: 1)
        case (1, 2):
            guard a.shape[0] == b.shape[0] else {
                throw TensorError("mat1 and mat2 shapes cannot be multiplied (1x\(a.shape[0]) and \(b.shape[0])x\(b.shape[1]))")
            }
            return try a.unsqueeze(0).mm(b).squeeze(dim: 0)
        case (2, 2):
            return try a.mm(b)
        case (_, 2) where a.rank > 2:
            let k = a.shape[a.rank - 1]
            guard k == b.shape[0] else {
                let rows = a.count / Swift.max(k, 1)
                throw TensorError("mat1 and mat2 shapes cannot be multiplied (\(rows)x\(k) and \(b.shape[0])x\(b.shape[1]))")
            }
            let product = try a.reshape([-1, k]).mm(b)
            return try product.reshape(Array(a.shape.dropLast()) + [b.shape[1]])
        default:
            let x = a.rank == 1 ? try a.unsqueeze(0) : a
            let y = b.rank == 1 ? try b.unsqueeze(1) : b
            let (m, k) = (x.shape[x.rank - 2], x.shape[x.rank - 1])
            let (k2, n) = (y.shape[y.rank - 2], y.shape[y.rank - 1])
            guard k == k2 else {
                throw TensorError("Expected size for first two dimensions of batch2 tensor to be: [\(x.count / Swift.max(m * k, 1)), \(k)] but got: [\(y.count / Swift.max(k2 * n, 1)), \(k2)].")
            }
            let batch = try Shape.broadcast(Array(x.shape.dropLast(2)), Array(y.shape.dropLast(2)))
            let count = Shape.count(batch)
            let xb = try x.expand(batch + [m, k]).reshape([count, m, k])
            let yb = try y.expand(batch + [k, n]).reshape([count, k, n])
            var result = try xb.bmm(yb).reshape(batch + [m, n])
            if a.rank == 1 { result = try result.squeeze(dim: -2) }
            if b.rank == 1 { result = try result.squeeze(dim: -1) }
            return result
        }
    }

    /// PyTorch's `nn.functional.linear`: `input @ weight.T + bias` for `input` `[*, in]`, `weight`
    /// `[out, in]`, `bias` `[out]`, as one fused operation (one GEMM, no transposed copy).
    /// Differentiable in all three.
    public static func linear(_ input: Tensor, weight: Tensor, bias: Tensor? = nil) throws(TensorError) -> Tensor {
        guard weight.rank == 2 else { throw TensorError("weight must be a matrix, got \(weight.rank)D") }
        guard input.rank >= 1 else { throw TensorError("input must be at least 1D") }
        let (outFeatures, inFeatures) = (weight.shape[0], weight.shape[1])
        let k = input.shape[input.rank - 1]
        let rows = input.count / Swift.max(k, 1)
        guard k == inFeatures else {
            throw TensorError("mat1 and mat2 shapes cannot be multiplied (\(rows)x\(k) and \(inFeatures)x\(outFeatures))")
        }
        guard input.dtype == weight.dtype else {
            throw TensorError("mat1 and mat2 must have the same dtype, but got \(input.dtype.cName) and \(weight.dtype.cName)")
        }
        if let bias {
            guard bias.count == outFeatures, bias.rank <= 1 else {
                throw TensorError("The size of tensor a (\(outFeatures)) must match the size of tensor b (\(bias.shape.last ?? 1)) at non-singleton dimension \(input.rank - 1)")
            }
            guard bias.dtype == input.dtype else {
                throw TensorError("expected bias to have dtype \(input.dtype.cName), but got \(bias.dtype.cName)")
            }
        }
        let out = Tensor(uninitialized: Array(input.shape.dropLast()) + [outFeatures], dtype: input.dtype)
        var beta = 0.0
        if let bias {
            let size = outFeatures * input.dtype.itemSize
            for r in 0..<rows { (out.rawPointer + r * size).copyMemory(from: bias.rawPointer, byteCount: size) }
            beta = 1
        }
        BLAS.gemm(input.dtype, transA: false, transB: true, m: rows, n: outFeatures, k: k,
                  a: input.rawPointer, b: weight.rawPointer, beta: beta, c: out.rawPointer)
        if Autograd.isEnabled && (input.requiresGrad || weight.requiresGrad || bias?.requiresGrad == true) {
            var inputs = [input, weight]
            if let bias { inputs.append(bias) }
            out.attach("AddmmBackward0", inputs, Derivatives.linear(input, weight, rows: rows))
        }
        return out
    }
}

extension DType {
    /// The C type name PyTorch uses in dtype mismatch messages (`float`, `double`, `long int`).
    var cName: String {
        switch self {
        case .float32: "float"
        case .float64: "double"
        case .int64: "long int"
        }
    }
}
