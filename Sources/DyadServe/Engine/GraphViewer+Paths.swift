import DyadCore
import DyadExport

extension GraphViewer {
    /// Reads a path query from `from`, `to`, `k`, `types`, `hedged` and `asOf`.
    /// - Throws: ``ServeError`` for a malformed value or an unknown actor.
    public func pathQuery(_ parameters: QueryParameters) throws(ServeError) -> PathQuery {
        let from = try resolve(try parameters.required("from")).id
        let to = try resolve(try parameters.required("to")).id
        var query = PathQuery(from: from, to: to)
        query.k = try parameters.integer("k", in: 1...settings.maxPaths, default: 1) ?? 1
        query.types = try parameters.types("types")
        query.hedged = try parameters.flag("hedged", default: true)
        query.asOf = try parameters.day("asOf")
        return query
    }

    /// `GET /api/path`: the `k` shortest paths with, per hop, the best evidence, and the
    /// diagram of their actors with the paths highlighted (as `dyad path --render` draws it).
    /// - Throws: ``ServeError`` when the diagram cannot be drawn.
    /// - Complexity: a bidirectional search per path (Yen's algorithm for k > 1) on a cached index.
    public func paths(_ query: PathQuery) throws(ServeError) -> PathResult {
        if let cached = pathAnswers.value(for: query) { return cached }
        let index = pathIndex(asOf: query.asOf)
        let finder = PathFinder(index)
        let constraints = query.constraints
        let found =
            query.k == 1
            ? finder.shortestPath(from: query.from, to: query.to, constraints: constraints).map { [$0] } ?? []
            : finder.kShortestPaths(from: query.from, to: query.to, k: query.k, constraints: constraints)
        func name(_ id: Actor.ID) -> String { graph.actor(id)?.name ?? id }
        let paths = found.map { path in
            let explanation = index.explain(path, constraints: constraints)
            return PathResult.Path(
                chain: explanation.chain(name: name), hops: path.hops, stance: path.stance.rawValue, sign: path.sign,
                steps: explanation.hops.map { hop in
                    PathResult.Step(
                        from: hop.step.from, to: hop.step.to, toName: name(hop.step.to), relation: RelationRef(hop.step.relation),
                        connector: hop.step.connector,
                        modality: hop.modality.rawValue, confidence: hop.confidence, evidenceCount: hop.evidenceCount,
                        evidence: hop.evidence.map { EvidenceEntry($0, in: index.graph) })
                })
        }
        var diagram: DiagramPayload?
        if !found.isEmpty {
            let drawing = PathDiagram(
                graph: index.graph, paths: found,
                caption: "path\(found.count == 1 ? "" : "s") from \(name(query.from)) to \(name(query.to))")
            var options = drawing.options
            options.maxActors = actorLimit(nil).map { max($0, drawing.context.actors.count) }
            diagram = try render(drawing.context, options: options)
        }
        let fromActor = graph.actor(query.from).map { ActorEntry($0, in: graph) }
        let toActor = graph.actor(query.to).map { ActorEntry($0, in: graph) }
        guard let fromActor, let toActor else { throw ServeError(.notFound, "the actors of the path are not in this graph") }
        let result = PathResult(from: fromActor, to: toActor, asOf: query.asOf?.description, paths: paths, diagram: diagram)
        pathAnswers.store(result, for: query)
        return result
    }

    /// The path index of the graph as of `day` (cached), or of the whole graph.
    func pathIndex(asOf day: Day?) -> PathIndex {
        guard let day else { return baseIndex }
        return pathIndexes.value(for: day) { PathIndex(graph, asOf: day) }.0
    }
}
