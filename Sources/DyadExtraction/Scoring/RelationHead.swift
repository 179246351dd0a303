import DyadCore

/// What one output of the relation scorer predicts for a pair of mentions taken in text order.
public enum RelationHead: Int, CaseIterable, Sendable {
    /// The two actors are hostile.
    case hostility
    /// The two actors are allied.
    case alliance
    /// The two actors are parties to an agreement.
    case agreement
    /// The first actor is the proxy of the second.
    case proxyForward
    /// The second actor is the proxy of the first.
    case proxyBackward

    /// The relation type the head predicts.
    public var type: RelationType {
        switch self {
        case .hostility: .hostility
        case .alliance: .alliance
        case .agreement: .agreement
        case .proxyForward, .proxyBackward: .proxy
        }
    }

    /// The name used in model files and reports.
    public var name: String {
        switch self {
        case .hostility: "hostility"
        case .alliance: "alliance"
        case .agreement: "agreement"
        case .proxyForward: "proxy-forward"
        case .proxyBackward: "proxy-backward"
        }
    }

    /// The head of a relation between a first and a second mention.
    /// - Parameters:
    ///   - type: The relation type.
    ///   - firstIsSource: Whether the first mention is the relation's source (the proxy, for `proxy`).
    public static func of(_ type: RelationType, firstIsSource: Bool) -> RelationHead {
        switch type {
        case .hostility: .hostility
        case .alliance: .alliance
        case .agreement: .agreement
        case .proxy: firstIsSource ? .proxyForward : .proxyBackward
        }
    }

    /// Every head, by raw value, made once (`allCases` would build a new array at each use).
    static let all = RelationHead.allCases

    /// Every relation type, in `RelationType.allCases` order: the order of a candidate's type index.
    static let types = RelationType.allCases

    /// Per head, the bits (by raw value) of every head that predicts the same relation type.
    static let sameType: [UInt8] = all.map { head in
        all.filter { $0.type == head.type }.reduce(0) { $0 | 1 << $1.rawValue }
    }

    /// The head of a relation given by its index in `RelationType.allCases` (as candidates keep it).
    @inline(__always) static func of(typeIndex: UInt8, firstIsSource: Bool) -> RelationHead {
        of(types[Int(typeIndex)], firstIsSource: firstIsSource)
    }
}
