/// What a diff reports and how sensitive it is.
public struct DiffOptions: Hashable, Sendable {
    /// The smallest change in evidence count reported as strengthened or weakened
    /// (for relations that have evidence on both sides).
    public var minimumEvidenceChange: Int
    /// The smallest change in confidence reported as strengthened or weakened
    /// for relations without evidence (written by other tools).
    public var minimumConfidenceChange: Double
    /// Report only changes about these relation types (actor changes are kept), if given.
    public var types: Set<RelationType>?
    /// Report only changes touching one of these actors, if given.
    public var actors: Set<Actor.ID>?

    /// Creates options; the defaults report every change.
    public init(
        minimumEvidenceChange: Int = 1, minimumConfidenceChange: Double = 0.05,
        types: Set<RelationType>? = nil, actors: Set<Actor.ID>? = nil
    ) {
        self.minimumEvidenceChange = max(1, minimumEvidenceChange)
        self.minimumConfidenceChange = max(0, minimumConfidenceChange)
        self.types = types
        self.actors = actors
    }

    /// Whether a change passes the type and actor selections.
    public func selects(_ change: GraphChange) -> Bool {
        if let types, change.kind.isRelationChange, change.types.isDisjoint(with: types) { return false }
        if let actors, change.actors.isDisjoint(with: actors) { return false }
        return true
    }
}
