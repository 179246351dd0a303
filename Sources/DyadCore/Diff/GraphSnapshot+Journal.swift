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
        var table = JournaledPairs(expected: abs(newDepth - oldDepth))
        // Down to the same depth, then both back to the edit they share (or the lineage's start).
        while let edit = oldEdit, edit.depth > newDepth {
            table.take(edit, isNew: false)
            oldEdit = edit.previous
        }
        while let edit = newEdit, edit.depth > oldDepth {
            table.take(edit, isNew: true)
            newEdit = edit.previous
        }
        while oldEdit !== newEdit, let a = oldEdit, let b = newEdit {
            table.take(a, isNew: false)
            table.take(b, isNew: true)
            oldEdit = a.previous
            newEdit = b.previous
        }
        var result: [(before: [Relation], after: [Relation])] = []
        result.reserveCapacity(table.pairs.count)
        for pair in table.pairs {
            let before = pair.oldVersion?.relations ?? [], after = pair.newVersion?.relations ?? []
            if before != after { result.append((before, after)) }
        }
        return result
    }
}

/// The actor pairs that journal edits touch, each with what the edits tell of it, found by the
/// pair's hash in an open-addressing table (the hash is computed once, when the entry is made).
private struct JournaledPairs {
    /// Every pair touched, in the order first seen.
    private(set) var pairs: [JournaledPair] = []
    /// Positions in ``pairs`` by the pair's hash, linear probing; -1 for an empty slot.
    private var slots: [Int32]

    /// A table for about `expected` pairs.
    init(expected: Int) {
        var size = 16
        while size < 2 * expected { size *= 2 }
        slots = Array(repeating: -1, count: size)
        pairs.reserveCapacity(expected)
    }

    /// Takes the next edit of one side (each side's later edits come first).
    mutating func take(_ edit: SnapshotEdit, isNew: Bool) {
        if 2 * (pairs.count + 1) > slots.count { grow() }
        let mask = slots.count - 1
        var slot = edit.key.hash & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 {
                slots[slot] = Int32(pairs.count)
                pairs.append(JournaledPair(edit, isNew: isNew))
                return
            }
            if pairs[index].key == edit.key {
                pairs[index].take(edit, isNew: isNew)
                return
            }
            slot = (slot + 1) & mask
        }
    }

    /// Doubles the slots and puts every pair back.
    private mutating func grow() {
        slots = Array(repeating: -1, count: 2 * slots.count)
        let mask = slots.count - 1
        for (index, pair) in pairs.enumerated() {
            var slot = pair.key.hash & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }
}

/// What the journals of two snapshots tell of one actor pair: the latest and earliest edit of it on
/// each side (``GraphSnapshot/journaledChanges(since:)``).
private struct JournaledPair {
    /// The pair and its hash.
    let key: HashedActorPair
    /// The latest edit of the pair on the old (new) side, if it has one.
    var oldLatest: SnapshotEdit?, newLatest: SnapshotEdit?
    /// The earliest edit so far of the pair on the old (new) side: its entry before is the shared version's.
    var oldEarliest: SnapshotEdit?, newEarliest: SnapshotEdit?

    /// The pair of `edit`, with it as the first edit seen on its side.
    init(_ edit: SnapshotEdit, isNew: Bool) {
        key = edit.key
        take(edit, isNew: isNew)
    }

    /// Takes the next edit of one side (later edits come first).
    mutating func take(_ edit: SnapshotEdit, isNew: Bool) {
        if isNew {
            if newLatest == nil { newLatest = edit }
            newEarliest = edit
        } else {
            if oldLatest == nil { oldLatest = edit }
            oldEarliest = edit
        }
    }

    /// The pair's entry in the old snapshot: its own latest edit's, else the shared version's.
    var oldVersion: PairRelations? {
        if let oldLatest { return oldLatest.after }
        return newEarliest?.before
    }

    /// The pair's entry in the new snapshot: its own latest edit's, else the shared version's.
    var newVersion: PairRelations? {
        if let newLatest { return newLatest.after }
        return oldEarliest?.before
    }
}
