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
        let filtersNeeded =
            options.types != nil || options.from != nil || options.to != nil || options.minimumEvidence > 0
            || graph.relations.values.contains { relation in
                relation.evidence.isEmpty
                    ? !modalities.contains(relation.modality)
                    : relation.evidence.contains { !modalities.contains($0.modality) }
            }
        if filtersNeeded {
            graph = graph.subgraph(
                GraphFilter(
                    types: options.types, modalities: modalities, from: options.from, to: options.to,
                    minimumEvidence: options.minimumEvidence))
        }
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
            graph = Self.keeping(graph.actors.keys.filter { reached.contains($0) }, of: graph)
        }
        // Isolated actors go first, then the limit keeps the most connected; dropping isolated
        // actors changes no degree, so one cut does both and large graphs are copied once.
        let shown =
            options.keepIsolatedActors
            ? Array(graph.actors.keys) : graph.actors.keys.filter { graph.degree(of: $0) > 0 || $0 == focus }
        actorsBeforeLimit = shown.count
        var dropped: [Actor.ID] = []
        if let limit = options.maxActors, shown.count > max(1, limit) {
            let degrees = shown.map { graph.degree(of: $0) }
            let ranked = shown.indices.sorted { a, b in
                if (shown[a] == focus) != (shown[b] == focus) { return shown[a] == focus }
                return degrees[a] != degrees[b] ? degrees[a] > degrees[b] : shown[a] < shown[b]
            }.map { shown[$0] }
            let kept = Set(ranked.prefix(max(1, limit)))
            dropped = ranked.dropFirst(max(1, limit)).sorted()
            graph = Self.keeping(graph.actors.keys.filter { kept.contains($0) }, of: graph)
            if !options.keepIsolatedActors {
                let isolated = graph.actors.keys.filter { graph.degree(of: $0) == 0 && $0 != focus }
                if !isolated.isEmpty {
                    graph = Self.keeping(graph.actors.keys.filter { graph.degree(of: $0) > 0 || $0 == focus }, of: graph)
                    dropped = (dropped + isolated).sorted()
                }
            }
        } else if shown.count != graph.actors.count {
            graph = Self.keeping(shown, of: graph)
        }
        graph.canonicalize()
        self.graph = graph
        self.dropped = dropped
    }

    /// The graph with only `actors` and the relations between them (evidence untouched).
    /// - Complexity: O(n + m).
    static func keeping(_ actors: [Actor.ID], of graph: Graph) -> Graph {
        let set = Set(actors)
        return Graph(
            documents: Array(graph.documents.values), actors: actors.compactMap { graph.actor($0) },
            relations: graph.relations.values.filter { set.contains($0.source) && set.contains($0.target) })
    }
}
