extension PathFinder {
    /// Every simple path (no actor twice) of at most `maxHops` relations, fewest hops first, up to `limit`.
    ///
    /// Paths are enumerated by depth-first search, one length at a time, and
    /// pruned by the distances to the end found by a breadth-first search from
    /// it, so no branch is walked that cannot reach the end in time.
    /// - Parameters:
    ///   - from: The start actor's id.
    ///   - to: The end actor's id.
    ///   - maxHops: The most relations on a path.
    ///   - constraints: What the paths may use.
    ///   - limit: The most paths to return.
    /// - Returns: The paths, by hops, then in a fixed order (relation type, then relation key).
    /// - Complexity: O(m + p · h) for p paths of h hops, plus dead branches the pruning cannot see.
    public func simplePaths(
        from: Actor.ID, to: Actor.ID, maxHops: Int, constraints: PathConstraints = PathConstraints(),
        limit: Int = 1000
    ) -> [ActorPath] {
        var budget = SearchBudget.unlimited
        return simplePaths(from: from, to: to, maxHops: maxHops, constraints: constraints, limit: limit, budget: &budget)
    }

    /// Every simple path of at most `maxHops` relations, as above, stopping when `budget` runs out.
    /// - Parameters:
    ///   - budget: The states the search may explore (one per relation followed); check
    ///     ``SearchBudget/isExhausted`` afterwards to know whether paths may be missing.
    /// - Returns: The paths found, by hops.
    /// - Complexity: O(m + min(budget, p · h)).
    public func simplePaths(
        from: Actor.ID, to: Actor.ID, maxHops: Int, constraints: PathConstraints = PathConstraints(),
        limit: Int = 1000, budget: inout SearchBudget
    ) -> [ActorPath] {
        var result: [ActorPath] = []
        guard limit > 0 else { return result }
        let rules = CompiledConstraints(constraints, index: index)
        enumerateSimplePaths(from: from, to: to, maxHops: maxHops, constraints: constraints, budget: &budget) { nodes, edges in
            result.append(index.path(RawPath(nodes: nodes, edges: edges, cost: rules.cost(of: edges, storage: storage))))
            return result.count < limit
        }
        return result
    }

    /// The number of simple paths of at most `maxHops` relations, counted without building them.
    /// - Parameters:
    ///   - from: The start actor's id.
    ///   - to: The end actor's id.
    ///   - maxHops: The most relations on a path.
    ///   - constraints: What the paths may use.
    /// - Returns: The count (1 from an actor to itself).
    /// - Complexity: As ``simplePaths(from:to:maxHops:constraints:limit:)`` without a limit.
    public func countSimplePaths(from: Actor.ID, to: Actor.ID, maxHops: Int, constraints: PathConstraints = PathConstraints()) -> Int {
        guard let (s, t, rules) = prepare(from, to, constraints) else { return 0 }
        if s == t { return 1 }
        guard maxHops > 0 else { return 0 }
        block(rules)
        let ep = backwardLevels(from: t, depth: maxHops - 1, rules)
        let shortest = seenB[Int(s)] == ep ? max(1, Int(distB[Int(s)])) : maxHops
        let st = storage, seenB = seenB, distB = distB, blocked = blocked, bl = blockEpoch
        // The number of usable relations from each neighbour of the end into it, so the
        // last hop is counted without walking the neighbour's relations.
        let intoEnd = parentEdgeB
        rules.forEachArc(of: t, backward: true, storage: st) { _, w, _ in intoEnd[Int(w)] = 0 }
        rules.forEachArc(of: t, backward: true, storage: st) { _, w, _ in intoEnd[Int(w)] += 1 }
        let onPath = seenF
        let mark = nextEpoch()
        onPath[Int(s)] = mark
        var count = 0
        func walk(_ v: Int32, depth: Int32, length: Int32) {
            rules.forEachArc(of: v, backward: false, storage: st) { _, w, _ in
                let wi = Int(w)
                if w == t {
                    if depth + 1 == length { count += 1 }
                    return
                }
                if depth + 1 >= length || onPath[wi] == mark || blocked[wi] == bl { return }
                guard seenB[wi] == ep, depth + 1 + distB[wi] <= length else { return }
                if depth + 2 == length {
                    count += Int(intoEnd[wi])
                    return
                }
                onPath[wi] = mark
                walk(w, depth: depth + 1, length: length)
                onPath[wi] = 0
            }
        }
        for length in Int32(shortest)...Int32(maxHops) { walk(s, depth: 0, length: length) }
        return count
    }

    /// Calls `visit(nodes, edges)` for each simple path until it returns `false`.
    func enumerateSimplePaths(
        from: Actor.ID, to: Actor.ID, maxHops: Int, constraints: PathConstraints, budget: inout SearchBudget,
        visit: ([Int32], [Int32]) -> Bool
    ) {
        guard let (s, t, rules) = prepare(from, to, constraints) else { return }
        if s == t {
            _ = visit([s], [])
            return
        }
        guard maxHops > 0 else { return }
        block(rules)
        let ep = backwardLevels(from: t, depth: maxHops - 1, rules)
        // The start may lie one hop beyond the labelled distances.
        let shortest = seenB[Int(s)] == ep ? max(1, Int(distB[Int(s)])) : maxHops
        let st = storage, seenB = seenB, distB = distB, blocked = blocked, bl = blockEpoch
        // On-path marks reuse the forward stamps with a fresh epoch.
        let onPath = seenF
        let mark = nextEpoch()
        var nodes: [Int32] = [s], edges: [Int32] = []
        var going = true
        var left = budget
        defer { budget = left }
        onPath[Int(s)] = mark
        func walk(_ v: Int32, depth: Int32, length: Int32) {
            rules.forEachArc(of: v, backward: false, storage: st) { _, w, e in
                guard going else { return }
                guard left.spend() else {
                    going = false
                    return
                }
                let wi = Int(w)
                if w == t {
                    if depth + 1 == length {
                        nodes.append(w); edges.append(e)
                        going = visit(nodes, edges)
                        nodes.removeLast(); edges.removeLast()
                    }
                    return
                }
                if depth + 1 >= length || onPath[wi] == mark || blocked[wi] == bl { return }
                guard seenB[wi] == ep, depth + 1 + distB[wi] <= length else { return }
                onPath[wi] = mark
                nodes.append(w); edges.append(e)
                walk(w, depth: depth + 1, length: length)
                nodes.removeLast(); edges.removeLast()
                onPath[wi] = 0
            }
        }
        for length in Int32(shortest)...Int32(maxHops) where going {
            walk(s, depth: 0, length: length)
        }
    }
}
