/// A piece of evidence as ``GraphEncoder`` writes it: its values, and its texts in whatever form the
/// writer holds them (the ``Evidence``'s strings, or string spans of a file the fast reader copies).
///
/// ``GraphEncoder/encode(_:_:)-(CanonicalEvidence,_)`` holds the one description of the field order.
protocol CanonicalEvidence {
    /// How the texts are held.
    associatedtype Text

    /// Writes the document's id as a JSON string, exactly as ``JSONWriter/string(_:)`` writes it.
    func writeDocument(to w: inout JSONWriter)
    var sentence: Text { get }
    var sentenceRange: TextRange? { get }
    var sourceMention: Text? { get }
    var sourceRange: TextRange? { get }
    var targetMention: Text? { get }
    var targetRange: TextRange? { get }
    var rule: Text { get }
    var modality: Modality { get }
    var attributedTo: Text? { get }
    /// The date the evidence states (not its document's).
    var date: Day? { get }
    var validFrom: Day? { get }
    var validTo: Day? { get }
    var score: Double? { get }
    /// Writes a text as a JSON string, exactly as ``JSONWriter/string(_:)`` writes the string it holds.
    func write(_ text: Text, to w: inout JSONWriter)
}

extension CanonicalEvidence {
    /// Writes an optional text field when it has a value; the text is lent, not bound to a copy.
    func write(_ name: StaticString, _ text: Text?, first: inout Bool, to w: inout JSONWriter) {
        switch text {
        case .some(let value):
            w.key(name, first: &first)
            write(value, to: &w)
        case .none: break
        }
    }
}

extension Evidence: CanonicalEvidence {
    func write(_ text: String, to w: inout JSONWriter) { w.string(text) }
    func writeDocument(to w: inout JSONWriter) { w.string(document) }
}
