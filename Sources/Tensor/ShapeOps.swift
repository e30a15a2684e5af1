/// Reshaping, transposing, joining and indexing. Reshapes and first-dimension `narrow`/`select`
/// share storage; everything else copies (see `Tensor`'s layout note). All are differentiable.
extension Tensor {
    // MARK: Reshaping (storage shared)

    /// The same elements with a new shape (one entry may be -1). Shares storage. Differentiable.
    public func reshape(_ newShape: [Int]) throws(TensorError) -> Tensor {
        let resolved = try Shape.infer(newShape, count: count)
        if resolved == shape && !Autograd.needsGrad(self) { return self }
        let out = sharingView(shape: resolved)
        if Autograd.needsGrad(self) { out.attach("ViewBackward0", [self], Derivatives.reshape(shape)) }
        return out
    }

    /// PyTorch's `view`: the same as `reshape` here, since tensors are always contiguous.
    public func view(_ newShape: [Int]) throws(TensorError) -> Tensor { try reshape(newShape) }

    /// Self: tensors are always contiguous.
    public func contiguous() -> Tensor { self }

    /// Removes every dimension of size 1.
    public func squeeze() -> Tensor { try! reshape(shape.filter { $0 != 1 }) }

    /// Removes dimension `dim` if its size is 1 (otherwise returns an equal-shaped tensor).
    public func squeeze(dim: Int) throws(TensorError) -> Tensor {
        let d = try Shape.normalize(dim: dim, rank: rank)
        guard rank > 0, shape[d] == 1 else { return self }
        var s = shape
        s.remove(at: d)
        return try reshape(s)
    }

    /// Inserts a dimension of size 1 at `dim` (in `-(rank+1)...rank`).
    public func unsqueeze(_ dim: Int) throws(TensorError) -> Tensor {
        let d = try Shape.normalize(dim: dim, rank: rank + 1)
        var s = shape
        s.insert(1, at: d)
        return try reshape(s)
    }

    /// Merges dimensions `startDim...endDim` into one (a 0-d tensor becomes 1-D).
    public func flatten(startDim: Int = 0, endDim: Int = -1) throws(TensorError) -> Tensor {
        if rank == 0 { return try reshape([1]) }
        let s = try Shape.normalize(dim: startDim, rank: rank), e = try Shape.normalize(dim: endDim, rank: rank)
        guard s <= e else { throw TensorError("flatten() has invalid args: start_dim cannot come after end_dim") }
        let merged = Shape.count(Array(shape[s...e]))
        return try reshape(Array(shape[..<s]) + [merged] + Array(shape[(e + 1)...]))
    }

    // MARK: Transposing (copies)

    /// The dimensions reordered (PyTorch's `permute`); a copy. Differentiable.
    public func permute(_ dims: [Int]) throws(TensorError) -> Tensor {
        guard dims.count == rank else {
            throw TensorError("permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = \(rank) is not equal to len(dims) = \(dims.count)")
        }
        var perm: [Int] = []
        for d in dims {
            let n = try Shape.normalize(dim: d, rank: rank)
            guard !perm.contains(n) else { throw TensorError("permute(): duplicate dims are not allowed.") }
            perm.append(n)
        }
        if perm == Array(0..<rank) { return try reshape(shape) }
        let outShape = perm.map { shape[$0] }
        let inStrides = strides
        let readStrides = perm.map { inStrides[$0] }
        let out = Tensor(uninitialized: outShape, dtype: dtype)
        func run<T>(_: T.Type) {
            let src = pointer(T.self), dst = out.pointer(T.self)
            let r = outShape.count
            let inner = outShape[r - 1], step = readStrides[r - 1]
            var index = [Int](repeating: 0, count: r)
            var o = 0, i = 0
            while o < out.count {
                for k in 0..<inner { dst[o + k] = src[i + k * step] }
                o += inner
                var d = r - 2
                while d >= 0 {
                    index[d] += 1
                    i += readStrides[d]
                    if index[d] < outShape[d] { break }
                    i -= readStrides[d] * outShape[d]
                    index[d] = 0
                    d -= 1
                }
            }
        }
        if out.count > 0 {
            if dtype.itemSize == 4 { run(UInt32.self) } else { run(UInt64.self) }
        }
        if Autograd.needsGrad(self) { out.attach("PermuteBackward0", [self], Derivatives.permute(perm)) }
        return out
    }

    /// Dimensions `dim0` and `dim1` swapped; a copy.
    public func transpose(_ dim0: Int, _ dim1: Int) throws(TensorError) -> Tensor {
        let a = try Shape.normalize(dim: dim0, rank: rank), b = try Shape.normalize(dim: dim1, rank: rank)
        if rank == 0 { return self }
        var perm = Array(0..<rank)
        perm.swapAt(a, b)
        return try permute(perm)
    }

    /// The transpose of a matrix (vectors and scalars unchanged); a copy.
    public func t() throws(TensorError) -> Tensor {
        guard rank <= 2 else { throw TensorError("t() expects a tensor with <= 2 dimensions, but self is \(rank)D") }
        return rank < 2 ? self : try transpose(0, 1)
    }

