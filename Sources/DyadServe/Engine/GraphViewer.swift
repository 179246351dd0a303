import DyadCore
import DyadExport

/// The engine behind `dyad serve`: one loaded graph, the indexes built once, and
/// caches of the views, snapshots, path indexes and diffs the page asked for.
///
/// Every answer goes through the engine the command line uses: ``DOTWriter`` and
/// ``Renderer`` for diagrams, ``PathIndex`` and ``PathFinder`` for paths,
/// ``SnapshotSequence`` and ``GraphDiff`` for diffs. Nothing here writes files.
public final class GraphViewer: Sendable {
    /// The graph served.
    public let graph: Graph
    /// The graph file's name, for the page's title.
    public let name: String
    /// The limits applied.
    public let settings: ViewerSettings
    /// Whether the graph is large (see ``ViewerSettings/largeGraphRelations``).
    public let isLarge: Bool

    let search: ActorSearchIndex
    let histogram: TimelineResult
    let summaryResult: GraphSummary
    let baseIndex: PathIndex
    let views = ViewCache<ViewQuery, DiagramResult>(capacity: 160)
    let snapshots = ViewCache<DateSelection, Graph>(capacity: 8)
    let pathIndexes = ViewCache<Day, PathIndex>(capacity: 4)
    let pathAnswers = ViewCache<PathQuery, PathResult>(capacity: 64)
    let sequences = ViewCache<Int, SnapshotCheckpoints>(capacity: 4)
    let diffs = ViewCache<DiffQuery, DiffResult>(capacity: 64)

    /// Loads the indexes for `graph`.
    /// - Parameters:
    ///   - graph: The graph to serve.
    ///   - name: The graph file's name.
    ///   - settings: The limits to apply.
    /// - Complexity: O(E log E) in the evidence, plus the path index.
    public init(graph: Graph, name: String, settings: ViewerSettings = ViewerSettings()) {
        var graph = graph
        graph.canonicalize()
        self.graph = graph
        self.name = name
        self.settings = settings
        isLarge = graph.relations.count > settings.largeGraphRelations
        search = ActorSearchIndex(graph)
        histogram = TimelineResult(graph)
        baseIndex = PathIndex(graph)
        var evidence = 0
        for relation in graph.relations.values { evidence += relation.evidence.count }
        summaryResult = GraphSummary(
            name: name, actors: graph.actors.count, relations: graph.relations.count, documents: graph.documents.count,
            evidence: evidence,
            types: RelationType.allCases.filter { type in graph.relations.keys.contains { $0.type == type } }.map(\.rawValue),
            kinds: ActorKind.allCases.filter { kind in graph.actors.values.contains { $0.kind == kind } }.map(\.rawValue),
            firstDate: histogram.bins.first?.start, lastDate: histogram.bins.last?.end, large: isLarge,
            defaultMaxActors: isLarge ? settings.defaultMaxActors : nil,
            limits: .init(
                hops: settings.maxHops, k: settings.maxPaths, maxActors: settings.maxActorsLimit, evidence: settings.evidenceLimit))
    }

    /// What the graph holds and the limits applied.
    public var summary: GraphSummary { summaryResult }

    /// The histogram of evidence dates.
    public var timeline: TimelineResult { histogram }

    /// The actor `text` names (id, name or alias).
    /// - Throws: ``ServeError`` when no actor or several actors have that name.
    func resolve(_ text: String, in graph: Graph? = nil) throws(ServeError) -> Actor {
        let found = (graph ?? self.graph).resolve(text)
        if found.count == 1 { return found[0] }
        if found.isEmpty { throw ServeError(.notFound, "no actor named \(QueryParameters.quoted(text)) in this graph") }
        let ids = found.prefix(8).map(\.id).joined(separator: ", ")
        throw ServeError(.badRequest, "the name \(QueryParameters.quoted(text)) is ambiguous; use one of these ids: \(ids)")
    }

    /// Draws `graph` with `options` through the isolated layout helper.
    /// - Throws: ``ServeError`` with code `renderFailed`.
    func render(_ graph: Graph, options: DiagramOptions) throws(ServeError) -> DiagramPayload {
        let diagram = DOTWriter.diagram(for: graph, options: options)
        let bytes: [UInt8]
        do {
            bytes = try Renderer.render(diagram, format: .svg, limits: settings.renderLimits)
        } catch {
            throw ServeError(
                .renderFailed, "the diagram could not be drawn (\(error.description)); focus on an actor or filter to draw fewer relations")
        }
        var actors: [String: String] = [:]
        var relations: [String: RelationRef] = [:]
        for (id, node) in diagram.nodeNames {
            actors["actor-" + node] = id
            for key in graph.outgoingKeys(of: id) {
                guard let head = diagram.nodeNames[key.target] else { continue }
                relations["rel-" + node + "-" + key.type.rawValue + "-" + head] = RelationRef(key)
            }
        }
        var notes = diagram.notes
        if !diagram.droppedActors.isEmpty {
            notes.append(
                "showing the \(diagram.actorCount) most connected actors; \(diagram.droppedActors.count) more are left out: focus on an actor or filter to see them"
            )
        }
        if diagram.relationCount == 0 { notes.append("no relation matches this view") }
        return DiagramPayload(
            svg: String(decoding: bytes, as: UTF8.self), actors: actors, relations: relations, actorCount: diagram.actorCount,
            relationCount: diagram.relationCount, droppedActors: diagram.droppedActors.count, maxActors: options.maxActors, notes: notes)
    }

    /// The actor limit for a view: the request's (bounded), else the default for large graphs.
    func actorLimit(_ requested: Int?) -> Int? {
        if let requested { return min(requested, settings.maxActorsLimit) }
        return isLarge ? settings.defaultMaxActors : nil
    }
}
