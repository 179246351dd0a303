/// One change between two versions of a graph, with the evidence that caused it.
///
/// Relation changes fill `relation`, `before` and `after` (a flip also fills
/// `previous`, the relation that dominated the pair before); actor changes
/// fill `actor` and the fields of their kind.
public struct GraphChange: Hashable, Sendable {
    /// What changed.
    public var kind: ChangeKind
    /// The relation changed; for a flip, the relation that dominates the pair now.
    public var relation: RelationKey?
    /// For a flip, the relation that dominated the pair before.
    public var previous: RelationKey?
    /// The relation's state in the old version (for a flip, the previous dominant relation's).
    public var before: RelationState?
    /// The relation's state in the new version (for a flip, the new dominant relation's).
    public var after: RelationState?
    /// For a flip: whether the previous relation is gone from the new version (otherwise it is outweighed).
    public var previousRemoved: Bool
    /// For a flip whose previous relation is still present: its state in the new version.
    public var previousNow: RelationState?
    /// For a flip: whether the new dominant relation is absent from the old version (otherwise it grew).
    public var relationAdded: Bool
    /// The actor changed, for actor changes.
    public var actor: Actor.ID?
    /// The actor in the old version, for actor changes.
    public var oldActor: Actor?
    /// The actor in the new version, for actor changes.
    public var newActor: Actor?
    /// The evidence that caused the change: new sentences, or the last sentence seen for a removal.
    public var evidence: [ChangeEvidence]
    /// How much the change matters, for sorting inside its kind (higher first).
    public var importance: Double

    /// Creates a change.
    public init(
        kind: ChangeKind, relation: RelationKey? = nil, previous: RelationKey? = nil,
        before: RelationState? = nil, after: RelationState? = nil,
        previousRemoved: Bool = false, previousNow: RelationState? = nil, relationAdded: Bool = false,
        actor: Actor.ID? = nil, oldActor: Actor? = nil, newActor: Actor? = nil,
        evidence: [ChangeEvidence] = [], importance: Double = 0
    ) {
        self.kind = kind
        self.relation = relation
        self.previous = previous
        self.before = before
        self.after = after
        self.previousRemoved = previousRemoved
        self.previousNow = previousNow
        self.relationAdded = relationAdded
        self.actor = actor
        self.oldActor = oldActor
        self.newActor = newActor
        self.evidence = evidence
        self.importance = importance
    }

    /// Aliases the new version has and the old one lacks.
    public var addedAliases: [String] {
        let old = Set(oldActor?.aliases ?? [])
        return (newActor?.aliases ?? []).filter { !old.contains($0) }
    }

    /// Aliases the old version has and the new one lacks.
    public var removedAliases: [String] {
        let new = Set(newActor?.aliases ?? [])
        return (oldActor?.aliases ?? []).filter { !new.contains($0) }
    }

    /// Every actor the change touches: an actor change's actor, a relation's endpoints.
    public var actors: Set<Actor.ID> {
        var result: Set<Actor.ID> = []
        if let actor { result.insert(actor) }
        for key in [relation, previous].compactMap({ $0 }) {
            result.insert(key.source)
            result.insert(key.target)
        }
        return result
    }

    /// Every relation type the change is about (a flip has two).
    public var types: Set<RelationType> {
        Set([relation, previous].compactMap { $0?.type })
    }

    /// The order reports use: by kind, then importance (higher first), then relation key or actor id.
    public static func reportOrder(_ lhs: GraphChange, _ rhs: GraphChange) -> Bool {
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        if lhs.importance != rhs.importance { return lhs.importance > rhs.importance }
        if lhs.relation != rhs.relation {
            guard let l = lhs.relation else { return true }
            guard let r = rhs.relation else { return false }
            return l < r
        }
        if lhs.previous != rhs.previous {
            guard let l = lhs.previous else { return true }
            guard let r = rhs.previous else { return false }
            return l < r
        }
        return (lhs.actor ?? "") < (rhs.actor ?? "")
    }
}
