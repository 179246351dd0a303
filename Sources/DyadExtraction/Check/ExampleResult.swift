import DyadCore

/// The outcome of one rule example.
public struct ExampleResult: Sendable {
    /// The rule id.
    public var rule: String
    /// The example's position in the rule (1-based).
    public var number: Int
    /// Where the example is written.
    public var origin: SourceLocation?
    /// The example text.
    public var text: String
    /// What went wrong; empty when the example passed.
    public var failures: [String]
    /// What the whole pack produced on the text, as `a type b modality [rule]`.
    public var produced: [String]

    /// Whether the example passed.
    public var passed: Bool { failures.isEmpty }
}
