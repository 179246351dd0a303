import Collections
import Dispatch

/// Actors, the typed relations between them and the documents their evidence comes from.
///
/// `Graph` is a value type. It keeps indexes for the look-ups every command
/// needs: actors by id and by folded alias, relations by key, and the
/// relations of each actor in both directions. Iteration follows insertion
/// order, which is deterministic; ``canonicalize()`` sorts everything by id and
/// key, as graphs read from files and results of ``merged(with:)`` are.
public struct Graph: Sendable {
    /// Documents by id.
    public private(set) var documents: OrderedDictionary<String, Document> = [:]
    /// Actors by id.
    public private(set) var actors: OrderedDictionary<Actor.ID, Actor> = [:]
    /// Relations by key.
    public private(set) var relations: OrderedDictionary<RelationKey, Relation> = [:]

    /// Actor ids by folded name or alias (each list sorted), built on the first name look-up:
    /// commands that only use ids never pay for folding every name.
    private var aliasIndex = Locked<[String: [Actor.ID]]?>(nil)
    private var outgoing: [Actor.ID: [RelationKey]] = [:]
    private var incoming: [Actor.ID: [RelationKey]] = [:]

    /// Creates an empty graph.
    public init() {}

    /// Creates a graph from parts in canonical order; items with the same identity are merged
    /// (in the order given, as ``add(_:)-(Relation)`` would).
    /// - Complexity: O(n log n); much faster than adding items one by one.
    public init(documents: [Document] = [], actors: [Actor] = [], relations: [Relation] = []) {
        func mergingDuplicates<T, K: Comparable>(_ items: [T], key: (T) -> K, merge: (T, T) -> T) -> [T] {
            let keys = items.map(key)
            // Files and bulk producers usually hand over sorted, unique items: nothing to do then.
            if zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) { return items }
            var order = Array(keys.indices)
            order.sort { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
            var result: [T] = []
            result.reserveCapacity(items.count)
            var previous: Int?
            for index in order {
                if let previous, keys[previous] == keys[index] {
                    result[result.count - 1] = merge(result[result.count - 1], items[index])
                } else {
                    result.append(items[index])
                }
                previous = index
            }
            return result
        }
        self.init(
            uniqueDocuments: mergingDuplicates(documents, key: { $0.id }) { $0.merged(with: $1) },
            uniqueActors: mergingDuplicates(actors, key: { $0.id }) { $0.merged(with: $1) },
            uniqueRelations: mergingDuplicates(relations, key: { $0.key }) { $0.merged(with: $1) })
    }

    /// Builds a graph in bulk from items without duplicate ids or keys, in canonical order.
    /// - Complexity: O(n log n) for the sorts, then one pass.
    init(uniqueDocuments: [Document], uniqueActors: [Actor], uniqueRelations: [Relation]) {
        let sortedDocuments = uniqueDocuments.sorted { $0.id < $1.id }
        documents = OrderedDictionary(uncheckedUniqueKeys: sortedDocuments.lazy.map(\.id), values: sortedDocuments)
        let sortedActors = uniqueActors.sorted { $0.id < $1.id }
        actors = OrderedDictionary(uncheckedUniqueKeys: sortedActors.lazy.map(\.id), values: sortedActors)
        let sorted =
            zip(uniqueRelations, uniqueRelations.dropFirst()).allSatisfy({ $0.key < $1.key })
            ? uniqueRelations : uniqueRelations.sorted { $0.key < $1.key }
        relations = OrderedDictionary(uncheckedUniqueKeys: sorted.lazy.map(\.key), values: sorted)
        // Sources come in runs after sorting by key: one dictionary insert a run.
        outgoing.reserveCapacity(actors.count)
        var runStart = 0
        while runStart < sorted.count {
            var runEnd = runStart + 1
            let source = sorted[runStart].source
            while runEnd < sorted.count, sorted[runEnd].source == source { runEnd += 1 }
            outgoing[source] = sorted[runStart..<runEnd].map(\.key)
            runStart = runEnd
        }
        incoming.reserveCapacity(actors.count)
        for relation in sorted { incoming[relation.target, default: []].append(relation.key) }
    }

