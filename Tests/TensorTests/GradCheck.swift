import Testing
@testable import Tensor

/// Finite-difference gradient checking in float64: the analytic gradient of
/// `sum(f(inputs) * R)` (R fixed random weights, so every output element matters differently) is
/// compared with central differences `(L(x + h) - L(x - h)) / 2h` for every element of every input.
enum GradCheck {
    /// Deterministic float64 inputs: normal values, shifted by `offset` (use a positive offset for
    /// log/sqrt/pow bases).
    static func input(_ shape: [Int], seed: UInt64, offset: Double = 0, scale: Double = 1) -> Tensor {
        let g = TensorRandom(seed: seed)
        let t = try! Tensor.randn(shape, dtype: .float64, generator: g)
        return try! t.mul(scale).add(offset).detach().requiresGrad_()
    }

    /// The largest mismatch between analytic and numeric gradients, scaled by `atol + rtol*|numeric|`
    /// (a value <= 1 passes).
    static func worst(_ inputs: [Tensor], h: Double = 1e-6, atol: Double = 1e-6, rtol: Double = 1e-4,
                      _ f: ([Tensor]) throws -> Tensor) throws -> Double {
        for t in inputs where t.dtype.isFloatingPoint { t.grad = nil }
        let out = try f(inputs)
        let weights = try Tensor.randn(out.shape, dtype: .float64, generator: TensorRandom(seed: 99)).to(out.dtype)
        try out.mul(weights).sum().backward()
        var worst = 0.0
        for t in inputs where t.requiresGrad {
            let analytic = t.grad?.toArray() ?? [Double](repeating: 0, count: t.count)
            for j in 0..<t.count {
                let saved = t.element(at: j)
                t.setElement(j, saved + h)
                let plus = try Autograd.withNoGrad { try f(inputs).mul(weights).sum().item() }
                t.setElement(j, saved - h)
                let minus = try Autograd.withNoGrad { try f(inputs).mul(weights).sum().item() }
                t.setElement(j, saved)
                let numeric = (plus - minus) / (2 * h)
                let error = Swift.abs(numeric - analytic[j]) / (atol + rtol * Swift.abs(numeric))
                worst = Swift.max(worst, error)
            }
        }
        return worst
    }

    /// Runs `worst` and records a failure when it exceeds 1.
    static func check(_ label: String, _ inputs: [Tensor], h: Double = 1e-6, atol: Double = 1e-6, rtol: Double = 1e-4,
                      sourceLocation: SourceLocation = #_sourceLocation, _ f: ([Tensor]) throws -> Tensor) {
        do {
            let w = try worst(inputs, h: h, atol: atol, rtol: rtol, f)
            #expect(w <= 1, "gradient mismatch for \(label): \(w)", sourceLocation: sourceLocation)
        } catch {
            Issue.record("\(label) threw \(error)", sourceLocation: sourceLocation)
        }
    }
}
