/// The word lists a pack configures for modality, attribution, clauses and generic agents.
public struct CueLists: Sendable, Hashable {
    /// Phrases that make evidence hedged (`reportedly`, `it is assumed`).
    public var hedge: [String] = []
    /// Phrases that make evidence negated (`not`, `denied`).
    public var negation: [String] = []
    /// Verbs of saying (`says`, `said`, `told`) for attribution.
    public var speech: [String] = []
    /// Phrases introducing a source (`according to`).
    public var source: [String] = []
    /// Words and marks gaps may not cross (`;`, `but`).
    public var clauseBoundaries: [String] = []
    /// Abbreviations whose period does not end a sentence (`gen`, `mr`).
    public var abbreviations: [String] = []
    /// Prepositions that make a place name a location, not an actor (`in`, `near`).
    public var locatives: [String] = []
    /// Titles and offices between a demonym and a name (`president`, `prime minister`).
    public var titles: [String] = []
    /// Generic agents that stand alone as `unknown` actors (`gunmen`, `militants`).
    public var agents: [String] = []
    /// Generic group nouns that attach to a demonym or name (`factions`, `militias`).
    public var groupNouns: [String] = []
    /// State organs that make a demonym stand for the state itself (`troops`, `government`).
    public var organs: [String] = []
    /// Modifiers that may precede a generic agent (`unidentified`, `armed`).
    public var modifiers: [String] = []
    /// Participles that name a sponsored group (`Iran-backed militias`).
    public var sponsorship: [String] = []
    /// Words that mark a person as no longer acting for a state (`former`).
    public var former: [String] = []
    /// Nouns after a demonym that make it no actor (`Chinese companies`, `Iranian fishermen`).
    public var nonActors: [String] = []

    /// Creates empty lists.
    public init() {}

    /// Appends every list of `other`.
    public mutating func append(_ other: CueLists) {
        hedge += other.hedge; negation += other.negation; speech += other.speech; source += other.source
        clauseBoundaries += other.clauseBoundaries; abbreviations += other.abbreviations; locatives += other.locatives
        titles += other.titles; agents += other.agents; groupNouns += other.groupNouns; organs += other.organs
        modifiers += other.modifiers; sponsorship += other.sponsorship; former += other.former; nonActors += other.nonActors
    }
}
