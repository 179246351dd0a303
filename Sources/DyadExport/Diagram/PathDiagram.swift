import DyadCore

/// The diagram of paths or a connecting network: their actors with every relation
/// among them, the path relations highlighted over the rest.
///
/// `dyad path --render`, `dyad connect --render` and `dyad serve` draw paths through it.
public struct PathDiagram: Sendable {
    /// The actors of the paths and every relation among them.
    public let context: Graph
    /// The options that draw it: the highlight, the caption as title, isolated actors kept.
    public let options: DiagramOptions

    /// Prepares the diagram of `paths` (and `relations`) found on `graph`.
    /// - Parameters:
    ///   - graph: The graph the paths were found on (the snapshot they used).
    ///   - paths: The paths to highlight.
    ///   - relations: Extra relations to highlight (a network's).
    ///   - caption: The legend's caption and the diagram's title.
    /// - Complexity: O(n + m) to cut out the context.
    public init(graph: Graph, paths: [ActorPath], relations: [RelationKey] = [], caption: String) {
        var actors = Set<Actor.ID>()
        var highlighted = Set(relations)
        for path in paths {
            actors.formUnion(path.actors)
            highlighted.formUnion(path.steps.map(\.relation))
        }
        for key in relations { actors.formUnion([key.source, key.target]) }
        context = graph.subgraph(GraphFilter(actors: actors))
        var options = DiagramOptions()
        options.highlight = DiagramHighlight(relations: highlighted, actors: actors, caption: caption)
        options.title = caption
        options.keepIsolatedActors = true
        self.options = options
    }
}
