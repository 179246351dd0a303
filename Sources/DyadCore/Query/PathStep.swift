/// One relation on a path, with the direction it is read in.
public struct PathStep: Hashable, Sendable {
    /// The relation used.
    public var relation: RelationKey
    /// The actor the step leaves.
    public var from: Actor.ID
    /// The actor the step reaches.
    public var to: Actor.ID

    /// Creates a step.
    /// - Parameters:
    ///   - relation: The relation used; `from` and `to` must be its endpoints.
    ///   - from: The actor the step leaves.
    ///   - to: The actor the step reaches.
    public init(relation: RelationKey, from: Actor.ID, to: Actor.ID) {
        self.relation = relation
        self.from = from
        self.to = to
    }

    /// Whether the step runs from the relation's source to its target
    /// (for `proxy`: from the proxy to the patron).
    public var isForward: Bool { relation.source == from }

    /// The connector as printed in a chain: `—hostility—`, `—proxy→` or `←proxy—`.
    public var connector: String {
        relation.type.connector(forward: isForward)
    }
}
