/// A run of consecutive edits in a ``GraphSnapshot``'s edit journal, after the first
/// ``parentCount`` edits of the run before it.
///
/// A snapshot's journal is a persistent list of runs: a copy shares it, and the snapshot that holds
/// a run alone appends its edits to it in place (contiguous, so reading a journal back streams
/// through memory); a snapshot whose run is shared starts a new run after it. A version is a run
/// and how many of its edits it has (``GraphSnapshot/journalCount``): each edit is made by exactly
/// one edit of one snapshot value, so two snapshots of one ``SnapshotLineage`` whose journals meet
/// at an edit were both in that edit's state there, and what differs between them is among the
/// pairs the edits after it touched (``GraphSnapshot/journaledChanges(since:)``).
///
/// `@unchecked Sendable`: `edits` changes only through ``append(_:)``, which its snapshot calls
/// only while no other reference to the run exists (`isKnownUniquelyReferenced`, as copy-on-write
/// storage does), so no other thread can read it meanwhile; `parent` changes only in `deinit`
/// (which unlinks a long list one run at a time, without deep recursion).
final class SnapshotJournal: @unchecked Sendable {
    /// The run before this one; `nil` for the lineage's first.
    private var parent: SnapshotJournal?
    /// How many of the parent's edits come before this run's.
    let parentCount: Int
    /// How many edits the lineage had before this run's first.
    let baseDepth: Int
    /// The edits, oldest first.
    private(set) var edits: [SnapshotEdit]

    /// A run starting with `edit`, after the first `parentCount` edits of `parent`.
    init(parent: SnapshotJournal?, parentCount: Int, edit: SnapshotEdit) {
        self.parent = parent
        self.parentCount = parentCount
        baseDepth = (parent?.baseDepth ?? 0) + parentCount
        edits = [edit]
    }

    /// The run before this one.
    var previous: SnapshotJournal? { parent }

    /// Appends an edit; only for the snapshot that holds this run alone and has all its edits.
    func append(_ edit: SnapshotEdit) {
        edits.append(edit)
    }

    deinit {
        // Free the list iteratively: unlink each run that only this list holds before it goes.
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
