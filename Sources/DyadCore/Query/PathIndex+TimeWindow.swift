extension PathIndex {
    /// Builds the index on the snapshot of `graph` that `time` names: as of `time.asOf`,
    /// with `time.window` (the whole graph when `asOf` is not set).
    /// - Parameters:
    ///   - graph: The graph to query.
    ///   - time: The snapshot day and window; `from` and `to` are not used by paths.
    /// - Complexity: As ``init(_:asOf:window:)``.
    public init(_ graph: Graph, time: TimeWindow) {
        self.init(graph, asOf: time.asOf, window: time.window)
    }

    /// The snapshot day and window the index was built with.
    public var time: TimeWindow { TimeWindow(asOf: asOf, window: window) }
}
