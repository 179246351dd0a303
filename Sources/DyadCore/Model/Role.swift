/// A dated role of a person: while it holds, the person stands for `actor`.
public struct Role: Hashable, Comparable, Sendable {
    /// What the role is ("prime minister").
    public var title: String
    /// The id of the actor the person acts for while in the role.
    public var actor: Actor.ID
    /// First day of the role, or `nil` when unknown.
    public var from: Day?
    /// Last day of the role, or `nil` while it lasts.
    public var to: Day?

    /// Creates a role.
    public init(title: String, actor: Actor.ID, from: Day? = nil, to: Day? = nil) {
        self.title = title
        self.actor = actor
        self.from = from
        self.to = to
    }

    /// Whether the role holds on `day`; an open end holds for every day on that side.
    public func holds(on day: Day) -> Bool {
        if let from, day < from { return false }
        if let to, day > to { return false }
        return true
    }

    public static func < (lhs: Role, rhs: Role) -> Bool {
        let l = (lhs.from?.ordinal ?? Int.min, lhs.actor, lhs.title, lhs.to?.ordinal ?? Int.max)
        let r = (rhs.from?.ordinal ?? Int.min, rhs.actor, rhs.title, rhs.to?.ordinal ?? Int.max)
        return l < r
    }
}
