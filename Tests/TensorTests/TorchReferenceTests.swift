import Testing
@testable import Tensor

/// Values produced by real PyTorch 2.15.0 (CPU, `torch.__version__ == "2.15.0+cu132"`), by the script
/// reproduced in comments: repr strings, optimizer trajectories, loss values.
@Suite("Differential checks against PyTorch 2.15.0")
struct TorchReferenceTests {
    static func t(_ values: [Double], _ shape: [Int]? = nil, _ dtype: DType = .float32) -> Tensor {
        try! Tensor(values, shape: shape, dtype: dtype)
    }

    @Test("repr matches torch's for the common cases")
    func repr() throws {
        #expect(Self.t([1, 2, 3, 4], [2, 2]).description == "tensor([[1., 2.],\n        [3., 4.]])")
        #expect(Tensor(scalar: 3.5).description == "tensor(3.5000)")
        #expect(Self.t([1.5, -2.25, 3.0]).description == "tensor([ 1.5000, -2.2500,  3.0000])")
        #expect(try Tensor([1, -20, 3] as [Int64]).description == "tensor([  1, -20,   3])")
        #expect(Self.t([0.1, 0.2], nil, .float64).description == "tensor([0.1000, 0.2000], dtype=torch.float64)")
        #expect(Self.t([1e-5, 1.0]).description == "tensor([1.0000e-05, 1.0000e+00])")
        #expect(Self.t([123456.0, 1.5]).description == "tensor([1.2346e+05, 1.5000e+00])")
        let cube = try Tensor.arange(0, 8, dtype: .float32).reshape([2, 2, 2])
        #expect(cube.description == "tensor([[[0., 1.],\n         [2., 3.]],\n\n        [[4., 5.],\n         [6., 7.]]])")
        #expect(Self.t([0, 0]).description == "tensor([0., 0.])")
        let leaf = try Self.t([1.5, 2.0], [1, 2]).requiresGrad_()
        #expect(leaf.description == "tensor([[1.5000, 2.0000]], requires_grad=True)")
        let doubled = try Self.t([1.5, 2.0]).requiresGrad_().mul(2)
        #expect(doubled.description == "tensor([3., 4.], grad_fn=<MulBackward0>)")
        let sevenths = try Tensor.arange(0, 30, dtype: .float32).div(7)
        #expect(sevenths.description == "tensor([0.0000, 0.1429, 0.2857, 0.4286, 0.5714, 0.7143, 0.8571, 1.0000, 1.1429,\n        1.2857, 1.4286, 1.5714, 1.7143, 1.8571, 2.0000, 2.1429, 2.2857, 2.4286,\n        2.5714, 2.7143, 2.8571, 3.0000, 3.1429, 3.2857, 3.4286, 3.5714, 3.7143,\n        3.8571, 4.0000, 4.1429])")
        #expect(Self.t([.infinity, 1.0, .nan]).description == "tensor([inf, 1., nan])")
        #expect(try Tensor.zeros([0]).description == "tensor([])")
        #expect(try Tensor.zeros([2, 0]).description == "tensor([], size=(2, 0))")
        #expect(Tensor(scalar: 7, dtype: .int64).description == "tensor(7)")
        #expect(Tensor(scalar: 2).description == "tensor(2.)")
        // Summarized: the format comes from the shown items only (0.5 in the middle would force 4 decimals).
        let halves = try Tensor.arange(0, 2000, dtype: .float32).reshape([2, 1000]).add(1000)
        try halves.withUnsafeMutableBuffer(as: Float.self) { $0[500] = 0.5; $0[1500] = 0.5 }
        #expect(halves.description == "tensor([[1000., 1001., 1002.,  ..., 1997., 1998., 1999.],\n        [2000., 2001., 2002.,  ..., 2997., 2998., 2999.]])")
        let long = try Tensor.arange(0, 2000, dtype: .float32)
        #expect(long.description == "tensor([0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 1.9970e+03, 1.9980e+03,\n        1.9990e+03])")
    }

    /// p = [0.5, -1, 2, 0.1] (float64), loss = sum((p * x - y)^2), x = [1, 2, -1.5, 0.5],
    /// y = [0.3, -0.7, 1.1, 2.0]; 5 steps of zero_grad / backward / step.
    static func run(_ optimizer: Optimizer, steps: Int = 5) throws -> [Double] {
        let p = try Tensor([0.5, -1.0, 2.0, 0.1], dtype: .float64).requiresGrad_()
        let x = try Tensor([1.0, 2.0, -1.5, 0.5], dtype: .float64)
        let y = try Tensor([0.3, -0.7, 1.1, 2.0], dtype: .float64)
        for _ in 0..<steps {
            optimizer.zeroGrad(parameters: [p])
            try p.mul(x).sub(y).pow(2).sum().backward()
            try optimizer.step(parameters: [p])
        }
        return p.toArray()
    }

