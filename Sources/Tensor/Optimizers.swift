/// An optimizer updating parameter tensors in place from their `grad` (PyTorch's `torch.optim`).
///
/// Updates are fused loops over each parameter's elements, outside the autograd graph. State is
/// kept per parameter tensor (by identity; the optimizer retains the tensors it has seen), created
/// on a parameter's first step. Parameters whose `grad` is nil are skipped, as in PyTorch. An
/// optimizer is used by one thread at a time (data-parallel workers each hold their own).
public protocol Optimizer: AnyObject {
    /// The learning rate (schedulers change it between steps).
    var learningRate: Double { get set }
    /// Applies one update to each of `parameters` that has a gradient.
    func step(parameters: [Tensor]) throws(TensorError)
}

extension Optimizer {
    /// Clears the gradients of `parameters` (PyTorch's `zero_grad(set_to_none=True)`, the default).
    public func zeroGrad(parameters: [Tensor]) {
        for p in parameters { p.grad = nil }
    }
}

/// Checks shared by the optimizers.
enum OptimizerSupport {
    static func check(_ name: String, _ value: Double, _ ok: Bool) throws(TensorError) {
        guard ok else { throw TensorError("Invalid \(name): \(value)", kind: .value) }
    }

    /// The parameter's gradient, checked, or nil to skip the parameter.
    static func gradient(of p: Tensor) throws(TensorError) -> Tensor? {
        guard let g = p.grad else { return nil }
        guard p.dtype.isFloatingPoint else { throw TensorError("optimizers can only optimize floating-point tensors") }
        guard g.shape == p.shape else {
            throw TensorError("gradient of shape \(Shape.describe(g.shape)) does not match parameter of shape \(Shape.describe(p.shape))")
        }
        return g.converted(p.dtype)
    }

    /// A zero-filled state tensor shaped like the parameter.
    @inline(__always)
    static func zeros(like p: Tensor) -> Tensor { Tensor(uninitialized: p.shape, dtype: p.dtype, zeroed: true) }
}

/// Stochastic gradient descent with momentum (PyTorch's `torch.optim.SGD`). Per parameter:
///
///     g = grad + weight_decay * p
///     if momentum != 0:
///         buf = g                                   (first step)
///         buf = momentum * buf + (1 - dampening) * g (later steps)
///         g = g + momentum * buf  if nesterov  else  buf
///     p = p - lr * g
public final class SGD: Optimizer, @unchecked Sendable {
    /// The learning rate.
    public var learningRate: Double
    /// The momentum factor (0 for plain SGD).
    public var momentum: Double
    /// Dampening of the momentum's gradient term.
    public var dampening: Double
    /// L2 penalty added to the gradient.
    public var weightDecay: Double
    /// Whether to use Nesterov momentum.
    public var nesterov: Bool
    private var buffers: [ObjectIdentifier: (parameter: Tensor, buffer: Tensor)] = [:]

    /// Creates the optimizer; throws PyTorch's errors for invalid settings.
    public init(learningRate: Double = 1e-3, momentum: Double = 0, dampening: Double = 0,
                weightDecay: Double = 0, nesterov: Bool = false) throws(TensorError) {
        try OptimizerSupport.check("learning rate", learningRate, learningRate >= 0)
        try OptimizerSupport.check("momentum value", momentum, momentum >= 0)
        try OptimizerSupport.check("weight_decay value", weightDecay, weightDecay >= 0)
        if nesterov && (momentum <= 0 || dampening != 0) {
            throw TensorError("Nesterov momentum requires a momentum and zero dampening", kind: .value)
        }
        self.learningRate = learningRate
        self.momentum = momentum
        self.dampening = dampening
        self.weightDecay = weightDecay
        self.nesterov = nesterov
    }

    /// Applies one SGD update to each parameter with a gradient.
    public func step(parameters: [Tensor]) throws(TensorError) {
        for p in parameters {
            guard let g = try OptimizerSupport.gradient(of: p) else { continue }
            var buffer: Tensor? = nil
            var first = false
            if momentum != 0 {
                if let state = buffers[ObjectIdentifier(p)] { buffer = state.buffer } else {
                    let b = OptimizerSupport.zeros(like: p)
                    buffers[ObjectIdentifier(p)] = (p, b)
                    buffer = b
                    first = true
                }
            }
            if p.dtype == .float32 { update(Float.self, p, g, buffer, first) } else { update(Double.self, p, g, buffer, first) }
        }
    }

