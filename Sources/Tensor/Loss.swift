/// How a loss combines its per-element values (PyTorch's `reduction=`).
public enum Reduction: String, Sendable, CaseIterable {
    /// The per-element losses, unreduced.
    case none
    /// Their mean (for weighted class losses: divided by the sum of the weights).
    case mean
    /// Their sum.
    case sum

    /// Parses PyTorch's string (`"mean"`, `"sum"`, `"none"`), or throws its error.
    public init(parsing name: String) throws(TensorError) {
        guard let value = Reduction(rawValue: name) else {
            throw TensorError("\(name) is not a valid value for reduction", kind: .value)
        }
        self = value
    }
}

/// The per-element loss formulas that `Loss.pointwise` evaluates (derivatives in Derivatives.swift).
enum PointwiseLoss {
    /// `(x - y)^2`.
    case squaredError
    /// `|x - y|`.
    case absoluteError
    /// `0.5 (x - y)^2 / beta` where `|x - y| < beta`, else `|x - y| - 0.5 beta`.
    case smoothL1(beta: Double)
    /// `-(y log x + (1 - y) log(1 - x))`, logs clamped at -100 (as PyTorch).
    case binaryCrossEntropy
    /// `max(x, 0) - x y + log(1 + e^-|x|)`: binary cross-entropy of `sigmoid(x)`, stable.
    case binaryCrossEntropyWithLogits

    /// PyTorch's name for the backward node.
    var nodeName: String {
        switch self {
        case .squaredError: "MseLossBackward0"
        case .absoluteError: "L1LossBackward0"
        case .smoothL1: "SmoothL1LossBackward0"
        case .binaryCrossEntropy: "BinaryCrossEntropyBackward0"
        case .binaryCrossEntropyWithLogits: "BinaryCrossEntropyWithLogitsBackward0"
        }
    }

    /// Whether the target gets a gradient (the difference losses), as in PyTorch.
    var targetDifferentiable: Bool {
        switch self {
        case .squaredError, .absoluteError, .smoothL1: true
        case .binaryCrossEntropy, .binaryCrossEntropyWithLogits: false
        }
    }

    /// The loss of one element.
    @inline(__always)
    func value<T: FloatElement>(_ x: T, _ y: T) -> T {
        switch self {
        case .squaredError:
            let d = x - y
            return d * d
        case .absoluteError:
            return Swift.abs(x - y)
        case .smoothL1(let beta):
            let d = Swift.abs(x - y), b = T(beta)
            return d < b ? 0.5 * d * d / b : d - 0.5 * b
        case .binaryCrossEntropy:
            let logX = Swift.max(T.log(x), -100), log1mX = Swift.max(T.log(1 - x), -100)
            return -(y * logX + (1 - y) * log1mX)
        case .binaryCrossEntropyWithLogits:
            return Swift.max(x, 0) - x * y + T.log1p(T.exp(-Swift.abs(x)))
        }
    }
}

/// Loss functions (PyTorch's `torch.nn.functional` losses). Each returns a 0-d tensor for
/// `.mean`/`.sum` and the per-element losses for `.none`. All are differentiable in the input.
public enum Loss {
    /// Evaluates a pointwise loss over the broadcast of `input` and `target` (floating), unreduced.
    static func pointwise(_ kind: PointwiseLoss, _ input: Tensor, _ target: Tensor) throws(TensorError) -> Tensor {
        let shape = try Shape.broadcast(input.shape, target.shape)
        let type = DType.promote(input.dtype, target.dtype).floatingPoint
        let x = input.converted(type).expandedCopy(shape), y = target.converted(type).expandedCopy(shape)
        let out = Tensor(uninitialized: shape, dtype: type)
        switch type {
        case .float32: Kernels.map2(x.pointer(Float.self), y.pointer(Float.self), out.pointer(Float.self), out.count) { kind.value($0, $1) }
        default: Kernels.map2(x.pointer(Double.self), y.pointer(Double.self), out.pointer(Double.self), out.count) { kind.value($0, $1) }
        }
        let inputs = kind.targetDifferentiable ? [input, target] : [input]
        if Autograd.needsGrad(inputs) {
            out.attach(kind.nodeName, inputs, Derivatives.pointwiseLoss(kind, x, y, input.shape, target.shape))
        }
        return out
    }

    /// Applies a reduction to per-element losses.
    static func reduce(_ losses: Tensor, _ reduction: Reduction) throws(TensorError) -> Tensor {
        switch reduction {
        case .none: losses
        case .sum: losses.sum()
        case .mean: try losses.mean()
        }
    }

