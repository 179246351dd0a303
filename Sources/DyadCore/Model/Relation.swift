/// A typed relation between two actors with all the evidence for it.
///
/// The summary fields (modality, confidence, first and last seen, validity)
/// are derived from the evidence whenever there is any. A relation written by
/// another tool without evidence keeps the summary it was given.
public struct Relation: Identifiable, Hashable, Sendable {
    /// Endpoints and type.
    public let key: RelationKey
    /// Evidence, sorted and without duplicates.
    public private(set) var evidence: [Evidence]
    /// The strongest modality among the evidence.
    public private(set) var modality: Modality
    /// Confidence in 0...1: a noisy-or over the evidence weights.
    public private(set) var confidence: Double
    /// Earliest evidence date.
    public private(set) var firstSeen: Day?
    /// Latest evidence date.
    public private(set) var lastSeen: Day?
    /// Start of the validity the text states ("since 2015"), the earliest one.
    public private(set) var validFrom: Day?
    /// End of the validity the text states, the latest one.
    public private(set) var validTo: Day?

    /// The relation's identity.
    public var id: RelationKey { key }
    /// The proxy for `proxy`; the smaller actor id otherwise.
    public var source: Actor.ID { key.source }
    /// The patron for `proxy`; the larger actor id otherwise.
    public var target: Actor.ID { key.target }
    /// The relation type.
    public var type: RelationType { key.type }

    /// Creates a relation from evidence; the summary is derived from it.
    public init(source: Actor.ID, type: RelationType, target: Actor.ID, evidence: [Evidence]) {
        self.init(key: RelationKey(source: source, type: type, target: target), evidence: evidence)
    }

    /// Creates a relation from evidence; the summary is derived from it.
    public init(key: RelationKey, evidence: [Evidence]) {
        self.key = key
        self.evidence = []
        self.modality = .asserted
        self.confidence = 0
        replaceEvidence(evidence)
    }

    /// Creates a relation without evidence, as other tools write them, with a stated summary.
    public init(
        key: RelationKey, modality: Modality, confidence: Double? = nil,
        firstSeen: Day? = nil, lastSeen: Day? = nil, validFrom: Day? = nil, validTo: Day? = nil
    ) {
        self.key = key
        self.evidence = []
        self.modality = modality
        self.confidence = min(1, max(0, confidence ?? Evidence(document: "", sentence: "", rule: "", modality: modality).weight))
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.validFrom = validFrom
        self.validTo = validTo
    }

    /// Whether the relation holds by its evidence: it has evidence that is not negated,
    /// or, without evidence, a summary that is not negated.
    public var holds: Bool { modality != .negated }

    /// The evidence that best supports the relation: asserted before hedged before
    /// negated, then the latest, then the first in document order.
    public var strongestEvidence: Evidence? {
        evidence.min { a, b in
            if a.modality != b.modality { return a.modality < b.modality }
            if a.date != b.date { return (a.date?.ordinal ?? Int.min) > (b.date?.ordinal ?? Int.min) }
            return a < b
        }
    }

    /// Merges another relation with the same key: evidence is united and the summary recomputed.
    ///
    /// Associative and idempotent; two relations without evidence keep the
    /// stronger modality and the higher confidence.
    public func merged(with other: Relation) -> Relation {
        precondition(key == other.key, "merging relations with different keys")
        if evidence.isEmpty, other.evidence.isEmpty {
            var result = self
            result.modality = modality.strength >= other.modality.strength ? modality : other.modality
            result.confidence = max(confidence, other.confidence)
            result.firstSeen = EvidenceSummary.minimum(firstSeen, other.firstSeen)
            result.lastSeen = EvidenceSummary.maximum(lastSeen, other.lastSeen)
            result.validFrom = EvidenceSummary.minimum(validFrom, other.validFrom)
            result.validTo = EvidenceSummary.maximum(validTo, other.validTo)
            return result
        }
        // Both evidence lists are sorted and unique: one linear pass unites them.
        var united: [Evidence] = []
        united.reserveCapacity(evidence.count + other.evidence.count)
        var i = 0, j = 0
        while i < evidence.count, j < other.evidence.count {
            if evidence[i] < other.evidence[j] {
                united.append(evidence[i]); i += 1
            } else if other.evidence[j] < evidence[i] {
                united.append(other.evidence[j]); j += 1
            } else {
                united.append(evidence[i]); i += 1
                if evidence[i - 1] == other.evidence[j] { j += 1 }
            }
        }
        united += evidence[i...]
        united += other.evidence[j...]
        var result = self
        result.adoptSortedEvidence(united)
        return result
    }

    /// Replaces the evidence and recomputes the summary.
    ///
    /// The array is taken over and sorted in place: a caller that hands over its last reference (as
    /// ``init(key:evidence:)`` does) spares a copy of every piece.
    public mutating func replaceEvidence(_ newEvidence: consuming [Evidence]) {
        var sorted = newEvidence
        Relation.sortInPlace(&sorted)
        adoptSortedEvidence(sorted)
    }

    /// Sorts evidence by sorting its positions, then putting each piece in place (``Array/permute(by:)``): sorting the
    /// values themselves copied pieces in and out of the array, retaining and releasing every string each holds. The order
    /// is `<`'s, which tells every two different pieces apart, so it is the order a stable sort gives.
    static func sortInPlace(_ evidence: inout [Evidence]) {
        let count = evidence.count
        guard count > 1 else { return }
        if count == 2 {
            if evidence[1] < evidence[0] { evidence.swapAt(0, 1) }
            return
        }
        // order[k]: the position of the piece that belongs at k.
        let order = evidence.withUnsafeBufferPointer { items in (0..<count).sorted { items[$0] < items[$1] } }
        evidence.permute(by: order)
    }

    /// Takes sorted evidence, drops duplicates and recomputes the summary.
    private mutating func adoptSortedEvidence(_ sortedEvidence: consuming [Evidence]) {
        var sorted = sortedEvidence
        sorted.removeAdjacentRepeats(by: ==)
        evidence = sorted
        guard !sorted.isEmpty else { return }
        var summary = EvidenceSummary()
        // Fields read in place through the buffer: iterating the array would copy (retain) every piece.
        sorted.withUnsafeBufferPointer { items in
            for index in items.indices {
                summary.add(
                    modality: items[index].modality, date: items[index].date, validFrom: items[index].validFrom,
                    validTo: items[index].validTo)
            }
        }
        modality = summary.modality
        confidence = summary.confidence
        firstSeen = summary.firstSeen
        lastSeen = summary.lastSeen
        validFrom = summary.validFrom
        validTo = summary.validTo
    }
}
