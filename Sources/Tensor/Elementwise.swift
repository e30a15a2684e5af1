/// Elementwise operations with NumPy/PyTorch broadcasting and dtype promotion.
///
/// Binary operations promote their operands (int64 < float32 < float64); a `Double` scalar operand
/// takes the tensor's dtype, except that a non-integral scalar with an int64 tensor gives float32.
/// Division and float functions (exp, log, sqrt, sigmoid, tanh) of int64 tensors give float32.
/// Comparisons give int64 tensors of 0 and 1 (there is no bool dtype).
extension Tensor {
    // MARK: Helpers

    /// This tensor converted to `newType` without recording (self when already of that dtype).
    @inline(__always) func converted(_ newType: DType) -> Tensor {
        if newType == dtype { return self }
        let out = Tensor(uninitialized: shape, dtype: newType)
        Kernels.convert(from: self, to: out)
        return out
    }

    /// A 0-d tensor holding `value` in the dtype a scalar operand takes next to this tensor.
    func scalarOperand(_ value: Double) -> Tensor {
        let type: DType = dtype == .int64 && value.rounded() != value ? .float32 : dtype
        return Tensor(scalar: value, dtype: type)
    }

    /// `f(a, b)` elementwise over the broadcast shape, in the promoted dtype (or `forced`).
    @inline(__always)
    static func arithmetic(_ a: Tensor, _ b: Tensor, computeIn forced: DType? = nil,
                           _ f32: (Float, Float) -> Float, _ f64: (Double, Double) -> Double,
                           _ i64: (Int64, Int64) -> Int64) throws(TensorError) -> Tensor {
        let shape = try Shape.broadcast(a.shape, b.shape)
        let type = forced ?? DType.promote(a.dtype, b.dtype)
        let x = a.converted(type), y = b.converted(type)
        let out = Tensor(uninitialized: shape, dtype: type)
        switch type {
        case .float32: Kernels.broadcast2(x, y, out, f32)
        case .float64: Kernels.broadcast2(x, y, out, f64)
        case .int64: Kernels.broadcast2(x, y, out, i64)
        }
        return out
    }

    /// A comparison elementwise over the broadcast shape: int64 0/1.
    @inline(__always)
    static func comparison(_ a: Tensor, _ b: Tensor, _ f32: (Float, Float) -> Bool,
                           _ f64: (Double, Double) -> Bool, _ i64: (Int64, Int64) -> Bool) throws(TensorError) -> Tensor {
        let shape = try Shape.broadcast(a.shape, b.shape)
        let type = DType.promote(a.dtype, b.dtype)
        let x = a.converted(type), y = b.converted(type)
        let out = Tensor(uninitialized: shape, dtype: .int64)
        switch type {
        case .float32: Kernels.broadcast2(x, y, out) { (p: Float, q: Float) -> Int64 in f32(p, q) ? 1 : 0 }
        case .float64: Kernels.broadcast2(x, y, out) { (p: Double, q: Double) -> Int64 in f64(p, q) ? 1 : 0 }
        case .int64: Kernels.broadcast2(x, y, out) { (p: Int64, q: Int64) -> Int64 in i64(p, q) ? 1 : 0 }
        }
        return out
    }

    /// `f(x)` elementwise, keeping the dtype.
    @inline(__always)
    func mapped(_ f32: (Float) -> Float, _ f64: (Double) -> Double, _ i64: (Int64) -> Int64) -> Tensor {
        let out = Tensor(uninitialized: shape, dtype: dtype)
        switch dtype {
        case .float32: Kernels.map(pointer(Float.self), out.pointer(Float.self), count, f32)
        case .float64: Kernels.map(pointer(Double.self), out.pointer(Double.self), count, f64)
        case .int64: Kernels.map(pointer(Int64.self), out.pointer(Int64.self), count, i64)
        }
        return out
    }

