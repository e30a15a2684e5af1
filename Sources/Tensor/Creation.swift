import Foundation
/// Making tensors: from Swift arrays and external buffers, constant fills, ranges, random draws.
extension Tensor {
    /// A tensor of `dtype` (default float32) holding `values` in row-major order, shaped `shape`
    /// (default 1-D). Throws when the counts disagree.
    public convenience init(_ values: [Double], shape: [Int]? = nil, dtype: DType = .float32) throws(TensorError) {
        let shape = shape ?? [values.count]
        try Self.checkCount(values.count, shape)
        self.init(uninitialized: shape, dtype: dtype)
        values.withUnsafeBufferPointer { Self.fill(self, from: $0) }
    }

    /// A tensor (float32 unless `dtype` says otherwise) holding `values`, shaped `shape` (default 1-D).
    public convenience init(_ values: [Float], shape: [Int]? = nil, dtype: DType = .float32) throws(TensorError) {
        let shape = shape ?? [values.count]
        try Self.checkCount(values.count, shape)
        self.init(uninitialized: shape, dtype: dtype)
        for i in 0..<values.count { setElement(i, Double(values[i])) }
    }

    /// A tensor (int64 unless `dtype` says otherwise) holding `values`, shaped `shape` (default 1-D).
    public convenience init(_ values: [Int64], shape: [Int]? = nil, dtype: DType = .int64) throws(TensorError) {
        let shape = shape ?? [values.count]
        try Self.checkCount(values.count, shape)
        self.init(uninitialized: shape, dtype: dtype)
        if dtype == .int64 {
            for i in 0..<values.count { pointer(Int64.self)[i] = values[i] }
        } else {
            for i in 0..<values.count { setElement(i, Double(values[i])) }
        }
    }

    /// A 0-d tensor holding one value (PyTorch's `torch.tensor(3.5)`).
    public convenience init(scalar value: Double, dtype: DType = .float32) {
        self.init(uninitialized: [], dtype: dtype)
        Kernels.fill(self, value)
    }

    /// A copy of an external buffer of doubles (a dataframe column, say) into a new tensor of `dtype`
    /// (float32 by default, or float64/int64), shaped `shape` (default 1-D).
    public convenience init(copying buffer: UnsafeBufferPointer<Double>, shape: [Int]? = nil,
                            dtype: DType = .float32) throws(TensorError) {
        let shape = shape ?? [buffer.count]
        try Self.checkCount(buffer.count, shape)
        self.init(uninitialized: shape, dtype: dtype)
        Self.fill(self, from: buffer)
    }

    private static func checkCount(_ count: Int, _ shape: [Int]) throws(TensorError) {
        try checkShape(shape)
        guard Shape.count(shape) == count else {
            throw TensorError("shape '\(Shape.describe(shape))' is invalid for input of size \(count)")
        }
    }

    static func checkShape(_ shape: [Int]) throws(TensorError) {
        if let bad = shape.first(where: { $0 < 0 }) {
            throw TensorError("Trying to create tensor with negative dimension \(bad): \(Shape.describe(shape))")
        }
        // The element count must fit, and its bytes must fit in memory (PyTorch's allocator error).
        var count = 1
        for d in shape {
            let (product, overflow) = count.multipliedReportingOverflow(by: d)
            guard !overflow else { throw TensorError("Trying to create tensor with \(Shape.describe(shape)) elements: more than can be addressed") }
            count = product
        }
        let limit = Int(clamping: ProcessInfo.processInfo.physicalMemory)
        if count > limit / 8 {
            throw TensorError("DefaultCPUAllocator: not enough memory: you tried to allocate \(count.multipliedReportingOverflow(by: 8).overflow ? Int.max : count * 8) bytes.")
        }
    }

    private static func fill(_ t: Tensor, from buffer: UnsafeBufferPointer<Double>) {
        guard let base = buffer.baseAddress else { return }
        switch t.dtype {
        case .float64: t.pointer(Double.self).update(from: base, count: buffer.count)
        case .float32: Kernels.map(base, t.pointer(Float.self), buffer.count) { Float($0) }
        case .int64: Kernels.map(base, t.pointer(Int64.self), buffer.count) { Int64(fromDouble: $0) }
        }
    }

    /// A tensor of zeros. Negative sizes throw.
    public static func zeros(_ shape: [Int], dtype: DType = .float32) throws(TensorError) -> Tensor {
        try checkShape(shape)
        return Tensor(uninitialized: shape, dtype: dtype, zeroed: true)
    }

    /// A tensor of ones. Negative sizes throw.
    public static func ones(_ shape: [Int], dtype: DType = .float32) throws(TensorError) -> Tensor {
        try checkShape(shape)
        return full(shape, 1, dtype: dtype)
    }

    /// A tensor filled with `value` (shape assumed valid).
    static func full(_ shape: [Int], _ value: Double, dtype: DType) -> Tensor {
        let t = Tensor(uninitialized: shape, dtype: dtype)
        Kernels.fill(t, value)
        return t
    }

