import DyadCore

/// A gazetteer entry of a rule pack: an actor with the names it is written as.
public struct ActorEntry: Sendable, Hashable {
    /// The actor id (slug).
    public var id: String
    /// Display name.
    public var name: String
    /// What the actor is.
    public var kind: ActorKind
    /// Other names, matched case- and diacritic-insensitively.
    public var aliases: [String]
    /// Acronyms, matched case-sensitively.
    public var acronyms: [String]
    /// Demonyms and adjectives (`Iranian`).
    public var demonyms: [String]
    /// Capitals and seats usable as metonyms (`Tehran`).
    public var capitals: [String]
    /// The parent actor id, for sub-units.
    public var partOf: String?
    /// For a group that is no part of a state: the id of the state it fights in or is based in (the Arakan Army
    /// in Myanmar). A seat named without its state (`the junta`) in a sentence about the group means that state.
    public var basedIn: String?
    /// Dated roles, for persons.
    public var roles: [Role]
    /// Where the entry is written.
    public var origin: SourceLocation?

    /// Creates an entry.
    public init(
        id: String, name: String, kind: ActorKind, aliases: [String] = [], acronyms: [String] = [],
        demonyms: [String] = [], capitals: [String] = [], partOf: String? = nil, basedIn: String? = nil, roles: [Role] = [],
        origin: SourceLocation? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.acronyms = acronyms
        self.demonyms = demonyms
        self.capitals = capitals
        self.partOf = partOf
        self.basedIn = basedIn
        self.roles = roles
        self.origin = origin
    }

    /// The graph actor this entry describes (names, aliases, acronyms, demonyms and capitals as aliases).
    public var actor: Actor {
        var names = aliases + acronyms
        if kind != .person { names += demonyms + capitals }
        return Actor(id: id, name: name, kind: kind, aliases: names.filter { $0 != name }, partOf: partOf, roles: roles)
    }
}
