extension Graph {
    /// The graph as it was known on `day`: only evidence dated on or before it
    /// (and, with a `window` in days, not older than `day - window + 1`).
    ///
    /// Evidence without a date of its own takes its document's publication
    /// date; evidence with neither is timeless and always kept. Relations left
    /// without evidence are dropped, except relations that never had evidence
    /// (written by other tools), which are kept when their first/last seen dates
    /// allow. Relations whose stated validity ended before `day` are dropped.
    /// Actors and documents are all kept, so names still resolve.
    /// - Parameters:
    ///   - day: The last day to include.
    ///   - window: How many days back from `day` evidence still counts, if limited.
    /// - Complexity: O(total evidence).
    public func snapshot(asOf day: Day, window: Int? = nil) -> Graph {
        let earliest = window.map { day.adding(days: -max(1, $0) + 1) }
        return filteringEvidence { evidence in
            guard let date = effectiveDate(of: evidence) else { return true }
            if date > day { return false }
            if let earliest, date < earliest { return false }
            return true
        } keepingBare: { relation in
            if let first = relation.firstSeen, first > day { return false }
            if let earliest, let last = relation.lastSeen, last < earliest { return false }
            return true
        } validOn: { relation in
            if let validTo = relation.validTo, validTo < day { return false }
            return true
        }
    }

    /// Keeps the evidence that `keep` accepts; relations without evidence left are dropped.
    func filteringEvidence(
        _ keep: (Evidence) -> Bool,
        keepingBare: (Relation) -> Bool = { _ in true },
        validOn: (Relation) -> Bool = { _ in true }
    ) -> Graph {
        var kept: [Relation] = []
        kept.reserveCapacity(relations.count)
        for relation in relations.values {
            if relation.evidence.isEmpty {
                if keepingBare(relation), validOn(relation) { kept.append(relation) }
                continue
            }
            let evidence = relation.evidence.filter(keep)
            guard !evidence.isEmpty else { continue }
            let filtered = evidence.count == relation.evidence.count ? relation : Relation(key: relation.key, evidence: evidence)
            if validOn(filtered) { kept.append(filtered) }
        }
        return keepingActors(relations: kept)
    }
}