    /// The graph with the same documents and actors and `relations` instead of its own;
    /// relations with the same key are merged.
    ///
    /// Much cheaper than building a graph with the same actors from parts: the actors'
    /// name index is reused rather than made again (folding every name dominates the
    /// cost of snapshots and views of large graphs).
    /// - Parameter relations: The relations of the new graph (endpoints need not exist).
    /// - Complexity: O(r log r) in the relations (O(r) when they come in key order).
    public func replacingRelations(with relations: [Relation]) -> Graph {
        var sorted =
            zip(relations, relations.dropFirst()).allSatisfy({ $0.key < $1.key })
            ? relations : relations.sorted { $0.key < $1.key }
        if zip(sorted, sorted.dropFirst()).contains(where: { $0.key == $1.key }) {
            var merged: [Relation] = []
            merged.reserveCapacity(sorted.count)
            for relation in sorted {
                if let last = merged.last, last.key == relation.key {
                    merged[merged.count - 1] = last.merged(with: relation)
                } else {
                    merged.append(relation)
                }
            }
            sorted = merged
        }
        return keepingActors(relations: sorted)
    }

    /// The graph with the same documents and actors (and name index) and only `kept`:
    /// relations of this graph, each key once, their evidence possibly filtered.
    /// - Complexity: O(r log r) in the relations kept (O(r) when they come in key order).
    func keepingActors(relations kept: [Relation]) -> Graph {
        var result = self
        let sorted = zip(kept, kept.dropFirst()).allSatisfy({ $0.key < $1.key }) ? kept : kept.sorted { $0.key < $1.key }
        result.relations = OrderedDictionary(uncheckedUniqueKeys: sorted.lazy.map(\.key), values: sorted)
        result.outgoing = [:]
        result.incoming = [:]
        result.outgoing.reserveCapacity(actors.count)
        var runStart = 0
        while runStart < sorted.count {
            var runEnd = runStart + 1
            let source = sorted[runStart].source
            while runEnd < sorted.count, sorted[runEnd].source == source { runEnd += 1 }
            result.outgoing[source] = sorted[runStart..<runEnd].map(\.key)
            runStart = runEnd
        }
        result.incoming.reserveCapacity(actors.count)
        for relation in sorted { result.incoming[relation.target, default: []].append(relation.key) }
        return result
    }

    /// Whether the graph has no documents, actors or relations.
    public var isEmpty: Bool { documents.isEmpty && actors.isEmpty && relations.isEmpty }

    // MARK: Adding

    /// Adds a document, merging it with one of the same id.
    public mutating func add(_ document: Document) {
        if let existing = documents[document.id] {
            documents[document.id] = existing.merged(with: document)
        } else {
            documents[document.id] = document
        }
    }

    /// Adds an actor, merging it with one of the same id.
    public mutating func add(_ actor: Actor) {
        var merged = actor
        if let old = actors[actor.id] {
            // The same description again (every document naming the actor) merges to itself: nothing to do.
            if old == actor { return }
            merged = old.merged(with: actor)
            // A description that adds nothing changes nothing: skip the re-indexing.
            if old == merged { return }
            unindexNames(of: old)
        }
        actors[actor.id] = merged
        indexNames(of: merged)
    }

    /// Adds a relation, merging its evidence into one of the same key.
    ///
    /// The endpoints need not exist yet; ``problems()`` reports dangling ones.
    public mutating func add(_ relation: consuming Relation) {
        let key = relation.key
        if let existing = relations[key] {
            relations[key] = existing.merged(with: relation)
        } else {
            outgoing[key.source, default: []].append(key)
            incoming[key.target, default: []].append(key)
            // Taken over, not copied: a caller that hands its last reference spares a retain of every field.
            relations[key] = relation
        }
    }

