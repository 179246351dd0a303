import DyadCore
import DyadExport

extension GraphViewer {
    /// Reads a view from the parameters `focus`, `hops`, `types`, `hedged`, `minEvidence`,
    /// `asOf`, `from`, `to` and `maxActors`.
    /// - Throws: ``ServeError`` for a malformed value or an unknown focus.
    public func viewQuery(_ parameters: QueryParameters) throws(ServeError) -> ViewQuery {
        var query = ViewQuery()
        if let focus = parameters.text("focus") { query.focus = try resolve(focus).id }
        query.hops = try parameters.integer("hops", in: 0...settings.maxHops, default: 1) ?? 1
        query.types = try parameters.types("types")
        query.hedged = try parameters.flag("hedged", default: true)
        query.minimumEvidence = try parameters.integer("minEvidence", in: 0...1_000_000, default: 0) ?? 0
        query.asOf = try parameters.day("asOf")
        query.from = try parameters.day("from")
        query.to = try parameters.day("to")
        if let from = query.from, let to = query.to, from > to {
            throw ServeError(.badRequest, "parameter from (\(from)) is after to (\(to))")
        }
        query.maxActors = try parameters.integer("maxActors", in: 1...settings.maxActorsLimit)
        return query
    }

    /// `GET /api/diagram`: the diagram of one view, from the view cache when it was drawn before.
    ///
    /// The dated part of the view (as of a day, between two days) comes from a cached
    /// snapshot; focus, types, modality, evidence and the actor limit are applied to it by
    /// ``DOTWriter``, as `dyad render` applies them.
    /// - Throws: ``ServeError`` when the diagram cannot be drawn.
    public func diagram(_ query: ViewQuery) throws(ServeError) -> DiagramResult {
        if let cached = views.value(for: query) { return cached }
        let base = snapshot(query.dates)
        var options = DiagramOptions()
        options.focus = query.focus
        options.hops = query.hops
        options.types = query.types
        options.includeHedged = query.hedged
        options.minimumEvidence = query.minimumEvidence
        options.maxActors = actorLimit(query.maxActors)
        options.title = query.dates.caption
        let result = DiagramResult(
            focus: query.focus.flatMap { graph.actor($0) }.map { ActorEntry($0, in: graph) }, diagram: try render(base, options: options))
        views.store(result, for: query)
        return result
    }

    /// The graph as the dates select it: a snapshot as of a day, evidence between two days, or all.
    /// - Complexity: O(E) the first time, O(1) from the cache.
    func snapshot(_ dates: DateSelection) -> Graph {
        if dates.isEmpty { return graph }
        return snapshots.value(for: dates) {
            var result = graph
            if let day = dates.asOf { result = result.snapshot(asOf: day) }
            if dates.from != nil || dates.to != nil { result = result.subgraph(GraphFilter(from: dates.from, to: dates.to)) }
            return result
        }.0
    }
}
