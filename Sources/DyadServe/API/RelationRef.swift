import DyadCore

/// A relation's identity: `source`, `type`, `target` (proxy points from the proxy to its patron).
public struct RelationRef: Encodable, Hashable, Sendable {
    /// The source actor's id.
    public var source: String
    /// The relation type.
    public var type: String
    /// The target actor's id.
    public var target: String

    init(_ key: RelationKey) {
        source = key.source
        type = key.type.rawValue
        target = key.target
    }
}
