import DyadExport

/// The limits the viewer applies to keep every answer small and quick.
public struct ViewerSettings: Hashable, Sendable {
    /// Graphs with more relations than this are large: diagrams show the most connected actors.
    public var largeGraphRelations = 300
    /// The actor limit of diagrams of large graphs when the page gives none.
    public var defaultMaxActors = 60
    /// The highest actor limit a request may ask for.
    public var maxActorsLimit = 300
    /// The most hops around a focus.
    public var maxHops = 4
    /// The most paths per path query.
    public var maxPaths = 10
    /// The most sentences in an evidence card.
    public var evidenceLimit = 500
    /// The most changes listed by a diff.
    public var changeLimit = 300
    /// The most actor matches a search returns.
    public var searchLimit = 20
    /// Limits for the layout helper.
    public var renderLimits = RenderLimits(timeout: 20, cpuSeconds: 20, memoryMegabytes: 2048)

    /// The standard limits.
    public init() {}
}
