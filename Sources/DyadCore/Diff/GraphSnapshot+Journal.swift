extension GraphSnapshot {
    /// The same version with its journal dropped and a new lineage: it still shares its trees with
    /// the snapshots it is related to, but diffs with them compare the sets (what tests check the
    /// journal against).
    func forgettingJournal() -> GraphSnapshot {
        var copy = self
        copy.startLineage()
        return copy
    }

    /// The relations of every actor pair that differs between `old` and this snapshot, in both
    /// versions (slot order; empty on the side where the pair has none), in no particular order, read
    /// from the two snapshots' edit journals; `nil` when they are of different lineages (then compare
    /// the sets: ``changedPairs(since:shard:)``).
    ///
    /// The journals are walked back to the last edit they share (the version both were copied from):
    /// a pair that neither walk touches is the same in both; for a pair one walk touches, that side's
    /// latest edit gives its relations there, and the other side's are the shared version's (the entry
    /// before the earliest edit of the pair, on whichever side touched it). Pairs whose relations end
    /// up equal (edited and edited back) are left out.
    ///
    /// - Complexity: O(e) for the e edits between the two snapshots and the version they share;
    ///   e is at most one edit for ``pairsPerJournalEdit`` pairs (or ``journalMinimum``) on each side.
    func journaledChanges(since old: GraphSnapshot) -> [(before: [Relation], after: [Relation])]? {
        guard lineage === old.lineage else { return nil }
        var oldEdit = old.journal, newEdit = journal
        if oldEdit === newEdit { return [] }
        let oldDepth = oldEdit?.depth ?? 0, newDepth = newEdit?.depth ?? 0
        var position: [HashedActorPair: Int] = [:]
        position.reserveCapacity(Swift.max(16, abs(newDepth - oldDepth)))
        var pairs: [JournaledPair] = []
        pairs.reserveCapacity(Swift.max(16, abs(newDepth - oldDepth)))
        /// Takes one edit of the side `isNew`; each side is walked from its latest edit back.
        func take(_ edit: SnapshotEdit, isNew: Bool) {
            if let index = position[edit.key] {
                pairs[index].take(edit, isNew: isNew)
            } else {
                position[edit.key] = pairs.count
                var pair = JournaledPair()
                pair.take(edit, isNew: isNew)
                pairs.append(pair)
            }
        }
        // Down to the same depth, then both back to the edit they share (or the lineage's start).
        while let edit = oldEdit, edit.depth > newDepth {
            take(edit, isNew: false)
            oldEdit = edit.previous
        }
        while let edit = newEdit, edit.depth > oldDepth {
            take(edit, isNew: true)
            newEdit = edit.previous
        }
        while oldEdit !== newEdit, let a = oldEdit, let b = newEdit {
            take(a, isNew: false)
            take(b, isNew: true)
            oldEdit = a.previous
            newEdit = b.previous
        }
        var result: [(before: [Relation], after: [Relation])] = []
        result.reserveCapacity(pairs.count)
        for pair in pairs {
            let before = pair.oldVersion?.relations ?? [], after = pair.newVersion?.relations ?? []
            if before != after { result.append((before, after)) }
        }
        return result
    }
}

/// What the journals of two snapshots tell of one actor pair, gathered edit by edit, each side's
/// edits from the latest back (``GraphSnapshot/journaledChanges(since:)``).
private struct JournaledPair {
    /// Whether an edit on the old (new) side touched the pair.
    var oldTouched = false, newTouched = false
    /// The entry after the latest edit of each side.
    var oldLatest: PairRelations?, newLatest: PairRelations?
    /// The entry before the earliest edit so far of each side: the shared version's.
    var oldEarliest: PairRelations?, newEarliest: PairRelations?

    /// Takes the next edit of one side (later edits come first).
    mutating func take(_ edit: SnapshotEdit, isNew: Bool) {
        if isNew {
            if !newTouched {
                newTouched = true
                newLatest = edit.after
            }
            newEarliest = edit.before
        } else {
            if !oldTouched {
                oldTouched = true
                oldLatest = edit.after
            }
            oldEarliest = edit.before
        }
    }

    /// The pair's entry in the old snapshot: its own latest edit's, else the shared version's.
    var oldVersion: PairRelations? { oldTouched ? oldLatest : newEarliest }
    /// The pair's entry in the new snapshot.
    var newVersion: PairRelations? { newTouched ? newLatest : oldEarliest }
}
