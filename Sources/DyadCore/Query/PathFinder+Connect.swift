extension PathFinder {
    /// The connecting network of several actors: a small set of relations that joins them all.
    ///
    /// Built like a Steiner tree (Takahashi–Matsuyama): start from the first
    /// actor; repeatedly search from the whole network built so far to the
    /// nearest actor not yet joined, and add that shortest path. An
    /// intermediary already in the network costs nothing to reuse, so shared
    /// intermediaries are preferred; the result is within twice the optimum.
    /// Actors that cannot be reached start a new part, so the result lists the
    /// connected groups.
    /// - Parameters:
    ///   - actors: Two or more actor ids; unknown or excluded ones stay unconnected.
    ///   - constraints: What the paths may use.
    /// - Returns: The network.
    /// - Complexity: O(t · (n + m)) for t actors by hops (a breadth-first search per actor), O(t · (n + m) log n) with a weighted cost.
    public func connectingNetwork(of actors: [Actor.ID], constraints: PathConstraints = PathConstraints()) -> ConnectingNetwork {
        var terminals: [Actor.ID] = []
        for actor in actors where !terminals.contains(actor) { terminals.append(actor) }
        let rules = CompiledConstraints(constraints, index: index)
        var paths: [ActorPath] = []
        var members = Set<Int32>()
        var relationSet = Set<Int32>()
        var components: [[Actor.ID]] = []
        var remaining: [Int32] = []
        for actor in terminals {
            if let v = index.denseIDs[actor], !constraints.excludedActors.contains(actor) {
                remaining.append(v)
            } else {
                components.append([actor])
            }
        }
        var built: [[Int32]] = []
        while !remaining.isEmpty {
            let seed = remaining.removeFirst()
            var tree: [Int32] = [seed]
            members.insert(seed)
            var group: [Int32] = [seed]
            while !remaining.isEmpty {
                block(rules)
                let nearest =
                    rules.cost == .hops
                    ? breadthFirst(sources: tree, targets: remaining, rules)
                    : dijkstra(sources: tree, targets: remaining, rules)
                guard let path = nearest else { break }
                let reached = path.nodes[path.nodes.count - 1]
                remaining.removeAll { $0 == reached }
                group.append(reached)
                for v in path.nodes where members.insert(v).inserted { tree.append(v) }
                for e in path.edges { relationSet.insert(e) }
                paths.append(index.path(path))
            }
            built.append(group)
        }
        components = built.map { $0.map { index.actorIDs[Int($0)] } } + components
        return ConnectingNetwork(
            terminals: terminals, paths: paths,
            actors: members.map { index.actorIDs[Int($0)] }.sorted(),
            relations: relationSet.map { index.relationKey($0) }.sorted(),
            components: components)
    }
}
