/// Two actors without order: the pair every relation between them belongs to.
public struct ActorPair: Hashable, Sendable {
    /// The smaller id.
    public let low: Actor.ID
    /// The larger id.
    public let high: Actor.ID

    /// The pair of a relation's endpoints.
    public init(_ key: RelationKey) {
        if key.source <= key.target {
            low = key.source
            high = key.target
        } else {
            low = key.target
            high = key.source
        }
    }

    /// The five keys a relation between the pair can have: the symmetric types, then proxy both ways.
    public var keys: [RelationKey] {
        [
            RelationKey(source: low, type: .alliance, target: high), RelationKey(source: low, type: .hostility, target: high),
            RelationKey(source: low, type: .agreement, target: high),
            RelationKey(source: low, type: .proxy, target: high), RelationKey(source: high, type: .proxy, target: low),
        ]
    }

    /// The position of `key` in ``keys``.
    public func slot(of key: RelationKey) -> Int {
        switch key.type {
        case .alliance: 0
        case .hostility: 1
        case .agreement: 2
        case .proxy: key.source == low ? 3 : 4
        }
    }
}
