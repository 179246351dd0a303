/// A path in dense ids: `nodes.count == edges.count + 1`.
struct RawPath: Hashable {
    var nodes: [Int32]
    var edges: [Int32]
    var cost: Double
}

/// A k-shortest candidate: ordered by cost, then hops, then relation ids, so the order is total and deterministic.
struct RawCandidate: Comparable {
    var path: RawPath
    /// The index of the spur node the path deviated at (Lawler's refinement of Yen).
    var deviation: Int

    static func < (lhs: RawCandidate, rhs: RawCandidate) -> Bool {
        if lhs.path.cost != rhs.path.cost { return lhs.path.cost < rhs.path.cost }
        if lhs.path.edges.count != rhs.path.edges.count { return lhs.path.edges.count < rhs.path.edges.count }
        return lhs.path.edges.lexicographicallyPrecedes(rhs.path.edges)
    }

    static func == (lhs: RawCandidate, rhs: RawCandidate) -> Bool { lhs.path == rhs.path }
}

/// A Dijkstra queue entry, ordered by cost then node.
struct QueueEntry: Comparable {
    var cost: Double
    var node: Int32

    static func < (lhs: QueueEntry, rhs: QueueEntry) -> Bool {
        lhs.cost != rhs.cost ? lhs.cost < rhs.cost : lhs.node < rhs.node
    }
}
