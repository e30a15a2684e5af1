/// Shape arithmetic shared by every operation. Tensors are contiguous and row-major, so a shape
/// determines the strides.
public enum Shape {
    /// The number of elements of a shape (1 for the 0-d shape `[]`).
    @inline(__always)
    public static func count(_ shape: [Int]) -> Int {
        var n = 1
        for d in shape { n &*= d }
        return n
    }

    /// Row-major strides, in elements.
    public static func contiguousStrides(_ shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var step = 1
        for i in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[i] = step
            step &*= shape[i]
        }
        return strides
    }

    /// Normalizes a possibly negative dimension for a tensor of `rank` dimensions (a 0-d tensor
    /// accepts -1 and 0), or throws PyTorch's "Dimension out of range" error.
    public static func normalize(dim: Int, rank: Int) throws(TensorError) -> Int {
        let r = max(rank, 1)
        guard dim >= -r, dim < r else {
            throw TensorError("Dimension out of range (expected to be in range of [\(-r), \(r - 1)], but got \(dim))",
                              kind: .index)
        }
        return dim < 0 ? dim + r : dim
    }

    /// The shape two shapes broadcast to (NumPy rules: align on the right; sizes must match or be 1).
    public static func broadcast(_ a: [Int], _ b: [Int]) throws(TensorError) -> [Int] {
        if a == b { return a }
        let n = max(a.count, b.count)
        var out = [Int](repeating: 0, count: n)
        for i in 0..<n {
            let da = i < n - a.count ? 1 : a[i - (n - a.count)]
            let db = i < n - b.count ? 1 : b[i - (n - b.count)]
            if da == db || db == 1 { out[i] = da } else if da == 1 { out[i] = db } else {
                throw TensorError("The size of tensor a (\(da)) must match the size of tensor b (\(db)) at non-singleton dimension \(i)")
            }
        }
        // A result as large as an operand already fits; only a larger one is checked (so a scalar
        // operand can never make an elementwise operation throw).
        if out != a && out != b { try Tensor.checkShape(out) }
        return out
    }

    /// Strides (in elements) reading a contiguous tensor of `shape` as if broadcast to `target`:
    /// 0 for broadcast dimensions. `shape` must broadcast to `target`.
    static func broadcastStrides(_ shape: [Int], to target: [Int]) -> [Int] {
        let own = contiguousStrides(shape)
        var out = [Int](repeating: 0, count: target.count)
        let offset = target.count - shape.count
        for i in 0..<shape.count where shape[i] != 1 || target[i + offset] == 1 {
            out[i + offset] = shape[i] == 1 ? 0 : own[i]
        }
        return out
    }

    /// A shape as PyTorch prints it in messages: `[2, 3]`.
    public static func describe(_ shape: [Int]) -> String {
        "[" + shape.map(String.init).joined(separator: ", ") + "]"
    }

    /// Resolves a `-1` in a requested shape against `count` elements, or throws PyTorch's errors.
    public static func infer(_ requested: [Int], count: Int) throws(TensorError) -> [Int] {
        var shape = requested
        var inferred: Int? = nil
        var known = 1
        for (i, d) in requested.enumerated() {
            if d == -1 {
                if inferred != nil { throw TensorError("only one dimension can be inferred") }
                inferred = i
            } else if d < 0 {
                throw TensorError("invalid shape dimension \(d)")
            } else {
                known &*= d
            }
        }
        if let i = inferred {
            guard known != 0, count % known == 0 else {
                throw TensorError("shape '\(describe(requested))' is invalid for input of size \(count)")
            }
            shape[i] = count / known
        } else if known != count {
            throw TensorError("shape '\(describe(requested))' is invalid for input of size \(count)")
        }
        return shape
    }
}
