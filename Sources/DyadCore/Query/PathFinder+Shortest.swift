extension PathFinder {
    /// A shortest path from one actor to another: fewest hops, or lowest cost
    /// under ``PathConstraints/cost``.
    ///
    /// Fewest hops uses a bidirectional breadth-first search; the other costs
    /// Dijkstra's algorithm. Ties go to the relation with the lower key at the
    /// first step where paths differ, so answers are deterministic. From an
    /// actor to itself the answer is the path with no steps.
    /// - Parameters:
    ///   - from: The start actor's id.
    ///   - to: The end actor's id.
    ///   - constraints: What the path may use.
    /// - Returns: The path, or `nil` when there is none (or an end is unknown or excluded).
    /// - Complexity: O(n + m) in the worst case; a bidirectional search usually
    ///   touches far fewer relations.
    public func shortestPath(from: Actor.ID, to: Actor.ID, constraints: PathConstraints = PathConstraints()) -> ActorPath? {
        guard let (s, t, rules) = prepare(from, to, constraints) else { return nil }
        block(rules)
        return search(s, t, rules).map(index.path)
    }

    /// The length in hops of a shortest path, without building the path.
    /// - Parameters:
    ///   - from: The start actor's id.
    ///   - to: The end actor's id.
    ///   - constraints: What the path may use (the cost is ignored: hops are counted).
    /// - Returns: The number of hops, or `nil` when there is no path.
    /// - Complexity: As ``shortestPath(from:to:constraints:)``.
    public func distance(from: Actor.ID, to: Actor.ID, constraints: PathConstraints = PathConstraints()) -> Int? {
        var hops = constraints
        hops.cost = .hops
        guard let (s, t, rules) = prepare(from, to, hops) else { return nil }
        block(rules)
        return search(s, t, rules)?.edges.count
    }

    /// Every shortest path, up to `limit` of them.
    ///
    /// Parallel relations make distinct paths. With `.hops`, a breadth-first
    /// search backwards from the end labels distances and the paths are
    /// enumerated forwards along them; with a weighted cost, the k-shortest
    /// enumeration runs until the cost grows.
    /// - Parameters:
    ///   - from: The start actor's id.
    ///   - to: The end actor's id.
    ///   - constraints: What the paths may use.
    ///   - limit: The most paths to return.
    /// - Returns: The shortest paths, in relation-key order at the first difference.
    /// - Complexity: O(n + m + p · h) for p paths of h hops.
    public func allShortestPaths(
        from: Actor.ID, to: Actor.ID, constraints: PathConstraints = PathConstraints(),
        limit: Int = 1000
    ) -> [ActorPath] {
        guard limit > 0, let (s, t, rules) = prepare(from, to, constraints) else { return [] }
        if s == t { return [index.path(RawPath(nodes: [s], edges: [], cost: 0))] }
        if rules.cost != .hops {
            let paths = kShortest(s, t, rules, k: limit) { candidate, first in
                candidate.cost > first.cost + 1e-9 * max(1, first.cost)
            }
            return paths.map(index.path)
        }
        block(rules)
        let ep = backwardLevels(from: t, depth: Int.max, stopAt: s, rules)
        guard seenB[Int(s)] == ep else { return [] }
        let total = Int(distB[Int(s)])
        var result: [ActorPath] = []
        var nodes: [Int32] = [s], edges: [Int32] = []
        let st = storage, seenB = seenB, distB = distB
        func walk(_ v: Int32, remaining: Int32) {
            if result.count >= limit { return }
            if v == t {
                result.append(index.path(RawPath(nodes: nodes, edges: edges, cost: Double(total))))
                return
            }
            var arcs: [(Int32, Int32)] = []
            rules.forEachArc(of: v, backward: false, storage: st) { _, w, e in
                if seenB[Int(w)] == ep, distB[Int(w)] == remaining - 1 { arcs.append((w, e)) }
            }
            for (w, e) in arcs.sorted(by: { $0.1 < $1.1 }) {
                nodes.append(w)
                edges.append(e)
                walk(w, remaining: remaining - 1)
                nodes.removeLast()
                edges.removeLast()
                if result.count >= limit { return }
            }
        }
        walk(s, remaining: Int32(total))
        return result
    }
}