    /// `f(x)` elementwise in floating point (int64 computes in float32).
    @inline(__always)
    func mappedFloat(_ f32: (Float) -> Float, _ f64: (Double) -> Double) -> Tensor {
        let x = converted(dtype.floatingPoint)
        let out = Tensor(uninitialized: shape, dtype: x.dtype)
        switch x.dtype {
        case .float32: Kernels.map(x.pointer(Float.self), out.pointer(Float.self), count, f32)
        default: Kernels.map(x.pointer(Double.self), out.pointer(Double.self), count, f64)
        }
        return out
    }

    // MARK: Arithmetic

    /// `self + other`, broadcasting. Differentiable.
    public func add(_ other: Tensor) throws(TensorError) -> Tensor {
        let out = try Tensor.arithmetic(self, other, +, +, &+)
        if Autograd.needsGrad(self, other) { out.attach("AddBackward0", [self, other], Derivatives.add(shape, other.shape)) }
        return out
    }

    /// `self - other`, broadcasting. Differentiable.
    public func sub(_ other: Tensor) throws(TensorError) -> Tensor {
        let out = try Tensor.arithmetic(self, other, -, -, &-)
        if Autograd.needsGrad(self, other) { out.attach("SubBackward0", [self, other], Derivatives.sub(shape, other.shape)) }
        return out
    }

    /// `self * other`, broadcasting. Differentiable.
    public func mul(_ other: Tensor) throws(TensorError) -> Tensor {
        let out = try Tensor.arithmetic(self, other, *, *, &*)
        if Autograd.needsGrad(self, other) { out.attach("MulBackward0", [self, other], Derivatives.mul(self, other)) }
        return out
    }

    /// `self / other` (true division: int64 operands give float32), broadcasting. Differentiable.
    public func div(_ other: Tensor) throws(TensorError) -> Tensor {
        let type = DType.promote(dtype, other.dtype).floatingPoint
        let out = try Tensor.arithmetic(self, other, computeIn: type, /, /, { $1 == 0 ? 0 : $0 / $1 })
        if Autograd.needsGrad(self, other) { out.attach("DivBackward0", [self, other], Derivatives.div(self, other)) }
        return out
    }

    /// `self ** other` elementwise, broadcasting (int64 ** int64 stays int64). Differentiable.
    public func pow(_ other: Tensor) throws(TensorError) -> Tensor {
        let out = try Tensor.arithmetic(self, other, Float.pow, Double.pow,
                                        { Int64(fromDouble: Double.pow(Double($0), Double($1))) })
        if Autograd.needsGrad(self, other) { out.attach("PowBackward1", [self, other], Derivatives.pow(self, other, out.detach())) }
        return out
    }

    /// `max(self, other)` elementwise (NaN propagates), broadcasting. Differentiable (ties split the gradient).
    public func maximum(_ other: Tensor) throws(TensorError) -> Tensor {
        let out = try Tensor.arithmetic(self, other, { $0.isNaN || $0 > $1 ? $0 : $1 },
                                        { $0.isNaN || $0 > $1 ? $0 : $1 }, { Swift.max($0, $1) })
        if Autograd.needsGrad(self, other) { out.attach("MaximumBackward0", [self, other], Derivatives.extremum(self, other, max: true)) }
        return out
    }

    /// `min(self, other)` elementwise (NaN propagates), broadcasting. Differentiable (ties split the gradient).
    public func minimum(_ other: Tensor) throws(TensorError) -> Tensor {
        let out = try Tensor.arithmetic(self, other, { $0.isNaN || $0 < $1 ? $0 : $1 },
                                        { $0.isNaN || $0 < $1 ? $0 : $1 }, { Swift.min($0, $1) })
        if Autograd.needsGrad(self, other) { out.attach("MinimumBackward0", [self, other], Derivatives.extremum(self, other, max: false)) }
        return out
    }

