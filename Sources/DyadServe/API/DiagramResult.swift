/// `GET /api/diagram`: the diagram of one view of the graph.
public struct DiagramResult: Encodable, Hashable, Sendable {
    /// Always `diagram`.
    public var kind = "diagram"
    /// The focus actor, resolved, if any.
    public var focus: ActorEntry?
    /// The diagram.
    public var diagram: DiagramPayload
}
