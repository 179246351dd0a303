import DyadCore

/// An example attached to a rule: a sentence and the relations it must or must not yield.
public struct RuleExample: Sendable, Hashable {
    /// The sentence.
    public var text: String
    /// The document date to read it with (`YYYY-MM-DD`), if any.
    public var date: String?
    /// Relations the rule must yield, as `a type b [modality]` with actor ids or names.
    public var expect: [String]
    /// Relations no rule may yield on the sentence.
    public var reject: [String]
    /// Where the example is written.
    public var origin: SourceLocation?

    /// Creates an example.
    public init(text: String, date: String? = nil, expect: [String] = [], reject: [String] = [], origin: SourceLocation? = nil) {
        self.text = text
        self.date = date
        self.expect = expect
        self.reject = reject
        self.origin = origin
    }
}
