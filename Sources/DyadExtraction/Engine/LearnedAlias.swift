/// A name the text taught: `Daramsuq (Damascus)` teaches `Daramsuq` → `Damascus`.
public struct LearnedAlias: Sendable, Hashable, Comparable {
    /// The new name.
    public var alias: String
    /// The known name it stands for.
    public var known: String
    /// The actor id, when the known name is an actor's (a capital stands for its state).
    public var actor: String?

    /// Creates a learned alias.
    public init(alias: String, known: String, actor: String?) {
        self.alias = alias
        self.known = known
        self.actor = actor
    }

    public static func < (l: LearnedAlias, r: LearnedAlias) -> Bool { (l.alias, l.known) < (r.alias, r.known) }
}
