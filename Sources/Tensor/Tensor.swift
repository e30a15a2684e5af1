/// An n-dimensional array of one dtype, with the autograd bookkeeping PyTorch's `Tensor` has.
///
/// Layout: a tensor is always contiguous and row-major, a window of `count` elements starting
/// `offset` elements into its `storage`. Operations that are views in PyTorch but would need strides
/// here (`transpose`, `permute`, `t`, `expand`, a `narrow` off the first dimension) copy instead;
/// `reshape`/`view`, `squeeze`/`unsqueeze`/`flatten`, `detach`, and `select`/`narrow` on the first
/// dimension share the storage. Element values are never changed by an operation except the in-place
/// ones (names ending in `_`, optimizers, initializers).
///
/// Autograd: a tensor made by a differentiable operation on tensors that require gradients holds the
/// `GradNode` that made it (`gradFn`); `backward()` walks those nodes and accumulates gradients into
/// the `grad` of leaf tensors that `requiresGrad`.
///
/// Threads: tensors use atomic reference counting and may be shared between threads; concurrent
/// in-place writes to the same storage are the caller's responsibility. The no-grad mode is per thread.
public final class Tensor: @unchecked Sendable {
    /// The buffer holding the elements (possibly shared with other tensors).
    public let storage: Storage
    /// Where this tensor's first element is in `storage`, in elements.
    public let offset: Int
    /// The size of each dimension (`[]` for a 0-d scalar tensor).
    public let shape: [Int]
    /// The number of elements (the product of `shape`).
    public let count: Int
    /// Whether autograd tracks operations on this tensor. Leaves set it with `requiresGrad_()`;
    /// results of tracked operations have it set.
    public private(set) var requiresGrad: Bool = false
    /// The accumulated gradient of a leaf that requires grad, after `backward()`.
    public var grad: Tensor?
    /// The autograd node that produced this tensor (nil for leaves and untracked results).
    public internal(set) var gradFn: GradNode?

    /// Wraps `count(shape)` elements of `storage` starting at `offset`.
    init(storage: Storage, offset: Int = 0, shape: [Int]) {
        self.storage = storage
        self.offset = offset
        self.shape = shape
        self.count = Shape.count(shape)
    }

    /// A tensor of the given shape and dtype with uninitialized (or zeroed) elements.
    init(uninitialized shape: [Int], dtype: DType, zeroed: Bool = false) {
        let n = Shape.count(shape)
        self.storage = Storage(dtype: dtype, count: n, zeroed: zeroed)
        self.offset = 0
        self.shape = shape
        self.count = n
    }

    /// The element type.
    @inline(__always) public var dtype: DType { storage.dtype }
    /// The number of dimensions.
    @inline(__always) public var rank: Int { shape.count }
    /// Row-major strides in elements (PyTorch's `stride()` for this contiguous layout).
    public var strides: [Int] { Shape.contiguousStrides(shape) }
    /// Whether this tensor is a leaf of the autograd graph (made by the user, not by a tracked operation).
    public var isLeaf: Bool { gradFn == nil }

    /// The size of one dimension (negative counts from the end).
    public func size(_ dim: Int) throws(TensorError) -> Int {
        guard rank > 0 else { throw TensorError("dimension specified as \(dim) but tensor has no dimensions", kind: .index) }
        return shape[try Shape.normalize(dim: dim, rank: rank)]
    }

    /// The first byte of this tensor's elements.
    @inline(__always) public var rawPointer: UnsafeMutableRawPointer {
        storage.data + offset * storage.dtype.itemSize
    }

    /// This tensor's elements typed as `T`; `T` must match `dtype`.
    @inline(__always) func pointer<T>(_: T.Type) -> UnsafeMutablePointer<T> {
        rawPointer.assumingMemoryBound(to: T.self)
    }

    /// Runs `body` with a typed view of the elements; throws when `T` is not this tensor's dtype.
    public func withUnsafeMutableBuffer<T: TensorElement, R>(
        as type: T.Type, _ body: (UnsafeMutableBufferPointer<T>) throws -> R
    ) throws -> R {
        guard T.dtype == dtype else {
            throw TensorError("expected a tensor of dtype \(T.dtype), got \(dtype)")
        }
        return try body(UnsafeMutableBufferPointer(start: pointer(T.self), count: count))
    }

