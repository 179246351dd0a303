/// `GET /api/actors?q=`: actors matching a typed name.
public struct ActorSearchResult: Encodable, Hashable, Sendable {
    /// Always `actors`.
    public var kind = "actors"
    /// The text searched for.
    public var query: String
    /// Actors the text names exactly (id, name or alias, case and accents ignored).
    public var resolved: [ActorEntry]
    /// Other actors whose name or alias starts with or contains the text, best first.
    public var matches: [ActorEntry]
}
