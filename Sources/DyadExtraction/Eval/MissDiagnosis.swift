import DyadCore

/// Why extraction missed a gold relation: the first stage that lost it.
public struct MissDiagnosis: Sendable {
    /// The stage that lost a relation.
    public enum Cause: String, CaseIterable, Sendable {
        /// No mention of one of the actors was found.
        case mentionMissing = "mention not found"
        /// The actor's words were found but read as another actor.
        case resolvedElsewhere = "mention resolved to another actor"
        /// Both actors were found and no rule (or scorer) related them.
        case noRule = "no rule matched"
        /// The pair was related with another type.
        case wrongType = "matched with another type"
        /// The proxy relation was read the other way round.
        case wrongDirection = "matched in the other direction"
        /// The relation was found with another modality (negated against not negated).
        case wrongModality = "matched with another modality"
    }

    /// The sentence id.
    public var id: String
    /// The gold relation as `a type b`.
    public var relation: String
    /// The cause.
    public var cause: Cause
    /// What the stage saw (the mention text, the actor it was read as, the types found).
    public var detail: String

    /// Diagnoses every miss of a report.
    /// - Parameters:
    ///   - report: The score.
    ///   - scorer: The gold sentences.
    ///   - graph: The extracted graph the report scored.
    ///   - analyses: The engine's mentions per sentence id (``Extractor/analyse(_:)``).
    /// - Returns: One diagnosis per miss, in the report's order.
    public static func diagnose(_ report: GoldScorer.Report, scorer: GoldScorer, graph: Graph, analyses: [String: DocumentAnalysis])
        -> [MissDiagnosis]
    {
        var sentences: [String: GoldScorer.GoldSentence] = [:]
        for g in scorer.gold { sentences[g.id] = g }
        var byDocument: [String: [(s: Set<String>, type: RelationType, t: Set<String>, modality: Modality)]] = [:]
        for relation in graph.relations.values {
            guard let s = graph.actor(relation.source), let t = graph.actor(relation.target) else { continue }
            let sc = scorer.canonicals(GoldScorer.names(of: s, in: graph)), tc = scorer.canonicals(GoldScorer.names(of: t, in: graph))
            for e in relation.evidence { byDocument[e.document, default: []].append((sc, relation.type, tc, e.modality)) }
        }
        var out: [MissDiagnosis] = []
        for miss in report.misses {
            let label = "\(miss.a) \(miss.type) \(miss.b)"
            guard let g = sentences[miss.id] else { continue }
            let mentions = analyses[miss.id]?.mentions ?? []
            let canon = mentions.map { scorer.canonicals($0.names) }
            func lost(_ actor: String) -> MissDiagnosis? {
                if canon.contains(where: { $0.contains(actor) }) { return nil }
                let written = g.actors.first { $0.canonical == actor && $0.mention != nil }?.mention ?? actor
                if let range = g.text.range(of: written) {
                    let start = g.text.unicodeScalars.distance(from: g.text.startIndex, to: range.lowerBound)
                    let end = start + written.unicodeScalars.count
                    if let other = mentions.first(where: { $0.range.start < end && start < $0.range.end }) {
                        return MissDiagnosis(
                            id: miss.id, relation: label, cause: .resolvedElsewhere, detail: "“\(written)” read as \(other.actor)")
                    }
                }
                return MissDiagnosis(id: miss.id, relation: label, cause: .mentionMissing, detail: "“\(written)”")
            }
            if let d = lost(miss.a) ?? lost(miss.b) { out.append(d); continue }
            let wantNegated = g.relations.contains { $0.a == miss.a && $0.type == miss.type && $0.b == miss.b && $0.modality == "negated" }
            let found = (byDocument[miss.id] ?? []).filter {
                ($0.s.contains(miss.a) && $0.t.contains(miss.b)) || ($0.s.contains(miss.b) && $0.t.contains(miss.a))
            }
            let sameType = found.filter { $0.type.rawValue == miss.type }
            if sameType.isEmpty {
                if found.isEmpty {
                    out.append(MissDiagnosis(id: miss.id, relation: label, cause: .noRule, detail: "both actors found"))
                } else {
                    let types = Set(found.map(\.type.rawValue)).sorted().joined(separator: ", ")
                    out.append(MissDiagnosis(id: miss.id, relation: label, cause: .wrongType, detail: "found \(types)"))
                }
            } else if sameType.contains(where: { ($0.modality == .negated) == wantNegated }) {
                out.append(
                    MissDiagnosis(id: miss.id, relation: label, cause: .wrongDirection, detail: "found \(miss.b) \(miss.type) \(miss.a)"))
            } else {
                let modalities = Set(sameType.map(\.modality.rawValue)).sorted().joined(separator: ", ")
                out.append(
                    MissDiagnosis(
                        id: miss.id, relation: label, cause: .wrongModality,
                        detail: "found \(modalities), gold \(wantNegated ? "negated" : "not negated")"))
            }
        }
        return out
    }
}
