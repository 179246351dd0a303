/// The relations that connect three or more actors, as `dyad connect` reports them.
public struct ConnectingNetwork: Hashable, Sendable {
    /// The actors asked for, resolved, in the order given (duplicates removed).
    public var terminals: [Actor.ID]
    /// The paths that were added one after another; each joins the network built
    /// so far to one more terminal.
    public var paths: [ActorPath]
    /// Every actor in the network (terminals and intermediaries), sorted.
    public var actors: [Actor.ID]
    /// Every relation in the network, sorted.
    public var relations: [RelationKey]
    /// The terminals grouped by connected part; one group when all are connected.
    public var components: [[Actor.ID]]

    /// Creates a network description.
    /// - Parameters:
    ///   - terminals: The actors asked for.
    ///   - paths: The connecting paths in the order they were added.
    ///   - actors: Every actor in the network.
    ///   - relations: Every relation in the network.
    ///   - components: The terminals grouped by connected part.
    public init(terminals: [Actor.ID], paths: [ActorPath], actors: [Actor.ID], relations: [RelationKey], components: [[Actor.ID]]) {
        self.terminals = terminals
        self.paths = paths
        self.actors = actors
        self.relations = relations
        self.components = components
    }

    /// The actors in the network that were not asked for: the intermediaries, sorted.
    public var intermediaries: [Actor.ID] {
        let asked = Set(terminals)
        return actors.filter { !asked.contains($0) }
    }

    /// Whether every terminal is connected to every other.
    public var isConnected: Bool { components.count <= 1 }
}
