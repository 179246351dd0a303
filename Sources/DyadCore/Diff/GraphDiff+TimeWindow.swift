extension GraphDiff {
    /// Compares one graph as of `time.from` with itself as of `time.to`, evidence lapsing
    /// after `time.window` days; `nil` when either day is missing.
    /// - Parameters:
    ///   - graph: The graph with dated evidence.
    ///   - time: The two days and the window; `asOf` is not used by diffs.
    ///   - options: Thresholds and selections.
    /// - Complexity: As ``init(_:from:to:window:options:)``.
    public init?(_ graph: Graph, time: TimeWindow, options: DiffOptions = DiffOptions()) {
        guard let from = time.from, let to = time.to else { return nil }
        self.init(graph, from: from, to: to, window: time.window, options: options)
    }
}
