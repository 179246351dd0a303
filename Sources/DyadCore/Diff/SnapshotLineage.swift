/// The identity of a ``GraphSnapshot``'s starting state, shared by every snapshot derived from it by
/// copies and edits (until a journal grows too long and starts a new lineage).
///
/// Two snapshots of the same lineage with no journal (``SnapshotEdit``) are in its starting state;
/// snapshots of different lineages are compared by their hash-tree sets instead of their journals.
final class SnapshotLineage: Sendable {
    /// A new lineage, unrelated to every other one.
    init() {}
}
