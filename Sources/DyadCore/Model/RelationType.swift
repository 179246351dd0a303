/// The four kinds of relation between actors.
public enum RelationType: String, CaseIterable, Hashable, Comparable, Sendable {
    /// Allies, cooperation, support to a state, fighting alongside.
    case alliance
    /// Attacks, war, enmity, sanctions, threats, condemnation.
    case hostility
    /// A non-state group backed by a patron; directed from the proxy to the patron.
    case proxy
    /// Agreements, treaties, ceasefires and accords between the parties.
    case agreement

    /// Whether the relation reads the same both ways (every type but `proxy`).
    public var isSymmetric: Bool { self != .proxy }

    /// The sign used in signed readings: hostility is -1, the rest +1.
    public var sign: Int { self == .hostility ? -1 : 1 }

    public static func < (lhs: RelationType, rhs: RelationType) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
