import DyadCore

/// As-of snapshots of one graph kept at the days already asked for, so that a new day
/// advances from the nearest earlier one instead of from the first evidence.
///
/// Each checkpoint is a ``SnapshotSequence`` advanced to its day; sequences are values
/// whose snapshots share persistent trees, so keeping a few costs little.
final class SnapshotCheckpoints: Sendable {
    private struct Kept {
        var checkpoints: [(day: Day, used: Int, sequence: SnapshotSequence)] = []
        var clock = 0
    }

    private let start: SnapshotSequence
    private let capacity: Int
    private let kept = Locked(Kept())

    /// Orders the evidence of `graph` once (O(E log E)); no snapshot is made yet.
    init(_ graph: Graph, window: Int?, capacity: Int = 16) {
        start = SnapshotSequence(graph, window: window)
        self.capacity = max(1, capacity)
    }

    /// The snapshots as of `first` and of `second` (`first` ≤ `second`), the second made
    /// from the first, as `dyad diff GRAPH --from --to` makes them.
    /// - Complexity: O(changes since the nearest kept day before `first`, then until `second`).
    func snapshots(_ first: Day, _ second: Day) -> (GraphSnapshot, GraphSnapshot) {
        var sequence = nearest(onOrBefore: first)
        let old = sequence.advance(to: first)
        keep(sequence, at: first)
        let new = sequence.advance(to: second)
        keep(sequence, at: second)
        return (old, new)
    }

    /// Makes and keeps the snapshots as of `days` (ascending), advancing one sequence through
    /// them, so that later diffs start from a nearby day.
    /// - Complexity: O(E) for the whole walk.
    func prepare(_ days: [Day]) {
        var sequence = start
        for day in days.prefix(capacity) {
            _ = sequence.advance(to: day)
            keep(sequence, at: day)
        }
    }

    private func nearest(onOrBefore day: Day) -> SnapshotSequence {
        kept.withLock { kept in
            guard
                let index = kept.checkpoints.indices.filter({ kept.checkpoints[$0].day <= day })
                    .max(by: { kept.checkpoints[$0].day < kept.checkpoints[$1].day })
            else { return start }
            kept.clock += 1
            kept.checkpoints[index].used = kept.clock
            return kept.checkpoints[index].sequence
        }
    }

    private func keep(_ sequence: SnapshotSequence, at day: Day) {
        kept.withLock { kept in
            kept.clock += 1
            if let index = kept.checkpoints.firstIndex(where: { $0.day == day }) {
                kept.checkpoints[index].used = kept.clock
                return
            }
            kept.checkpoints.append((day, kept.clock, sequence))
            if kept.checkpoints.count > capacity,
                let oldest = kept.checkpoints.indices.min(by: { kept.checkpoints[$0].used < kept.checkpoints[$1].used })
            {
                kept.checkpoints.remove(at: oldest)
            }
        }
    }
}
