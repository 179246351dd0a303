/// The relation a signed path implies between its ends ("the enemy of my enemy is my friend").
public enum Stance: String, CaseIterable, Hashable, Sendable {
    /// An even number of hostile relations: the ends are read as friends.
    case friend
    /// An odd number of hostile relations: the ends are read as foes.
    case foe

    /// The stance a sign implies: positive is `friend`, negative `foe`.
    /// - Parameter sign: The product of the relation signs, +1 or −1.
    public init(sign: Int) { self = sign < 0 ? .foe : .friend }
}
