import Foundation
import Testing
@testable import Tensor

/// Values, dtypes, views, errors and serialization.
@Suite("Tensor basics")
struct TensorBasicsTests {
    @Test("Creation: arrays, fills, ranges, external buffers, random draws")
    func creation() throws {
        let a = try Tensor([1, 2, 3, 4, 5, 6] as [Double], shape: [2, 3])
        #expect(a.shape == [2, 3] && a.dtype == .float32 && a.toArray() == [1, 2, 3, 4, 5, 6])
        #expect(try Tensor.zeros([2, 2], dtype: .int64).toArray() == [0, 0, 0, 0])
        #expect(try Tensor.ones([3]).toArray() == [1, 1, 1])
        #expect(try Tensor.full([2], value: 2.5, dtype: .float64).toArray() == [2.5, 2.5])
        #expect(try Tensor.arange(0, 5).toArray() == [0, 1, 2, 3, 4])
        #expect(try Tensor.arange(1, 2, step: 0.25, dtype: .float64).toArray() == [1, 1.25, 1.5, 1.75])
        #expect(try Tensor.arange(5, 0, step: -2).toArray() == [5, 3, 1])
        #expect(try Tensor.linspace(0, 1, steps: 5).toArray() == [0, 0.25, 0.5, 0.75, 1])
        let column: [Double] = [1.5, -2.25, 3.125]
        let copied = try column.withUnsafeBufferPointer { try Tensor(copying: $0, shape: [3, 1], dtype: .float64) }
        #expect(copied.shape == [3, 1] && copied.toArray() == column)
        let f32 = try column.withUnsafeBufferPointer { try Tensor(copying: $0) }
        #expect(f32.dtype == .float32 && f32.toArray() == column)

        TensorRandom.manualSeed(7)
        let r1 = try Tensor.rand([100]).toArray()
        TensorRandom.manualSeed(7)
        let r2 = try Tensor.rand([100]).toArray()
        #expect(r1 == r2 && r1.allSatisfy { $0 >= 0 && $0 < 1 })
        let normal = try Tensor.randn([20000], dtype: .float64, generator: TensorRandom(seed: 3))
        #expect(Swift.abs(try normal.mean().item()) < 0.03)
        #expect(Swift.abs(try normal.std().item() - 1) < 0.03)
        let perm = try Tensor.randperm(50, generator: TensorRandom(seed: 1)).toArray()
        #expect(perm.sorted() == (0..<50).map(Double.init) && perm != (0..<50).map(Double.init))
        let ints = try Tensor.randint(low: -2, high: 3, [1000], generator: TensorRandom(seed: 2)).toArray()
        #expect(Set(ints) == [-2, -1, 0, 1, 2])
    }

