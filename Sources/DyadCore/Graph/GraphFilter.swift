/// Which part of a graph to keep: a selection by actors, types, modality, dates and evidence count.
public struct GraphFilter: Hashable, Sendable {
    /// Keep only relations whose both endpoints are in this set, if given.
    public var actors: Set<Actor.ID>?
    /// Keep only these relation types, if given.
    public var types: Set<RelationType>?
    /// Keep only evidence with these modalities, if given.
    public var modalities: Set<Modality>?
    /// Keep only evidence dated on or after this day, if given.
    public var from: Day?
    /// Keep only evidence dated on or before this day, if given.
    public var to: Day?
    /// Keep only relations with at least this many pieces of evidence (after the other filters).
    public var minimumEvidence: Int
    /// Drop actors that no kept relation touches.
    public var dropIsolatedActors: Bool

    /// Creates a filter; every criterion left out keeps everything.
    public init(
        actors: Set<Actor.ID>? = nil, types: Set<RelationType>? = nil, modalities: Set<Modality>? = nil,
        from: Day? = nil, to: Day? = nil, minimumEvidence: Int = 0, dropIsolatedActors: Bool = false
    ) {
        self.actors = actors
        self.types = types
        self.modalities = modalities
        self.from = from
        self.to = to
        self.minimumEvidence = minimumEvidence
        self.dropIsolatedActors = dropIsolatedActors
    }
}

extension Graph {
    /// The part of the graph that `filter` selects.
    ///
    /// Evidence outside the modality or date criteria is removed first;
    /// relations then need both endpoints in the actor set, an allowed type
    /// and enough remaining evidence. Undated evidence passes date criteria only
    /// when its document has no date either.
    /// - Complexity: O(total evidence).
    public func subgraph(_ filter: GraphFilter) -> Graph {
        var kept: [Relation] = []
        for relation in relations.values {
            if let types = filter.types, !types.contains(relation.type) { continue }
            if let set = filter.actors, !set.contains(relation.source) || !set.contains(relation.target) { continue }
            var filtered = relation
            if !relation.evidence.isEmpty {
                let evidence = relation.evidence.filter { item in
                    if let modalities = filter.modalities, !modalities.contains(item.modality) { return false }
                    if filter.from != nil || filter.to != nil, let date = effectiveDate(of: item) {
                        if let from = filter.from, date < from { return false }
                        if let to = filter.to, date > to { return false }
                    }
                    return true
                }
                if evidence.isEmpty { continue }
                if evidence.count != relation.evidence.count { filtered = Relation(key: relation.key, evidence: evidence) }
            } else if let modalities = filter.modalities, !modalities.contains(relation.modality) {
                continue
            }
            if filtered.evidence.count < filter.minimumEvidence { continue }
            kept.append(filtered)
        }
        var result: Graph
        if let set = filter.actors {
            result = Graph(
                documents: Array(documents.values), actors: actors.values.filter { set.contains($0.id) }, relations: kept)
        } else {
            result = keepingActors(relations: kept)
        }
        if filter.dropIsolatedActors {
            for id in Array(result.actors.keys) where result.degree(of: id) == 0 { result.removeActor(id) }
        }
        return result
    }
}
