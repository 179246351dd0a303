import DyadCore

/// What a diagram shows and how: the view of the graph, the look, and the hooks
/// for highlighted paths, diff statuses and pinned positions.
///
/// The view is applied in this order: collapse sub-units, snapshot `asOf`,
/// filter types, modality, dates and minimum evidence, keep the `focus`
/// neighbourhood, drop isolated actors, keep the `maxActors` most connected.
public struct DiagramOptions: Hashable, Sendable {
    // MARK: View

    /// Keep only this actor and its neighbourhood, if given.
    public var focus: Actor.ID?
    /// How many relations away from `focus` to go.
    public var hops: Int = 1
    /// Keep only these relation types, if given.
    public var types: Set<RelationType>?
    /// Show the graph as known on this day, if given.
    public var asOf: Day?
    /// With `asOf`: how many days back evidence still counts, if limited.
    public var window: Int?
    /// Keep only evidence dated on or after this day, if given.
    public var from: Day?
    /// Keep only evidence dated on or before this day, if given.
    public var to: Day?
    /// Keep only relations with at least this many pieces of evidence.
    public var minimumEvidence: Int = 0
    /// Whether hedged evidence counts (`--no-hedged` turns it off).
    public var includeHedged = true
    /// Fold sub-units into their parents (IDF into Israel).
    public var collapseSubUnits = false
    /// Draw sub-units in a cluster inside their parent.
    public var clusters = false
    /// Keep at most this many actors, the most connected (the focus is always kept).
    public var maxActors: Int?
    /// Keep actors that no shown relation touches.
    public var keepIsolatedActors = false

    // MARK: Look

    /// The layout engine; `nil` chooses by size (``DiagramLayout/automatic(actors:relations:)``).
    public var layout: DiagramLayout?
    /// Draw the legend.
    public var legend = true
    /// The title's first line; `nil` gives "N actors · M relations".
    public var title: String?
    /// Add the evidence date range under the title.
    public var showDateRange = true
    /// Add SVG tooltips to actors and relations.
    public var tooltips = true
    /// Label relations with their type; `nil` labels them only in diff diagrams of up to 200 relations.
    public var relationLabels: Bool?

    // MARK: Hooks

    /// Relations and actors to highlight (path queries).
    public var highlight: DiagramHighlight?
    /// A diff status per relation (diff diagrams); relations not listed are `unchanged`.
    /// When set, colours show the status and the legend explains statuses.
    public var diff: [RelationKey: RelationDiffStatus]?
    /// Fixed positions for actors, in points (a timeline with stable positions).
    ///
    /// When every drawn actor is pinned, Graphviz only routes the edges (`neato -n`);
    /// otherwise neato places the others around the pinned ones. Get positions from
    /// ``Renderer/positions(for:options:limits:)`` on the union of the graphs.
    public var pinnedPositions: [Actor.ID: DiagramPoint] = [:]

    /// Creates options that show the whole graph with the automatic layout.
    public init() {}
}
