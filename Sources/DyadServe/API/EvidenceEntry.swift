import DyadCore

/// One sentence behind a relation, with where it came from and how it was read.
public struct EvidenceEntry: Encodable, Hashable, Sendable {
    /// The sentence as it stands in the document.
    public var sentence: String
    /// The document's id.
    public var document: String
    /// The document's title, if known.
    public var documentTitle: String?
    /// The document's source (a URL or a name), if known.
    public var documentSource: String?
    /// The evidence's date (its own, else its document's), as YYYY-MM-DD.
    public var date: String?
    /// `asserted`, `hedged` or `negated`.
    public var modality: String
    /// Who the statement is attributed to, if it is reported speech.
    public var speaker: String?
    /// The id of the rule that read the sentence.
    public var rule: String

    init(_ evidence: Evidence, in graph: Graph) {
        let document = graph.documents[evidence.document]
        sentence = evidence.sentence
        self.document = evidence.document
        documentTitle = document?.title
        documentSource = document?.source
        date = graph.effectiveDate(of: evidence)?.description
        modality = evidence.modality.rawValue
        speaker = evidence.attributedTo
        rule = evidence.rule
    }
}
