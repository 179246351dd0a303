import DyadCore

/// A named lexicon used in patterns as `[name]`, with its inflected forms.
public struct WordClass: Sendable, Hashable {
    /// The class name.
    public var name: String
    /// Every form, folded, multi-word forms joined by spaces.
    public var forms: [String]
    /// Where the class is written.
    public var origin: SourceLocation?

    /// Creates a class.
    public init(name: String, forms: [String], origin: SourceLocation? = nil) {
        self.name = name
        self.forms = forms
        self.origin = origin
    }
}
