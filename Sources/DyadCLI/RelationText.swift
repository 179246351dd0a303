import DyadCore

/// Readable listings of relations and their evidence.
struct RelationText {
    let graph: Graph

    func name(_ id: Actor.ID) -> String {
        graph.actors[id].map { "\($0.name) (\(id))" } ?? id
    }

    /// The relation as a chain: `Hezbollah —proxy→ Iran`.
    func chain(_ key: RelationKey) -> String { key.text { graph.actors[$0]?.name ?? $0 } }

    func render(focus: Actor?, relations: [Relation]) -> String {
        var out = ""
        if let focus {
            out += "\(focus.name) (\(focus.id)) — \(focus.kind.rawValue)"
            if let parent = focus.partOf { out += ", part of \(name(parent))" }
            out += "\n"
            if !focus.aliases.isEmpty { out += "  aliases: \(focus.aliases.joined(separator: ", "))\n" }
            for role in focus.roles {
                out += "  role: \(role.title) of \(name(role.actor)), \(role.from?.description ?? "?") … \(role.to?.description ?? "")\n"
            }
            out += "\n"
        }
        if relations.isEmpty { out += "no relations\n" }
        for relation in relations {
            var header =
                "\(chain(relation.key))  [\(relation.modality.rawValue), confidence \(relation.confidence), \(relation.evidence.count) evidence"
            if let first = relation.firstSeen {
                header += ", \(first)" + (relation.lastSeen.map { $0 == first ? "" : " … \($0)" } ?? "")
            }
            if let from = relation.validFrom { header += ", valid from \(from)" }
            out += header + "]\n"
            for item in relation.evidence {
                var line = "  • \(item.modality == .asserted ? "" : "(\(item.modality.rawValue)) ")\u{201C}\(item.sentence)\u{201D}"
                var details = ["document \(item.document)", "rule \(item.rule)"]
                if let date = graph.effectiveDate(of: item) { details.append(date.description) }
                if let speaker = item.attributedTo { details.append("according to \(speaker)") }
                line += "\n      " + details.joined(separator: ", ")
                out += line + "\n"
            }
        }
        return out
    }
}

/// The JSON form of `dyad show`.
struct RelationReport: Encodable {
    struct ActorEntry: Encodable {
        var id: String, name: String, kind: String, aliases: [String], partOf: String?
    }
    struct EvidenceEntry: Encodable {
        var document: String, sentence: String, rule: String, modality: String, attributedTo: String?, date: String?
    }
    struct RelationEntry: Encodable {
        var source: String, target: String, type: String, modality: String, confidence: Double
        var firstSeen: String?, lastSeen: String?, evidence: [EvidenceEntry]
    }
    var actor: ActorEntry?
    var relations: [RelationEntry]

    init(graph: Graph, focus: Actor?, relations: [Relation]) {
        actor = focus.map { ActorEntry(id: $0.id, name: $0.name, kind: $0.kind.rawValue, aliases: $0.aliases, partOf: $0.partOf) }
        self.relations = relations.map { relation in
            RelationEntry(
                source: relation.source, target: relation.target, type: relation.type.rawValue,
                modality: relation.modality.rawValue, confidence: relation.confidence,
                firstSeen: relation.firstSeen?.description, lastSeen: relation.lastSeen?.description,
                evidence: relation.evidence.map {
                    EvidenceEntry(
                        document: $0.document, sentence: $0.sentence, rule: $0.rule, modality: $0.modality.rawValue,
                        attributedTo: $0.attributedTo, date: graph.effectiveDate(of: $0)?.description)
                })
        }
    }
}
