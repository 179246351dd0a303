import DyadCore

/// The readable form of a diff: a summary line, then the changes grouped by kind
/// (flips first) and sorted by importance inside each group, each with its evidence.
struct DiffText {
    /// The two versions, for actor names (the new one is asked first).
    let old: Graph
    let new: Graph
    /// How many evidence sentences to print per change.
    let maxEvidence: Int

    func name(_ id: Actor.ID) -> String {
        new.actors[id]?.name ?? old.actors[id]?.name ?? id
    }

    func chain(_ key: RelationKey) -> String { key.text(name: name) }

    /// A one-line count of each kind: `5 changes: 1 flipped, 2 relations added`.
    static func summary(_ diff: GraphDiff) -> String {
        guard !diff.isEmpty else { return "no changes" }
        let counts = diff.counts
        let parts = ChangeKind.allCases.compactMap { kind -> String? in
            guard let count = counts[kind] else { return nil }
            return "\(count) \(label(kind, count))"
        }
        let total = diff.changes.count
        return "\(total) change\(total == 1 ? "" : "s"): " + parts.joined(separator: ", ")
    }

    static func label(_ kind: ChangeKind, _ count: Int) -> String {
        let plural = count != 1
        switch kind {
        case .flipped: return "flipped"
        case .relationAdded: return plural ? "relations added" : "relation added"
        case .relationRemoved: return plural ? "relations removed" : "relation removed"
        case .modalityChanged: return plural ? "modality changes" : "modality change"
        case .strengthened: return "strengthened"
        case .weakened: return "weakened"
        case .actorAdded: return plural ? "actors added" : "actor added"
        case .actorRemoved: return plural ? "actors removed" : "actor removed"
        case .subUnitChanged: return plural ? "sub-unit changes" : "sub-unit change"
        case .aliasesChanged: return plural ? "alias changes" : "alias change"
        }
    }

    func render(_ diff: GraphDiff, heading: String) -> String {
        var out = heading + "\n" + DiffText.summary(diff) + "\n"
        for kind in ChangeKind.allCases {
            let changes = diff.changes(of: kind)
            guard !changes.isEmpty else { continue }
            out += "\n\(kind.title) (\(changes.count))\n"
            for change in changes { out += render(change) }
        }
        return out
    }

    func render(_ change: GraphChange) -> String {
        var out = ""
        switch change.kind {
        case .flipped:
            guard let key = change.relation, let previous = change.previous else { return "" }
            out += "  \(name(key.source)) — \(name(key.target)): \(previous.type.rawValue) → \(key.type.rawValue)\n"
            if let before = change.before {
                let fate =
                    change.previousRemoved
                    ? "gone" : change.previousNow.map { $0.holds ? "outweighed" : "now \($0.modality.rawValue)" } ?? "outweighed"
                out += "    was  \(chain(previous))  [\(state(before))], \(fate)\n"
            }
            out += sentences(change.evidence.filter { $0.side == .before })
            if let after = change.after {
                out += "    now  \(chain(key))  [\(state(after))]\(change.relationAdded ? ", new" : "")\n"
            }
            out += sentences(change.evidence.filter { $0.side == .after })
        case .relationAdded:
            guard let key = change.relation else { return "" }
            out += "  + \(chain(key))  [\(change.after.map(state) ?? "")]\n" + sentences(change.evidence)
        case .relationRemoved:
            guard let key = change.relation else { return "" }
            out += "  − \(chain(key))  [\(change.before.map(state) ?? "")]\n" + sentences(change.evidence)
        case .modalityChanged:
            guard let key = change.relation, let before = change.before, let after = change.after else { return "" }
            out += "  \(chain(key)): \(before.modality.rawValue) → \(after.modality.rawValue)  [\(after.evidenceCount) evidence]\n"
            out += sentences(change.evidence)
        case .strengthened, .weakened:
            guard let key = change.relation, let before = change.before, let after = change.after else { return "" }
            out +=
                "  \(chain(key)): \(before.evidenceCount) → \(after.evidenceCount) evidence, confidence \(format(before.confidence)) → \(format(after.confidence))\n"
            out += sentences(change.evidence)
        case .actorAdded:
            guard let actor = change.newActor else { return "" }
            out += "  + \(actor.name) (\(actor.id)), \(actor.kind.rawValue)\(actor.partOf.map { ", part of \(name($0))" } ?? "")\n"
        case .actorRemoved:
            guard let actor = change.oldActor else { return "" }
            out += "  − \(actor.name) (\(actor.id)), \(actor.kind.rawValue)\n"
        case .subUnitChanged:
            guard let id = change.actor else { return "" }
            let before = change.oldActor?.partOf.map(name) ?? "none"
            let after = change.newActor?.partOf.map(name) ?? "none"
            out += "  \(name(id)) (\(id)): part of \(before) → \(after)\n"
        case .aliasesChanged:
            guard let id = change.actor else { return "" }
            var parts: [String] = []
            if !change.addedAliases.isEmpty { parts.append("+ " + change.addedAliases.joined(separator: ", ")) }
            if !change.removedAliases.isEmpty { parts.append("− " + change.removedAliases.joined(separator: ", ")) }
            out += "  \(name(id)) (\(id)): \(parts.joined(separator: "; "))\n"
        }
        return out
    }

    func state(_ state: RelationState) -> String {
        var text = "\(state.modality.rawValue), confidence \(format(state.confidence)), \(state.evidenceCount) evidence"
        if let last = state.lastSeen { text += ", last seen \(last)" }
        return text
    }

    func sentences(_ items: [ChangeEvidence]) -> String {
        var out = ""
        for item in items.prefix(maxEvidence) {
            let mark = item.side == .after ? "+" : "−"
            let modality = item.evidence.modality == .asserted ? "" : "(\(item.evidence.modality.rawValue)) "
            var details: [String] = []
            if let date = item.date { details.append(date.description) }
            details.append("document \(item.evidence.document)")
            if let speaker = item.evidence.attributedTo { details.append("according to \(speaker)") }
            out += "      \(mark) \(modality)\u{201C}\(item.evidence.sentence)\u{201D}\n        \(details.joined(separator: ", "))\n"
        }
        if items.count > maxEvidence { out += "      … and \(items.count - maxEvidence) more\n" }
        return out
    }

    func format(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return String(rounded)
    }
}
