#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A backward rule: given the gradient of an operation's output and which inputs need a gradient,
/// returns one gradient per input (nil where not needed), each of its input's shape. The rules live
/// in `Derivatives.swift`; they run with gradient tracking off.
public typealias BackwardRule = (_ gradOutput: Tensor, _ needsGrad: [Bool]) throws(TensorError) -> [Tensor?]

/// One recorded operation of the autograd graph: the inputs it read and the rule mapping the
/// output's gradient to theirs. A result tensor holds its node (`Tensor.gradFn`); nodes hold their
/// inputs, so a graph lives as long as its outputs do. Nodes never hold their own output (rules that
/// need the output keep a detached view of it), so graphs have no reference cycles.
public final class GradNode: @unchecked Sendable {
    /// PyTorch's name for the node, such as `AddBackward0` (shown in `grad_fn=<...>`).
    public internal(set) var name: String
    /// The operation's tensor inputs.
    public internal(set) var inputs: [Tensor]
    /// The derivative rule.
    let rule: BackwardRule

    init(name: String, inputs: [Tensor], rule: @escaping BackwardRule) {
        self.name = name
        self.inputs = inputs
        self.rule = rule
    }

    /// Frees a long chain of nodes iteratively: releasing a graph would otherwise recurse once per
    /// node (tensor -> node -> input tensor -> node ...) and overflow the stack on deep graphs. Nodes
    /// of inputs that die with this node are detached from them and released one at a time.
    deinit {
        var doomed: [GradNode] = []
        Self.detachDyingInputs(of: &inputs, into: &doomed)
        while let node = doomed.popLast() {
            Self.detachDyingInputs(of: &node.inputs, into: &doomed)
        }
    }

    private static func detachDyingInputs(of inputs: inout [Tensor], into doomed: inout [GradNode]) {
        for i in inputs.indices where isKnownUniquelyReferenced(&inputs[i]) {
            if let node = inputs[i].gradFn {
                inputs[i].gradFn = nil
                doomed.append(node)
            }
        }
    }
}

/// Autograd's per-thread switch and the backward pass.
public enum Autograd {
    /// The per-thread "grad mode disabled" flag: no value (the default) means enabled.
    private static let disabledKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// Whether operations on this thread record the autograd graph (PyTorch's `is_grad_enabled`).
    public static var isEnabled: Bool {
        @inline(__always) get { pthread_getspecific(disabledKey) == nil }
    }

    /// Turns recording on or off for this thread (PyTorch's `set_grad_enabled`).
    public static func setEnabled(_ enabled: Bool) {
        pthread_setspecific(disabledKey, enabled ? nil : UnsafeRawPointer(bitPattern: 1))
    }

    /// Runs `body` with recording set to `enabled` on this thread, restoring the previous mode after.
    public static func withGradEnabled<R>(_ enabled: Bool, _ body: () throws -> R) rethrows -> R {
        let previous = isEnabled
        setEnabled(enabled)
        defer { setEnabled(previous) }
        return try body()
    }

    /// Runs `body` without recording (PyTorch's `with torch.no_grad():`).
    public static func withNoGrad<R>(_ body: () throws -> R) rethrows -> R {
        try withGradEnabled(false, body)
    }

    /// Whether an operation on `a` must be recorded.
    @inline(__always) static func needsGrad(_ a: Tensor) -> Bool {
        a.requiresGrad && isEnabled
    }

    /// Whether an operation on `a` and `b` must be recorded.
    @inline(__always) static func needsGrad(_ a: Tensor, _ b: Tensor) -> Bool {
        (a.requiresGrad || b.requiresGrad) && isEnabled
    }

    /// Whether an operation on `tensors` must be recorded.
    static func needsGrad(_ tensors: [Tensor]) -> Bool {
        isEnabled && tensors.contains { $0.requiresGrad }
    }

