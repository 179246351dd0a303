/// A read-only, compact form of a graph snapshot for path queries.
///
/// Actors and relations get dense integer ids (actors in id order, relations
/// in (source, target, type) order) and an adjacency in CSR form, grouped by relation type so a
/// type filter skips whole runs. Build one per snapshot and reuse it for every
/// query: building is O(n + m), a query touches only the arcs it walks.
/// Queries run on a ``PathFinder``, which owns the scratch memory.
///
/// ```swift
/// let index = PathIndex(graph, asOf: Day("2021-10-31"))
/// let finder = PathFinder(index)
/// let path = finder.shortestPath(from: "hezbollah", to: "russia")
/// ```
///
/// Relations that do not hold (only negated evidence) and loops are left out.
public struct PathIndex: Sendable {
    /// The graph the index was built on: the snapshot when a date was given.
    public let graph: Graph
    /// The day of the snapshot, if any.
    public let asOf: Day?
    /// The snapshot window in days, if any.
    public let window: Int?
    /// Actor ids by dense id.
    let actorIDs: [Actor.ID]
    /// Dense ids by actor id.
    let denseIDs: [Actor.ID: Int32]
    let storage: PathStorage
    /// Where relations missing from ``graph`` are read from, when the index was built on a ``GraphDigest``.
    let digest: GraphDigest?
    /// Where each relation is in ``digest``'s file, when the index was built from its parts (the digest then holds no relations).
    let places: RelationPlaces?

    /// Where the relations of an index built from a digest's parts are in the file.
    struct RelationPlaces: Sendable {
        /// The byte offset of each indexed relation's JSON object, by dense relation id.
        var offsets: [Int]
        /// The offsets of the relations left out of the index (those that do not hold, and loops), by packed key
        /// (``RelationDigest/pack(source:type:target:)`` of dense actor ids).
        var others: [UInt64: Int]
    }

    /// Builds the index on `graph`, or on its snapshot as of a day.
    /// - Parameters:
    ///   - graph: The graph to query.
    ///   - asOf: Use only the relations known on this day (see ``Graph/snapshot(asOf:window:)``).
    ///   - window: With `asOf`, how many days back evidence still counts.
    /// - Complexity: O(n + m) after the snapshot, which is O(total evidence).
    public init(_ graph: Graph, asOf: Day? = nil, window: Int? = nil) {
        let view = asOf.map { graph.snapshot(asOf: $0, window: window) } ?? graph
        var builder = Builder(graph: view, asOf: asOf, window: window)
        builder.reserveCapacity(relations: view.relations.count, actors: view.actors.count)
        for relation in view.relations.values where relation.holds {
            var supporting = 0, assertedCount = 0
            if relation.evidence.isEmpty {
                supporting = 1
                assertedCount = relation.modality == .asserted ? 1 : 0
            } else {
                for item in relation.evidence {
                    if item.modality != .negated { supporting += 1 }
                    if item.modality == .asserted { assertedCount += 1 }
                }
            }
            builder.addRelation(
                source: relation.source, type: relation.type, target: relation.target,
                supporting: supporting, asserted: assertedCount, confidence: relation.confidence)
        }
        self = builder.build()
    }

    init(
        graph: Graph, asOf: Day?, window: Int?, actorIDs: [Actor.ID], denseIDs: [Actor.ID: Int32],
        storage: PathStorage, digest: GraphDigest? = nil, places: RelationPlaces? = nil
    ) {
        self.digest = digest
        self.places = places
        self.graph = graph
        self.asOf = asOf
        self.window = window
        self.actorIDs = actorIDs
        self.denseIDs = denseIDs
        self.storage = storage
    }

    /// The number of actors indexed (those of the graph and any relation endpoint).
    public var actorCount: Int { actorIDs.count }
    /// The number of relations a path may use (those that hold, without loops).
    public var relationCount: Int { storage.edgeCount }

    /// Every relation's key, by dense relation id.
    var relationKeys: [RelationKey] { (0..<Int32(relationCount)).map(relationKey) }

    /// The key of the relation with dense id `e`, made from its endpoints and type (no array of keys is kept).
    func relationKey(_ e: Int32) -> RelationKey {
        let i = Int(e)
        return RelationKey(
            source: actorIDs[Int(storage.edgeSource[i])], type: PathIndex.typesByIndex[Int(storage.edgeType[i])],
            target: actorIDs[Int(storage.edgeTarget[i])])
    }

    /// A relation with its evidence, from the graph or, for an index built on a ``GraphDigest``, decoded from the file.
    /// - Parameter key: The relation's key.
    /// - Complexity: O(1) from the graph; from a digest O(log m + size of the relation), or O(degree + size of
    ///   the relation) for an index built from the digest's parts.
    public func relation(_ key: RelationKey) -> Relation? {
        if let relation = graph.relation(key) { return relation }
        guard let digest else { return nil }
        guard let places else { return digest.relation(key) }
        guard let u = denseIDs[key.source], let v = denseIDs[key.target] else { return nil }
        var offset = places.others[RelationDigest.pack(source: u, type: key.type, target: v)]
        let t = Int(PathIndex.typeIndex(key.type))
        let slot = Int(u) * PathStorage.typeCount + t
        for arc in Int(storage.offsets[slot])..<Int(storage.offsets[slot + 1]) where storage.arcNeighbor[arc] == v {
            let e = Int(storage.arcEdge[arc])
            if storage.edgeSource[e] == u, storage.edgeTarget[e] == v { offset = places.offsets[e] }
        }
        guard let offset else { return nil }
        // The bytes were validated when the index was made; the fallback keeps the key.
        return digest.relation(atByte: offset) ?? Relation(key: key, evidence: [])
    }

    /// Whether the index knows `actor`.
    public func contains(_ actor: Actor.ID) -> Bool { denseIDs[actor] != nil }

    /// The relations between two actors a path under `constraints` may use, in
    /// key order, each with the direction from `a` to `b`.
    /// - Parameters:
    ///   - a: One actor.
    ///   - b: The other actor.
    ///   - constraints: What a path may use (excluded actors are ignored here).
    /// - Complexity: O(degree of `a`).
    public func relations(between a: Actor.ID, and b: Actor.ID, constraints: PathConstraints = PathConstraints()) -> [RelationKey] {
        guard let u = denseIDs[a], let v = denseIDs[b] else { return [] }
        let rules = CompiledConstraints(constraints, index: self)
        var found: [RelationKey] = []
        rules.forEachArc(of: u, backward: false, storage: storage) { _, w, e in
            if w == v { found.append(relationKey(e)) }
        }
        return found.sorted()
    }

    static func typeIndex(_ type: RelationType) -> UInt8 {
        switch type {
        case .alliance: 0
        case .hostility: 1
        case .proxy: 2
        case .agreement: 3
        }
    }

    static let typesByIndex: [RelationType] = [.alliance, .hostility, .proxy, .agreement]

    /// Converts a raw path to its public form.
    func path(_ raw: RawPath) -> ActorPath {
        var steps: [PathStep] = []
        steps.reserveCapacity(raw.edges.count)
        for (position, e) in raw.edges.enumerated() {
            steps.append(
                PathStep(
                    relation: relationKey(e), from: actorIDs[Int(raw.nodes[position])],
                    to: actorIDs[Int(raw.nodes[position + 1])]))
        }
        return ActorPath(actors: raw.nodes.map { actorIDs[Int($0)] }, steps: steps, cost: raw.cost)
    }
}
