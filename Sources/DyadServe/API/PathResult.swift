/// `GET /api/path`: the paths between two actors, explained, and their diagram.
public struct PathResult: Encodable, Hashable, Sendable {
    /// Always `paths`.
    public var kind = "paths"
    /// The start actor.
    public var from: ActorEntry
    /// The end actor.
    public var to: ActorEntry
    /// The day the paths were found as of, if any.
    public var asOf: String?
    /// The paths, shortest first.
    public var paths: [Path]
    /// The paths highlighted among their actors' relations (absent when there is no path).
    public var diagram: DiagramPayload?

    /// One path.
    public struct Path: Encodable, Hashable, Sendable {
        /// The chain as text (`Hezbollah —proxy→ Iran —hostility— Israel`).
        public var chain: String
        /// Number of relations.
        public var hops: Int
        /// `friend` or `foe` by the signs of the relations.
        public var stance: String
        /// +1 or −1.
        public var sign: Int
        /// Each hop with its best evidence.
        public var steps: [Step]
    }

    /// One hop of a path.
    public struct Step: Encodable, Hashable, Sendable {
        /// The actor the hop leaves.
        public var from: String
        /// The actor the hop reaches.
        public var to: String
        /// The name of the actor the hop reaches.
        public var toName: String
        /// The relation used.
        public var relation: RelationRef
        /// The connector as text (`—proxy→`).
        public var connector: String
        /// The relation's modality.
        public var modality: String
        /// The relation's confidence.
        public var confidence: Double
        /// Sentences supporting the relation.
        public var evidenceCount: Int
        /// The best sentence, if any.
        public var evidence: EvidenceEntry?
    }
}