    @Test("Broadcasting and promotion")
    func broadcasting() throws {
        let a = try Tensor([1, 2, 3] as [Double], shape: [3, 1])
        let b = try Tensor([10, 20] as [Double])
        let sum = try a.add(b)
        #expect(sum.shape == [3, 2] && sum.toArray() == [11, 21, 12, 22, 13, 23])
        let ints = try Tensor([1, 2, 3] as [Int64])
        #expect(try ints.add(ints).dtype == .int64)
        #expect(try ints.div(ints).dtype == .float32)
        #expect(try ints.add(Tensor([0.5], dtype: .float64)).dtype == .float64)
        #expect(ints.add(0.5).dtype == .float32 && ints.add(2).dtype == .int64)
        #expect(try a.gt(Tensor(scalar: 1.5)).toArray() == [0, 1, 1])
        #expect(try a.gt(Tensor(scalar: 1.5)).dtype == .int64)
        #expect(try Tensor.where(a.gt(1.5), a, Tensor(scalar: -1)).toArray() == [-1, 2, 3])
        #expect(try a.clamp(min: 1.5, max: 2.5).toArray() == [1.5, 2, 2.5])
        #expect(throws: TensorError("The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 0")) {
            try Tensor.zeros([3]).add(Tensor.zeros([2]))
        }
    }

    @Test("Reductions: values, indices, keepdim, unbiased variance")
    func reductions() throws {
        let x = try Tensor([3, 1, 4, 1, 5, 9, 2, 6] as [Double], shape: [2, 4])
        #expect(try x.sum().item() == 31)
        #expect(try x.sum(dim: 0).toArray() == [8, 10, 6, 7])
        #expect(try x.sum(dim: -1, keepdim: true).shape == [2, 1])
        #expect(try x.mean(dim: 1).toArray() == [2.25, 5.5])
        let (values, indices) = try x.max(dim: 1)
        #expect(values.toArray() == [4, 9] && indices.toArray() == [2, 1] && indices.dtype == .int64)
        #expect(try x.min(dim: 0).indices.toArray() == [0, 0, 1, 0])
        #expect(try x.argmax().item() == 5)
        #expect(try x.argmin(dim: 1, keepdim: true).shape == [2, 1])
        let v = try Tensor([2, 4, 4, 4, 5, 5, 7, 9] as [Double], dtype: .float64)
        #expect(try v.var(correction: 0).item() == 4)
        #expect(Swift.abs(try v.var().item() - 32.0 / 7) < 1e-12)
        #expect(throws: TensorError.self) { try Tensor([1, 2] as [Int64]).mean() }
    }

    @Test("Shape operations and views")
    func shapes() throws {
        let x = try Tensor.arange(0, 24, dtype: .float32).reshape([2, 3, 4])
        #expect(try x.reshape([-1, 4]).shape == [6, 4])
        #expect(try x.reshape([4, -1]).storage === x.storage)
        #expect(try x.permute([2, 0, 1]).shape == [4, 2, 3])
        #expect(try x.permute([2, 0, 1]).toArray()[0..<6] == [0, 4, 8, 12, 16, 20])
        #expect(try x.transpose(0, 1).select(dim: 0, index: 1).toArray()[0..<4] == [4, 5, 6, 7])
        #expect(try x.unsqueeze(-1).shape == [2, 3, 4, 1] && x.unsqueeze(0).squeeze().shape == [2, 3, 4])
        #expect(try x.flatten().shape == [24] && x.flatten(startDim: 1).shape == [2, 12])
        let rows = try x.narrow(dim: 0, start: 1, length: 1)
        #expect(rows.storage === x.storage && rows.toArray()[0] == 12)
        #expect(try x.slice(dim: 2, start: 1, end: nil, step: 2).toArray()[0..<4] == [1, 3, 5, 7])
        #expect(try x.slice(dim: 2, start: -2).shape == [2, 3, 2])
        let picked = try x.indexSelect(dim: 1, indices: Tensor([2, 0] as [Int64]))
        #expect(picked.shape == [2, 2, 4] && picked.toArray()[0..<4] == [8, 9, 10, 11])
        let joined = try Tensor.cat([x, x], dim: 1)
        #expect(joined.shape == [2, 6, 4] && joined.toArray()[12..<16] == [0, 1, 2, 3])
        #expect(try Tensor.stack([x, x], dim: 1).shape == [2, 2, 3, 4])
        #expect(try x.expand([5, 2, 3, 4]).shape == [5, 2, 3, 4])
        let m = try Tensor([1, 2, 3, 4, 5, 6] as [Double], shape: [2, 3])
        #expect(try m.t().toArray() == [1, 4, 2, 5, 3, 6])
        #expect(try m.matmul(m.t()).toArray() == [14, 32, 32, 77])
        #expect(try Tensor([1, 2, 3] as [Int64]).matmul(Tensor([4, 5, 6] as [Int64])).item() == 32)
        #expect(try m.softmax(dim: 1).sum(dim: 1).toArray().allSatisfy { Swift.abs($0 - 1) < 1e-6 })
        let big = try Tensor([1000, 1001, 1002] as [Double])
        #expect(try big.logSoftmax(dim: 0).toArray().allSatisfy { $0.isFinite })
    }

    @Test("PyTorch-like errors instead of traps")
    func errors() throws {
        let a = try Tensor.zeros([64, 9]), b = try Tensor.zeros([8, 64])
        #expect(throws: TensorError("mat1 and mat2 shapes cannot be multiplied (64x9 and 8x64)")) { try a.matmul(b) }
        #expect(throws: TensorError("mat1 and mat2 shapes cannot be multiplied (64x9 and 8x64)")) {
            try Tensor.linear(a, weight: Tensor.zeros([64, 8]))
        }
        #expect(throws: TensorError("Dimension out of range (expected to be in range of [-2, 1], but got 2)", kind: .index)) {
            try a.sum(dim: 2)
        }
        #expect(throws: TensorError("index 64 is out of bounds for dimension 0 with size 64", kind: .index)) {
            try a.select(dim: 0, index: 64)
        }
        #expect(throws: TensorError("index out of range in self", kind: .index)) {
            try a.indexSelect(dim: 0, indices: Tensor([70] as [Int64]))
        }
        #expect(throws: TensorError("shape '[5, -1]' is invalid for input of size 576")) { try a.reshape([5, -1]) }
        #expect(throws: TensorError.self) { try Tensor.cat([a, b], dim: 0) }
        #expect(throws: TensorError("only Tensors of floating point dtype can require gradients")) {
            try Tensor([1] as [Int64]).requiresGrad_()
        }
        #expect(throws: TensorError("element 0 of tensors does not require grad and does not have a grad_fn")) {
            try a.sum().backward()
        }
        #expect(throws: TensorError("grad can be implicitly created only for scalar outputs")) {
            try a.requiresGrad_().mul(2).backward()
        }
        #expect(throws: TensorError("a leaf Variable that requires grad is being used in an in-place operation.")) {
            try a.add_(b.t())
        }
        #expect(throws: TensorError("Target 3 is out of bounds.", kind: .index)) {
            try Loss.crossEntropy(Tensor.zeros([2, 3]), Tensor([0, 3] as [Int64]))
        }
        #expect(throws: TensorError("expected scalar type Long but found Float")) {
            try Loss.nll(Tensor.zeros([2, 3]), Tensor.zeros([2]))
        }
        #expect(throws: TensorError("a Tensor with 576 elements cannot be converted to Scalar")) { try a.item() }
        #expect(throws: TensorError.self) { try Tensor([1, 2, 3] as [Double], shape: [2, 2]) }
    }

    @Test("Autograd: accumulation, detach, no-grad mode per thread, leaf grads not aliased")
    func autograd() throws {
        let x = try Tensor([1, 2, 3] as [Double]).requiresGrad_()
        try x.mul(x).sum().backward()
        #expect(x.grad?.toArray() == [2, 4, 6])
        try x.sum().backward()
        #expect(x.grad?.toArray() == [3, 5, 7])
        #expect(x.detach().requiresGrad == false && x.detach().storage === x.storage)
        let untracked = Autograd.withNoGrad { x.mul(2) }
        #expect(untracked.requiresGrad == false && untracked.gradFn == nil)
        #expect(Autograd.isEnabled)
        // Grad mode is per thread: disabling it here leaves another thread's mode alone.
        let otherThreadEnabled = Autograd.withNoGrad { () -> Bool in
            let seen = ResultBox()
            let thread = Thread { seen.set(Autograd.isEnabled) }
            thread.start()
            while !thread.isFinished { usleep(1000) }
            return seen.get()
        }
        #expect(otherThreadEnabled)
        // Two leaves fed by one gradient tensor get independent copies.
        let a = try Tensor([1.0], dtype: .float64).requiresGrad_(), b = try Tensor([1.0], dtype: .float64).requiresGrad_()
        try a.add(b).sum().backward()
        try a.grad!.zero_()
        #expect(b.grad?.toArray() == [1])
        // Deep chains run iteratively.
        var y = try Tensor([1.0], dtype: .float64).requiresGrad_()
        let root = y
        for _ in 0..<20000 { y = y.mul(1.0001) }
        try y.sum().backward()
        #expect(Swift.abs(root.grad!.toArray()[0] - Foundation.pow(1.0001, 20000)) < 1e-6)
        // The gradient of a float32 leaf used in a float64 operation comes back as float32.
        let f = try Tensor([2.0]).requiresGrad_()
        try f.mul(Tensor([3.0], dtype: .float64)).sum().backward()
        #expect(f.grad?.dtype == .float32 && f.grad?.toArray() == [3])
    }

    @Test("Serialization round-trips and rejects corrupt bytes")
    func serialization() throws {
        let w = try Tensor.randn([3, 4], generator: TensorRandom(seed: 5)).requiresGrad_()
        let entries: [(name: String, tensor: Tensor)] = [
            ("layer.weight", w), ("layer.bias", try Tensor([1, 2, 3] as [Double], dtype: .float64)),
            ("steps", Tensor(scalar: 42, dtype: .int64)), ("empty", try Tensor.zeros([0, 5])),
        ]
        let bytes = TensorSerialization.encode(entries)
        let decoded = try TensorSerialization.decode(bytes)
        #expect(decoded.map(\.name) == ["layer.weight", "layer.bias", "steps", "empty"])
        for (original, copy) in zip(entries, decoded) {
            #expect(original.tensor.shape == copy.tensor.shape && original.tensor.dtype == copy.tensor.dtype)
            #expect(original.tensor.toArray() == copy.tensor.toArray())
            #expect(original.tensor.requiresGrad == copy.tensor.requiresGrad)
        }
        #expect(throws: TensorError("invalid tensor file: not a Prism tensor file (bad magic)", kind: .value)) {
            try TensorSerialization.decode(Array("hello world, not tensors".utf8))
        }
        var flipped = bytes
        flipped[40] ^= 0xFF
        #expect(throws: TensorError("invalid tensor file: checksum mismatch (the data is corrupt)", kind: .value)) {
            try TensorSerialization.decode(flipped)
        }
        #expect(throws: TensorError.self) { try TensorSerialization.decode(Array(bytes.prefix(30))) }
        var future = bytes
        future[8] = 9
        #expect(throws: TensorError("invalid tensor file: unsupported version 9 (this build reads version 1)", kind: .value)) {
            try TensorSerialization.decode(future)
        }
    }

    @Test("Initializers: nn.Linear bounds, Xavier bounds, normal moments")
    func initializers() throws {
        let weight = try Tensor.zeros([64, 9]), bias = try Tensor.zeros([64])
        try Init.linear_(weight: weight, bias: bias, generator: TensorRandom(seed: 1))
        let bound = 1 / 3.0
        #expect(weight.toArray().allSatisfy { Swift.abs($0) <= bound })
        #expect(try weight.abs().max().item() > 0.9 * bound)
        #expect(bias.toArray().allSatisfy { Swift.abs($0) <= bound })
        #expect(try bias.std().item() > 0.1)
        let x = try Tensor.zeros([100, 50])
        try Init.xavierUniform_(x, generator: TensorRandom(seed: 2))
        let xb = (6.0 / 150).squareRoot()
        #expect(x.toArray().allSatisfy { Swift.abs($0) <= xb })
        #expect(try x.abs().max().item() > 0.95 * xb)
        let n = try Tensor.zeros([10000], dtype: .float64)
        try Init.normal_(n, mean: 2, std: 0.5, generator: TensorRandom(seed: 3))
        #expect(Swift.abs(try n.mean().item() - 2) < 0.02)
        #expect(Swift.abs(try n.std().item() - 0.5) < 0.02)
        #expect(throws: TensorError.self) { try Init.xavierUniform_(Tensor.zeros([3])) }
        #expect(Init.zeros_(n).toArray().allSatisfy { $0 == 0 })
    }
}

/// A lock-protected Bool handed to another thread.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set(_ v: Bool) { lock.lock(); value = v; lock.unlock() }
    func get() -> Bool { lock.lock(); defer { lock.unlock() }; return value }
}

@Suite("BLAS threads")
struct BLASThreadTests {
    @Test("The engine runs OpenBLAS single-threaded unless told otherwise")
    func blasThreads() throws {
        _ = try Tensor.ones([2, 2]).mm(Tensor.ones([2, 2]))
        #expect(BLASThreads.current == 1)
        BLASThreads.set(2)
        #expect(BLASThreads.current == 2)
        BLASThreads.set(1)
        #expect(BLASThreads.current == 1)
    }
}
