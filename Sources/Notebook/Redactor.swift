import Foundation

/// Replaces the values of the secrets a notebook declares (environment variables named in its
/// front matter) wherever they would appear in an output.
public struct Redactor: Sendable {
    /// What a secret's value is replaced with.
    public static let mask = "[redacted]"
    /// The secret values, longest first (so a secret containing another is masked whole).
    let values: [String]

    /// Reads the values of the named environment variables (unset or empty ones are ignored).
    public init(secretNames: [String], environment: [String: String] = ProcessInfo.processInfo.environment) {
        values = secretNames.compactMap { environment[$0] }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    }

    /// `text` with every secret value masked.
    public func redact(_ text: String) -> String {
        var result = text
        for value in values where result.contains(value) {
            result = result.replacingOccurrences(of: value, with: Redactor.mask)
        }
        return result
    }
}