    /// Adds relations whose keys all differ, in bulk: into a graph without relations each key is hashed once
    /// and nothing is looked up first, where ``add(_:)-(Relation)`` looks each key up, then inserts it and grows
    /// the indexes step by step. A graph that already has relations takes them one by one (merging evidence).
    ///
    /// Package-only: the keys are not checked (two relations with one key would break the table), so only callers
    /// whose keys come from one dictionary use it.
    /// - Parameter unique: Relations with pairwise different keys, in the order they are to be stored.
    /// - Complexity: O(n) expected.
    package mutating func add(uniqueRelations unique: consuming [Relation]) {
        guard relations.isEmpty else {
            unique.reverse()
            while let relation = unique.popLast() { add(relation) }
            return
        }
        let keys = unique.map(\.key)
        // The indexes by actor (empty, as there are no relations) do not depend on the table: they are built on
        // another thread while this one builds the table, each a pass that hashes every key's ids.
        let size = actors.count
        let indexes = Background { () -> (outgoing: [Actor.ID: [RelationKey]], incoming: [Actor.ID: [RelationKey]]) in
            var outgoing = [Actor.ID: [RelationKey]](minimumCapacity: size)
            var incoming = [Actor.ID: [RelationKey]](minimumCapacity: size)
            for key in keys {
                outgoing[key.source, default: []].append(key)
                incoming[key.target, default: []].append(key)
            }
            return (outgoing, incoming)
        }
        relations = OrderedDictionary(uncheckedUniqueKeys: keys, values: unique)
        (outgoing, incoming) = indexes.take()
    }

    /// Adds one piece of evidence for a relation.
    public mutating func add(_ evidence: Evidence, source: Actor.ID, type: RelationType, target: Actor.ID) {
        add(Relation(source: source, type: type, target: target, evidence: [evidence]))
    }

    // MARK: Removing

    /// Removes an actor and every relation that touches it.
    public mutating func removeActor(_ id: Actor.ID) {
        guard let actor = actors.removeValue(forKey: id) else { return }
        unindexNames(of: actor)
        for key in relationKeys(of: id) { removeRelation(key) }
    }

    /// Removes a relation.
    public mutating func removeRelation(_ key: RelationKey) {
        guard relations.removeValue(forKey: key) != nil else { return }
        outgoing[key.source]?.removeAll { $0 == key }
        if outgoing[key.source]?.isEmpty == true { outgoing[key.source] = nil }
        incoming[key.target]?.removeAll { $0 == key }
        if incoming[key.target]?.isEmpty == true { incoming[key.target] = nil }
    }

    // MARK: Look-up

    /// The actor with `id`.
    /// - Complexity: O(1) on average.
    public func actor(_ id: Actor.ID) -> Actor? { actors[id] }

    /// The actors whose name or alias folds to the same text as `name`, sorted by id.
    /// - Complexity: O(m) in the length of `name`, on average.
    public func actors(named name: String) -> [Actor] {
        let key = NameNormalizer.fold(name)
        let ids = aliasIndex.withLock { index -> [Actor.ID] in
            if index == nil { index = Graph.nameIndex(of: actors.values) }
            return index?[key] ?? []
        }
        return ids.compactMap { actors[$0] }
    }

    /// Resolves a user-typed name: an exact id first, then a name or alias.
    public func resolve(_ nameOrID: String) -> [Actor] {
        if let actor = actors[nameOrID] { return [actor] }
        // An id typed in another case ("IRAN").
        let slug = Actor.slug(nameOrID)
        if slug == nameOrID.lowercased(), let actor = actors[slug] { return [actor] }
        return actors(named: nameOrID)
    }

    /// The relation with `key`.
    /// - Complexity: O(1) on average.
    public func relation(_ key: RelationKey) -> Relation? { relations[key] }

    /// Keys of relations whose source is `actor`, in insertion order.
    public func outgoingKeys(of actor: Actor.ID) -> [RelationKey] { outgoing[actor] ?? [] }

    /// Keys of relations whose target is `actor`, in insertion order.
    public func incomingKeys(of actor: Actor.ID) -> [RelationKey] { incoming[actor] ?? [] }

