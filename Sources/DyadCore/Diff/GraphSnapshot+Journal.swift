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
        var oldCursor = JournalCursor(old), newCursor = JournalCursor(self)
        if oldCursor == newCursor { return [] }
        var table = JournaledPairs(expected: abs(newCursor.depth - oldCursor.depth))
        // Down to the same depth, then both back to the edit they share (or the lineage's start).
        while oldCursor.depth > newCursor.depth { table.take(&oldCursor, isNew: false) }
        while newCursor.depth > oldCursor.depth { table.take(&newCursor, isNew: true) }
        while oldCursor != newCursor {
            table.take(&oldCursor, isNew: false)
            table.take(&newCursor, isNew: true)
        }
        return table.changes()
    }
}

/// A position in a journal: the first `count` edits of a run (and the runs before it).
private struct JournalCursor: Equatable {
    /// The run holding the latest edit, if any.
    var run: SnapshotJournal?
    /// How many of its edits.
    var count: Int

    /// The position of `snapshot`'s latest edit.
    init(_ snapshot: GraphSnapshot) {
        run = snapshot.journal
        count = snapshot.journalCount
    }

    /// How many edits since the lineage started.
    var depth: Int { (run?.baseDepth ?? 0) + count }

    /// Steps back over the latest edit.
    mutating func stepBack() {
        count -= 1
        if count == 0, let current = run {
            run = current.previous
            count = current.parentCount
        }
    }

    static func == (lhs: JournalCursor, rhs: JournalCursor) -> Bool {
        lhs.run === rhs.run && lhs.count == rhs.count
    }
}

/// The actor pairs that journal edits touch, each with the latest and earliest edit of it on each
/// side, found by the pair's hash in an open-addressing table (the hash is computed once, when the
/// edit is made).
private struct JournaledPairs {
    /// The edits of every run read so far, each array read once (edits are numbered by run and
    /// position, ``EditNumber``, and never copied: a copy would count references to relation arrays
    /// that are not in the cache).
    private var runs: [[SnapshotEdit]] = []
    /// The run the last edit taken was in, on each side, and its number in ``runs``.
    private var lastRun: (old: ObjectIdentifier?, oldNumber: Int32, new: ObjectIdentifier?, newNumber: Int32) = (nil, 0, nil, 0)
    /// Every pair touched, in the order first seen.
    private var pairs: [JournaledPair] = []
    /// Positions in ``pairs`` by the pair's hash, linear probing; -1 for an empty slot.
    private var slots: [Int32]

    /// A table for about `expected` edits.
    init(expected: Int) {
        var size = 16
        while size < 2 * expected { size *= 2 }
        slots = Array(repeating: -1, count: size)
        pairs.reserveCapacity(expected)
    }

    /// The edit numbered `number`.
    private func edit(_ number: EditNumber) -> SnapshotEdit {
        runs[Int(number.run)][Int(number.index)]
    }

    /// The number in ``runs`` of the cursor's run on one side, reading its edits when it is new.
    private mutating func runNumber(_ run: SnapshotJournal, isNew: Bool) -> Int32 {
        let id = ObjectIdentifier(run)
        if isNew, lastRun.new == id { return lastRun.newNumber }
        if !isNew, lastRun.old == id { return lastRun.oldNumber }
        let number = Int32(runs.count)
        runs.append(run.edits)
        if isNew { (lastRun.new, lastRun.newNumber) = (id, number) } else { (lastRun.old, lastRun.oldNumber) = (id, number) }
        return number
    }

    /// Takes the latest edit at `cursor` (at depth 1 or more) for one side and steps the cursor
    /// back (each side's later edits come first).
    mutating func take(_ cursor: inout JournalCursor, isNew: Bool) {
        guard let run = cursor.run else { return }
        let number = EditNumber(run: runNumber(run, isNew: isNew), index: Int32(cursor.count - 1))
        cursor.stepBack()
        let key = runs[Int(number.run)][Int(number.index)].key
        if 2 * (pairs.count + 1) > slots.count { grow() }
        let mask = slots.count - 1
        var slot = key.hash & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 {
                slots[slot] = Int32(pairs.count)
                var pair = JournaledPair(first: number)
                pair.take(number, isNew: isNew)
                pairs.append(pair)
                return
            }
            if edit(pairs[index].first).key == key {
                pairs[index].take(number, isNew: isNew)
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
            var slot = edit(pair.first).key.hash & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    /// A pair's entry on one side: after that side's latest edit of it, else before the other side's
    /// earliest (the shared version's).
    private func version(latest: EditNumber?, otherEarliest: EditNumber?) -> PairRelations? {
        if let latest { return edit(latest).after }
        if let otherEarliest { return edit(otherEarliest).before }
        return nil
    }

    /// Both versions of every pair whose relations differ: each side's own latest edit's entry, else
    /// the shared version's (the entry before the other side's earliest edit).
    func changes() -> [(before: [Relation], after: [Relation])] {
        var result: [(before: [Relation], after: [Relation])] = []
        result.reserveCapacity(pairs.count)
        for pair in pairs {
            let before = version(latest: pair.oldLatest, otherEarliest: pair.newEarliest)?.relations ?? []
            let after = version(latest: pair.newLatest, otherEarliest: pair.oldEarliest)?.relations ?? []
            if before != after { result.append((before, after)) }
        }
        return result
    }
}

/// An edit read by ``JournaledPairs``: its run's number there and its position in the run.
private struct EditNumber {
    var run: Int32
    var index: Int32
}

/// What the journals of two snapshots tell of one actor pair: its latest and earliest edit on each
/// side, if it has some.
private struct JournaledPair {
    /// The first edit of the pair taken, for its key.
    let first: EditNumber
    var oldLatest: EditNumber?, newLatest: EditNumber?
    var oldEarliest: EditNumber?, newEarliest: EditNumber?

    /// A pair first seen in edit `first`.
    init(first: EditNumber) {
        self.first = first
    }

    /// Takes the next edit of one side (later edits come first).
    mutating func take(_ edit: EditNumber, isNew: Bool) {
        if isNew {
            if newLatest == nil { newLatest = edit }
            newEarliest = edit
        } else {
            if oldLatest == nil { oldLatest = edit }
            oldEarliest = edit
        }
    }
}
