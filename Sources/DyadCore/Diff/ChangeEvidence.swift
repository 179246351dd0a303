/// A piece of evidence attached to a change, with the side of the diff it comes from.
public struct ChangeEvidence: Hashable, Sendable {
    /// Which version the evidence belongs to.
    public enum Side: String, Hashable, Sendable {
        /// The old version: the last sentence seen for a removal, or what lapsed.
        case before
        /// The new version: the sentences that caused the change.
        case after
    }

    /// The version it belongs to.
    public var side: Side
    /// The relation the evidence supports.
    public var relation: RelationKey
    /// The evidence itself.
    public var evidence: Evidence
    /// Its effective date (its own date, or its document's publication date).
    public var date: Day?

    /// Creates an entry.
    public init(side: Side, relation: RelationKey, evidence: Evidence, date: Day?) {
        self.side = side
        self.relation = relation
        self.evidence = evidence
        self.date = date
    }
}
