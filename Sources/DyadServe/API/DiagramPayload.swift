/// A rendered diagram and the map from its SVG element ids back to actors and relations.
public struct DiagramPayload: Encodable, Hashable, Sendable {
    /// The SVG Dyad's renderer made (Graphviz through the isolated helper).
    public var svg: String
    /// Actor id of each actor's SVG group id (`actor-…`).
    public var actors: [String: String]
    /// Relation of each relation's SVG group id (`rel-…`).
    public var relations: [String: RelationRef]
    /// Actors drawn.
    public var actorCount: Int
    /// Relations drawn.
    public var relationCount: Int
    /// Actors left out by the actor limit.
    public var droppedActors: Int
    /// The actor limit applied, if any.
    public var maxActors: Int?
    /// Remarks on the view, for the user (limits applied, empty views).
    public var notes: [String]
}
