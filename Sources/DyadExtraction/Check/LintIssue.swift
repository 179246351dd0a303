import DyadCore

/// A problem `dyad rules check` found in a pack.
public struct LintIssue: Sendable, Hashable, CustomStringConvertible {
    /// How serious it is.
    public enum Severity: String, Sendable { case error, warning }
    /// Error or warning.
    public var severity: Severity
    /// What is wrong and what to do.
    public var message: String
    /// Where, if known.
    public var origin: SourceLocation?

    /// `file:line:col: error: message`.
    public var description: String {
        Diagnostic.render(file: "<pack>", location: origin, severity: severity.rawValue, message: message)
    }
}
