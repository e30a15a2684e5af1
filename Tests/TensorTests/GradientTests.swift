import Testing
@testable import Tensor

/// Every differentiable operation against central finite differences (float64).
@Suite("Gradients: finite differences")
struct GradientTests {
    typealias G = GradCheck

    @Test("Broadcasting arithmetic: add, sub, mul, div, pow, maximum, minimum")
    func broadcastingArithmetic() {
        let a = G.input([3, 1, 4], seed: 1), b = G.input([2, 4], seed: 2)
        G.check("add", [a, b]) { try $0[0].add($0[1]) }
        G.check("sub", [a, b]) { try $0[0].sub($0[1]) }
        G.check("mul", [a, b]) { try $0[0].mul($0[1]) }
        let positive = G.input([2, 4], seed: 3, offset: 3)
        G.check("div", [a, positive]) { try $0[0].div($0[1]) }
        let base = G.input([3, 1, 4], seed: 4, offset: 2, scale: 0.3)
        G.check("pow tensor", [base, b]) { try $0[0].pow($0[1]) }
        G.check("maximum", [a, b]) { try $0[0].maximum($0[1]) }
        G.check("minimum", [a, b]) { try $0[0].minimum($0[1]) }
        let column = G.input([3, 1], seed: 5), row = G.input([1, 5], seed: 6)
        G.check("outer broadcast", [column, row]) { try $0[0].mul($0[1]).add($0[0]) }
        let scalar = G.input([], seed: 7)
        G.check("0-d with matrix", [scalar, b]) { try $0[0].mul($0[1]).sub($0[0]) }
    }

    @Test("Scalar operands: add, sub, mul, div, rsub, rdiv, rpow, pow")
    func scalarOperands() {
        let x = G.input([2, 3], seed: 10, offset: 2, scale: 0.4)
        G.check("add scalar", [x]) { $0[0].add(1.5) }
        G.check("sub scalar", [x]) { $0[0].sub(1.5) }
        G.check("mul scalar", [x]) { $0[0].mul(-2.5) }
        G.check("div scalar", [x]) { $0[0].div(4) }
        G.check("rsub", [x]) { $0[0].rsub(3) }
        G.check("rdiv", [x]) { $0[0].rdiv(2) }
        G.check("rpow", [x]) { $0[0].rpow(1.7) }
        G.check("pow 2", [x]) { $0[0].pow(2) }
        G.check("pow 3", [x]) { $0[0].pow(3) }
        G.check("pow 0.5", [x]) { $0[0].pow(0.5) }
        G.check("pow -1.5", [x]) { $0[0].pow(-1.5) }
    }

    @Test("Unary functions")
    func unary() {
        let x = G.input([3, 4], seed: 20)
        let positive = G.input([3, 4], seed: 21, offset: 3)
        G.check("neg", [x]) { $0[0].neg() }
        G.check("exp", [x]) { $0[0].exp() }
        G.check("log", [positive]) { $0[0].log() }
        G.check("sqrt", [positive]) { $0[0].sqrt() }
        G.check("abs", [x]) { $0[0].abs() }
        G.check("sigmoid", [x]) { $0[0].sigmoid() }
        G.check("logsigmoid", [x]) { $0[0].logSigmoid() }
        G.check("tanh", [x]) { $0[0].tanh() }
        G.check("relu", [x]) { $0[0].relu() }
        G.check("leaky_relu", [x]) { $0[0].leakyRelu(negativeSlope: 0.2) }
        G.check("clamp", [x]) { try $0[0].clamp(min: -0.5, max: 0.7) }
        G.check("clamp min only", [x]) { try $0[0].clamp(min: 0.1) }
        G.check("clone", [x]) { $0[0].clone() }
        // Through float32 and back: central differences are exact for this linear map up to float32 rounding.
        G.check("to float32 and back", [x], h: 1e-2, atol: 1e-4, rtol: 1e-3) { $0[0].to(.float32).exp().to(.float64) }
        G.check("to float32 mixed with float64", [x], h: 1e-2, atol: 1e-3, rtol: 1e-3) { try $0[0].float().mul($0[0]) }
    }

    @Test("where with broadcasting")
    func whereGradient() {
        let a = G.input([3, 4], seed: 30), b = G.input([4], seed: 31)
        let condition = try! Tensor([1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 1, 0] as [Int64], shape: [3, 4])
        G.check("where", [a, b]) { try Tensor.where(condition, $0[0], $0[1]) }
    }