    /// The tensor broadcast to `newShape` (-1 keeps a size); a copy. Differentiable.
    public func expand(_ newShape: [Int]) throws(TensorError) -> Tensor {
        guard newShape.count >= rank else {
            throw TensorError("expand(\(dtype.legacyName){\(Shape.describe(shape))}, size=\(Shape.describe(newShape))): the number of sizes provided (\(newShape.count)) must be greater or equal to the number of dimensions in the tensor (\(rank))")
        }
        var target = newShape
        let lead = newShape.count - rank
        for i in 0..<newShape.count {
            let own = i >= lead ? shape[i - lead] : 1
            if newShape[i] == -1 && i >= lead { target[i] = own; continue }
            if own != 1 && newShape[i] != own || newShape[i] < 0 {
                throw TensorError("The expanded size of the tensor (\(newShape[i])) must match the existing size (\(own)) at non-singleton dimension \(i).  Target sizes: \(Shape.describe(newShape)).  Tensor sizes: \(Shape.describe(shape))")
            }
        }
        if target == shape { return try reshape(shape) }
        try Tensor.checkShape(target)
        let out = expandedCopy(target)
        if Autograd.needsGrad(self) { out.attach("ExpandBackward0", [self], Derivatives.expand(shape)) }
        return out
    }

    // MARK: Joining

    /// Concatenates tensors along `dim` (promoting dtypes). Differentiable.
    public static func cat(_ tensors: [Tensor], dim: Int = 0) throws(TensorError) -> Tensor {
        guard let first = tensors.first else { throw TensorError("torch.cat(): expected a non-empty list of Tensors") }
        guard first.rank > 0 else {
            throw TensorError("zero-dimensional tensor (at position 0) cannot be concatenated")
        }
        let d = try Shape.normalize(dim: dim, rank: first.rank)
        var type = first.dtype
        var total = 0
        for (i, t) in tensors.enumerated() {
            guard t.rank == first.rank else {
                throw TensorError("Tensors must have same number of dimensions: got \(first.rank) and \(t.rank)")
            }
            for k in 0..<t.rank where k != d && t.shape[k] != first.shape[k] {
                throw TensorError("Sizes of tensors must match except in dimension \(d). Expected size \(first.shape[k]) but got size \(t.shape[k]) for tensor number \(i) in the list.")
            }
            total += t.shape[d]
            type = DType.promote(type, t.dtype)
        }
        var outShape = first.shape
        outShape[d] = total
        let out = Tensor(uninitialized: outShape, dtype: type)
        let (outer, _, inner) = Kernels.split(outShape, d)
        let size = type.itemSize
        var at = 0
        for t in tensors {
            let src = t.converted(type)
            let block = t.shape[d] * inner * size
            for o in 0..<outer {
                (out.rawPointer + (o * total * inner + at * inner) * size)
                    .copyMemory(from: src.rawPointer + o * block, byteCount: block)
            }
            at += t.shape[d]
        }
        if Autograd.needsGrad(tensors) { out.attach("CatBackward0", tensors, Derivatives.cat(tensors.map { $0.shape[d] }, d)) }
        return out
    }

    /// Stacks equal-shaped tensors along a new dimension `dim`. Differentiable.
    public static func stack(_ tensors: [Tensor], dim: Int = 0) throws(TensorError) -> Tensor {
        guard let first = tensors.first else { throw TensorError("stack expects a non-empty TensorList") }
        for (i, t) in tensors.enumerated() where t.shape != first.shape {
            throw TensorError("stack expects each tensor to be equal size, but got \(Shape.describe(first.shape)) at entry 0 and \(Shape.describe(t.shape)) at entry \(i)")
        }
        let d = try Shape.normalize(dim: dim, rank: first.rank + 1)
        var parts: [Tensor] = []
        for t in tensors { parts.append(try t.unsqueeze(d)) }
        return try cat(parts, dim: d)
    }

    // MARK: Indexing

    private func checkIndex(_ index: Int, _ d: Int) throws(TensorError) -> Int {
        let size = shape[d]
        guard index >= -size, index < size else {
            throw TensorError("index \(index) is out of bounds for dimension \(d) with size \(size)", kind: .index)
        }
        return index < 0 ? index + size : index
    }

    /// The slice at `index` of dimension `dim`, which is removed (PyTorch's `select`, `t[i]`).
    /// Negative indices count from the end. Shares storage when nothing precedes `dim`. Differentiable.
    public func select(dim: Int, index: Int) throws(TensorError) -> Tensor {
        guard rank > 0 else { throw TensorError("select() cannot be applied to a 0-dim tensor.", kind: .index) }
        let d = try Shape.normalize(dim: dim, rank: rank)
        let i = try checkIndex(index, d)
        var s = shape
        s.remove(at: d)
        return try narrow(dim: d, start: i, length: 1).reshape(s)
    }

