import DyadCore

/// Writes a graph as three CSV files for graph-database bulk import (`neo4j-admin database import`
/// header conventions): `actors.csv`, `relations.csv` and `evidence.csv`.
///
/// - `actors.csv`: `id:ID`, `name`, `kind`, `aliases:string[]` (`;`-separated), `partOf`,
///   `roles` (JSON), `:LABEL` (`Actor`).
/// - `relations.csv`: `:START_ID`, `:END_ID`, `:TYPE` (the relation type), `id`, `sign:int`,
///   `directed:boolean`, `modality`, `confidence:float`, `evidenceCount:int`, `firstSeen`,
///   `lastSeen`, `validFrom`, `validTo`, `sentence`, `document`.
/// - `evidence.csv`: `relation` (the relation's `id`), `source`, `target`, `type`, `document`,
///   `sentence`, `rule`, `modality`, `attributedTo`, `date`, `validFrom`, `validTo`,
///   `sourceMention`, `targetMention`, `sentenceStart:int`, `sentenceEnd:int`.
///
/// Cells are written by ``CSVTable``: RFC 4180 quoting, CRLF rows, no formula injection.
public enum CSVExport {
    /// The header of `actors.csv`.
    public static let actorColumns = ["id:ID", "name", "kind", "aliases:string[]", "partOf", "roles", ":LABEL"]
    /// The header of `relations.csv`.
    public static let relationColumns = [
        ":START_ID", ":END_ID", ":TYPE", "id", "sign:int", "directed:boolean", "modality", "confidence:float", "evidenceCount:int",
        "firstSeen", "lastSeen", "validFrom", "validTo", "sentence", "document",
    ]
    /// The header of `evidence.csv`.
    public static let evidenceColumns = [
        "relation", "source", "target", "type", "document", "sentence", "rule", "modality", "attributedTo", "date", "validFrom",
        "validTo", "sourceMention", "targetMention", "sentenceStart:int", "sentenceEnd:int",
    ]

    /// The three tables, by file name.
    /// - Complexity: O(n + m + total evidence).
    public static func tables(for graph: Graph) -> [(name: String, table: CSVTable)] {
        var actors = CSVTable(header: actorColumns)
        for actor in graph.actors.values {
            let values = InteropSchema.values(of: actor)
            actors.row([
                actor.id, actor.name, actor.kind.rawValue, actor.aliases.joined(separator: ";"), actor.partOf,
                values["roles"]?.text, "Actor",
            ])
        }
        // The attribute behind each column after the first four (`sign:int` → `sign`).
        let attributeNames = relationColumns.dropFirst(4).map { String($0.split(separator: ":")[0]) }
        var relations = CSVTable(header: relationColumns)
        var evidence = CSVTable(header: evidenceColumns)
        for relation in graph.relations.values {
            let values = InteropSchema.values(of: relation)
            let id = InteropSchema.edgeID(relation.key)
            relations.row(
                [relation.source, relation.target, relation.type.rawValue, id]
                    + attributeNames.map { values[$0]?.text })
            for item in relation.evidence {
                evidence.row([
                    id, relation.source, relation.target, relation.type.rawValue, item.document, item.sentence, item.rule,
                    item.modality.rawValue, item.attributedTo, item.date?.description, item.validFrom?.description,
                    item.validTo?.description, item.sourceMention, item.targetMention,
                    item.sentenceRange.map { String($0.start) }, item.sentenceRange.map { String($0.end) },
                ])
            }
        }
        return [("actors.csv", actors), ("relations.csv", relations), ("evidence.csv", evidence)]
    }
}