    /// A tensor filled with `value`. Negative sizes throw.
    public static func full(_ shape: [Int], value: Double, dtype: DType = .float32) throws(TensorError) -> Tensor {
        try checkShape(shape)
        return full(shape, value, dtype: dtype)
    }

    /// Zeros with this tensor's shape and dtype.
    public func zerosLike() -> Tensor { Tensor(uninitialized: shape, dtype: dtype, zeroed: true) }
    /// Ones with this tensor's shape and dtype.
    public func onesLike() -> Tensor { Tensor.full(shape, 1, dtype: dtype) }
    /// `value` everywhere, with this tensor's shape and dtype.
    public func fullLike(_ value: Double) -> Tensor { Tensor.full(shape, value, dtype: dtype) }

    /// The values `start, start + step, ...` below `end` (above it for a negative step), 1-D
    /// (PyTorch's `arange`; int64 by default as for integer arguments). Throws for a zero step or a
    /// step of the wrong sign.
    public static func arange(_ start: Double = 0, _ end: Double, step: Double = 1,
                              dtype: DType = .int64) throws(TensorError) -> Tensor {
        guard step != 0 else { throw TensorError("step must be nonzero") }
        guard start.isFinite, end.isFinite, (end - start) * step >= 0 else {
            throw TensorError("upper bound and larger bound inconsistent with step sign")
        }
        let length = ((end - start) / step).rounded(.up)
        guard length < 9.0e18 else { throw TensorError("Trying to create tensor with \(length) elements: more than can be addressed") }
        let n = Int(length)
        try checkShape([n])
        let t = Tensor(uninitialized: [n], dtype: dtype)
        for i in 0..<n { t.setElement(i, start + Double(i) * step) }
        return t
    }

    /// `steps` values evenly spaced from `start` to `end` inclusive (PyTorch's `linspace`).
    public static func linspace(_ start: Double, _ end: Double, steps: Int,
                                dtype: DType = .float32) throws(TensorError) -> Tensor {
        guard steps >= 0 else { throw TensorError("number of steps must be non-negative") }
        try checkShape([steps])
        let t = Tensor(uninitialized: [steps], dtype: dtype)
        if steps == 1 { t.setElement(0, start) }
        if steps > 1 {
            let step = (end - start) / Double(steps - 1)
            // PyTorch fills the second half backwards from `end`, so both ends are exact.
            let half = steps / 2
            for i in 0..<steps {
                t.setElement(i, i < half ? start + step * Double(i) : end - step * Double(steps - i - 1))
            }
        }
        return t
    }

    /// Uniform values in [0, 1) from `generator` (default the global one).
    public static func rand(_ shape: [Int], dtype: DType = .float32,
                            generator: TensorRandom = .global) throws(TensorError) -> Tensor {
        try checkShape(shape)
        let t = Tensor(uninitialized: shape, dtype: dtype.floatingPoint)
        generator.withLock { source in
            for i in 0..<t.count { t.setElement(i, source.uniform()) }
        }
        return t
    }

    /// Standard normal values from `generator` (default the global one).
    public static func randn(_ shape: [Int], dtype: DType = .float32,
                             generator: TensorRandom = .global) throws(TensorError) -> Tensor {
        try checkShape(shape)
        let t = Tensor(uninitialized: shape, dtype: dtype.floatingPoint)
        generator.withLock { source in
            for i in 0..<t.count { t.setElement(i, source.normal()) }
        }
        return t
    }

    /// Integers uniform in `low..<high` (PyTorch's `randint`), int64 by default.
    public static func randint(low: Int64 = 0, high: Int64, _ shape: [Int], dtype: DType = .int64,
                               generator: TensorRandom = .global) throws(TensorError) -> Tensor {
        try checkShape(shape)
        guard high > low else {
            throw TensorError("random_ expects 'from' to be less than 'to', but got from=\(low) >= to=\(high)")
        }
        let t = Tensor(uninitialized: shape, dtype: dtype)
        let span = Int(high - low)
        generator.withLock { source in
            for i in 0..<t.count { t.setElement(i, Double(low + Int64(source.integer(below: span)))) }
        }
        return t
    }

    /// A random permutation of `0..<n` as int64 (PyTorch's `randperm`), by Fisher–Yates.
    public static func randperm(_ n: Int, generator: TensorRandom = .global) throws(TensorError) -> Tensor {
        guard n >= 0 else { throw TensorError("n must be non-negative, got\(n)") }
        try checkShape([n])
        let t = Tensor(uninitialized: [n], dtype: .int64)
        let p = t.pointer(Int64.self)
        for i in 0..<n { p[i] = Int64(i) }
        generator.withLock { source in
            var i = n - 1
            while i > 0 {
                let j = source.integer(below: i + 1)
                let v = p[i]; p[i] = p[j]; p[j] = v
                i -= 1
            }
        }
        return t
    }

    /// Writes flat element `index` from a double (converted to the dtype).
    @inline(__always) func setElement(_ index: Int, _ value: Double) {
        switch dtype {
        case .float32: pointer(Float.self)[index] = Float(value)
        case .float64: pointer(Double.self)[index] = value
        case .int64: pointer(Int64.self)[index] = Int64(fromDouble: value)
        }
    }
}