    @Test("Reductions with dim and keepdim")
    func reductions() {
        let x = G.input([3, 4, 5], seed: 40)
        G.check("sum", [x]) { $0[0].sum() }
        for dim in [0, 1, -1] {
            for keep in [false, true] {
                G.check("sum dim \(dim) keep \(keep)", [x]) { try $0[0].sum(dim: dim, keepdim: keep) }
                G.check("mean dim \(dim) keep \(keep)", [x]) { try $0[0].mean(dim: dim, keepdim: keep) }
                G.check("max dim \(dim) keep \(keep)", [x]) { try $0[0].max(dim: dim, keepdim: keep).values }
                G.check("min dim \(dim) keep \(keep)", [x]) { try $0[0].min(dim: dim, keepdim: keep).values }
                G.check("var dim \(dim) keep \(keep)", [x]) { try $0[0].var(dim: dim, keepdim: keep) }
                G.check("std dim \(dim) keep \(keep)", [x]) { try $0[0].std(dim: dim, keepdim: keep) }
            }
        }
        G.check("sum dims", [x]) { try $0[0].sum(dims: [0, 2]) }
        G.check("mean", [x]) { try $0[0].mean() }
        G.check("max", [x]) { try $0[0].max() }
        G.check("min", [x]) { try $0[0].min() }
        G.check("var population", [x]) { try $0[0].var(correction: 0) }
        G.check("std", [x]) { try $0[0].std() }
    }

    @Test("Matrix products: mm, bmm, matmul in every form, linear")
    func matrixProducts() {
        let a = G.input([3, 4], seed: 50), b = G.input([4, 5], seed: 51)
        G.check("mm", [a, b]) { try $0[0].mm($0[1]) }
        let p = G.input([2, 3, 4], seed: 52), q = G.input([2, 4, 5], seed: 53)
        G.check("bmm", [p, q]) { try $0[0].bmm($0[1]) }
        G.check("matmul batched", [p, q]) { try $0[0].matmul($0[1]) }
        G.check("matmul 3-D x 2-D", [p, b]) { try $0[0].matmul($0[1]) }
        let v = G.input([4], seed: 54), w = G.input([4], seed: 55)
        G.check("matmul dot", [v, w]) { try $0[0].matmul($0[1]) }
        G.check("matmul matrix-vector", [a, v]) { try $0[0].matmul($0[1]) }
        G.check("matmul vector-matrix", [v, b]) { try $0[0].matmul($0[1]) }
        let one = G.input([1, 4, 5], seed: 56)
        G.check("matmul broadcast batch", [p, one]) { try $0[0].matmul($0[1]) }
        G.check("matmul 2-D x 3-D", [a, q]) { try $0[0].matmul($0[1]) }
        let x = G.input([6, 4], seed: 57), weight = G.input([3, 4], seed: 58), bias = G.input([3], seed: 59)
        G.check("linear", [x, weight, bias]) { try Tensor.linear($0[0], weight: $0[1], bias: $0[2]) }
        G.check("linear no bias", [x, weight]) { try Tensor.linear($0[0], weight: $0[1]) }
        G.check("linear 3-D input", [p, weight, bias]) { try Tensor.linear($0[0], weight: $0[1], bias: $0[2]) }
    }

    @Test("Shape operations: reshape, view, squeeze, unsqueeze, flatten, t, transpose, permute, expand")
    func shapeOperations() {
        let x = G.input([2, 3, 4], seed: 60)
        G.check("reshape", [x]) { try $0[0].reshape([4, -1]) }
        G.check("view", [x]) { try $0[0].view([24]) }
        G.check("unsqueeze/squeeze", [x]) { try $0[0].unsqueeze(1).mul(2).squeeze(dim: 1) }
        G.check("flatten", [x]) { try $0[0].flatten(startDim: 1) }
        G.check("transpose", [x]) { try $0[0].transpose(0, 2) }
        G.check("permute", [x]) { try $0[0].permute([1, 2, 0]) }
        let m = G.input([3, 5], seed: 61)
        G.check("t", [m]) { try $0[0].t() }
        let column = G.input([3, 1], seed: 62)
        G.check("expand", [column]) { try $0[0].expand([2, 3, 4]) }
    }

    @Test("Joining and indexing: cat, stack, select, narrow, slice, indexSelect")
    func joiningAndIndexing() {
        let a = G.input([2, 3], seed: 70), b = G.input([4, 3], seed: 71), c = G.input([2, 5], seed: 72)
        G.check("cat dim 0", [a, b]) { try Tensor.cat([$0[0], $0[1]], dim: 0) }
        G.check("cat dim 1", [a, c]) { try Tensor.cat([$0[0], $0[1]], dim: -1) }
        let d = G.input([2, 3], seed: 73)
        G.check("stack dim 0", [a, d]) { try Tensor.stack([$0[0], $0[1]]) }
        G.check("stack dim 2", [a, d]) { try Tensor.stack([$0[0], $0[1], $0[0]], dim: 2) }
        let x = G.input([4, 5, 3], seed: 74)
        G.check("select dim 0", [x]) { try $0[0].select(dim: 0, index: 2) }
        G.check("select dim 1 negative", [x]) { try $0[0].select(dim: 1, index: -1) }
        G.check("narrow dim 0", [x]) { try $0[0].narrow(dim: 0, start: 1, length: 2) }
        G.check("narrow dim 2", [x]) { try $0[0].narrow(dim: 2, start: 1, length: 2) }
        G.check("slice with step", [x]) { try $0[0].slice(dim: 1, start: 0, end: nil, step: 2) }
        let indices = try! Tensor([3, 0, 3, 1] as [Int64])
        G.check("indexSelect dim 0 with repeats", [x]) { try $0[0].indexSelect(dim: 0, indices: indices) }
        G.check("indexSelect dim 1", [x]) { try $0[0].indexSelect(dim: 1, indices: indices) }
    }