    private func update<T: FloatElement>(_: T.Type, _ p: Tensor, _ g: Tensor, _ buffer: Tensor?, _ first: Bool) {
        let pp = p.pointer(T.self), pg = g.pointer(T.self)
        let lr = T(learningRate), wd = T(weightDecay), mu = T(momentum), damp = T(1 - dampening)
        if let buffer {
            let pb = buffer.pointer(T.self)
            for i in 0..<p.count {
                var d = pg[i]
                if wd != 0 { d += wd * pp[i] }
                pb[i] = first ? d : mu * pb[i] + damp * d
                d = nesterov ? d + mu * pb[i] : pb[i]
                pp[i] -= lr * d
            }
        } else {
            for i in 0..<p.count {
                var d = pg[i]
                if wd != 0 { d += wd * pp[i] }
                pp[i] -= lr * d
            }
        }
    }
}

/// Adam and AdamW (PyTorch's `torch.optim.Adam` / `AdamW`). Per parameter, at step t:
///
///     AdamW: p = p * (1 - lr * weight_decay)        Adam: g = grad + weight_decay * p
///     m = m + (1 - beta1) * (g - m)                 (PyTorch's lerp)
///     v = beta2 * v + (1 - beta2) * g * g
///     vmax = max(vmax, v)                           (amsgrad only; then used for v below)
///     denom = sqrt(v) / sqrt(1 - beta2^t) + eps
///     p = p - (lr / (1 - beta1^t)) * m / denom
public final class Adam: Optimizer, @unchecked Sendable {
    /// The learning rate.
    public var learningRate: Double
    /// The decay rates of the first and second moment estimates.
    public var betas: (Double, Double)
    /// Added to the denominator for stability.
    public var eps: Double
    /// L2 penalty (Adam) or decoupled weight decay (AdamW).
    public var weightDecay: Double
    /// Whether weight decay is decoupled (AdamW) rather than added to the gradient (Adam).
    public let decoupled: Bool
    /// Whether to use the AMSGrad variant.
    public var amsgrad: Bool

    private final class State {
        let parameter: Tensor
        let m: Tensor, v: Tensor
        var vmax: Tensor?
        var step = 0
        init(_ p: Tensor) {
            parameter = p
            m = OptimizerSupport.zeros(like: p)
            v = OptimizerSupport.zeros(like: p)
        }
    }
    private var states: [ObjectIdentifier: State] = [:]

    /// Creates Adam (`decoupled` false; weight decay 0 by default) or AdamW (`decoupled` true; pass
    /// PyTorch's AdamW default weight decay 0.01 explicitly, or use `Adam.adamW`).
    public init(learningRate: Double = 1e-3, betas: (Double, Double) = (0.9, 0.999), eps: Double = 1e-8,
                weightDecay: Double = 0, amsgrad: Bool = false, decoupled: Bool = false) throws(TensorError) {
        try OptimizerSupport.check("learning rate", learningRate, learningRate >= 0)
        try OptimizerSupport.check("epsilon value", eps, eps >= 0)
        try OptimizerSupport.check("beta parameter at index 0", betas.0, betas.0 >= 0 && betas.0 < 1)
        try OptimizerSupport.check("beta parameter at index 1", betas.1, betas.1 >= 0 && betas.1 < 1)
        try OptimizerSupport.check("weight_decay value", weightDecay, weightDecay >= 0)
        self.learningRate = learningRate
        self.betas = betas
        self.eps = eps
        self.weightDecay = weightDecay
        self.amsgrad = amsgrad
        self.decoupled = decoupled
    }

    /// AdamW with PyTorch's defaults (weight decay 0.01).
    public static func adamW(learningRate: Double = 1e-3, betas: (Double, Double) = (0.9, 0.999), eps: Double = 1e-8,
                             weightDecay: Double = 1e-2, amsgrad: Bool = false) throws(TensorError) -> Adam {
        try Adam(learningRate: learningRate, betas: betas, eps: eps, weightDecay: weightDecay, amsgrad: amsgrad, decoupled: true)
    }

    /// The number of steps taken for `parameter` (0 before its first step).
    public func stepCount(of parameter: Tensor) -> Int { states[ObjectIdentifier(parameter)]?.step ?? 0 }

    /// Applies one update to each parameter with a gradient.
    public func step(parameters: [Tensor]) throws(TensorError) {
        for p in parameters {
            guard let g = try OptimizerSupport.gradient(of: p) else { continue }
            let state: State
            if let s = states[ObjectIdentifier(p)] { state = s } else {
                state = State(p)
                states[ObjectIdentifier(p)] = state
            }
            if amsgrad && state.vmax == nil { state.vmax = OptimizerSupport.zeros(like: p) }
            state.step += 1
            if p.dtype == .float32 { update(Float.self, p, g, state) } else { update(Double.self, p, g, state) }
        }
    }