    /// Reduces per-element losses and names the result's node as PyTorch's fused loss does
    /// (`MseLossBackward0` for a reduced MSE; L1 keeps `MeanBackward0`, as PyTorch composes it).
    static func reduce(_ losses: Tensor, _ reduction: Reduction, fused kind: PointwiseLoss) throws(TensorError) -> Tensor {
        let result = try reduce(losses, reduction)
        if reduction != .none, case .absoluteError = kind {} else if reduction != .none { result.gradFn?.name = kind.nodeName }
        return result
    }

    /// Multiplies per-element losses by an optional broadcastable weight.
    private static func weighted(_ losses: Tensor, _ weight: Tensor?) throws(TensorError) -> Tensor {
        guard let weight else { return losses }
        return try losses.mul(weight)
    }

    /// Mean squared error `(input - target)^2` (PyTorch's `mse_loss`).
    public static func mse(_ input: Tensor, _ target: Tensor, reduction: Reduction = .mean) throws(TensorError) -> Tensor {
        try reduce(pointwise(.squaredError, input, target), reduction, fused: .squaredError)
    }

    /// Mean absolute error `|input - target|` (PyTorch's `l1_loss`).
    public static func l1(_ input: Tensor, _ target: Tensor, reduction: Reduction = .mean) throws(TensorError) -> Tensor {
        try reduce(pointwise(.absoluteError, input, target), reduction)
    }

    /// Huber-like loss quadratic below `beta`, linear above (PyTorch's `smooth_l1_loss`, beta 1).
    public static func smoothL1(_ input: Tensor, _ target: Tensor, reduction: Reduction = .mean,
                                beta: Double = 1) throws(TensorError) -> Tensor {
        guard beta >= 0 else { throw TensorError("smooth_l1_loss does not support negative values for beta.") }
        if beta == 0 { return try l1(input, target, reduction: reduction) }
        return try reduce(pointwise(.smoothL1(beta: beta), input, target), reduction, fused: .smoothL1(beta: beta))
    }

    /// Binary cross-entropy of probabilities `input` in [0, 1] against `target` (PyTorch's
    /// `binary_cross_entropy`; logs clamped at -100), optionally weighted per element.
    public static func binaryCrossEntropy(_ input: Tensor, _ target: Tensor, weight: Tensor? = nil,
                                          reduction: Reduction = .mean) throws(TensorError) -> Tensor {
        guard input.shape == target.shape else {
            throw TensorError("Using a target size (torch.Size(\(Shape.describe(target.shape)))) that is different to the input size (torch.Size(\(Shape.describe(input.shape)))) is deprecated. Please ensure they have the same size.", kind: .value)
        }
        for v in input.toArray() where !(v >= 0 && v <= 1) {
            throw TensorError("all elements of input should be between 0 and 1")
        }
        return try reduce(weighted(pointwise(.binaryCrossEntropy, input, target), weight), reduction, fused: .binaryCrossEntropy)
    }

    /// Binary cross-entropy of `sigmoid(input)` computed stably from logits (PyTorch's
    /// `binary_cross_entropy_with_logits`), with optional per-element `weight` and per-class
    /// `posWeight` (weighting the positive term).
    public static func binaryCrossEntropyWithLogits(_ input: Tensor, _ target: Tensor, weight: Tensor? = nil,
                                                    posWeight: Tensor? = nil,
                                                    reduction: Reduction = .mean) throws(TensorError) -> Tensor {
        guard input.shape == target.shape else {
            throw TensorError("Target size (torch.Size(\(Shape.describe(target.shape)))) must be the same as input size (torch.Size(\(Shape.describe(input.shape))))", kind: .value)
        }
        let losses: Tensor
        if let posWeight {
            // (1 - y) x - (1 + (pw - 1) y) logsigmoid(x)
            let scale = try posWeight.sub(1).mul(target).add(1)
            losses = try target.rsub(1).mul(input).sub(scale.mul(input.logSigmoid()))
        } else {
            losses = try pointwise(.binaryCrossEntropyWithLogits, input, target)
        }
        return try reduce(weighted(losses, weight), reduction, fused: .binaryCrossEntropyWithLogits)
    }

