/// A path between two actors: the actors visited and the relation used for each hop.
///
/// Parallel relations of different types between the same two actors make
/// different paths. A path from an actor to itself has no steps.
public struct ActorPath: Hashable, Sendable {
    /// The actors in order, from the start to the end; one more than ``steps``.
    public let actors: [Actor.ID]
    /// The relations in order.
    public let steps: [PathStep]
    /// The path's cost under the query's ``PathCost`` (the hop count for `.hops`).
    public let cost: Double

    /// Creates a path.
    /// - Parameters:
    ///   - actors: The actors in order.
    ///   - steps: The relations in order; `steps[i]` joins `actors[i]` and `actors[i + 1]`.
    ///   - cost: The path's cost.
    public init(actors: [Actor.ID], steps: [PathStep], cost: Double) {
        self.actors = actors
        self.steps = steps
        self.cost = cost
    }

    /// The first actor.
    public var start: Actor.ID { actors[0] }
    /// The last actor.
    public var end: Actor.ID { actors[actors.count - 1] }
    /// The number of relations.
    public var hops: Int { steps.count }
    /// The product of the relation signs: hostility −1, every other type +1.
    public var sign: Int { steps.reduce(1) { $0 * $1.relation.type.sign } }
    /// The stance the sign implies between the ends.
    public var stance: Stance { Stance(sign: sign) }
}
