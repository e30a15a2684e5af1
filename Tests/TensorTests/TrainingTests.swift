import Testing
@testable import Tensor

/// End-to-end training: an MLP 9-64-64-1 with Adam on a synthetic regression problem, and the
/// data-parallel property (averaged half-batch gradients equal full-batch gradients).
@Suite("Training")
struct TrainingTests {
    /// A 9-64-64-1 ReLU MLP initialized like nn.Linear.
    struct MLP {
        let parameters: [Tensor]

        init(seed: UInt64, dtype: DType = .float32) throws {
            let g = TensorRandom(seed: seed)
            var ps: [Tensor] = []
            for (fanIn, fanOut) in [(9, 64), (64, 64), (64, 1)] {
                let w = try Tensor.zeros([fanOut, fanIn], dtype: dtype), b = try Tensor.zeros([fanOut], dtype: dtype)
                try Init.linear_(weight: w, bias: b, generator: g)
                ps += [try w.requiresGrad_(), try b.requiresGrad_()]
            }
            parameters = ps
        }

        /// A copy with the same values (a replica on another worker).
        init(copying other: MLP) throws {
            parameters = try other.parameters.map { try $0.detach().clone().requiresGrad_() }
        }

        func forward(_ x: Tensor) throws -> Tensor {
            let p = parameters
            let h1 = try Tensor.linear(x, weight: p[0], bias: p[1]).relu()
            let h2 = try Tensor.linear(h1, weight: p[2], bias: p[3]).relu()
            return try Tensor.linear(h2, weight: p[4], bias: p[5]).squeeze(dim: 1)
        }
    }

    /// y = sum of a fixed nonlinear function of the 9 features, plus a little noise.
    static func problem(rows: Int, seed: UInt64, dtype: DType = .float32) throws -> (Tensor, Tensor) {
        let g = TensorRandom(seed: seed)
        let x = try Tensor.randn([rows, 9], dtype: dtype, generator: g)
        let coefficients = try Tensor([0.5, -1.0, 0.8, 0.3, -0.6, 1.2, -0.2, 0.9, -0.4] as [Double], dtype: dtype)
        let linearPart = try x.mul(coefficients).sum(dim: 1)
        let nonlinear = try x.select(dim: 1, index: 0).mul(x.select(dim: 1, index: 1)).add(x.select(dim: 1, index: 2).tanh())
        let noise = try Tensor.randn([rows], dtype: dtype, generator: g).mul(0.05)
        return (x, try linearPart.add(nonlinear).add(noise))
    }

    @Test("An MLP 9-64-64-1 trained with Adam fits a synthetic regression")
    func mlpTrains() throws {
        let (x, y) = try Self.problem(rows: 2048, seed: 11)
        let model = try MLP(seed: 12)
        let adam = try Adam(learningRate: 3e-3)
        let initial = try Autograd.withNoGrad { try Loss.mse(model.forward(x), y).item() }
        let batch = 64
        for step in 0..<400 {
            let start = (step * batch) % 2048
            let xb = try x.narrow(dim: 0, start: start, length: batch), yb = try y.narrow(dim: 0, start: start, length: batch)
            adam.zeroGrad(parameters: model.parameters)
            try Loss.mse(model.forward(xb), yb).backward()
            try adam.step(parameters: model.parameters)
        }
        let final = try Autograd.withNoGrad { try Loss.mse(model.forward(x), y).item() }
        #expect(initial > 2)
        #expect(final < 0.15, "training loss \(initial) -> \(final)")
    }

    @Test("Two workers averaging half-batch gradients match one worker on the full batch")
    func dataParallel() throws {
        let (x, y) = try Self.problem(rows: 256, seed: 21)
        let single = try MLP(seed: 22)
        let worker1 = try MLP(copying: single), worker2 = try MLP(copying: single)
        let optSingle = try Adam(learningRate: 1e-2), opt1 = try Adam(learningRate: 1e-2), opt2 = try Adam(learningRate: 1e-2)
        for step in 0..<10 {
            let start = (step * 64) % 256
            let xb = try x.narrow(dim: 0, start: start, length: 64), yb = try y.narrow(dim: 0, start: start, length: 64)
            optSingle.zeroGrad(parameters: single.parameters)
            try Loss.mse(single.forward(xb), yb).backward()
            try optSingle.step(parameters: single.parameters)

            for (worker, half) in [(worker1, 0), (worker2, 1)] {
                worker.parameters.forEach { $0.grad = nil }
                let xs = try xb.narrow(dim: 0, start: half * 32, length: 32), ys = try yb.narrow(dim: 0, start: half * 32, length: 32)
                try Loss.mse(worker.forward(xs), ys).backward()
            }
            // All-reduce: average the gradients and give both replicas the mean.
            for (p1, p2) in zip(worker1.parameters, worker2.parameters) {
                let mean = try p1.grad!.add(p2.grad!).mul(0.5)
                p1.grad = mean.clone()
                p2.grad = mean.clone()
            }
            try opt1.step(parameters: worker1.parameters)
            try opt2.step(parameters: worker2.parameters)
        }
        for (a, (b, c)) in zip(single.parameters, zip(worker1.parameters, worker2.parameters)) {
            #expect(b.toArray() == c.toArray())
            let diff = zip(a.toArray(), b.toArray()).map { Swift.abs($0 - $1) }.max()!
            #expect(diff < 1e-4, "replica differs from single worker by \(diff)")
        }
        // The replicas did move away from the start.
        let start = try MLP(seed: 22)
        #expect(zip(start.parameters[0].toArray(), single.parameters[0].toArray()).contains { Swift.abs($0 - $1) > 1e-3 })
    }
}
