/// What the commands that do not print every relation need to know about one: its endpoints
/// as dense actor numbers, its type, the summary its evidence gives, and where it is in the file.
///
/// ``GraphDigest`` holds one per relation of a graph file; the evidence itself stays in the file's
/// bytes until ``GraphDigest/relation(at:)`` decodes it.
public struct RelationDigest: Sendable, Equatable {
    /// The source's position in ``GraphDigest/graph``'s actors (canonical id order).
    public var source: Int32
    /// The target's position in ``GraphDigest/graph``'s actors.
    public var target: Int32
    /// The relation type.
    public var type: RelationType
    /// The summary modality, as ``Relation/modality``.
    public var modality: Modality
    /// The confidence, as ``Relation/confidence``.
    public var confidence: Double
    /// How many pieces of evidence it has (0 for a relation written without evidence).
    public var evidenceCount: Int32
    /// How many of them are asserted.
    public var assertedCount: Int32
    /// How many of them are hedged (the rest are negated).
    public var hedgedCount: Int32
    /// The earliest effective date of its evidence (or its stated `firstSeen` without evidence).
    public var firstDate: Day?
    /// The latest effective date of its evidence (or its stated `lastSeen` without evidence).
    public var lastDate: Day?
    /// The byte range of its JSON object in the file (empty when the graph was read whole).
    public var bytes: Range<Int>

    /// Whether the relation holds (see ``Relation/holds``).
    public var holds: Bool { modality != .negated }

    /// The evidence a path counts as support: the non-negated evidence, or 1 for a relation without evidence.
    public var supportingCount: Int32 { evidenceCount == 0 ? 1 : assertedCount + hedgedCount }

    /// The asserted evidence a path counts: for a relation without evidence, 1 when its modality is asserted.
    public var pathAssertedCount: Int32 { evidenceCount == 0 ? (modality == .asserted ? 1 : 0) : assertedCount }

    /// The key packed into 64 bits so that packed keys sort like ``RelationKey``s: source, type name, target.
    var packedKey: UInt64 { RelationDigest.pack(source: source, type: type, target: target) }

    /// Packs endpoints and type into a key that sorts like ``RelationKey``.
    static func pack(source: Int32, type: RelationType, target: Int32) -> UInt64 {
        UInt64(UInt32(source)) << 34 | UInt64(RelationDigest.typeRank(type)) << 32 | UInt64(UInt32(target))
    }

    /// The rank of a type in the order of its name (agreement, alliance, hostility, proxy), as ``RelationKey`` sorts.
    static func typeRank(_ type: RelationType) -> UInt8 {
        switch type {
        case .agreement: 0
        case .alliance: 1
        case .hostility: 2
        case .proxy: 3
        }
    }

    /// The digest of a decoded relation.
    /// - Parameters:
    ///   - relation: The relation.
    ///   - source: Its source's dense number.
    ///   - target: Its target's dense number.
    ///   - bytes: Where it is in the file.
    ///   - effectiveDate: The date of a piece of evidence (its own, else its document's).
    init(_ relation: Relation, source: Int32, target: Int32, bytes: Range<Int>, effectiveDate: (Evidence) -> Day?) {
        self.source = source
        self.target = target
        type = relation.type
        modality = relation.modality
        confidence = relation.confidence
        evidenceCount = Int32(clamping: relation.evidence.count)
        var asserted: Int32 = 0, hedged: Int32 = 0
        var first: Day?, last: Day?
        for item in relation.evidence {
            switch item.modality {
            case .asserted: asserted += 1
            case .hedged: hedged += 1
            case .negated: break
            }
            if let date = effectiveDate(item) {
                first = EvidenceSummary.minimum(first, date)
                last = EvidenceSummary.maximum(last, date)
            }
        }
        if relation.evidence.isEmpty {
            first = relation.firstSeen
            last = relation.lastSeen
        }
        assertedCount = asserted
        hedgedCount = hedged
        firstDate = first
        lastDate = last
        self.bytes = bytes
    }

    /// A digest with every field given.
    init(
        source: Int32, target: Int32, type: RelationType, modality: Modality, confidence: Double, evidenceCount: Int32,
        assertedCount: Int32, hedgedCount: Int32, firstDate: Day?, lastDate: Day?, bytes: Range<Int>
    ) {
        self.source = source
        self.target = target
        self.type = type
        self.modality = modality
        self.confidence = confidence
        self.evidenceCount = evidenceCount
        self.assertedCount = assertedCount
        self.hedgedCount = hedgedCount
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.bytes = bytes
    }
}