    /// `self + scalar`. Differentiable.
    // The scalar forms below cannot throw: a 0-d operand broadcasts against any shape, and a result
    // of an operand's own shape is never size-checked (Shape.broadcast), so `try!` is unreachable.
    public func add(_ scalar: Double) -> Tensor { try! add(scalarOperand(scalar)) }
    /// `self - scalar`. Differentiable.
    public func sub(_ scalar: Double) -> Tensor { try! sub(scalarOperand(scalar)) }
    /// `self * scalar`. Differentiable.
    public func mul(_ scalar: Double) -> Tensor { try! mul(scalarOperand(scalar)) }
    /// `self / scalar`. Differentiable.
    public func div(_ scalar: Double) -> Tensor { try! div(scalarOperand(scalar)) }
    /// `scalar - self` (Python's `2 - t`). Differentiable.
    public func rsub(_ scalar: Double) -> Tensor { try! scalarOperand(scalar).sub(self) }
    /// `scalar / self` (Python's `1 / t`). Differentiable.
    public func rdiv(_ scalar: Double) -> Tensor { try! scalarOperand(scalar).div(self) }
    /// `scalar ** self` (Python's `2 ** t`). Differentiable.
    public func rpow(_ scalar: Double) -> Tensor { try! scalarOperand(scalar).pow(self) }
    /// `max(self, scalar)` elementwise. Differentiable.
    public func maximum(_ scalar: Double) -> Tensor { try! maximum(scalarOperand(scalar)) }
    /// `min(self, scalar)` elementwise. Differentiable.
    public func minimum(_ scalar: Double) -> Tensor { try! minimum(scalarOperand(scalar)) }

    /// `self ** exponent` for a scalar exponent (int64 stays int64 for non-negative integral
    /// exponents). Differentiable.
    public func pow(_ exponent: Double) -> Tensor {
        let out: Tensor
        if exponent == 2 {
            out = mapped({ $0 * $0 }, { $0 * $0 }, { $0 &* $0 })
        } else if dtype == .int64 && exponent.rounded() == exponent && exponent >= 0 {
            out = mapped({ $0 }, { $0 }, { Int64(fromDouble: Double.pow(Double($0), exponent)) })
        } else {
            let e = Float(exponent)
            out = mappedFloat({ Float.pow($0, e) }, { Double.pow($0, exponent) })
        }
        if Autograd.needsGrad(self) { out.attach("PowBackward0", [self], Derivatives.powScalar(self, exponent)) }
        return out
    }

    // MARK: Unary

    /// `-self`. Differentiable.
    public func neg() -> Tensor {
        let out = mapped({ -$0 }, { -$0 }, { 0 &- $0 })
        if Autograd.needsGrad(self) { out.attach("NegBackward0", [self], Derivatives.neg()) }
        return out
    }

    /// `e ** self`. Differentiable.
    public func exp() -> Tensor {
        let out = mappedFloat(Float.exp, Double.exp)
        if Autograd.needsGrad(self) { out.attach("ExpBackward0", [self], Derivatives.exp(out.detach())) }
        return out
    }

    /// The natural logarithm (NaN below 0, -inf at 0). Differentiable.
    public func log() -> Tensor {
        let out = mappedFloat(Float.log, Double.log)
        if Autograd.needsGrad(self) { out.attach("LogBackward0", [self], Derivatives.log(self)) }
        return out
    }

    /// The square root (NaN below 0). Differentiable.
    public func sqrt() -> Tensor {
        let out = mappedFloat({ $0.squareRoot() }, { $0.squareRoot() })
        if Autograd.needsGrad(self) { out.attach("SqrtBackward0", [self], Derivatives.sqrt(out.detach())) }
        return out
    }

    /// The absolute value. Differentiable (gradient 0 at 0, as PyTorch).
    public func abs() -> Tensor {
        let out = mapped({ Swift.abs($0) }, { Swift.abs($0) }, { $0 == .min ? $0 : Swift.abs($0) })
        if Autograd.needsGrad(self) { out.attach("AbsBackward0", [self], Derivatives.abs(self)) }
        return out
    }

