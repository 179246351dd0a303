/// One change of an actor pair's relations in a ``GraphSnapshot``'s edit journal: the pair's entry
/// before and after it, and the edit before it in the same lineage.
///
/// A snapshot's journal is a persistent list: a copy shares it, and each edit of the copy pushes a
/// node in front. Every node is made by exactly one edit of one snapshot value, so two snapshots of
/// one ``SnapshotLineage`` whose journals meet at a node were both in that node's state there, and
/// what differs between them is among the pairs the nodes after it touched
/// (``GraphSnapshot/journaledChanges(since:)``).
///
/// `@unchecked Sendable`: every stored property is a constant except `parent`, which only `deinit`
/// writes, when nothing else holds the node (it unlinks a long list one node at a time, so that
/// freeing a journal of many thousand edits takes no deep recursion).
final class SnapshotEdit: @unchecked Sendable {
    /// The edit before this one; `nil` for the first edit of the lineage.
    private var parent: SnapshotEdit?
    /// How many edits the lineage had when this one was made, this one included (1 for the first).
    let depth: Int
    /// The pair, with its hash.
    let key: HashedActorPair
    /// The pair's entry before the edit; `nil` when the pair had no relation.
    let before: PairRelations?
    /// The pair's entry after the edit; `nil` when the pair has no relation left.
    let after: PairRelations?

    /// An edit of `key`'s pair from `before` to `after`, made after `parent`.
    init(parent: SnapshotEdit?, key: HashedActorPair, before: PairRelations?, after: PairRelations?) {
        self.parent = parent
        self.depth = (parent?.depth ?? 0) + 1
        self.key = key
        self.before = before
        self.after = after
    }

    /// The edit before this one.
    var previous: SnapshotEdit? { parent }

    deinit {
        // Free the list iteratively: unlink each node that only this chain holds before it goes.
        var next = parent
        parent = nil
        while var node = next {
            next = nil
            guard isKnownUniquelyReferenced(&node) else { break }
            next = node.parent
            node.parent = nil
        }
    }
}
