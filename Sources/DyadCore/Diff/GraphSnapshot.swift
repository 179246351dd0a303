import Collections
import HashTreeCollections
import OrderedCollections

/// A version of a graph held in persistent hash trees, so that versions share
/// structure and two versions are compared in time close to what changed.
///
/// Relations are kept in a `TreeDictionary` by actor pair (so that all the
/// relations between two actors come with one look-up), present actors in a
/// `TreeDictionary` by id; beside each, a
/// `TreeSet` of ``Stamp``s (identity and content digest) lets a diff find the
/// items that differ with `symmetricDifference`/`subtracting`, which skip every subtree the two
/// versions share. ``SnapshotSequence`` makes consecutive as-of snapshots that
/// share almost all their structure.
public struct GraphSnapshot: Sendable {
    /// The day the snapshot is as of, if it is one.
    public internal(set) var day: Day?
    /// Relations by actor pair (at most five a pair: three symmetric types and proxy both ways).
    public internal(set) var pairs: TreeDictionary<ActorPair, [Relation]> = [:]
    /// The number of relations.
    public internal(set) var relationCount = 0
    /// Actors present in this version by id.
    public internal(set) var actors: TreeDictionary<Actor.ID, Actor> = [:]
    /// Documents, for evidence dates and titles (shared with the graph it came from).
    public let documents: OrderedDictionary<String, Document>
    var relationStamps: TreeSet<Stamp<RelationKey>> = []
    var actorStamps: TreeSet<Stamp<Actor.ID>> = []

    /// Creates an empty snapshot that reads evidence dates from `documents`.
    public init(day: Day? = nil, documents: OrderedDictionary<String, Document> = [:]) {
        self.day = day
        self.documents = documents
    }

    /// Creates a snapshot holding a whole graph; every listed actor is present.
    /// - Complexity: O(n + m + total evidence).
    public init(_ graph: Graph, day: Day? = nil) {
        self.init(day: day, documents: graph.documents)
        for actor in graph.actors.values { setActor(actor) }
        for relation in graph.relations.values { setRelation(relation) }
    }

    /// Adds or replaces a relation.
    /// - Complexity: O(k) in its evidence (for the digest), plus O(log n).
    public mutating func setRelation(_ relation: Relation) {
        let key = relation.key
        var replaced: Relation?
        var unchanged = false
        var added = false
        pairs[ActorPair(key), default: []].withMutable { list in
            if let index = list.firstIndex(where: { $0.key == key }) {
                if list[index] == relation { unchanged = true; return }
                replaced = list[index]
                list[index] = relation
            } else {
                list.append(relation)
                added = true
            }
        }
        if unchanged { return }
        if added { relationCount += 1 }
        if let replaced { relationStamps.remove(Stamp(id: key, content: replaced)) }
        relationStamps.insert(Stamp(id: key, content: relation))
    }

    /// Removes a relation.
    public mutating func removeRelation(_ key: RelationKey) {
        let pair = ActorPair(key)
        guard var list = pairs[pair], let index = list.firstIndex(where: { $0.key == key }) else { return }
        let old = list.remove(at: index)
        pairs[pair] = list.isEmpty ? nil : list
        relationCount -= 1
        relationStamps.remove(Stamp(id: key, content: old))
    }

    /// Every relation, in no particular order.
    /// - Complexity: O(n).
    public var allRelations: [Relation] {
        var result: [Relation] = []
        result.reserveCapacity(relationCount)
        for list in pairs.values { result += list }
        return result
    }

    /// Adds or replaces a present actor.
    public mutating func setActor(_ actor: Actor) {
        if let old = actors.updateValue(actor, forKey: actor.id) {
            if old == actor { return }
            actorStamps.remove(Stamp(id: old.id, content: old))
        }
        actorStamps.insert(Stamp(id: actor.id, content: actor))
    }

    /// Removes an actor from the present ones.
    public mutating func removeActor(_ id: Actor.ID) {
        guard let old = actors.removeValue(forKey: id) else { return }
        actorStamps.remove(Stamp(id: id, content: old))
    }

    /// The keys of the relations that differ between `old` and this snapshot: added, removed or changed.
    ///
    /// - Complexity: O(c · log n) for c changed relations when the snapshots share all
    ///   unchanged subtrees (`TreeSet.symmetricDifference` skips shared nodes); O(n) otherwise.
    public func changedRelations(since old: GraphSnapshot) -> Set<RelationKey> {
        var keys: Set<RelationKey> = []
        for stamp in relationStamps.symmetricDifference(old.relationStamps) { keys.insert(stamp.id) }
        return keys
    }

    /// The ids of the actors that differ between `old` and this snapshot (present in one only, or changed).
    /// - Complexity: as ``changedRelations(since:)``.
    public func changedActors(since old: GraphSnapshot) -> Set<Actor.ID> {
        var ids: Set<Actor.ID> = []
        for stamp in actorStamps.subtracting(old.actorStamps) { ids.insert(stamp.id) }
        for stamp in old.actorStamps.subtracting(actorStamps) { ids.insert(stamp.id) }
        return ids
    }

    /// The snapshot as a graph in canonical order (documents, present actors, relations).
    /// - Complexity: O(n log n + m log m).
    public func graph() -> Graph {
        var graph = Graph()
        for document in documents.values { graph.add(document) }
        for actor in actors.values { graph.add(actor) }
        for relation in allRelations { graph.add(relation) }
        graph.canonicalize()
        return graph
    }
}

extension GraphSnapshot: DiffSide {
    /// The relation with `key`.
    /// - Complexity: O(log n).
    public func relation(_ key: RelationKey) -> Relation? {
        pairs[ActorPair(key)]?.first { $0.key == key }
    }

    /// Every relation between the two actors of `pair`, with one look-up.
    /// - Complexity: O(log n).
    public func relations(between pair: ActorPair) -> [Relation] { pairs[pair] ?? [] }

    /// The actor with `id` if it is present in this version.
    public func presentActor(_ id: Actor.ID) -> Actor? { actors[id] }

    /// The evidence's date, or its document's publication date when it has none.
    public func effectiveDate(of evidence: Evidence) -> Day? {
        evidence.date ?? documents[evidence.document]?.published
    }
}

extension Array {
    /// Runs `body` on the array in place (a helper for `modify` accessors).
    fileprivate mutating func withMutable(_ body: (inout Array) -> Void) { body(&self) }
}
