import DyadCore

/// The figures `dyad stats` prints.
struct GraphStatistics: Encodable {
    var documents: Int
    var actors: Int
    var relations: Int
    var evidence: Int
    var actorsByKind: [String: Int]
    var relationsByType: [String: Int]
    var relationsByModality: [String: Int]
    var evidenceByModality: [String: Int]
    var firstDate: String?
    var lastDate: String?

    init(_ graph: Graph) {
        documents = graph.documents.count
        actors = graph.actors.count
        relations = graph.relations.count
        var evidence = 0
        var types: [String: Int] = [:], modalities: [String: Int] = [:], evidenceModalities: [String: Int] = [:]
        var first: Day?, last: Day?
        let kinds = Self.actorKinds(graph)
        for relation in graph.relations.values {
            types[relation.type.rawValue, default: 0] += 1
            modalities[relation.modality.rawValue, default: 0] += 1
            evidence += relation.evidence.count
            for item in relation.evidence {
                evidenceModalities[item.modality.rawValue, default: 0] += 1
                if let date = graph.effectiveDate(of: item) { Self.widen(&first, &last, to: date) }
            }
            if relation.evidence.isEmpty {
                for date in [relation.firstSeen, relation.lastSeen].compactMap({ $0 }) { Self.widen(&first, &last, to: date) }
            }
        }
        Self.widenToDocuments(graph, &first, &last)
        self.evidence = evidence
        actorsByKind = kinds
        relationsByType = types
        relationsByModality = modalities
        evidenceByModality = evidenceModalities
        firstDate = first?.description
        lastDate = last?.description
    }

    /// The same figures from a digest, without decoding the evidence.
    init(_ digest: GraphDigest) {
        let graph = digest.graph
        documents = graph.documents.count
        actors = graph.actors.count
        relations = digest.relations.count
        var evidence = 0, asserted = 0, hedged = 0
        var types: [String: Int] = [:], modalities: [String: Int] = [:]
        var first: Day?, last: Day?
        let kinds = Self.actorKinds(graph)
        // Counted by case, then named: no hashing and no allocation per relation.
        var typeCounts = [Int](repeating: 0, count: RelationType.allCases.count)
        var modalityCounts = [Int](repeating: 0, count: Modality.allCases.count)
        let typeCases = RelationType.allCases, modalityCases = Modality.allCases
        var earliest = Int.max, latest = Int.min
        for relation in digest.relations {
            typeCounts[typeCases.firstIndex(of: relation.type) ?? 0] += 1
            modalityCounts[modalityCases.firstIndex(of: relation.modality) ?? 0] += 1
            evidence += Int(relation.evidenceCount)
            asserted += Int(relation.assertedCount)
            hedged += Int(relation.hedgedCount)
            if let date = relation.firstDate { earliest = min(earliest, date.ordinal); latest = max(latest, date.ordinal) }
            if let date = relation.lastDate { earliest = min(earliest, date.ordinal); latest = max(latest, date.ordinal) }
        }
        if earliest <= latest { (first, last) = (Day(ordinal: earliest), Day(ordinal: latest)) }
        for (slot, type) in typeCases.enumerated() where typeCounts[slot] > 0 { types[type.rawValue] = typeCounts[slot] }
        for (slot, modality) in modalityCases.enumerated() where modalityCounts[slot] > 0 {
            modalities[modality.rawValue] = modalityCounts[slot]
        }
        Self.widenToDocuments(graph, &first, &last)
        self.evidence = evidence
        actorsByKind = kinds
        relationsByType = types
        relationsByModality = modalities
        var evidenceModalities: [String: Int] = [:]
        for (modality, count) in [(Modality.asserted, asserted), (.hedged, hedged), (.negated, evidence - asserted - hedged)]
        where count > 0 {
            evidenceModalities[modality.rawValue] = count
        }
        evidenceByModality = evidenceModalities
        firstDate = first?.description
        lastDate = last?.description
    }

    /// The graph's actors counted by kind.
    private static func actorKinds(_ graph: Graph) -> [String: Int] {
        var kinds: [String: Int] = [:]
        for actor in graph.actors.values { kinds[actor.kind.rawValue, default: 0] += 1 }
        return kinds
    }

    /// Widens `first…last` to take in `date`.
    private static func widen(_ first: inout Day?, _ last: inout Day?, to date: Day) {
        first = min(first ?? date, date)
        last = max(last ?? date, date)
    }

    /// Widens `first…last` to take in the publication dates of the graph's documents.
    private static func widenToDocuments(_ graph: Graph, _ first: inout Day?, _ last: inout Day?) {
        for document in graph.documents.values { if let date = document.published { widen(&first, &last, to: date) } }
    }

    func text(title: String) -> String {
        func breakdown(_ counts: [String: Int], order: [String]) -> String {
            let known = order.filter { counts[$0] != nil }.map { "\($0) \(counts[$0]!)" }
            return known.isEmpty ? "none" : known.joined(separator: ", ")
        }
        let range = firstDate.map { "\($0) … \(lastDate ?? $0)" } ?? "undated"
        return """
            \(title)
              documents  \(documents)
              actors     \(actors)  (\(breakdown(actorsByKind, order: ActorKind.allCases.map(\.rawValue))))
              relations  \(relations)  (\(breakdown(relationsByType, order: RelationType.allCases.map(\.rawValue))))
                         by modality: \(breakdown(relationsByModality, order: Modality.allCases.map(\.rawValue)))
              evidence   \(evidence)  (\(breakdown(evidenceByModality, order: Modality.allCases.map(\.rawValue))))
              dates      \(range)
            """
    }
}
