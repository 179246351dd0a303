/// A known place name: never an actor, but a name that can teach aliases (`Dayro Zcuro (Deir ez-Zor)`).
public struct PlaceEntry: Sendable, Hashable {
    /// The place's name.
    public var name: String
    /// Other spellings.
    public var aliases: [String]

    /// Creates a place.
    public init(name: String, aliases: [String] = []) {
        self.name = name
        self.aliases = aliases
    }
}
