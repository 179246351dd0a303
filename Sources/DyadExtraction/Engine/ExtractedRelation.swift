import DyadCore

/// One relation read from one sentence, with its evidence and how it was found.
public struct ExtractedRelation: Sendable, Hashable {
    /// Source actor id (the proxy for `proxy`).
    public var source: String
    /// The type.
    public var type: RelationType
    /// Target actor id (the patron for `proxy`).
    public var target: String
    /// The evidence.
    public var evidence: Evidence
    /// The tokens the rule matched, for `--explain` (empty unless the extractor's `explainScores` is set).
    public var matched: String
    /// The source's number in the pack's actor list (``RulePack/actors``; the first entry with its id), or -1 for an
    /// actor the text made. Equal numbers are equal ids, so a caller collecting many relations can key them by
    /// number instead of hashing ids.
    public var sourceEntry: Int32 = -1
    /// The target's number in the pack's actor list, as ``sourceEntry``.
    public var targetEntry: Int32 = -1

    /// Creates a relation.
    public init(source: String, type: RelationType, target: String, evidence: Evidence, matched: String) {
        self.source = source
        self.type = type
        self.target = target
        self.evidence = evidence
        self.matched = matched
    }
}

/// One relation read from one sentence with its evidence as positions in the document's text (for a caller that
/// collects many and writes them without making each piece's strings: see ``Extractor/spanEvidence``).
package struct SpanExtractedRelation: Sendable {
    /// Source actor id (the proxy for `proxy`), for an actor the text made; empty for an actor of the pack, which
    /// ``sourceEntry`` names (so no id is retained for each piece of evidence, from every core at once).
    package var source: String
    package var type: RelationType
    /// Target actor id (the patron for `proxy`), as ``source``.
    package var target: String
    package var evidence: SpanEvidence
    /// Who the evidence is attributed to, if anyone (its ``SpanEvidence/speaker`` is numbered by the collector).
    package var attributedTo: String?
    /// As ``ExtractedRelation/sourceEntry``.
    package var sourceEntry: Int32 = -1
    /// As ``ExtractedRelation/targetEntry``.
    package var targetEntry: Int32 = -1
}