    /// The logistic function `1 / (1 + e^-x)`, computed stably. Differentiable.
    public func sigmoid() -> Tensor {
        let out = mappedFloat(sigmoidOf, sigmoidOf)
        if Autograd.needsGrad(self) { out.attach("SigmoidBackward0", [self], Derivatives.sigmoid(out.detach())) }
        return out
    }

    /// The hyperbolic tangent. Differentiable.
    public func tanh() -> Tensor {
        let out = mappedFloat(Float.tanh, Double.tanh)
        if Autograd.needsGrad(self) { out.attach("TanhBackward0", [self], Derivatives.tanh(out.detach())) }
        return out
    }

    /// `max(x, 0)`. Differentiable (gradient 0 at 0, as PyTorch).
    public func relu() -> Tensor {
        let out = mapped({ $0 > 0 ? $0 : 0 }, { $0 > 0 ? $0 : 0 }, { $0 > 0 ? $0 : 0 })
        if Autograd.needsGrad(self) { out.attach("ReluBackward0", [self], Derivatives.relu(out.detach())) }
        return out
    }

    /// `x` for positive `x`, `negativeSlope * x` otherwise (PyTorch's default slope 0.01). Differentiable.
    public func leakyRelu(negativeSlope: Double = 0.01) -> Tensor {
        let s = Float(negativeSlope)
        let out = mappedFloat({ $0 > 0 ? $0 : $0 * s }, { $0 > 0 ? $0 : $0 * negativeSlope })
        if Autograd.needsGrad(self) { out.attach("LeakyReluBackward0", [self], Derivatives.leakyRelu(self, negativeSlope)) }
        return out
    }

    /// Limits every element to `[min, max]` (either bound optional; PyTorch's `clamp`). NaN stays NaN.
    /// Differentiable: the gradient passes where `min <= x <= max`.
    public func clamp(min low: Double? = nil, max high: Double? = nil) throws(TensorError) -> Tensor {
        guard low != nil || high != nil else {
            throw TensorError("torch.clamp: At least one of 'min' or 'max' must not be None")
        }
        let lo = low ?? -.infinity, hi = high ?? .infinity
        let lf = Float(lo), hf = Float(hi)
        let li = low.map { Int64(fromDouble: $0.rounded(.up)) } ?? .min
        let hiI = high.map { Int64(fromDouble: $0.rounded(.down)) } ?? .max
        let out = mapped({ $0.isNaN ? $0 : Swift.min(Swift.max($0, lf), hf) },
                         { $0.isNaN ? $0 : Swift.min(Swift.max($0, lo), hi) },
                         { Swift.min(Swift.max($0, li), hiI) })
        if Autograd.needsGrad(self) { out.attach("ClampBackward1", [self], Derivatives.clamp(self, lo, hi)) }
        return out
    }

