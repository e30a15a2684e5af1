/// A user-reachable failure of a tensor operation: a shape mismatch, a bad dimension or index, an
/// unsupported dtype, corrupt serialized bytes. The message follows PyTorch's wording where PyTorch
/// has one, so the bindings can raise it unchanged (as `RuntimeError`, `IndexError` or `ValueError`
/// according to `kind`).
public struct TensorError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The Python exception class the message corresponds to.
    public enum Kind: Sendable, Equatable {
        /// `RuntimeError`: shapes, dtypes, autograd misuse.
        case runtime
        /// `IndexError`: dimension or index out of range.
        case index
        /// `ValueError`: bad argument values, corrupt serialized data.
        case value
    }

    /// The Python exception class to raise.
    public let kind: Kind
    /// The message, PyTorch-like.
    public let message: String

    /// Creates an error of the given kind (default `.runtime`).
    public init(_ message: String, kind: Kind = .runtime) {
        self.message = message
        self.kind = kind
    }

    /// The message.
    public var description: String { message }
}
