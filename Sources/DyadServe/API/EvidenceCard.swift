/// `GET /api/relation`: a relation and every sentence behind it.
public struct EvidenceCard: Encodable, Hashable, Sendable {
    /// Always `relation`.
    public var kind = "relation"
    /// The relation.
    public var relation: RelationRef
    /// The source actor's name.
    public var sourceName: String
    /// The target actor's name.
    public var targetName: String
    /// The strongest modality among the evidence.
    public var modality: String
    /// Confidence in 0...1.
    public var confidence: Double
    /// The earliest evidence date.
    public var firstSeen: String?
    /// The latest evidence date.
    public var lastSeen: String?
    /// How many sentences support the relation.
    public var evidenceCount: Int
    /// The sentences, in document order (at most the evidence limit).
    public var evidence: [EvidenceEntry]
    /// Whether sentences were left out by the limit.
    public var truncated: Bool
}
