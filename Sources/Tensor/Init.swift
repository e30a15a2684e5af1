/// Parameter initializers (PyTorch's `torch.nn.init`). Each fills a tensor in place (outside the
/// autograd graph, as PyTorch's run under `no_grad`) from a generator (default the global one) and
/// returns it.
public enum Init {
    /// `(fan_in, fan_out)` of a weight: for `[out, in, k...]`, `fan_in = in * prod(k)` and
    /// `fan_out = out * prod(k)`. Throws for fewer than 2 dimensions.
    public static func fans(_ t: Tensor) throws(TensorError) -> (fanIn: Int, fanOut: Int) {
        guard t.rank >= 2 else {
            throw TensorError("Fan in and fan out can not be computed for tensor with fewer than 2 dimensions", kind: .value)
        }
        let receptive = Shape.count(Array(t.shape.dropFirst(2)))
        return (t.shape[1] * receptive, t.shape[0] * receptive)
    }

    private static func requireFloat(_ t: Tensor) throws(TensorError) {
        guard t.dtype.isFloatingPoint else { throw TensorError("initializers need a floating-point tensor") }
    }

    /// Fills with values uniform in `[low, high)`.
    @discardableResult
    public static func uniform_(_ t: Tensor, low: Double = 0, high: Double = 1,
                                generator: TensorRandom = .global) throws(TensorError) -> Tensor {
        try requireFloat(t)
        generator.withLock { source in
            for i in 0..<t.count { t.setElement(i, low + (high - low) * source.uniform()) }
        }
        return t
    }

    /// Fills with normal values of the given mean and standard deviation.
    @discardableResult
    public static func normal_(_ t: Tensor, mean: Double = 0, std: Double = 1,
                               generator: TensorRandom = .global) throws(TensorError) -> Tensor {
        try requireFloat(t)
        generator.withLock { source in
            for i in 0..<t.count { t.setElement(i, mean + std * source.normal()) }
        }
        return t
    }

    /// Fills with `value`.
    @discardableResult
    public static func constant_(_ t: Tensor, _ value: Double) -> Tensor {
        Kernels.fill(t, value)
        return t
    }

    /// Fills with zeros.
    @discardableResult
    public static func zeros_(_ t: Tensor) -> Tensor { constant_(t, 0) }

    /// Fills with ones.
    @discardableResult
    public static func ones_(_ t: Tensor) -> Tensor { constant_(t, 1) }

    /// The recommended gain for a nonlinearity (`linear`, `sigmoid`, `tanh`, `relu`, `leaky_relu`
    /// with `param` as the negative slope, default 0.01), as `calculate_gain`.
    public static func gain(_ nonlinearity: String, param: Double? = nil) throws(TensorError) -> Double {
        switch nonlinearity {
        case "linear", "conv1d", "conv2d", "conv3d", "sigmoid": return 1
        case "tanh": return 5.0 / 3
        case "relu": return 2.0.squareRoot()
        case "leaky_relu":
            let slope = param ?? 0.01
            return (2 / (1 + slope * slope)).squareRoot()
        case "selu": return 3.0 / 4
        default: throw TensorError("Unsupported nonlinearity \(nonlinearity)", kind: .value)
        }
    }

    /// Kaiming (He) uniform: `U(-b, b)` with `b = gain * sqrt(3 / fan)`, `gain` for leaky_relu with
    /// slope `a` by default. `a = sqrt(5)` with fan_in is what `nn.Linear` does to its weight.
    @discardableResult
    public static func kaimingUniform_(_ t: Tensor, a: Double = 0, fanOutMode: Bool = false,
                                       nonlinearity: String = "leaky_relu",
                                       generator: TensorRandom = .global) throws(TensorError) -> Tensor {
        let (fanIn, fanOut) = try fans(t)
        let fan = Double(fanOutMode ? fanOut : fanIn)
        let g = try gain(nonlinearity, param: a)
        let bound = fan > 0 ? 3.0.squareRoot() * g / fan.squareRoot() : 0
        return try uniform_(t, low: -bound, high: bound, generator: generator)
    }

    /// Kaiming (He) normal: `N(0, gain / sqrt(fan))`.
    @discardableResult
    public static func kaimingNormal_(_ t: Tensor, a: Double = 0, fanOutMode: Bool = false,
                                      nonlinearity: String = "leaky_relu",
                                      generator: TensorRandom = .global) throws(TensorError) -> Tensor {
        let (fanIn, fanOut) = try fans(t)
        let fan = Double(fanOutMode ? fanOut : fanIn)
        let std = fan > 0 ? try gain(nonlinearity, param: a) / fan.squareRoot() : 0
        return try normal_(t, mean: 0, std: std, generator: generator)
    }

    /// Xavier (Glorot) uniform: `U(-b, b)` with `b = gain * sqrt(6 / (fan_in + fan_out))`.
    @discardableResult
    public static func xavierUniform_(_ t: Tensor, gain: Double = 1,
                                      generator: TensorRandom = .global) throws(TensorError) -> Tensor {
        let (fanIn, fanOut) = try fans(t)
        let bound = gain * (6 / Double(Swift.max(fanIn + fanOut, 1))).squareRoot()
        return try uniform_(t, low: -bound, high: bound, generator: generator)
    }

    /// Xavier (Glorot) normal: `N(0, gain * sqrt(2 / (fan_in + fan_out)))`.
    @discardableResult
    public static func xavierNormal_(_ t: Tensor, gain: Double = 1,
                                     generator: TensorRandom = .global) throws(TensorError) -> Tensor {
        let (fanIn, fanOut) = try fans(t)
        let std = gain * (2 / Double(Swift.max(fanIn + fanOut, 1))).squareRoot()
        return try normal_(t, mean: 0, std: std, generator: generator)
    }

    /// `nn.Linear`'s initialization of a `[out, in]` weight and its `[out]` bias: kaiming uniform with
    /// `a = sqrt(5)` (bounds ±1/sqrt(in)) for the weight, `U(-1/sqrt(in), 1/sqrt(in))` for the bias.
    public static func linear_(weight: Tensor, bias: Tensor?, generator: TensorRandom = .global) throws(TensorError) {
        try kaimingUniform_(weight, a: 5.0.squareRoot(), generator: generator)
        if let bias {
            let fanIn = Double(try fans(weight).fanIn)
            let bound = fanIn > 0 ? 1 / fanIn.squareRoot() : 0
            try uniform_(bias, low: -bound, high: bound, generator: generator)
        }
    }
}