    /// Marks a leaf as requiring gradients (PyTorch's `requires_grad_`). Returns self.
    /// Throws for int64 tensors and when clearing the flag of a non-leaf.
    @discardableResult
    public func requiresGrad_(_ flag: Bool = true) throws(TensorError) -> Tensor {
        if flag && !dtype.isFloatingPoint {
            throw TensorError("only Tensors of floating point dtype can require gradients")
        }
        if !flag && gradFn != nil {
            throw TensorError("you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().")
        }
        requiresGrad = flag
        return self
    }

    /// Sets the flag on a result of a tracked operation.
    @inline(__always) func markRequiresGrad() { requiresGrad = true }

    /// A tensor sharing this one's storage, outside the autograd graph (`requiresGrad` false).
    public func detach() -> Tensor {
        Tensor(storage: storage, offset: offset, shape: shape)
    }

    /// A fresh copy of the elements with the same shape and dtype. Differentiable.
    public func clone() -> Tensor {
        let out = Tensor(uninitialized: shape, dtype: dtype)
        out.rawPointer.copyMemory(from: rawPointer, byteCount: count * dtype.itemSize)
        if Autograd.needsGrad(self) { out.attach("CloneBackward0", [self], Derivatives.identity()) }
        return out
    }

    /// A distinct tensor object over the same elements with another shape of the same count. Not recorded.
    @inline(__always) func sharingView(shape newShape: [Int]) -> Tensor {
        Tensor(storage: storage, offset: offset, shape: newShape)
    }

    /// The value of a one-element tensor as a double (PyTorch's `item()`).
    public func item() throws(TensorError) -> Double {
        guard count == 1 else {
            throw TensorError("a Tensor with \(count) elements cannot be converted to Scalar")
        }
        return element(at: 0)
    }

    /// The value of a one-element tensor as an exact Int64 (floats truncate toward zero).
    public func intItem() throws(TensorError) -> Int64 {
        guard count == 1 else {
            throw TensorError("a Tensor with \(count) elements cannot be converted to Scalar")
        }
        return dtype == .int64 ? pointer(Int64.self)[0] : Int64(fromDouble: element(at: 0))
    }

    /// The flat element `index` (row-major) as a double; `index` must be in `0..<count`.
    @inline(__always) func element(at index: Int) -> Double {
        switch dtype {
        case .float32: Double(pointer(Float.self)[index])
        case .float64: pointer(Double.self)[index]
        case .int64: Double(pointer(Int64.self)[index])
        }
    }

    /// All elements, row-major, as doubles.
    public func toArray() -> [Double] {
        var out = [Double](repeating: 0, count: count)
        for i in 0..<count { out[i] = element(at: i) }
        return out
    }

    /// All elements, row-major, converted to `T` (exact for the tensor's own type).
    public func toArray<T: TensorElement>(of type: T.Type) -> [T] {
        if T.dtype == dtype {
            return Array(UnsafeBufferPointer(start: pointer(T.self), count: count))
        }
        return (0..<count).map { T(fromDouble: element(at: $0)) }
    }

    /// The elements nested by dimension as Swift arrays (`Double` leaves; `Int64` for int64
    /// tensors) — PyTorch's `tolist()`. A 0-d tensor gives its scalar.
    public func toList() -> Any {
        func build(_ dim: Int, _ base: Int) -> Any {
            if dim == rank {
                return dtype == .int64 ? pointer(Int64.self)[base] as Any : element(at: base) as Any
            }
            let step = Shape.count(Array(shape[(dim + 1)...]))
            return (0..<shape[dim]).map { build(dim + 1, base + $0 * step) }
        }
        return build(0, 0)
    }

    /// A copy converted to `newType` (self when it already has that dtype). Differentiable between
    /// floating dtypes; float to int64 truncates toward zero.
    public func to(_ newType: DType) -> Tensor {
        if newType == dtype { return self }
        let out = Tensor(uninitialized: shape, dtype: newType)
        Kernels.convert(from: self, to: out)
        if newType.isFloatingPoint && Autograd.needsGrad(self) {
            out.attach("ToCopyBackward0", [self], Derivatives.toDType(dtype))
        }
        return out
    }

    /// `to(.float32)`.
    public func float() -> Tensor { to(.float32) }
    /// `to(.float64)`.
    public func double() -> Tensor { to(.float64) }
    /// `to(.int64)`, truncating toward zero.
    public func long() -> Tensor { to(.int64) }
}
