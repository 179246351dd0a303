import DyadCore

/// A path query from the page: two actors, how many paths, the types allowed and the day.
public struct PathQuery: Hashable, Sendable {
    /// The start actor's id.
    public var from: Actor.ID
    /// The end actor's id.
    public var to: Actor.ID
    /// How many shortest loopless paths to find.
    public var k = 1
    /// The relation types a path may use; `nil` for all.
    public var types: Set<RelationType>?
    /// Whether hedged relations may be used.
    public var hedged = true
    /// Use only the relations known on this day, if given.
    public var asOf: Day?

    /// A query for the shortest path between two actors.
    public init(from: Actor.ID, to: Actor.ID) {
        self.from = from
        self.to = to
    }

    /// The constraints ``PathFinder`` applies.
    var constraints: PathConstraints { PathConstraints(types: types, excludeHedged: !hedged) }
}