    /// `condition ? a : b` elementwise (condition nonzero means true), broadcasting all three.
    /// Differentiable in `a` and `b`.
    public static func `where`(_ condition: Tensor, _ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor {
        let shape = try Shape.broadcast(Shape.broadcast(condition.shape, a.shape), b.shape)
        let type = DType.promote(a.dtype, b.dtype)
        let c = condition.expandedCopy(shape)
        let x = a.converted(type).expandedCopy(shape), y = b.converted(type).expandedCopy(shape)
        let out = Tensor(uninitialized: shape, dtype: type)
        func run<T: TensorElement>(_: T.Type) {
            let px = x.pointer(T.self), py = y.pointer(T.self), po = out.pointer(T.self)
            switch c.dtype {
            case .float32: let pc = c.pointer(Float.self); for i in 0..<out.count { po[i] = pc[i] != 0 ? px[i] : py[i] }
            case .float64: let pc = c.pointer(Double.self); for i in 0..<out.count { po[i] = pc[i] != 0 ? px[i] : py[i] }
            case .int64: let pc = c.pointer(Int64.self); for i in 0..<out.count { po[i] = pc[i] != 0 ? px[i] : py[i] }
            }
        }
        switch type {
        case .float32: run(Float.self)
        case .float64: run(Double.self)
        case .int64: run(Int64.self)
        }
        if Autograd.needsGrad(a, b) { out.attach("WhereBackward0", [a, b], Derivatives.where(c, a.shape, b.shape)) }
        return out
    }

    /// This tensor's elements repeated to a shape it broadcasts to (a copy; self when equal). Untracked.
    func expandedCopy(_ target: [Int]) -> Tensor {
        if shape == target { return self }
        let out = Tensor(uninitialized: target, dtype: dtype)
        let zero = Tensor(uninitialized: [], dtype: dtype, zeroed: true)
        switch dtype {
        case .float32: Kernels.broadcast2(self, zero, out) { (a: Float, _: Float) in a }
        case .float64: Kernels.broadcast2(self, zero, out) { (a: Double, _: Double) in a }
        case .int64: Kernels.broadcast2(self, zero, out) { (a: Int64, _: Int64) in a }
        }
        return out
    }

    // MARK: Comparisons (int64 0/1 results, never differentiable)

    /// `self == other` elementwise as int64 0/1.
    public func eq(_ other: Tensor) throws(TensorError) -> Tensor { try Tensor.comparison(self, other, ==, ==, ==) }
    /// `self != other` elementwise as int64 0/1.
    public func ne(_ other: Tensor) throws(TensorError) -> Tensor { try Tensor.comparison(self, other, !=, !=, !=) }
    /// `self < other` elementwise as int64 0/1.
    public func lt(_ other: Tensor) throws(TensorError) -> Tensor { try Tensor.comparison(self, other, <, <, <) }
    /// `self <= other` elementwise as int64 0/1.
    public func le(_ other: Tensor) throws(TensorError) -> Tensor { try Tensor.comparison(self, other, <=, <=, <=) }
    /// `self > other` elementwise as int64 0/1.
    public func gt(_ other: Tensor) throws(TensorError) -> Tensor { try Tensor.comparison(self, other, >, >, >) }
    /// `self >= other` elementwise as int64 0/1.
    public func ge(_ other: Tensor) throws(TensorError) -> Tensor { try Tensor.comparison(self, other, >=, >=, >=) }
    /// `self == scalar` elementwise as int64 0/1.
    // As above: comparisons with a 0-d operand cannot throw.
    public func eq(_ scalar: Double) -> Tensor { try! eq(scalarOperand(scalar)) }
    /// `self != scalar` elementwise as int64 0/1.
    public func ne(_ scalar: Double) -> Tensor { try! ne(scalarOperand(scalar)) }
    /// `self < scalar` elementwise as int64 0/1.
    public func lt(_ scalar: Double) -> Tensor { try! lt(scalarOperand(scalar)) }
    /// `self <= scalar` elementwise as int64 0/1.
    public func le(_ scalar: Double) -> Tensor { try! le(scalarOperand(scalar)) }
    /// `self > scalar` elementwise as int64 0/1.
    public func gt(_ scalar: Double) -> Tensor { try! gt(scalarOperand(scalar)) }
    /// `self >= scalar` elementwise as int64 0/1.
    public func ge(_ scalar: Double) -> Tensor { try! ge(scalarOperand(scalar)) }

    // MARK: In place (never recorded)

    /// Throws PyTorch's error when an in-place write would corrupt the autograd graph.
    func checkInPlace() throws(TensorError) {
        if requiresGrad && Autograd.isEnabled {
            throw TensorError(isLeaf ? "a leaf Variable that requires grad is being used in an in-place operation."
                                     : "in-place operations on tensors that are part of the autograd graph are not supported")
        }
    }

    /// Sets every element to `value` (PyTorch's `fill_`). Returns self.
    @discardableResult
    public func fill_(_ value: Double) throws(TensorError) -> Tensor {
        try checkInPlace()
        Kernels.fill(self, value)
        return self
    }

    /// Sets every element to 0 (PyTorch's `zero_`). Returns self.
    @discardableResult
    public func zero_() throws(TensorError) -> Tensor { try fill_(0) }

    /// Copies `source` (broadcast to this shape, converted to this dtype) into this tensor. Returns self.
    @discardableResult
    public func copy_(_ source: Tensor) throws(TensorError) -> Tensor {
        try checkInPlace()
        let target = try Shape.broadcast(source.shape, shape)
        guard target == shape else {
            throw TensorError("output with shape \(Shape.describe(shape)) doesn't match the broadcast shape \(Shape.describe(target))")
        }
        let src = source.converted(dtype).expandedCopy(shape)
        rawPointer.copyMemory(from: src.rawPointer, byteCount: count * dtype.itemSize)
        return self
    }

    /// `self += alpha * other` in place (other broadcast to this shape). Returns self.
    @discardableResult
    public func add_(_ other: Tensor, alpha: Double = 1) throws(TensorError) -> Tensor {
        try checkInPlace()
        let src = other.converted(dtype)
        let target = try Shape.broadcast(src.shape, shape)
        guard target == shape else {
            throw TensorError("output with shape \(Shape.describe(shape)) doesn't match the broadcast shape \(Shape.describe(target))")
        }
        let a = Float(alpha)
        switch dtype {
        case .float32: Kernels.broadcast2(self, src, self) { (x: Float, y: Float) in x + a * y }
        case .float64: Kernels.broadcast2(self, src, self) { (x: Double, y: Double) in x + alpha * y }
        case .int64: let ai = Int64(fromDouble: alpha); Kernels.broadcast2(self, src, self) { (x: Int64, y: Int64) in x &+ ai &* y }
        }
        return self
    }

    /// `self *= scalar` in place. Returns self.
    @discardableResult
    public func mul_(_ scalar: Double) throws(TensorError) -> Tensor {
        try checkInPlace()
        let f = Float(scalar), i = Int64(fromDouble: scalar)
        switch dtype {
        case .float32: Kernels.map(pointer(Float.self), pointer(Float.self), count) { $0 * f }
        case .float64: Kernels.map(pointer(Double.self), pointer(Double.self), count) { $0 * scalar }
        case .int64: Kernels.map(pointer(Int64.self), pointer(Int64.self), count) { $0 &* i }
        }
        return self
    }
}

/// The logistic function, stable for large |x|.
@inline(__always) func sigmoidOf<T: FloatElement>(_ x: T) -> T {
    if x >= 0 { return 1 / (1 + T.exp(-x)) }
    let e = T.exp(x)
    return e / (1 + e)
}

/// Operators for Swift callers: the tensor-tensor ones throw on shapes that do not broadcast.
extension Tensor {
    /// `a.add(b)`.
    public static func + (a: Tensor, b: Tensor) throws(TensorError) -> Tensor { try a.add(b) }
    /// `a.sub(b)`.
    public static func - (a: Tensor, b: Tensor) throws(TensorError) -> Tensor { try a.sub(b) }
    /// `a.mul(b)`.
    public static func * (a: Tensor, b: Tensor) throws(TensorError) -> Tensor { try a.mul(b) }
    /// `a.div(b)`.
    public static func / (a: Tensor, b: Tensor) throws(TensorError) -> Tensor { try a.div(b) }
    /// `a.add(s)`.
    public static func + (a: Tensor, s: Double) -> Tensor { a.add(s) }
    /// `a.sub(s)`.
    public static func - (a: Tensor, s: Double) -> Tensor { a.sub(s) }
    /// `a.mul(s)`.
    public static func * (a: Tensor, s: Double) -> Tensor { a.mul(s) }
    /// `a.div(s)`.
    public static func / (a: Tensor, s: Double) -> Tensor { a.div(s) }
    /// `a.neg()`.
    public static prefix func - (a: Tensor) -> Tensor { a.neg() }
}
