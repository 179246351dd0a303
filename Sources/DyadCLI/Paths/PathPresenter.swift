import DyadCore
import Foundation

/// Turns path results into text and into the JSON report entries.
struct PathPresenter {
    let index: PathIndex
    let constraints: PathConstraints

    var graph: Graph { index.graph }

    func name(_ id: Actor.ID) -> String { graph.actor(id)?.name ?? id }

    func actorRef(_ id: Actor.ID) -> PathReport.ActorRef { PathReport.ActorRef(id: id, name: name(id)) }

    func relationRef(_ key: RelationKey) -> PathReport.RelationRef {
        PathReport.RelationRef(source: key.source, type: key.type.rawValue, target: key.target)
    }

    /// The best usable evidence of a relation with its date and document.
    func bestEvidence(_ key: RelationKey) -> (Evidence, Day?, Document?)? {
        guard let relation = index.relation(key) else { return nil }
        let usable = relation.evidence.filter { constraints.excludeHedged ? $0.modality == .asserted : $0.modality != .negated }
        guard let best = Relation(key: key, evidence: usable).strongestEvidence else { return nil }
        return (best, graph.effectiveDate(of: best), graph.documents[best.document])
    }

    func evidenceEntry(_ evidence: Evidence?, date: Day?, document: Document?) -> PathReport.EvidenceEntry? {
        guard let evidence else { return nil }
        return PathReport.EvidenceEntry(
            document: evidence.document, documentTitle: document?.title, sentence: evidence.sentence,
            rule: evidence.rule, modality: evidence.modality.rawValue, date: date?.description,
            attributedTo: evidence.attributedTo)
    }

    func networkRelation(_ key: RelationKey) -> PathReport.NetworkRelation {
        let relation = index.relation(key)
        let best = bestEvidence(key)
        return PathReport.NetworkRelation(
            relation: relationRef(key), modality: relation?.modality.rawValue ?? "asserted",
            confidence: relation?.confidence ?? 0,
            evidence: evidenceEntry(best?.0, date: best?.1, document: best?.2))
    }

    func constraintsEntry() -> PathReport.ConstraintsEntry {
        PathReport.ConstraintsEntry(
            types: (constraints.types.map { Array($0) } ?? RelationType.allCases).map(\.rawValue).sorted(),
            minimumEvidence: constraints.minimumEvidence, excludeHedged: constraints.excludeHedged,
            excludedActors: constraints.excludedActors.sorted(), directed: constraints.directed,
            cost: constraints.cost.rawValue, asOf: index.asOf?.description, window: index.window)
    }

    func entry(_ path: ActorPath) -> PathReport.PathEntry {
        let explanation = index.explain(path, constraints: constraints)
        let steps = explanation.hops.map { hop in
            PathReport.StepEntry(
                from: hop.step.from, to: hop.step.to, relation: relationRef(hop.step.relation),
                direction: hop.step.relation.type.isSymmetric ? "symmetric" : (hop.step.isForward ? "forward" : "backward"),
                connector: hop.step.connector, modality: hop.modality.rawValue, confidence: hop.confidence,
                evidenceCount: hop.evidenceCount, evidence: evidenceEntry(hop.evidence, date: hop.date, document: hop.document))
        }
        return PathReport.PathEntry(
            chain: explanation.chain(name: name), actors: path.actors.map(actorRef), hops: path.hops,
            cost: (path.cost * 1_000_000).rounded() / 1_000_000, sign: path.sign, stance: path.stance.rawValue, steps: steps,
            triangle: explanation.triangle.map { PathReport.TriangleEntry(relation: relationRef($0.relation), balanced: $0.isBalanced) })
    }

    // MARK: Text

    func relationChain(_ key: RelationKey) -> String { key.text(name: name) }

    func stepChain(_ step: PathStep) -> String { "\(name(step.from)) \(step.connector) \(name(step.to))" }

    /// The evidence lines under a hop or relation.
    func evidenceText(_ evidence: Evidence?, date: Day?, document: Document?, indent: String) -> String {
        guard let evidence else { return "\(indent)(no evidence recorded)\n" }
        let hedge = evidence.modality == .asserted ? "" : "(\(evidence.modality.rawValue)) "
        var text = "\(indent)\(hedge)\u{201C}\(evidence.sentence)\u{201D}\n"
        var details: [String] = []
        details.append(date?.description ?? "undated")
        var documentText = "document \(evidence.document)"
        if let title = document?.title { documentText += " \u{201C}\(title)\u{201D}" }
        details.append(documentText)
        if let speaker = evidence.attributedTo { details.append("according to \(speaker)") }
        text += "\(indent)  \(details.joined(separator: " · "))\n"
        return text
    }

    func text(_ path: ActorPath, number: Int) -> String {
        let explanation = index.explain(path, constraints: constraints)
        var out = "\(number). \(explanation.chain(name: name))\n"
        var summary = "\(path.hops) hop\(path.hops == 1 ? "" : "s")"
        if constraints.cost != .hops { summary += ", cost \(String(format: "%.3f", path.cost))" }
        if path.hops > 0 { summary += " · \(path.stance.rawValue) (sign \(path.sign < 0 ? "−" : "+"))" }
        out += "   \(summary)\n"
        for hop in explanation.hops {
            out += "   • \(stepChain(hop.step))  [\(hop.modality.rawValue), confidence \(hop.confidence), \(hop.evidenceCount) evidence]\n"
            out += evidenceText(hop.evidence, date: hop.date, document: hop.document, indent: "     ")
        }
        for check in explanation.triangle {
            out += "   triangle with \(relationChain(check.relation)): \(check.isBalanced ? "balanced" : "unbalanced")\n"
        }
        return out
    }
}
