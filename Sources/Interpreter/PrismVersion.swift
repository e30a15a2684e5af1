/// Prism's version, as `prism --version` prints it and reports record it.
public enum PrismVersion {
    /// The version.
    public static let current = "0.1.0"
}
