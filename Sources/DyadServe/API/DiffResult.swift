/// `GET /api/diff`: what changed between two days, listed and drawn.
public struct DiffResult: Encodable, Hashable, Sendable {
    /// Always `diff`.
    public var kind = "diff"
    /// The old day.
    public var from: String
    /// The new day.
    public var to: String
    /// Number of changes of each kind.
    public var counts: [String: Int]
    /// The changes in report order (at most the change limit).
    public var changes: [Change]
    /// Whether changes were left out of the list.
    public var truncated: Bool
    /// The union of both days with the changes marked.
    public var diagram: DiagramPayload

    /// One change.
    public struct Change: Encodable, Hashable, Sendable {
        /// The change kind (`flipped`, `relationAdded`, …).
        public var kind: String
        /// The kind as a heading (`Flipped`, `Relations added`).
        public var title: String
        /// One line describing the change.
        public var summary: String
        /// The relation changed, if any.
        public var relation: RelationRef?
        /// For a flip: the relation that dominated before.
        public var previous: RelationRef?
        /// The actor changed, for actor changes.
        public var actor: String?
        /// The sentences that caused it (at most three).
        public var evidence: [EvidenceEntry]
    }
}
