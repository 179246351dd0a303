import DyadCore

/// The part of a graph a diagram shows, after the view options are applied.
struct DiagramView {
    /// The graph to draw.
    var graph: Graph
    /// Actors left out by `maxActors`, sorted by id.
    var dropped: [Actor.ID]
    /// The number of actors before `maxActors`.
    var actorsBeforeLimit: Int

    /// Applies the view options of `options` to `graph`.
    /// - Complexity: O(total evidence + n log n).
    init(graph source: Graph, options: DiagramOptions) {
        var graph = source
        var focus = options.focus
        if options.collapseSubUnits {
            if let id = focus { focus = graph.root(of: id) }
            graph = graph.rolledUp()
        }
        if let day = options.asOf { graph = graph.snapshot(asOf: day, window: options.window) }
        let modalities: Set<Modality> = options.includeHedged ? [.asserted, .hedged] : [.asserted]
        graph = graph.subgraph(GraphFilter(types: options.types, modalities: modalities, from: options.from, to: options.to,
                                           minimumEvidence: options.minimumEvidence))
        if let focus, graph.actor(focus) != nil {
            var reached: Set<Actor.ID> = [focus]
            var frontier = [focus]
            for _ in 0..<max(0, options.hops) {
                var next: [Actor.ID] = []
                for id in frontier {
                    for key in graph.relationKeys(of: id) {
                        let other = key.other(than: id)
                        if reached.insert(other).inserted { next.append(other) }
                    }
                }
                frontier = next.sorted()
            }
            graph = graph.subgraph(GraphFilter(actors: reached))
        }
        if !options.keepIsolatedActors {
            for id in Array(graph.actors.keys) where graph.degree(of: id) == 0 && id != focus { graph.removeActor(id) }
        }
        actorsBeforeLimit = graph.actors.count
        var dropped: [Actor.ID] = []
        if let limit = options.maxActors, graph.actors.count > max(1, limit) {
            let ranked = graph.actors.keys.sorted { a, b in
                if (a == focus) != (b == focus) { return a == focus }
                let da = graph.degree(of: a), db = graph.degree(of: b)
                return da != db ? da > db : a < b
            }
            let kept = Set(ranked.prefix(max(1, limit)))
            dropped = ranked.dropFirst(max(1, limit)).sorted()
            graph = graph.subgraph(GraphFilter(actors: kept))
            if !options.keepIsolatedActors {
                for id in Array(graph.actors.keys) where graph.degree(of: id) == 0 && id != focus {
                    graph.removeActor(id)
                    dropped.append(id)
                }
                dropped.sort()
            }
        }
        graph.canonicalize()
        self.graph = graph
        self.dropped = dropped
    }
}
