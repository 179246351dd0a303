import HeapModule

extension PathFinder {
    /// The `k` shortest loopless paths, cheapest first (Yen's algorithm with Lawler's refinement).
    ///
    /// Paths differ by their sequence of relations, so two actors joined by
    /// both an alliance and an agreement give two paths. Each spur search is a
    /// bidirectional breadth-first search (fewest hops) or Dijkstra (weighted
    /// costs). Paths of equal cost are ordered by hops, then by relation keys.
    /// - Parameters:
    ///   - from: The start actor's id.
    ///   - to: The end actor's id.
    ///   - k: How many paths to return at most.
    ///   - constraints: What the paths may use.
    /// - Returns: Up to `k` distinct loopless paths, sorted by cost.
    /// - Complexity: O(k · h · S) where h is the path length and S the cost of one shortest-path search.
    public func kShortestPaths(from: Actor.ID, to: Actor.ID, k: Int, constraints: PathConstraints = PathConstraints()) -> [ActorPath] {
        var budget = SearchBudget.unlimited
        return kShortestPaths(from: from, to: to, k: k, constraints: constraints, budget: &budget)
    }

    /// The `k` shortest loopless paths, as above, stopping when `budget` runs out.
    /// - Parameters:
    ///   - budget: The states the search may explore (each spur search costs the actors, twice the relations
    ///     and the paths accepted so far);
    ///     check ``SearchBudget/isExhausted`` afterwards to know whether fewer than `k` paths came back for that reason.
    /// - Returns: The paths found, cheapest first.
    public func kShortestPaths(
        from: Actor.ID, to: Actor.ID, k: Int, constraints: PathConstraints = PathConstraints(), budget: inout SearchBudget
    ) -> [ActorPath] {
        guard k > 0, let (s, t, rules) = prepare(from, to, constraints) else { return [] }
        return kShortest(s, t, rules, k: k, budget: &budget).map(index.path)
    }

    /// Yen's algorithm on dense ids; `stop(candidate, first)` ends the enumeration before a candidate it rejects.
    func kShortest(
        _ s: Int32, _ t: Int32, _ rules: CompiledConstraints, k: Int,
        stop: (RawPath, RawPath) -> Bool = { _, _ in false }
    ) -> [RawPath] {
        var budget = SearchBudget.unlimited
        return kShortest(s, t, rules, k: k, budget: &budget, stop: stop)
    }

    /// Yen's algorithm, as above, spending `budget` on each spur search.
    func kShortest(
        _ s: Int32, _ t: Int32, _ rules: CompiledConstraints, k: Int, budget: inout SearchBudget,
        stop: (RawPath, RawPath) -> Bool = { _, _ in false }
    ) -> [RawPath] {
        block(rules)
        guard let first = search(s, t, rules) else { return [] }
        var accepted: [RawPath] = [first]
        if s == t { return accepted }
        var deviations: [Int] = [0]
        var candidates = Heap<RawCandidate>()
        var known: Set<[Int32]> = [first.edges]
        // A spur search may visit every actor and follow every relation both ways, and compares against each accepted path.
        let searchCost = max(1, index.actorCount + 2 * index.relationCount)
        search: while accepted.count < k {
            let previous = accepted[accepted.count - 1]
            let from = deviations[deviations.count - 1]
            if from < previous.edges.count {
                for spurIndex in from..<previous.edges.count {
                    guard budget.spend(searchCost + accepted.count) else { break search }
                    let spur = previous.nodes[spurIndex]
                    let root = previous.edges[0..<spurIndex]
                    var blockedEdges: [Int32] = []
                    for path in accepted where path.edges.count > spurIndex && path.edges[0..<spurIndex] == root {
                        blockedEdges.append(path.edges[spurIndex])
                    }
                    block(rules, extra: previous.nodes[0..<spurIndex])
                    guard let tail = search(spur, t, rules, blockedEdges: blockedEdges, spur: spur) else { continue }
                    let edges = Array(root) + tail.edges
                    guard known.insert(edges).inserted else { continue }
                    let nodes = Array(previous.nodes[0..<spurIndex]) + tail.nodes
                    let cost = rules.cost(of: edges, storage: storage)
                    candidates.insert(RawCandidate(path: RawPath(nodes: nodes, edges: edges, cost: cost), deviation: spurIndex))
                }
            }
            guard let best = candidates.popMin() else { break }
            if stop(best.path, first) { break }
            accepted.append(best.path)
            deviations.append(best.deviation)
        }
        return accepted
    }
}
