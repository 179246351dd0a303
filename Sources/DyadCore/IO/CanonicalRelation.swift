/// A relation as ``GraphEncoder`` writes it: the summary fields and the evidence, in whatever form
/// the writer holds them (a decoded ``Relation``, or the fields the fast reader found in a file's bytes).
///
/// ``GraphEncoder/encode(_:record:evidenceIndent:closingIndent:extra:_:)`` holds the one description of
/// a relation record's canonical field order; every writer of relation records goes through it.
protocol CanonicalRelation {
    /// The form its evidence comes in.
    associatedtype Item: CanonicalEvidence

    /// The source as the record names it (``RelationKey/source``).
    var source: Actor.ID { get }
    /// The target as the record names it.
    var target: Actor.ID { get }
    var type: RelationType { get }
    /// The summary modality (``Relation/modality``).
    var modality: Modality { get }
    /// The summary confidence (``Relation/confidence``).
    var confidence: Double { get }
    var firstSeen: Day? { get }
    var lastSeen: Day? { get }
    var validFrom: Day? { get }
    var validTo: Day? { get }
    /// How many pieces of evidence it has.
    var evidenceCount: Int { get }
    /// Calls `body` with the piece of evidence at `index` (below ``evidenceCount``), in record order: lent, not
    /// returned, so writing a stored piece does not copy it (retaining each of its strings).
    func withEvidenceItem<Result>(at index: Int, _ body: (Item) -> Result) -> Result
}

extension Relation: CanonicalRelation {
    var evidenceCount: Int { evidence.count }

    /// Through the buffer: its elements are lent to `body`, where the array's subscript returns copies (retaining
    /// every string of the piece).
    func withEvidenceItem<Result>(at index: Int, _ body: (Evidence) -> Result) -> Result {
        evidence.withUnsafeBufferPointer { body($0[index]) }
    }
}

/// A relation the encoder reads where it is stored, by address: passing the relation itself to the encoder made a
/// copy of it (retaining its ids and its evidence) for every record written.
struct StoredRelation: CanonicalRelation {
    /// The relation, valid while the encoder runs.
    let relation: UnsafePointer<Relation>

    var source: Actor.ID { relation.pointee.key.source }
    var target: Actor.ID { relation.pointee.key.target }
    var type: RelationType { relation.pointee.key.type }
    var modality: Modality { relation.pointee.modality }
    var confidence: Double { relation.pointee.confidence }
    var firstSeen: Day? { relation.pointee.firstSeen }
    var lastSeen: Day? { relation.pointee.lastSeen }
    var validFrom: Day? { relation.pointee.validFrom }
    var validTo: Day? { relation.pointee.validTo }
    var evidenceCount: Int { relation.pointee.evidence.count }

    func withEvidenceItem<Result>(at index: Int, _ body: (Evidence) -> Result) -> Result {
        relation.pointee.evidence.withUnsafeBufferPointer { body($0[index]) }
    }
}
