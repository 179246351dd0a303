/// One change of an actor pair's relations in a ``GraphSnapshot``'s edit journal
/// (``SnapshotJournal``): the pair's entry before and after it.
struct SnapshotEdit: Sendable {
    /// The pair, with its hash.
    let key: HashedActorPair
    /// The pair's entry before the edit; `nil` when the pair had no relation.
    let before: PairRelations?
    /// The pair's entry after the edit; `nil` when the pair has no relation left.
    let after: PairRelations?
}