    /// Negative log-likelihood of log-probabilities `input` (`[N, C]` or `[C]`) at int64 class
    /// `target` (`[N]` or `[]`), with optional per-class `weight` and an `ignoreIndex` whose
    /// entries count for nothing (PyTorch's `nll_loss`). `.mean` divides by the summed weights.
    public static func nll(_ input: Tensor, _ target: Tensor, weight: Tensor? = nil, ignoreIndex: Int = -100,
                           reduction: Reduction = .mean) throws(TensorError) -> Tensor {
        guard input.rank == 1 || input.rank == 2 else {
            throw TensorError("nll_loss: expected input of 1 or 2 dimensions (got \(input.rank)); K-dimensional inputs are not supported")
        }
        guard target.dtype == .int64 else {
            throw TensorError("expected scalar type Long but found \(target.dtype.scalarTypeName)")
        }
        guard input.dtype.isFloatingPoint else { throw TensorError("nll_loss: input must be floating point") }
        let batched = input.rank == 2
        let n = batched ? input.shape[0] : 1
        let c = input.shape[input.rank - 1]
        guard target.rank == (batched ? 1 : 0) else {
            throw TensorError(batched ? "0D or 1D target tensor expected, multi-target not supported" : "1D target tensor expects 0D input")
        }
        guard !batched || target.shape[0] == n else {
            throw TensorError("Expected input batch_size (\(n)) to match target batch_size (\(target.shape[0])).", kind: .value)
        }
        if let weight, weight.count != c || weight.rank != 1 {
            throw TensorError("weight tensor should be defined either for all \(c) classes or no classes but got weight tensor of shape: \(Shape.describe(weight.shape))")
        }
        let x = input, t = target.pointer(Int64.self)
        let w = weight?.converted(.float64)
        var classes = [Int](repeating: -1, count: n)
        var weights = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let k = Int(t[i])
            if k == ignoreIndex { continue }
            guard k >= 0, k < c else { throw TensorError("Target \(k) is out of bounds.", kind: .index) }
            classes[i] = k
            weights[i] = w.map { $0.pointer(Double.self)[k] } ?? 1
        }
        let outShape = reduction == .none ? (batched ? [n] : []) : []
        let out = Tensor(uninitialized: outShape, dtype: x.dtype, zeroed: true)
        var total = 0.0, weightSum = 0.0
        for i in 0..<n where classes[i] >= 0 {
            let v = -weights[i] * x.element(at: i * c + classes[i])
            if reduction == .none { out.setElement(i, v) }
            total += v
            weightSum += weights[i]
        }
        var scale = [Double](repeating: 1, count: 1)
        switch reduction {
        case .none: break
        case .sum: out.setElement(0, total)
        case .mean:
            out.setElement(0, total / weightSum)
            scale[0] = 1 / weightSum
        }
        if Autograd.needsGrad(input) {
            out.attach("NllLossBackward0", [input], Derivatives.nll(input.shape, classes, weights, reduction, scale[0]))
        }
        return out
    }

    /// Cross-entropy of unnormalized `input` logits (`[N, C]` or `[C]`) against int64 class indices
    /// (`[N]` or `[]`) — `nll(logSoftmax(input))`, stable — or against class probabilities of the
    /// input's shape (floating `target`). Options as `nll` (PyTorch's `cross_entropy`).
    public static func crossEntropy(_ input: Tensor, _ target: Tensor, weight: Tensor? = nil, ignoreIndex: Int = -100,
                                    reduction: Reduction = .mean) throws(TensorError) -> Tensor {
        guard input.rank == 1 || input.rank == 2 else {
            throw TensorError("cross_entropy: expected input of 1 or 2 dimensions (got \(input.rank)); K-dimensional inputs are not supported")
        }
        let classDim = input.rank - 1
        let logProbabilities = try input.logSoftmax(dim: classDim)
        if target.dtype.isFloatingPoint {
            guard target.shape == input.shape else {
                throw TensorError("Expected target size \(Shape.describe(input.shape)), got \(Shape.describe(target.shape))")
            }
            var terms = try logProbabilities.mul(target)
            if let weight { terms = try terms.mul(weight) }
            let losses = try terms.sum(dim: classDim).neg()
            return try reduce(losses, reduction)
        }
        return try nll(logProbabilities, target, weight: weight, ignoreIndex: ignoreIndex, reduction: reduction)
    }
}

extension Tensor {
    /// `log(sigmoid(x))`, computed stably as `min(x, 0) - log(1 + e^-|x|)`. Differentiable.
    public func logSigmoid() -> Tensor {
        let out = mappedFloat({ Swift.min($0, 0) - Float.log1p(Float.exp(-Swift.abs($0))) },
                              { Swift.min($0, 0) - Double.log1p(Double.exp(-Swift.abs($0))) })
        if Autograd.needsGrad(self) { out.attach("LogSigmoidBackward0", [self], Derivatives.logSigmoid(self)) }
        return out
    }
}

extension DType {
    /// PyTorch's scalar type name in messages (`Float`, `Double`, `Long`).
    var scalarTypeName: String {
        switch self {
        case .float32: "Float"
        case .float64: "Double"
        case .int64: "Long"
        }
    }
}