    private func update<T: FloatElement>(_: T.Type, _ p: Tensor, _ g: Tensor, _ state: State) {
        let pp = p.pointer(T.self), pg = g.pointer(T.self)
        let pm = state.m.pointer(T.self), pv = state.v.pointer(T.self)
        let t = Double(state.step)
        let bc1 = 1 - powValue(betas.0, t), bc2Sqrt = (1 - powValue(betas.1, t)).squareRoot()
        let stepSize = T(learningRate / bc1), bc2 = T(bc2Sqrt)
        let w1 = T(1 - betas.0), b2 = T(betas.1), w2 = T(1 - betas.1), e = T(eps)
        let wd = T(weightDecay)
        let shrink = T(1 - learningRate * weightDecay)
        let pmax = state.vmax?.pointer(T.self)
        for i in 0..<p.count {
            var gi = pg[i]
            if weightDecay != 0 {
                if decoupled { pp[i] *= shrink } else { gi += wd * pp[i] }
            }
            let m = pm[i] + w1 * (gi - pm[i])
            let v = b2 * pv[i] + w2 * gi * gi
            pm[i] = m
            pv[i] = v
            var second = v
            if let pmax {
                second = Swift.max(pmax[i], v)
                pmax[i] = second
            }
            let denom = second.squareRoot() / bc2 + e
            pp[i] -= stepSize * m / denom
        }
    }
}

/// RMSprop (PyTorch's `torch.optim.RMSprop`). Per parameter:
///
///     g = grad + weight_decay * p
///     s = alpha * s + (1 - alpha) * g * g
///     centered: a = a + (1 - alpha) * (g - a);  avg = sqrt(s - a * a) + eps
///     else:     avg = sqrt(s) + eps
///     momentum > 0: buf = momentum * buf + g / avg;  p = p - lr * buf
///     else:         p = p - lr * g / avg
public final class RMSprop: Optimizer, @unchecked Sendable {
    /// The learning rate.
    public var learningRate: Double
    /// The smoothing constant.
    public var alpha: Double
    /// Added to the denominator for stability.
    public var eps: Double
    /// L2 penalty added to the gradient.
    public var weightDecay: Double
    /// The momentum factor.
    public var momentum: Double
    /// Whether to normalize by the estimated variance instead of the raw second moment.
    public var centered: Bool

    private final class State {
        let parameter: Tensor, square: Tensor
        var average: Tensor?, buffer: Tensor?
        init(_ p: Tensor) { parameter = p; square = OptimizerSupport.zeros(like: p) }
    }
    private var states: [ObjectIdentifier: State] = [:]

    /// Creates the optimizer with PyTorch's defaults (lr 0.01, alpha 0.99, eps 1e-8).
    public init(learningRate: Double = 1e-2, alpha: Double = 0.99, eps: Double = 1e-8, weightDecay: Double = 0,
                momentum: Double = 0, centered: Bool = false) throws(TensorError) {
        try OptimizerSupport.check("learning rate", learningRate, learningRate >= 0)
        try OptimizerSupport.check("epsilon value", eps, eps >= 0)
        try OptimizerSupport.check("momentum value", momentum, momentum >= 0)
        try OptimizerSupport.check("weight_decay value", weightDecay, weightDecay >= 0)
        try OptimizerSupport.check("alpha value", alpha, alpha >= 0)
        self.learningRate = learningRate
        self.alpha = alpha
        self.eps = eps
        self.weightDecay = weightDecay
        self.momentum = momentum
        self.centered = centered
    }

    /// Applies one update to each parameter with a gradient.
    public func step(parameters: [Tensor]) throws(TensorError) {
        for p in parameters {
            guard let g = try OptimizerSupport.gradient(of: p) else { continue }
            let state: State
            if let s = states[ObjectIdentifier(p)] { state = s } else {
                state = State(p)
                states[ObjectIdentifier(p)] = state
            }
            if centered && state.average == nil { state.average = OptimizerSupport.zeros(like: p) }
            if momentum > 0 && state.buffer == nil { state.buffer = OptimizerSupport.zeros(like: p) }
            if p.dtype == .float32 { update(Float.self, p, g, state) } else { update(Double.self, p, g, state) }
        }
    }

    private func update<T: FloatElement>(_: T.Type, _ p: Tensor, _ g: Tensor, _ state: State) {
        let pp = p.pointer(T.self), pg = g.pointer(T.self), ps = state.square.pointer(T.self)
        let pa = state.average?.pointer(T.self), pb = state.buffer?.pointer(T.self)
        let a = T(alpha), w = T(1 - alpha), e = T(eps), wd = T(weightDecay), mu = T(momentum), lr = T(learningRate)
        for i in 0..<p.count {
            var gi = pg[i]
            if weightDecay != 0 { gi += wd * pp[i] }
            ps[i] = a * ps[i] + w * gi * gi
            var avg: T
            if let pa {
                pa[i] = pa[i] + w * (gi - pa[i])
                avg = (ps[i] - pa[i] * pa[i]).squareRoot()
            } else {
                avg = ps[i].squareRoot()
            }
            avg += e
            if let pb {
                pb[i] = mu * pb[i] + gi / avg
                pp[i] -= lr * pb[i]
            } else {
                pp[i] -= lr * gi / avg
            }
        }
    }
}
