import DyadCore

extension GraphViewer {
    /// `GET /api/relation?source=&type=&target=`: the relation and every sentence behind it.
    /// - Throws: ``ServeError`` when a parameter is missing or the relation does not exist.
    /// - Complexity: O(evidence of the relation).
    public func evidenceCard(_ parameters: QueryParameters) throws(ServeError) -> EvidenceCard {
        let source = try parameters.required("source"), target = try parameters.required("target")
        let typeName = try parameters.required("type")
        guard let type = RelationType(rawValue: typeName.lowercased()) else {
            throw ServeError(.badRequest, "parameter type: unknown relation type \(QueryParameters.quoted(typeName))")
        }
        let key = RelationKey(source: source, type: type, target: target)
        guard let relation = graph.relation(key) else {
            throw ServeError(
                .notFound, "no \(type.rawValue) relation between \(QueryParameters.quoted(source)) and \(QueryParameters.quoted(target))")
        }
        let shown = relation.evidence.prefix(settings.evidenceLimit)
        return EvidenceCard(
            relation: RelationRef(key), sourceName: graph.actor(key.source)?.name ?? key.source,
            targetName: graph.actor(key.target)?.name ?? key.target, modality: relation.modality.rawValue,
            confidence: relation.confidence, firstSeen: relation.firstSeen?.description, lastSeen: relation.lastSeen?.description,
            evidenceCount: relation.evidence.count, evidence: shown.map { EvidenceEntry($0, in: graph) },
            truncated: relation.evidence.count > shown.count)
    }
}