    @Test("softmax and log_softmax along each dimension")
    func softmax() {
        let x = G.input([3, 4, 2], seed: 80, scale: 2)
        for dim in [0, 1, -1] {
            G.check("softmax \(dim)", [x]) { try $0[0].softmax(dim: dim) }
            G.check("log_softmax \(dim)", [x]) { try $0[0].logSoftmax(dim: dim) }
        }
    }

    @Test("Losses: every loss, every reduction")
    func losses() {
        let x = G.input([4, 3], seed: 90), y = G.input([4, 3], seed: 91)
        for reduction in Reduction.allCases {
            G.check("mse \(reduction)", [x, y]) { try Loss.mse($0[0], $0[1], reduction: reduction) }
            G.check("l1 \(reduction)", [x, y]) { try Loss.l1($0[0], $0[1], reduction: reduction) }
            G.check("smooth_l1 \(reduction)", [x, y]) { try Loss.smoothL1($0[0], $0[1], reduction: reduction, beta: 0.5) }
        }
        let probabilities = try! G.input([4, 3], seed: 92).sigmoid().detach().requiresGrad_()
        let labels = try! Tensor([0, 1, 1, 0, 0, 1, 1, 1, 0, 0, 1, 0] as [Double], shape: [4, 3], dtype: .float64)
        let weight = try! Tensor([0.5, 1, 2] as [Double], dtype: .float64)
        for reduction in Reduction.allCases {
            G.check("bce \(reduction)", [probabilities]) { try Loss.binaryCrossEntropy($0[0], labels, reduction: reduction) }
            G.check("bce_with_logits \(reduction)", [x]) { try Loss.binaryCrossEntropyWithLogits($0[0], labels, reduction: reduction) }
        }
        G.check("bce weighted", [probabilities]) { try Loss.binaryCrossEntropy($0[0], labels, weight: weight) }
        G.check("bce_with_logits pos_weight", [x]) {
            try Loss.binaryCrossEntropyWithLogits($0[0], labels, weight: weight, posWeight: weight.add(1))
        }
        let logits = G.input([5, 4], seed: 93, scale: 2)
        let classes = try! Tensor([1, 3, 0, 3, 2] as [Int64])
        let classWeight = try! Tensor([0.3, 1.0, 2.0, 0.7] as [Double], dtype: .float64)
        for reduction in Reduction.allCases {
            G.check("cross_entropy \(reduction)", [logits]) { try Loss.crossEntropy($0[0], classes, reduction: reduction) }
            G.check("nll \(reduction)", [logits]) { try Loss.nll($0[0].logSoftmax(dim: 1), classes, reduction: reduction) }
        }
        G.check("cross_entropy weighted", [logits]) { try Loss.crossEntropy($0[0], classes, weight: classWeight) }
        let ignored = try! Tensor([1, -100, 0, 3, -100] as [Int64])
        G.check("cross_entropy ignore_index", [logits]) { try Loss.crossEntropy($0[0], ignored) }
        let soft = try! G.input([5, 4], seed: 94).softmax(dim: 1).detach()
        G.check("cross_entropy probabilities", [logits]) { try Loss.crossEntropy($0[0], soft) }
        let single = G.input([4], seed: 95)
        G.check("cross_entropy unbatched", [single]) { try Loss.crossEntropy($0[0], Tensor(scalar: 2, dtype: .int64)) }
    }

    @Test("A composite graph reusing a tensor accumulates every path")
    func sharedSubgraph() {
        let x = G.input([3, 3], seed: 100), w = G.input([3, 3], seed: 101)
        G.check("diamond", [x, w]) { inputs in
            let h = try inputs[0].mm(inputs[1]).tanh()
            return try h.mul(h).add(h.sigmoid()).sub(inputs[0])
        }
    }

    @Test("The checker itself catches a wrong derivative")
    func checkerDetectsErrors() throws {
        // detach() hides the dependency, so the analytic gradient (1) differs from the numeric one (2).
        let x = G.input([3], seed: 110)
        let w = try G.worst([x]) { try $0[0].add($0[0].detach().mul(1)) .add($0[0]) .sub($0[0].detach()) }
        #expect(w <= 1)
        let bad = try G.worst([x]) { inputs in
            // Numeric derivative of x*x is 2x; the graph sees only one factor.
            try inputs[0].mul(inputs[0].detach())
        }
        #expect(bad > 1)
    }
}
