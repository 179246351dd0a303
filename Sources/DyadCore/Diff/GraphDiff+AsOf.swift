extension GraphDiff {
    /// Compares one graph as of two days: what changed between `from` and `to`.
    ///
    /// Both snapshots come from one ``SnapshotSequence``, so they share structure
    /// and the comparison costs about the size of the change. Actors count as
    /// present when a relation of the snapshot touches them. With a `window`,
    /// relations not re-confirmed within that many days before a day count as
    /// lapsed on it. When `from` is after `to`, the diff reads backwards in time.
    /// - Parameters:
    ///   - graph: The graph with dated evidence.
    ///   - from: The day of the old version.
    ///   - to: The day of the new version.
    ///   - window: How many days back evidence counts, if limited.
    ///   - options: Thresholds and selections.
    /// - Complexity: O(E log E) to order the evidence, then O(c · log n) for c changes.
    public init(_ graph: Graph, from: Day, to: Day, window: Int? = nil, options: DiffOptions = DiffOptions()) {
        var sequence = SnapshotSequence(graph, window: window)
        let first = sequence.advance(to: min(from, to))
        let second = sequence.advance(to: max(from, to))
        self = from <= to ? GraphDiff(from: first, to: second, options: options) : GraphDiff(from: second, to: first, options: options)
    }
}
