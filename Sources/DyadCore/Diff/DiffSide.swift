/// One version of a graph as the diff engine reads it: present actors, relations
/// by key, and the effective date of evidence.
///
/// ``Graph`` and ``GraphSnapshot`` conform; the engine is generic over them so
/// that look-ups are specialised.
public protocol DiffSide: Sendable {
    /// The relation with `key`, if present.
    func relation(_ key: RelationKey) -> Relation?
    /// The actor with `id`, if present in this version.
    func presentActor(_ id: Actor.ID) -> Actor?
    /// The evidence's date, or its document's publication date when it has none.
    func effectiveDate(of evidence: Evidence) -> Day?
    /// Every relation between the two actors of `pair`, in any order.
    func relations(between pair: ActorPair) -> [Relation]
}

extension DiffSide {
    /// Every relation between the two actors of `pair`, by looking up each of its five possible keys.
    public func relations(between pair: ActorPair) -> [Relation] {
        pair.keys.compactMap { relation($0) }
    }
}

extension Graph: DiffSide {
    /// The actor with `id`: in a graph file every listed actor is present.
    public func presentActor(_ id: Actor.ID) -> Actor? { actors[id] }
}
