import Foundation
import Tensor

/// One training step of the MLP 9-64-64-1 (zero_grad, forward, MSE, backward, Adam) on the tensor
/// engine without the language, at batch 64 and 1024, as ../shared/bench/ml/m2_mlp.py does with
/// PyTorch (best of 3 rounds of `steps` steps).
enum TensorBench {
    static func run(rows: Int, steps: Int) {
        do {
            try measure(rows: rows, steps: steps)
        } catch {
            print("tensor benchmark failed: \(error)")
        }
    }

    static func measure(rows: Int, steps: Int) throws {
        let g = TensorRandom(seed: 1)
        let x = try Tensor.randn([rows, 9], generator: g)
        let y = try x.sum(dim: 1).tanh().add(Tensor.randn([rows], generator: g).mul(0.1))
        for batch in [64, 1024] {
            var params: [Tensor] = []
            for (fanIn, fanOut) in [(9, 64), (64, 64), (64, 1)] {
                let w = try Tensor.zeros([fanOut, fanIn]), b = try Tensor.zeros([fanOut])
                try Init.linear_(weight: w, bias: b, generator: g)
                params += [try w.requiresGrad_(), try b.requiresGrad_()]
            }
            let adam = try Adam(learningRate: 1e-3)
            let batches = max(1, rows / batch)
            func step(_ i: Int) throws -> Double {
                let start = (i % batches) * batch
                let xb = try x.narrow(dim: 0, start: start, length: batch), yb = try y.narrow(dim: 0, start: start, length: batch)
                adam.zeroGrad(parameters: params)
                let h1 = try Tensor.linear(xb, weight: params[0], bias: params[1]).relu()
                let h2 = try Tensor.linear(h1, weight: params[2], bias: params[3]).relu()
                let out = try Tensor.linear(h2, weight: params[4], bias: params[5]).squeeze(dim: 1)
                let loss = try Loss.mse(out, yb)
                try loss.backward()
                try adam.step(parameters: params)
                return try loss.item()
            }
            for i in 0 ..< 200 { _ = try step(i) }
            var best = Double.infinity
            var last = 0.0
            for _ in 0 ..< 3 {
                let time = try Timing.seconds { for i in 0 ..< steps { last = try step(i) } }
                best = min(best, time / Double(steps))
            }
            print(String(format: "MLP 9-64-64-1, Adam, MSE, batch %5d: %7.1f µs/step (best of 3 x %d steps), last loss %.4f", batch, best * 1e6, steps, last))
        }
    }
}