    /// Keys of every relation touching `actor`: outgoing then incoming, each once.
    public func relationKeys(of actor: Actor.ID) -> [RelationKey] {
        let out = outgoing[actor] ?? []
        let inc = (incoming[actor] ?? []).filter { $0.source != actor }
        return out + inc
    }

    /// The relations touching `actor`, sorted by key.
    public func relations(of actor: Actor.ID) -> [Relation] {
        relationKeys(of: actor).sorted().compactMap { relations[$0] }
    }

    /// The number of relations touching `actor` (its degree).
    public func degree(of actor: Actor.ID) -> Int {
        (outgoing[actor]?.count ?? 0) + (incoming[actor]?.count ?? 0)
    }

    /// The evidence's date, or its document's publication date when it has none.
    public func effectiveDate(of evidence: Evidence) -> Day? {
        evidence.date ?? documents[evidence.document]?.published
    }

    // MARK: Order

    /// Sorts documents and actors by id and relations by key.
    /// - Complexity: O(n log n).
    public mutating func canonicalize() {
        documents.sort { $0.key < $1.key }
        actors.sort { $0.key < $1.key }
        relations.sort { $0.key < $1.key }
        for key in outgoing.keys { outgoing[key]?.sort() }
        for key in incoming.keys { incoming[key]?.sort() }
    }

    /// A copy with ``canonicalize()`` applied.
    public func canonicalized() -> Graph {
        var copy = self
        copy.canonicalize()
        return copy
    }

    // MARK: Index upkeep

    /// The name index of `actors`: ids by folded name or alias, each list sorted.
    private static func nameIndex(of actors: some Sequence<Actor>) -> [String: [Actor.ID]] {
        var index: [String: [Actor.ID]] = [:]
        for actor in actors {
            for key in Set(actor.allNames.map(NameNormalizer.fold)) {
                // In place: a copy of the array taken out and written back would be copied on append.
                if let slot = index.index(forKey: key) { index.values[slot].append(actor.id) } else { index[key] = [actor.id] }
            }
        }
        for slot in index.indices where index.values[slot].count > 1 { index.values[slot].sort() }
        return index
    }

    /// Changes the name index if it has been built (else it is built from the actors when first needed).
    private mutating func updateNameIndex(_ body: (inout [String: [Actor.ID]]) -> Void) {
        guard aliasIndex.withLock({ $0 != nil }) else { return }
        // Copies share the index until one of them changes.
        if !isKnownUniquelyReferenced(&aliasIndex) { aliasIndex = Locked(aliasIndex.withLock { $0 }) }
        aliasIndex.withLock { index in
            if var built = index.take() {
                body(&built)
                index = built
            }
        }
    }

    private mutating func indexNames(of actor: Actor) {
        updateNameIndex { index in
            for key in Set(actor.allNames.map(NameNormalizer.fold)) {
                guard let slot = index.index(forKey: key) else {
                    index[key] = [actor.id]
                    continue
                }
                if !index.values[slot].contains(actor.id) {
                    index.values[slot].append(actor.id)
                    index.values[slot].sort()
                }
            }
        }
    }

    private mutating func unindexNames(of actor: Actor) {
        updateNameIndex { index in
            for key in Set(actor.allNames.map(NameNormalizer.fold)) {
                index[key]?.removeAll { $0 == actor.id }
                if index[key]?.isEmpty == true { index[key] = nil }
            }
        }
    }
}

extension Graph: Equatable {
    /// Two graphs are equal when they hold the same documents, actors and relations, in any order.
    public static func == (lhs: Graph, rhs: Graph) -> Bool {
        guard lhs.documents.count == rhs.documents.count,
            lhs.actors.count == rhs.actors.count,
            lhs.relations.count == rhs.relations.count
        else { return false }
        for (id, document) in lhs.documents where rhs.documents[id] != document { return false }
        for (id, actor) in lhs.actors where rhs.actors[id] != actor { return false }
        for (key, relation) in lhs.relations where rhs.relations[key] != relation { return false }
        return true
    }
}
