import DyadCore

/// The attributes every interchange format writes, and their values for actors and relations.
///
/// Actors: `name`, `kind`, `aliases`, `partOf`, `roles`. Relations: `type`, `sign`,
/// `directed`, `modality`, `confidence`, `evidenceCount`, `firstSeen`, `lastSeen`,
/// `validFrom`, `validTo`, `sentence` and `document` (of the strongest evidence), and
/// `evidence` (every piece, as JSON; GraphML only, so that `dyad import graphml` gets the
/// graph back whole). Absent values are left out, never written as empty text.
public enum InteropSchema {
    /// Actor attributes, in output order.
    public static let actorAttributes: [InteropAttribute] = [
        InteropAttribute("name", .string, "display name"),
        InteropAttribute("kind", .string, "state, government, military, armed-group, organisation, person or unknown"),
        InteropAttribute("aliases", .string, "other names (JSON array of strings)"),
        InteropAttribute("partOf", .string, "id of the parent actor of a sub-unit"),
        InteropAttribute("roles", .string, "dated roles of a person (JSON array of {title, of, from, to})"),
    ]

    /// Relation attributes, in output order.
    public static let relationAttributes: [InteropAttribute] = [
        InteropAttribute("type", .string, "alliance, hostility, proxy or agreement"),
        InteropAttribute("sign", .int, "-1 for hostility, 1 otherwise"),
        InteropAttribute("directed", .boolean, "true for proxy (proxy → patron); the other types are symmetric"),
        InteropAttribute("modality", .string, "strongest modality of the evidence: asserted, hedged or negated"),
        InteropAttribute("confidence", .double, "0…1, a noisy-or over the evidence"),
        InteropAttribute("evidenceCount", .int, "number of pieces of evidence"),
        InteropAttribute("firstSeen", .string, "earliest evidence date (YYYY-MM-DD)"),
        InteropAttribute("lastSeen", .string, "latest evidence date (YYYY-MM-DD)"),
        InteropAttribute("validFrom", .string, "start of the validity the text states (YYYY-MM-DD)"),
        InteropAttribute("validTo", .string, "end of the validity the text states (YYYY-MM-DD)"),
        InteropAttribute("sentence", .string, "the strongest evidence sentence"),
        InteropAttribute("document", .string, "the id of the strongest evidence's document"),
    ]

    /// The relation attribute holding every piece of evidence as JSON (GraphML).
    public static let evidenceAttribute = InteropAttribute("evidence", .string, "every piece of evidence (JSON array)")

    /// The graph attribute holding the documents as JSON (GraphML).
    public static let documentsAttribute = InteropAttribute("documents", .string, "the documents (JSON array)")

    /// The values of an actor's attributes, by name.
    public static func values(of actor: Actor) -> [String: InteropValue] {
        var values: [String: InteropValue] = ["name": .string(actor.name), "kind": .string(actor.kind.rawValue)]
        if !actor.aliases.isEmpty { values["aliases"] = .strings(actor.aliases) }
        if let partOf = actor.partOf { values["partOf"] = .string(partOf) }
        if !actor.roles.isEmpty {
            var json = JSONText()
            json.raw("[")
            for (index, role) in actor.roles.enumerated() {
                if index > 0 { json.raw(",") }
                json.object([
                    ("title", .string(role.title)), ("of", .string(role.actor)),
                    ("from", role.from.map { .string($0.description) }), ("to", role.to.map { .string($0.description) }),
                ])
            }
            json.raw("]")
            values["roles"] = .json(json.text)
        }
        return values
    }

    /// The values of a relation's attributes, by name (without `evidence`).
    public static func values(of relation: Relation) -> [String: InteropValue] {
        var values: [String: InteropValue] = [
            "type": .string(relation.type.rawValue), "sign": .int(relation.type.sign),
            "directed": .bool(!relation.type.isSymmetric), "modality": .string(relation.modality.rawValue),
            "confidence": .double(relation.confidence), "evidenceCount": .int(relation.evidence.count),
        ]
        for (name, day) in [
            ("firstSeen", relation.firstSeen), ("lastSeen", relation.lastSeen),
            ("validFrom", relation.validFrom), ("validTo", relation.validTo),
        ] {
            if let day { values[name] = .string(day.description) }
        }
        if let best = relation.strongestEvidence {
            values["sentence"] = .string(best.sentence)
            values["document"] = .string(best.document)
        }
        return values
    }

    /// Every piece of a relation's evidence as a JSON array, with the graph document's field names.
    public static func evidenceJSON(_ relation: Relation) -> String {
        var json = JSONText()
        json.raw("[")
        for (index, item) in relation.evidence.enumerated() {
            if index > 0 { json.raw(",") }
            json.object(evidenceFields(item))
        }
        json.raw("]")
        return json.text
    }

    /// The documents as a JSON array.
    public static func documentsJSON(_ graph: Graph) -> String {
        var json = JSONText()
        json.raw("[")
        for (index, document) in graph.documents.values.enumerated() {
            if index > 0 { json.raw(",") }
            json.object([
                ("id", .string(document.id)), ("title", document.title.map { .string($0) }),
                ("source", document.source.map { .string($0) }), ("published", document.published.map { .string($0.description) }),
            ])
        }
        json.raw("]")
        return json.text
    }

    /// The fields of one piece of evidence, named as in the graph document.
    public static func evidenceFields(_ item: Evidence) -> [(String, InteropValue?)] {
        func day(_ d: Day?) -> InteropValue? { d.map { .string($0.description) } }
        func range(_ r: TextRange?) -> InteropValue? { r.map { .json("[\($0.start),\($0.end)]") } }
        return [
            ("document", .string(item.document)), ("sentence", .string(item.sentence)),
            ("sentenceRange", range(item.sentenceRange)), ("sourceMention", item.sourceMention.map { .string($0) }),
            ("sourceRange", range(item.sourceRange)), ("targetMention", item.targetMention.map { .string($0) }),
            ("targetRange", range(item.targetRange)), ("rule", .string(item.rule)), ("modality", .string(item.modality.rawValue)),
            ("attributedTo", item.attributedTo.map { .string($0) }), ("date", day(item.date)),
            ("validFrom", day(item.validFrom)), ("validTo", day(item.validTo)),
        ]
    }

    /// The id an edge gets in every format: `source|type|target` (unique per graph).
    public static func edgeID(_ key: RelationKey) -> String { "\(key.source)|\(key.type.rawValue)|\(key.target)" }
}
