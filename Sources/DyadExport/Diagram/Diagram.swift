import DyadCore
internal import GraphvizKit

/// A diagram ready to lay out: its DOT text, the engine chosen and what the view left out.
public struct Diagram: Hashable, Sendable {
    /// The DOT text.
    public var dot: String
    /// The layout engine the diagram is meant for.
    public var layout: DiagramLayout
    /// Whether every node carries a pinned position (laid out with `nop`, like `neato -n`).
    public var allPinned: Bool
    /// The number of actors drawn.
    public var actorCount: Int
    /// The number of relations drawn.
    public var relationCount: Int
    /// Actors left out by `maxActors`, sorted by id.
    public var droppedActors: [Actor.ID]
    /// The DOT node name of each drawn actor (stable: the id when it is a plain slug).
    public var nodeNames: [Actor.ID: String]
    /// Remarks on the view (clusters ignored by sfdp, …), for the user.
    public var notes: [String]

    /// The Graphviz engine to run.
    var engine: LayoutEngine { allPinned ? .nop : layout.engine }
}
