/// A version of a graph held by reference, so that the diff engine hands it from function to
/// function, and into closures, for one reference count instead of a copy of the whole value (a
/// ``GraphSnapshot`` is a handful of trees and tables, each counted on every copy).
final class DiffSideReference<Side: DiffSide>: DiffSide {
    /// The version.
    let side: Side

    /// Holds `side`.
    init(_ side: Side) {
        self.side = side
    }

    func relation(_ key: RelationKey) -> Relation? { side.relation(key) }
    func presentActor(_ id: Actor.ID) -> Actor? { side.presentActor(id) }
    func effectiveDate(of evidence: Evidence) -> Day? { side.effectiveDate(of: evidence) }
    func relations(between pair: ActorPair) -> [Relation] { side.relations(between: pair) }
}
