/// What a relation's summary fields are for its evidence: the strongest modality, the noisy-or confidence, the first
/// and last dates and the widest stated validity. ``Relation`` derives its summary through it, and so does any writer
/// that holds evidence in another form, so the two cannot disagree.
package struct EvidenceSummary {
    /// The strongest modality added (negated when none was).
    package private(set) var modality = Modality.negated
    private var disbelief = 1.0
    /// The earliest date added.
    package private(set) var firstSeen: Day?
    /// The latest date added.
    package private(set) var lastSeen: Day?
    /// The earliest stated start of validity added.
    package private(set) var validFrom: Day?
    /// The latest stated end of validity added.
    package private(set) var validTo: Day?

    /// An empty summary.
    package init() {}

    /// Adds one piece of evidence by the fields the summary reads.
    package mutating func add(modality: Modality, date: Day?, validFrom: Day?, validTo: Day?) {
        if modality.strength > self.modality.strength { self.modality = modality }
        disbelief *= 1 - Evidence.weight(of: modality)
        firstSeen = EvidenceSummary.minimum(firstSeen, date)
        lastSeen = EvidenceSummary.maximum(lastSeen, date)
        self.validFrom = EvidenceSummary.minimum(self.validFrom, validFrom)
        self.validTo = EvidenceSummary.maximum(self.validTo, validTo)
    }

    /// The confidence: one minus the product of one minus each piece's weight, to three decimals.
    package var confidence: Double { ((1 - disbelief) * 1000).rounded() / 1000 }

    static func minimum(_ a: Day?, _ b: Day?) -> Day? {
        guard let a else { return b }
        guard let b else { return a }
        return min(a, b)
    }

    static func maximum(_ a: Day?, _ b: Day?) -> Day? {
        guard let a else { return b }
        guard let b else { return a }
        return max(a, b)
    }
}
