/// A participant in relations: a state, a government, a military, an armed group,
/// an organisation, a person or an unnamed agent.
public struct Actor: Identifiable, Hashable, Sendable {
    /// A lowercase slug (`iran`, `al-quds-brigade`).
    public typealias ID = String

    /// Stable identifier, a lowercase slug.
    public var id: ID
    /// Display name.
    public var name: String
    /// What the actor is.
    public var kind: ActorKind
    /// Other names, sorted and without duplicates.
    public var aliases: [String] { didSet { aliases = Actor.normalizedList(aliases) } }
    /// The parent actor of a sub-unit (IDF → `israel`), if any.
    public var partOf: ID?
    /// Dated roles of a person, sorted.
    public var roles: [Role] { didSet { roles = Array(Set(roles)).sorted() } }

    /// Creates an actor; aliases and roles are sorted and de-duplicated.
    public init(id: ID, name: String, kind: ActorKind, aliases: [String] = [], partOf: ID? = nil, roles: [Role] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = Actor.normalizedList(aliases)
        self.partOf = partOf
        self.roles = Array(Set(roles)).sorted()
    }

    /// The name and every alias.
    public var allNames: [String] { [name] + aliases }

    /// Merges another description of the same actor into this one.
    ///
    /// Scalar fields keep this actor's value (a kind of `unknown` or an absent
    /// `partOf` yields to the other's); aliases and roles are united, and the
    /// name that loses becomes an alias. An actor's own name is never among its
    /// merged aliases, which makes the operation associative (any bracketing of
    /// a chain of merges gives the same actor) and idempotent.
    public func merged(with other: Actor) -> Actor {
        var result = self
        if result.kind == .unknown { result.kind = other.kind }
        if result.partOf == nil { result.partOf = other.partOf }
        if result.name.isEmpty { result.name = other.name }
        let name = result.name
        result.aliases = (aliases + other.aliases + [self.name, other.name]).filter { $0 != name }
        result.roles += other.roles
        return result
    }

    /// Whether `text` is a slug, that is `slug(text) == text`: lowercase ASCII letters and digits in words joined by
    /// single hyphens, without making the slug.
    public static func isSlug(_ text: String) -> Bool {
        var previous: UInt8 = UInt8(ascii: "-")
        for byte in text.utf8 {
            guard isSlugWordByte(byte) || (byte == UInt8(ascii: "-") && previous != UInt8(ascii: "-")) else { return false }
            previous = byte
        }
        return previous != UInt8(ascii: "-")
    }

    /// Turns an id-like or display text into a slug: lowercase ASCII letters,
    /// digits and single hyphens (`Al-Quds Brigade` → `al-quds-brigade`).
    public static func slug(_ text: String) -> ID {
        // Byte by byte: a slug is ASCII, and any byte of a scalar beyond ASCII separates words as the scalar does.
        // (Appending scalars to a string cost hundreds of instructions each.)
        var result: [UInt8] = []
        var pendingHyphen = false
        for byte in NameNormalizer.fold(text).utf8 {
            if isSlugWordByte(byte) {
                if pendingHyphen, !result.isEmpty { result.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                result.append(byte)
            } else if byte != UInt8(ascii: "'") {
                pendingHyphen = true
            }
        }
        return result.isEmpty ? "actor" : String(decoding: result, as: UTF8.self)
    }

    /// Whether a byte may stand in a word of a slug: a lowercase ASCII letter or a digit.
    private static func isSlugWordByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    static func normalizedList(_ names: [String]) -> [String] {
        Array(Set(names.filter { !$0.isEmpty })).sorted()
    }
}