    /// `length` entries of dimension `dim` from `start` (negative start counts from the end).
    /// Shares storage when nothing precedes `dim`. Differentiable.
    public func narrow(dim: Int, start: Int, length: Int) throws(TensorError) -> Tensor {
        guard rank > 0 else { throw TensorError("narrow() cannot be applied to a 0-dim tensor.", kind: .index) }
        let d = try Shape.normalize(dim: dim, rank: rank)
        let size = shape[d]
        guard start >= -size, start <= size else {
            throw TensorError("start out of range (expected to be in range of [\(-size), \(size)], but got \(start))", kind: .index)
        }
        let s = start < 0 ? start + size : start
        guard length >= 0, s + length <= size else {
            throw TensorError("start (\(s)) + length (\(length)) exceeds dimension size (\(size)).")
        }
        var outShape = shape
        outShape[d] = length
        let (outer, _, inner) = Kernels.split(shape, d)
        let out: Tensor
        if outer == 1 {
            out = Tensor(storage: storage, offset: offset + s * inner, shape: outShape)
        } else {
            out = Tensor(uninitialized: outShape, dtype: dtype)
            let itemSize = dtype.itemSize
            let block = length * inner * itemSize
            for o in 0..<outer {
                (out.rawPointer + o * block).copyMemory(from: rawPointer + (o * size + s) * inner * itemSize, byteCount: block)
            }
        }
        if Autograd.needsGrad(self) { out.attach("NarrowBackward0", [self], Derivatives.narrow(shape, d, s)) }
        return out
    }

    /// Python slicing `t[start:end:step]` along `dim`: bounds are clamped as Python does (nil means
    /// the end), negative bounds count from the end; `step` must be positive. Differentiable.
    public func slice(dim: Int, start: Int? = nil, end: Int? = nil, step: Int = 1) throws(TensorError) -> Tensor {
        guard rank > 0 else { throw TensorError("slice() cannot be applied to a 0-dim tensor.", kind: .index) }
        guard step > 0 else { throw TensorError("step must be greater than zero", kind: .value) }
        let d = try Shape.normalize(dim: dim, rank: rank)
        let size = shape[d]
        func clampIndex(_ v: Int?, _ fallback: Int) -> Int {
            guard var v else { return fallback }
            if v < 0 { v += size }
            return Swift.min(Swift.max(v, 0), size)
        }
        let s = clampIndex(start, 0), e = Swift.max(clampIndex(end, size), s)
        if step == 1 { return try narrow(dim: d, start: s, length: e - s) }
        let indices = try Tensor.arange(Double(s), Double(e), step: Double(step), dtype: .int64)
        return try indexSelect(dim: d, indices: indices)
    }

    /// The entries of dimension `dim` at `indices` (a 0-d or 1-D int64 tensor; negative indices count
    /// from the end), in that order, repeats allowed (PyTorch's `index_select`, `t[idx]`). A copy.
    /// Differentiable.
    public func indexSelect(dim: Int, indices: Tensor) throws(TensorError) -> Tensor {
        guard indices.dtype == .int64 else {
            throw TensorError("index_select(): Expected dtype int64 for index but got: \(indices.dtype)")
        }
        guard indices.rank <= 1 else { throw TensorError("index_select(): Index is supposed to be a vector", kind: .index) }
        let d = try Shape.normalize(dim: dim, rank: rank)
        let size = rank == 0 ? 1 : shape[d]
        let idx = indices.pointer(Int64.self)
        var resolved = [Int](repeating: 0, count: indices.count)
        for j in 0..<indices.count {
            let v = Int(idx[j])
            guard v >= -size, v < size else { throw TensorError("index out of range in self", kind: .index) }
            resolved[j] = v < 0 ? v + size : v
        }
        var outShape = shape
        if rank > 0 { outShape[d] = indices.count } else if indices.rank == 1 { outShape = [indices.count] }
        try Tensor.checkShape(outShape)
        let out = Tensor(uninitialized: outShape, dtype: dtype)
        let (outer, _, inner) = rank == 0 ? (1, 1, 1) : Kernels.split(shape, d)
        let itemSize = dtype.itemSize
        let row = inner * itemSize
        for o in 0..<outer {
            let src = rawPointer + o * size * row, dst = out.rawPointer + o * resolved.count * row
            if inner == 1 && itemSize == 4 {
                let s = src.assumingMemoryBound(to: UInt32.self), t = dst.assumingMemoryBound(to: UInt32.self)
                for (j, r) in resolved.enumerated() { t[j] = s[r] }
            } else if inner == 1 {
                let s = src.assumingMemoryBound(to: UInt64.self), t = dst.assumingMemoryBound(to: UInt64.self)
                for (j, r) in resolved.enumerated() { t[j] = s[r] }
            } else {
                for (j, r) in resolved.enumerated() { (dst + j * row).copyMemory(from: src + r * row, byteCount: row) }
            }
        }
        if Autograd.needsGrad(self) { out.attach("IndexSelectBackward0", [self], Derivatives.indexSelect(shape, d, resolved)) }
        return out
    }
}

extension DType {
    /// PyTorch's legacy type name (`torch.FloatTensor`), used in a few messages.
    var legacyName: String {
        switch self {
        case .float32: "torch.FloatTensor"
        case .float64: "torch.DoubleTensor"
        case .int64: "torch.LongTensor"
        }
    }
}
