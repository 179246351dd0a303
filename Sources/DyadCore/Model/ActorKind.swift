/// What an actor is.
public enum ActorKind: String, CaseIterable, Hashable, Comparable, Sendable {
    /// A sovereign or de facto state.
    case state
    /// A government, ministry, authority or rival administration.
    case government
    /// An army, a service or another armed body of a state.
    case military
    /// A non-state armed group or militia.
    case armedGroup = "armed-group"
    /// An international or regional organisation or coalition.
    case organisation
    /// A person; leaders stand for their state through dated roles.
    case person
    /// A generic or unnamed agent ("unidentified gunmen").
    case unknown

    public static func < (lhs: ActorKind, rhs: ActorKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
