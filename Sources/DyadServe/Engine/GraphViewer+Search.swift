import DyadCore

extension GraphViewer {
    /// `GET /api/actors?q=TEXT`: actors the text names exactly (through aliases), then
    /// actors whose names start with or contain it.
    /// - Parameter parameters: `q`, the text typed.
    /// - Throws: ``ServeError`` when `q` is missing.
    /// - Complexity: O(total name length).
    public func searchActors(_ parameters: QueryParameters) throws(ServeError) -> ActorSearchResult {
        let query = try parameters.required("q")
        let resolved = graph.resolve(query)
        let exact = Set(resolved.map(\.id))
        let others = search.matches(query, in: graph, limit: settings.searchLimit + exact.count).filter { !exact.contains($0.0) }
        return ActorSearchResult(
            query: query, resolved: resolved.map { ActorEntry($0, in: graph) },
            matches: others.prefix(settings.searchLimit).compactMap { id, text in
                graph.actor(id).map { ActorEntry($0, in: graph, matched: text) }
            })
    }
}
