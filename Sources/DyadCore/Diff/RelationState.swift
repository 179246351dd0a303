/// The facts about one relation that a diff compares: its current reading and its weight.
public struct RelationState: Hashable, Sendable {
    /// The relation's key.
    public var key: RelationKey
    /// The current reading: the strongest modality among the evidence of the latest
    /// date (undated evidence counts as older than any date); the stated modality for
    /// relations without evidence. A later denial therefore reads as `negated`.
    public var modality: Modality
    /// The strongest modality over all the evidence (the relation's summary).
    public var strongestModality: Modality
    /// How many pieces of evidence support it.
    public var evidenceCount: Int
    /// The relation's confidence in 0...1.
    public var confidence: Double
    /// Earliest evidence date.
    public var firstSeen: Day?
    /// Latest evidence date.
    public var lastSeen: Day?

    /// Whether the relation holds by its current reading (it is not negated).
    public var holds: Bool { modality != .negated }

    /// Summarises `relation`; `date` gives each piece of evidence its effective date.
    /// - Complexity: O(k) in the relation's evidence.
    public init(_ relation: Relation, date: (Evidence) -> Day?) {
        var reading = Reading()
        for item in relation.evidence { reading.take(item, day: date(item)) }
        self.init(relation, reading: reading)
    }

    /// Summarises `relation` as it stands in `side`, which dates its evidence.
    ///
    /// The diff engine's form: the side is read in place, where a closure that calls
    /// `side.effectiveDate(of:)` would copy the whole side (every tree of a snapshot) each time.
    /// - Complexity: O(k) in the relation's evidence.
    init<Side: DiffSide>(_ relation: Relation, in side: Side) {
        var reading = Reading()
        for item in relation.evidence { reading.take(item, day: side.effectiveDate(of: item)) }
        self.init(relation, reading: reading)
    }

    /// The state of `relation` with the reading of its dated evidence.
    private init(_ relation: Relation, reading: Reading) {
        key = relation.key
        strongestModality = relation.modality
        evidenceCount = relation.evidence.count
        confidence = relation.confidence
        guard !relation.evidence.isEmpty else {
            modality = relation.modality
            firstSeen = relation.firstSeen
            lastSeen = relation.lastSeen
            return
        }
        modality = reading.modality
        firstSeen = reading.first
        lastSeen = reading.last
    }

    /// The current reading and the first and last dates of a relation's evidence, taken one piece at a time.
    private struct Reading {
        var latest: Int?
        var modality = Modality.negated
        var first: Day?, last: Day?

        /// Takes one piece of evidence with its effective date.
        mutating func take(_ item: Evidence, day: Day?) {
            if let day {
                first = first.map { min($0, day) } ?? day
                last = last.map { max($0, day) } ?? day
            }
            let ordinal = day?.ordinal ?? Int.min
            if latest == nil || ordinal > latest ?? Int.min {
                latest = ordinal
                modality = item.modality
            } else if ordinal == latest, item.modality.strength > modality.strength {
                modality = item.modality
            }
        }
    }

    /// Which of two holding relations between the same pair dominates: the stronger
    /// current reading, then more evidence, then higher confidence, then the one seen
    /// first (a newcomer must outweigh the established type to flip the pair), then
    /// the key, so the choice is deterministic.
    public static func dominates(_ lhs: RelationState, over rhs: RelationState) -> Bool {
        if lhs.modality.strength != rhs.modality.strength { return lhs.modality.strength > rhs.modality.strength }
        if lhs.evidenceCount != rhs.evidenceCount { return lhs.evidenceCount > rhs.evidenceCount }
        if lhs.confidence != rhs.confidence { return lhs.confidence > rhs.confidence }
        let l = lhs.firstSeen?.ordinal ?? Int.min, r = rhs.firstSeen?.ordinal ?? Int.min
        if l != r { return l < r }
        return lhs.key < rhs.key
    }
}
