import Collections
import HashTreeCollections
import OrderedCollections

/// A version of a graph held in persistent hash trees, so that versions share
/// structure and two versions are compared in time close to what changed.
///
/// Relations are kept by actor pair (all the relations between two actors come with one
/// look-up), each pair's relations as one ``PairRelations`` entry in slot order with a digest;
/// present actors in a `TreeDictionary` by id. Beside them, a `TreeSet` of the pair entries and
/// one of actor ``Stamp``s let a diff find the pairs and actors that differ with
/// `symmetricDifference`, which skips every subtree the two versions share and hands over the
/// relations of each changed pair in both versions (a membership test tells which is which), so
/// the diff looks up no key or pair. ``SnapshotSequence`` makes consecutive as-of snapshots that
/// share almost all their structure.
///
/// Each version also keeps a journal of its edits (``SnapshotJournal``): a copy shares it and its own
/// edits go after it, so a diff between a snapshot and a copy of it edited since (or two copies of a
/// common version) reads only the edits between them, with both versions of every pair they touched,
/// and skips the trees entirely. Snapshots that share no journal are compared by their sets.
public struct GraphSnapshot: Sendable {
    /// The day the snapshot is as of, if it is one.
    public internal(set) var day: Day?
    /// Relations by actor pair (at most five a pair: three symmetric types and proxy both ways).
    var pairs: TreeDictionary<ActorPair, PairRelations> = [:]
    /// The number of relations.
    public internal(set) var relationCount = 0
    /// Actors present in this version by id.
    public internal(set) var actors: TreeDictionary<Actor.ID, Actor> = [:]
    /// Documents, for evidence dates and titles (shared with the graph it came from).
    public let documents: OrderedDictionary<String, Document>
    /// Every entry of ``pairs``, hashed by content, in ``shardCount`` sets by the pair's hash, so
    /// that a diff compares the sets on as many threads.
    var pairEntries: [TreeSet<PairRelations>] = Array(repeating: [], count: GraphSnapshot.shardCount)
    /// How many sets hold the pair entries.
    static let shardCount = 2
    var actorStamps: TreeSet<Stamp<Actor.ID>> = []
    /// The starting state this version's ``journal`` leads from.
    private(set) var lineage = SnapshotLineage()
    /// The run of edits of the relations since ``lineage`` started that holds this version's latest
    /// edit, if any; every change of ``pairs`` records one (``record(_:before:after:)``).
    private(set) var journal: SnapshotJournal?
    /// How many edits of ``journal`` this version has (at least one when there is a journal).
    private(set) var journalCount = 0
    /// How many edits since ``lineage`` started this version has.
    var journalDepth: Int { (journal?.baseDepth ?? 0) + journalCount }
    /// A journal grows to at least this many edits before it starts a new lineage.
    static let journalMinimum = 4_096
    /// …and to at most one edit for this many pairs beyond that, so that reading it costs a fraction
    /// of comparing the whole trees, and the old entries it keeps stay few.
    static let pairsPerJournalEdit = 8

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
        // The whole graph is the lineage's starting state: nothing to journal.
        for relation in graph.relations.values { update(relation, recording: false) }
    }

    /// Adds or replaces a relation.
    /// - Complexity: O(k) in the evidence of the relations between its two actors (for the
    ///   digest), plus O(log n).
    public mutating func setRelation(_ relation: Relation) {
        update(relation, recording: true)
    }

    /// Adds or replaces a relation, journaling the change when `recording`.
    private mutating func update(_ relation: Relation, recording: Bool) {
        let key = relation.key
        let pair = ActorPair(key)
        guard let old = pairs[pair] else {
            let entry = PairRelations(pair: pair, pairHash: PairRelations.hash(of: pair), relations: [relation])
            pairs[pair] = entry
            pairEntries[Self.shard(of: entry)].insert(entry)
            relationCount += 1
            if recording { record(HashedActorPair(entry), before: nil, after: entry) }
            return
        }
        var list = old.relations
        if let index = list.firstIndex(where: { $0.key == key }) {
            if list[index] == relation { return }
            list[index] = relation
        } else {
            let slot = pair.slot(of: key)
            list.insert(relation, at: list.firstIndex { pair.slot(of: $0.key) > slot } ?? list.count)
            relationCount += 1
        }
        replace(old, with: list, recording: recording)
    }

    /// Removes a relation.
    public mutating func removeRelation(_ key: RelationKey) {
        let pair = ActorPair(key)
        guard let old = pairs[pair], let index = old.relations.firstIndex(where: { $0.key == key }) else { return }
        var list = old.relations
        list.remove(at: index)
        relationCount -= 1
        replace(old, with: list, recording: true)
    }

    /// The set of ``pairEntries`` that holds `entry`.
    private static func shard(of entry: PairRelations) -> Int { Int(UInt(bitPattern: entry.pairHash) % UInt(shardCount)) }

    /// Puts `relations` in place of a pair's entry `old`, or drops the pair when there are none;
    /// journals the change when `recording`.
    private mutating func replace(_ old: PairRelations, with relations: [Relation], recording: Bool) {
        pairEntries[Self.shard(of: old)].remove(old)
        guard !relations.isEmpty else {
            pairs[old.pair] = nil
            if recording { record(HashedActorPair(old), before: old, after: nil) }
            return
        }
        let entry = PairRelations(pair: old.pair, pairHash: old.pairHash, relations: relations)
        pairs[old.pair] = entry
        pairEntries[Self.shard(of: entry)].insert(entry)
        if recording { record(HashedActorPair(old), before: old, after: entry) }
    }

    /// Records an edit of a pair's entry in the journal, or starts a new lineage from this state when
    /// the journal would grow past its limit (diffs with older versions then compare the sets).
    private mutating func record(_ key: HashedActorPair, before: PairRelations?, after: PairRelations?) {
        guard journalDepth < Swift.max(Self.journalMinimum, pairs.count / Self.pairsPerJournalEdit) else {
            startLineage()
            return
        }
        let edit = SnapshotEdit(key: key, before: before, after: after)
        // Append in place when this version holds its run alone and is at its end; else start a run.
        if journal != nil, isKnownUniquelyReferenced(&journal!), journal?.edits.count == journalCount {
            journal?.append(edit)
        } else {
            journal = SnapshotJournal(parent: journal, parentCount: journalCount, edit: edit)
            journalCount = 0
        }
        journalCount += 1
    }

    /// Makes this state the start of a new lineage, unrelated to every other snapshot's journal.
    mutating func startLineage() {
        lineage = SnapshotLineage()
        journal = nil
        journalCount = 0
    }

    /// Every relation, in no particular order.
    /// - Complexity: O(n).
    public var allRelations: [Relation] {
        var result: [Relation] = []
        result.reserveCapacity(relationCount)
        for entry in pairs.values { result += entry.relations }
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
    /// - Complexity: O(e) for the e edits between two snapshots of one lineage
    ///   (``journaledChanges(since:)``); otherwise as ``changedPairs(since:shard:)``; plus O(1) a
    ///   changed pair.
    public func changedRelations(since old: GraphSnapshot) -> Set<RelationKey> {
        var keys: Set<RelationKey> = []
        func add(_ changes: [(before: [Relation], after: [Relation])]) {
            for change in changes {
                for relation in change.before where !change.after.contains(relation) { keys.insert(relation.key) }
                for relation in change.after where !change.before.contains(relation) { keys.insert(relation.key) }
            }
        }
        if let changes = journaledChanges(since: old) {
            add(changes)
        } else {
            for shard in 0..<Self.shardCount { add(changedPairs(since: old, shard: shard)) }
        }
        return keys
    }

    /// The relations of every actor pair of one set of ``pairEntries`` that differs between `old`
    /// and this snapshot, in both versions (slot order; empty on the side where the pair has none),
    /// in no particular order.
    ///
    /// Used when the two snapshots are of different lineages (``journaledChanges(since:)`` is `nil`).
    ///
    /// - Complexity: O(c · log n) for c changed pairs when the snapshots share all unchanged
    ///   subtrees (`TreeSet.symmetricDifference` skips shared nodes); O(n) otherwise.
    func changedPairs(since old: GraphSnapshot, shard: Int) -> [(before: [Relation], after: [Relation])] {
        // One pass over both trees; an entry that this version holds is the pair's new version.
        let entries = pairEntries[shard]
        let differing = entries.symmetricDifference(old.pairEntries[shard])
        var result: [(before: [Relation], after: [Relation])] = []
        result.reserveCapacity(differing.count)
        var position: [HashedActorPair: Int] = [:]
        position.reserveCapacity(differing.count)
        for entry in differing {
            let isNew = entries.contains(entry)
            let key = HashedActorPair(entry)
            if let index = position[key] {
                if isNew { result[index].after = entry.relations } else { result[index].before = entry.relations }
            } else {
                position[key] = result.count
                result.append(isNew ? ([], entry.relations) : (entry.relations, []))
            }
        }
        return result
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
        pairs[ActorPair(key)]?.relations.first { $0.key == key }
    }

    /// Every relation between the two actors of `pair`, with one look-up.
    /// - Complexity: O(log n).
    public func relations(between pair: ActorPair) -> [Relation] { pairs[pair]?.relations ?? [] }

    /// The actor with `id` if it is present in this version.
    public func presentActor(_ id: Actor.ID) -> Actor? { actors[id] }

    /// The evidence's date, or its document's publication date when it has none.
    public func effectiveDate(of evidence: Evidence) -> Day? {
        evidence.date ?? documents[evidence.document]?.published
    }
}
