/// `GET /api/graph`: what the served graph holds and the limits the viewer applies.
public struct GraphSummary: Encodable, Hashable, Sendable {
    /// Always `graph`.
    public var kind = "graph"
    /// The graph file's name (no folder).
    public var name: String
    /// Number of actors.
    public var actors: Int
    /// Number of relations.
    public var relations: Int
    /// Number of documents.
    public var documents: Int
    /// Number of evidence sentences.
    public var evidence: Int
    /// Relation types present.
    public var types: [String]
    /// Actor kinds present.
    public var kinds: [String]
    /// The earliest evidence date, if any.
    public var firstDate: String?
    /// The latest evidence date, if any.
    public var lastDate: String?
    /// Whether the graph is large: diagrams then show the most connected actors unless focused.
    public var large: Bool
    /// The actor limit diagrams use by default (large graphs), if any.
    public var defaultMaxActors: Int?
    /// The largest values the API accepts.
    public var limits: Limits

    /// The largest values the API accepts.
    public struct Limits: Encodable, Hashable, Sendable {
        /// Most hops around a focus.
        public var hops: Int
        /// Most paths per query.
        public var k: Int
        /// Most actors in a diagram.
        public var maxActors: Int
        /// Most evidence sentences in an evidence card.
        public var evidence: Int
    }
}
