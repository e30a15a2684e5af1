#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The element type of a tensor.
///
/// Arithmetic between tensors of different dtypes promotes like PyTorch: int64 < float32 < float64
/// (see `DType.promote`). Comparisons produce int64 tensors of 0 and 1 (there is no bool dtype).
public enum DType: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// 32-bit IEEE float, the default dtype.
    case float32 = 1
    /// 64-bit IEEE float.
    case float64 = 2
    /// 64-bit signed integer (class labels, indices, comparison results).
    case int64 = 3

    /// Bytes per element.
    public var itemSize: Int {
        switch self {
        case .float32: 4
        case .float64, .int64: 8
        }
    }

    /// Whether the dtype is a floating-point type (the only ones that can require gradients).
    public var isFloatingPoint: Bool { self != .int64 }

    /// PyTorch's name: `torch.float32`, `torch.float64`, `torch.int64`.
    public var description: String {
        switch self {
        case .float32: "torch.float32"
        case .float64: "torch.float64"
        case .int64: "torch.int64"
        }
    }

    /// The dtype of `a op b`: the wider of the two (int64 < float32 < float64).
    public static func promote(_ a: DType, _ b: DType) -> DType {
        if a == .float64 || b == .float64 { return .float64 }
        if a == .float32 || b == .float32 { return .float32 }
        return .int64
    }

    /// The dtype float-valued functions (exp, log, mean, ...) compute in: int64 becomes float32.
    public var floatingPoint: DType { self == .int64 ? .float32 : self }
}

/// A Swift scalar type that can be a tensor element (`Float`, `Double`, `Int64`).
public protocol TensorElement: Numeric, Comparable, Sendable {
    /// The dtype of tensors holding this type.
    static var dtype: DType { get }
    /// Converts from a double (truncating toward zero for integers, saturating out of range).
    init(fromDouble value: Double)
    /// The value as a double.
    var doubleValue: Double { get }
}

extension Float: TensorElement {
    /// `.float32`.
    public static var dtype: DType { .float32 }
    /// Rounds the double to the nearest float.
    @inline(__always) public init(fromDouble value: Double) { self = Float(value) }
    /// The value widened to a double.
    @inline(__always) public var doubleValue: Double { Double(self) }
}

extension Double: TensorElement {
    /// `.float64`.
    public static var dtype: DType { .float64 }
    /// The value itself.
    @inline(__always) public init(fromDouble value: Double) { self = value }
    /// The value itself.
    @inline(__always) public var doubleValue: Double { self }
}

extension Int64: TensorElement {
    /// `.int64`.
    public static var dtype: DType { .int64 }
    /// Truncates toward zero; NaN becomes 0 and out-of-range values saturate.
    @inline(__always) public init(fromDouble value: Double) {
        if value.isNaN { self = 0 } else if value >= 9.223372036854775807e18 { self = .max }
        else if value <= -9.223372036854775808e18 { self = .min } else { self = Int64(value) }
    }
    /// The value as a double (rounded above 2^53).
    @inline(__always) public var doubleValue: Double { Double(self) }
}

/// A floating-point tensor element with the math the kernels need.
protocol FloatElement: TensorElement, BinaryFloatingPoint {
    static func exp(_ x: Self) -> Self
    static func log(_ x: Self) -> Self
    static func log1p(_ x: Self) -> Self
    static func tanh(_ x: Self) -> Self
    static func pow(_ x: Self, _ y: Self) -> Self
}

extension Float: FloatElement {
    @inline(__always) static func exp(_ x: Float) -> Float { expf(x) }
    @inline(__always) static func log(_ x: Float) -> Float { logf(x) }
    @inline(__always) static func log1p(_ x: Float) -> Float { log1pf(x) }
    @inline(__always) static func tanh(_ x: Float) -> Float { tanhf(x) }
    @inline(__always) static func pow(_ x: Float, _ y: Float) -> Float { powf(x, y) }
}

extension Double: FloatElement {
    @inline(__always) static func exp(_ x: Double) -> Double { Glibc.exp(x) }
    @inline(__always) static func log(_ x: Double) -> Double { Glibc.log(x) }
    @inline(__always) static func log1p(_ x: Double) -> Double { Glibc.log1p(x) }
    @inline(__always) static func tanh(_ x: Double) -> Double { Glibc.tanh(x) }
    @inline(__always) static func pow(_ x: Double, _ y: Double) -> Double { Glibc.pow(x, y) }
}
