/// How a text states a relation.
public enum Modality: String, CaseIterable, Hashable, Comparable, Sendable {
    /// Stated as fact, including claims attributed to a named source.
    case asserted
    /// Reported, alleged, believed, possible or planned.
    case hedged
    /// Denied or negated; kept, but never counts as the relation holding.
    case negated

    /// Strength for summaries: asserted (2) > hedged (1) > negated (0).
    public var strength: Int {
        switch self {
        case .asserted: 2
        case .hedged: 1
        case .negated: 0
        }
    }

    /// Orders by declaration: asserted, hedged, negated.
    public static func < (lhs: Modality, rhs: Modality) -> Bool { lhs.strength > rhs.strength }
}
