/// A graph seen at a sequence of days: one as-of snapshot a step and the diff from each step to the next.
///
/// ```swift
/// let timeline = Timeline(graph, every: .month, from: Day("2021-09-01")!, to: Day("2021-12-01")!)
/// for step in timeline.steps { print(step.day, step.diff?.changes.count ?? 0) }
/// ```
public struct Timeline: Sendable {
    /// One step: the day, its snapshot, and the changes since the previous step.
    public struct Step: Sendable {
        /// The day the snapshot is as of.
        public var day: Day
        /// The graph as of that day.
        public var snapshot: GraphSnapshot
        /// What changed since the previous step (`nil` for the first).
        public var diff: GraphDiff?
    }

    /// The steps, in order.
    public private(set) var steps: [Step] = []

    /// Makes the snapshots and diffs of `graph` at `days`.
    /// - Parameters:
    ///   - graph: The graph with dated evidence.
    ///   - days: The steps, in increasing order.
    ///   - window: How many days back evidence counts at each step, if limited.
    ///   - options: Diff thresholds.
    /// - Complexity: O(E log E) once, then about the size of the changes a step.
    public init(_ graph: Graph, days: [Day], window: Int? = nil, options: DiffOptions = DiffOptions()) {
        var sequence = SnapshotSequence(graph, window: window)
        var previous: GraphSnapshot?
        for day in days {
            let snapshot = sequence.advance(to: day)
            let diff = previous.map { GraphDiff(from: $0, to: snapshot, options: options) }
            steps.append(Step(day: day, snapshot: snapshot, diff: diff))
            previous = snapshot
        }
    }

    /// The first and last effective dates of the graph's evidence (or of relations'
    /// first and last seen dates when they have no evidence), if any.
    /// - Complexity: O(total evidence).
    public static func dateRange(of graph: Graph) -> ClosedRange<Day>? {
        var low: Day?, high: Day?
        func note(_ day: Day?) {
            guard let day else { return }
            low = low.map { min($0, day) } ?? day
            high = high.map { max($0, day) } ?? day
        }
        for relation in graph.relations.values {
            if relation.evidence.isEmpty {
                note(relation.firstSeen)
                note(relation.lastSeen)
            }
            for item in relation.evidence { note(graph.effectiveDate(of: item)) }
        }
        guard let low, let high else { return nil }
        return low...high
    }
}