    static func close(_ a: [Double], _ b: [Double], _ tolerance: Double = 1e-10) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { Swift.abs($0 - $1) <= tolerance * Swift.max(1, Swift.abs($1)) }
    }

    @Test("SGD, momentum, Nesterov trajectories equal torch.optim.SGD's")
    func sgd() throws {
        #expect(Self.close(try Self.run(SGD(learningRate: 0.05)),
                           [0.41809799999999997, -0.40054399999999996, 0.030856244140624975, 0.5637267958984375]))
        #expect(Self.close(try Self.run(SGD(learningRate: 0.05, momentum: 0.9, dampening: 0.1, weightDecay: 0.01)),
                           [0.30239999537936996, 0.15328840015245448, -2.427291011973643, 1.227731547100213]))
        #expect(Self.close(try Self.run(SGD(learningRate: 0.05, momentum: 0.9, nesterov: true)),
                           [0.27908366321999994, -0.24266172896, -1.8857729388987696, 1.5807694600634865]))
    }

    @Test("Adam, AMSGrad, AdamW trajectories equal torch.optim's")
    func adam() throws {
        #expect(Self.close(try Self.run(Adam(learningRate: 0.1)),
                           [0.1829049777062743, -0.5166660741842001, 1.5019925456621503, 0.5986947834537533]))
        #expect(Self.close(try Self.run(Adam(learningRate: 0.1, betas: (0.8, 0.99), eps: 1e-6, weightDecay: 0.1)),
                           [0.1868114723676745, -0.5247982256349147, 1.503717779889618, 0.59694771982598]))
        #expect(Self.close(try Self.run(Adam(learningRate: 0.1, amsgrad: true)),
                           [0.18290598084217527, -0.5166660741842001, 1.5019925456621503, 0.5986947834537533]))
        #expect(Self.close(try Self.run(Adam.adamW(learningRate: 0.1)),
                           [0.18264531632797457, -0.5129439167976201, 1.4930562340261953, 0.5972010089125903]))
    }

    @Test("RMSprop trajectories equal torch.optim.RMSprop's")
    func rmsprop() throws {
        #expect(Self.close(try Self.run(RMSprop(learningRate: 0.01)),
                           [0.3098310211247811, -0.7094784422149423, 1.6827136255626287, 0.41948948437501465]))
        #expect(Self.close(try Self.run(RMSprop(learningRate: 0.01, weightDecay: 0.1, momentum: 0.5, centered: true)),
                           [0.24977397423908423, -0.5261201591416029, 1.461043847508755, 0.6417194690670415]))
    }

    static let logits = t([1.0, 2.0, 0.5, -1.0, 0.0, 3.0, 0.2, 0.2, 0.2, 5.0, -3.0, 1.0], [4, 3], .float64)
    static let classes = try! Tensor([1, 2, 0, 0] as [Int64])

    @Test("cross_entropy values equal torch's")
    func crossEntropy() throws {
        func value(_ t: Tensor) throws -> Double { try t.item() }
        #expect(Swift.abs(try value(Loss.crossEntropy(Self.logits, Self.classes)) - 0.4118360697820353) < 1e-12)
        #expect(Swift.abs(try value(Loss.crossEntropy(Self.logits, Self.classes, reduction: .sum)) - 1.6473442791281412) < 1e-12)
        #expect(Self.close(try Loss.crossEntropy(Self.logits, Self.classes, reduction: .none).toArray(),
                           [0.4643687841079449, 0.06588390375742911, 1.0986122886681098, 0.018479302594657417], 1e-12))
        let weight = Self.t([0.5, 2.0, 1.0], nil, .float64)
        #expect(Swift.abs(try value(Loss.crossEntropy(Self.logits, Self.classes, weight: weight)) - 0.38829181690117565) < 1e-12)
        let ignoring = try Tensor([1, -100, 0, 2] as [Int64])
        #expect(Swift.abs(try value(Loss.crossEntropy(Self.logits, ignoring)) - 1.8604867917902375) < 1e-12)
        // Probability targets: softmax(logits) with its rows reversed.
        let probabilities = try Self.logits.softmax(dim: 1).indexSelect(dim: 0, indices: Tensor([3, 2, 1, 0] as [Int64]))
        #expect(Swift.abs(try value(Loss.crossEntropy(Self.logits, probabilities)) - 2.644642430437182) < 1e-12)
    }

    @Test("Regression and binary losses equal torch's")
    func otherLosses() throws {
        let x = Self.t([0.5, -1.2, 2.0, 0.3], nil, .float64), y = Self.t([0.0, -1.0, 3.5, 0.25], nil, .float64)
        #expect(Swift.abs(try Loss.mse(x, y).item() - 0.635625) < 1e-12)
        #expect(Swift.abs(try Loss.l1(x, y).item() - 0.5625) < 1e-12)
        #expect(Swift.abs(try Loss.smoothL1(x, y).item() - 0.2865625) < 1e-12)
        #expect(Swift.abs(try Loss.smoothL1(x, y, beta: 0.1).item() - 0.515625) < 1e-12)
        let p = Self.t([0.1, 0.7, 0.99, 0.5], nil, .float64), labels = Self.t([0, 1, 1, 0], nil, .float64)
        #expect(Swift.abs(try Loss.binaryCrossEntropy(p, labels).item() - 0.2913082440025014) < 1e-12)
        #expect(Swift.abs(try Loss.binaryCrossEntropyWithLogits(x.mul(10), labels).item() - 5.013827211579372) < 1e-12)
        let posWeight = Self.t([2.0], nil, .float64)
        #expect(Swift.abs(try Loss.binaryCrossEntropyWithLogits(x, labels, posWeight: posWeight).item() - 1.2522132963526604) < 1e-12)
        let v = Self.t([1, 2, 4, 8])
        #expect(Swift.abs(try v.std().item() - 3.095695972442627) < 1e-6)
        #expect(Swift.abs(try v.var(correction: 0).item() - 7.1875) < 1e-6)
    }
}
