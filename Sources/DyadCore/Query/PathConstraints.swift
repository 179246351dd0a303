/// What a path may use: relation types, evidence, actors and direction.
///
/// Dates are not part of the constraints: a ``PathIndex`` is built on a
/// snapshot (``PathIndex/init(_:asOf:window:)``), and every query on it sees
/// the relations valid then. Negated relations are never used.
public struct PathConstraints: Hashable, Sendable {
    /// Allowed relation types; `nil` allows all four.
    public var types: Set<RelationType>?
    /// The least number of supporting (non-negated) pieces of evidence a relation needs;
    /// with ``excludeHedged`` only asserted evidence counts. A relation written
    /// without evidence counts as one piece when it holds.
    public var minimumEvidence: Int
    /// Use only relations that have asserted evidence.
    public var excludeHedged: Bool
    /// Actors a path may not pass through.
    public var excludedActors: Set<Actor.ID>
    /// Read `proxy` in its direction only (from the proxy to the patron); the
    /// symmetric types are read both ways either way.
    public var directed: Bool
    /// What the query minimises.
    public var cost: PathCost

    /// Creates constraints; every criterion left out allows everything.
    /// - Parameters:
    ///   - types: Allowed relation types, or `nil` for all.
    ///   - minimumEvidence: The least supporting evidence a relation needs.
    ///   - excludeHedged: Whether relations supported by hedged evidence only are left out.
    ///   - excludedActors: Actors a path may not pass through.
    ///   - directed: Whether proxy relations are read from proxy to patron only.
    ///   - cost: What the query minimises.
    public init(
        types: Set<RelationType>? = nil, minimumEvidence: Int = 0, excludeHedged: Bool = false,
        excludedActors: Set<Actor.ID> = [], directed: Bool = false, cost: PathCost = .hops
    ) {
        self.types = types
        self.minimumEvidence = minimumEvidence
        self.excludeHedged = excludeHedged
        self.excludedActors = excludedActors
        self.directed = directed
        self.cost = cost
    }
}
