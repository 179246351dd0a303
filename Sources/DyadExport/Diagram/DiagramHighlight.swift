import DyadCore

/// Relations and actors to draw highlighted over the rest of the graph (a path, a triangle).
///
/// Highlighted relations are drawn thick in their type's colour with an amber
/// halo; highlighted actors get an amber outline; everything else is faded.
public struct DiagramHighlight: Hashable, Sendable {
    /// The relations to highlight.
    public var relations: Set<RelationKey>
    /// The actors to highlight; the endpoints of highlighted relations are added automatically.
    public var actors: Set<Actor.ID>
    /// The legend's caption for the highlight ("path from Hezbollah to Israel").
    public var caption: String

    /// Creates a highlight.
    /// - Parameters:
    ///   - relations: The relations to highlight.
    ///   - actors: Extra actors to highlight.
    ///   - caption: The legend's caption.
    public init(relations: Set<RelationKey>, actors: Set<Actor.ID> = [], caption: String = "highlighted path") {
        self.relations = relations
        self.actors = actors.union(relations.flatMap { [$0.source, $0.target] })
        self.caption = caption
    }
}
