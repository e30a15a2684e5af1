/// An error of the dataframe engine, with Spark's error class where one exists. The message names
/// what went wrong and where (file, line and column for input; the setting to raise for memory).
public struct ColumnarError: Error, Sendable, CustomStringConvertible {
    /// What kind of error, which the language maps to an exception class.
    public enum Kind: Sendable {
        /// A column, function or view that does not exist (`AnalysisException`).
        case analysis
        /// A value of the wrong type, or an expression applied to the wrong type (`AnalysisException`).
        case type
        /// Malformed input data, or a file that cannot be read or written (`IOError` style).
        case input
        /// A missing file or folder (`AnalysisException: [PATH_NOT_FOUND]`).
        case pathNotFound
        /// A SQL text that does not parse (`ParseException`).
        case parse
        /// An operator would exceed its executor's memory.
        case memory
        /// A bad argument (`ValueError` / `IllegalArgumentException`).
        case argument
        /// The query was cancelled.
        case cancelled
    }

    /// The kind.
    public let kind: Kind
    /// The message, without a kind prefix.
    public let message: String

    /// An error of `kind` saying `message`.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
