import DyadCore

/// An actor as the API shows it.
public struct ActorEntry: Encodable, Hashable, Sendable {
    /// The actor's id.
    public var id: String
    /// The actor's name.
    public var name: String
    /// The actor's kind (`state`, `armed-group`, …).
    public var kind: String
    /// Other names the actor goes by.
    public var aliases: [String]
    /// The id of the actor it is a sub-unit of, if any.
    public var partOf: String?
    /// How many relations touch it in the whole graph.
    public var degree: Int
    /// The name or alias the search matched, when it is not the actor's name.
    public var matched: String?

    /// The entry for `actor` in `graph`.
    init(_ actor: Actor, in graph: Graph, matched: String? = nil) {
        id = actor.id
        name = actor.name
        kind = actor.kind.rawValue
        aliases = actor.aliases
        partOf = actor.partOf
        degree = graph.degree(of: actor.id)
        self.matched = matched == actor.name ? nil : matched
    }
}