    /// Computes the gradient of `root` with respect to every leaf that requires grad and adds it to
    /// the leaf's `grad`. `gradient` defaults to 1 for a one-element `root`. The graph is kept, so
    /// calling it again accumulates again (PyTorch's `retain_graph=True`).
    ///
    /// Order: nodes are visited in reverse topological order computed iteratively (no recursion),
    /// so every node runs once, after all gradients flowing into it have been summed.
    static func backward(_ root: Tensor, gradient: Tensor?) throws(TensorError) {
        guard root.requiresGrad else {
            throw TensorError("element 0 of tensors does not require grad and does not have a grad_fn")
        }
        let seed: Tensor
        if let gradient {
            guard gradient.shape == root.shape else {
                throw TensorError("Mismatch in shape: grad_output[0] has a shape of torch.Size(\(Shape.describe(gradient.shape))) and output[0] has a shape of torch.Size(\(Shape.describe(root.shape))).")
            }
            seed = gradient.converted(root.dtype)
        } else {
            guard root.count == 1 else {
                throw TensorError("grad can be implicitly created only for scalar outputs")
            }
            seed = Tensor.full(root.shape, 1, dtype: root.dtype)
        }
        let previous = isEnabled
        setEnabled(false)
        defer { setEnabled(previous) }

        guard root.gradFn != nil else {
            accumulate(into: root, seed)
            return
        }
        // Post-order DFS over non-leaf tensors, with an explicit stack.
        var order: [Tensor] = []
        var visited = Set<ObjectIdentifier>()
        var stack: [(Tensor, Int)] = [(root, 0)]
        visited.insert(ObjectIdentifier(root))
        while let (tensor, next) = stack.last {
            let inputs = tensor.gradFn!.inputs
            if next < inputs.count {
                stack[stack.count - 1].1 = next + 1
                let input = inputs[next]
                if input.gradFn != nil && visited.insert(ObjectIdentifier(input)).inserted {
                    stack.append((input, 0))
                }
            } else {
                order.append(tensor)
                stack.removeLast()
            }
        }
        var pending: [ObjectIdentifier: Tensor] = [ObjectIdentifier(root): seed]
        for tensor in order.reversed() {
            guard let grad = pending.removeValue(forKey: ObjectIdentifier(tensor)) else { continue }
            let node = tensor.gradFn!
            let needs = node.inputs.map { $0.requiresGrad }
            let grads = try node.rule(grad, needs)
            for (input, inputGrad) in zip(node.inputs, grads) {
                guard input.requiresGrad, var inputGrad else { continue }
                if inputGrad.dtype != input.dtype { inputGrad = inputGrad.converted(input.dtype) }
                guard inputGrad.shape == input.shape else {
                    throw TensorError("Function \(node.name) returned an invalid gradient - got \(Shape.describe(inputGrad.shape)) but expected shape compatible with \(Shape.describe(input.shape))")
                }
                if input.gradFn == nil {
                    accumulate(into: input, inputGrad)
                } else if let existing = pending[ObjectIdentifier(input)] {
                    pending[ObjectIdentifier(input)] = Kernels.addSameShape(existing, inputGrad)
                } else {
                    pending[ObjectIdentifier(input)] = inputGrad
                }
            }
        }
    }

    /// Adds `gradient` into a leaf's `grad` (a fresh copy the first time, in place afterwards).
    private static func accumulate(into leaf: Tensor, _ gradient: Tensor) {
        let g = gradient.converted(leaf.dtype)
        if let existing = leaf.grad, existing.shape == leaf.shape, existing.dtype == leaf.dtype {
            Kernels.addInPlace(existing, g)
        } else {
            let copy = Tensor(uninitialized: leaf.shape, dtype: leaf.dtype)
            copy.rawPointer.copyMemory(from: g.rawPointer, byteCount: g.count * g.dtype.itemSize)
            leaf.grad = copy
        }
    }
}

extension Tensor {
    /// Records this result of a tracked operation: sets `gradFn` and `requiresGrad`.
    @inline(__always)
    func attach(_ name: String, _ inputs: [Tensor], _ rule: @escaping BackwardRule) {
        gradFn = GradNode(name: name, inputs: inputs, rule: rule)
        markRequiresGrad()
    }

    /// Back-propagates from this tensor (PyTorch's `backward`): `gradient` defaults to 1 for a
    /// one-element tensor and must otherwise have this tensor's shape. Gradients accumulate into the
    /// `grad` of every leaf that requires grad; the graph is kept (a second call accumulates again).
    public func backward(gradient: Tensor? = nil) throws(TensorError) {
        try Autograd.backward(self, gradient: gradient)
    }
}
