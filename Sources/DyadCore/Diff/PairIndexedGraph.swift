/// A graph with its relations grouped by actor pair, so that the diff engine gets every
/// relation between two actors with one look-up; worth it for the small graphs the
/// fast file comparison decodes, where most relations belong to a changed pair.
struct PairIndexedGraph: DiffSide {
    let graph: Graph
    private let pairs: [ActorPair: [Relation]]

    /// Groups the relations of `graph` by pair.
    /// - Complexity: O(m).
    init(_ graph: Graph) {
        self.graph = graph
        var pairs: [ActorPair: [Relation]] = [:]
        pairs.reserveCapacity(graph.relations.count)
        for relation in graph.relations.values { pairs[ActorPair(relation.key), default: []].append(relation) }
        self.pairs = pairs
    }

    func relation(_ key: RelationKey) -> Relation? { graph.relations[key] }

    func presentActor(_ id: Actor.ID) -> Actor? { graph.actors[id] }

    func effectiveDate(of evidence: Evidence) -> Day? { graph.effectiveDate(of: evidence) }

    func relations(between pair: ActorPair) -> [Relation] { pairs[pair] ?? [] }
}
