/// Extension fields to write with a graph: `x-` fields on actors and relations that other
/// tools put there (a GraphML attribute Dyad has no field for).
///
/// Readers of graph documents skip `x-` fields, so they travel with the file for other
/// tools without changing the graph Dyad reads.
public struct GraphExtensions: Hashable, Sendable {
    /// Extra fields per actor id; names start with `x-`, values are text.
    public var actors: [Actor.ID: [String: String]] = [:]
    /// Extra fields per relation key; names start with `x-`, values are text.
    public var relations: [RelationKey: [String: String]] = [:]

    /// Creates an empty set of extension fields.
    public init() {}

    /// Whether there is no extension field at all.
    public var isEmpty: Bool { actors.isEmpty && relations.isEmpty }
}
