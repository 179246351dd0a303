import Collections
import OrderedCollections
import HashTreeCollections

/// A version of a graph held in persistent hash trees, so that versions share
/// structure and two versions are compared in time close to what changed.
///
/// Relations and present actors are kept in `TreeDictionary`s; beside each, a
/// `TreeSet` of ``Stamp``s (identity and content digest) lets a diff find the
/// items that differ with `subtracting`, which skips every subtree the two
/// versions share. ``SnapshotSequence`` makes consecutive as-of snapshots that
/// share almost all their structure.
public struct GraphSnapshot: Sendable {
    /// The day the snapshot is as of, if it is one.
    public internal(set) var day: Day?
    /// Relations by key.
    public internal(set) var relations: TreeDictionary<RelationKey, Relation> = [:]
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

    /// The number of relations.
    public var relationCount: Int { relations.count }

    /// Adds or replaces a relation.
    /// - Complexity: O(k) in its evidence (for the digest), plus O(log n).
    public mutating func setRelation(_ relation: Relation) {
        if let old = relations.updateValue(relation, forKey: relation.key) {
            if old == relation { return }
            relationStamps.remove(Stamp(id: old.key, content: old))
        }
        relationStamps.insert(Stamp(id: relation.key, content: relation))
    }

    /// Removes a relation.
    public mutating func removeRelation(_ key: RelationKey) {
        guard let old = relations.removeValue(forKey: key) else { return }
        relationStamps.remove(Stamp(id: key, content: old))
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

    /// The snapshot as a graph in canonical order (documents, present actors, relations).
    /// - Complexity: O(n log n + m log m).
    public func graph() -> Graph {
        var graph = Graph()
        for document in documents.values { graph.add(document) }
        for actor in actors.values { graph.add(actor) }
        for relation in relations.values { graph.add(relation) }
        graph.canonicalize()
        return graph
    }
}

extension GraphSnapshot: DiffSide {
    /// The relation with `key`.
    /// - Complexity: O(log n).
    public func relation(_ key: RelationKey) -> Relation? { relations[key] }

    /// The actor with `id` if it is present in this version.
    public func presentActor(_ id: Actor.ID) -> Actor? { actors[id] }

    /// The evidence's date, or its document's publication date when it has none.
    public func effectiveDate(of evidence: Evidence) -> Day? {
        evidence.date ?? documents[evidence.document]?.published
    }
}
