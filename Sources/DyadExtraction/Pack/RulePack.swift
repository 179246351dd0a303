/// A rule pack: gazetteer, places, word classes, cue lists and relation rules.
public struct RulePack: Sendable {
    /// The pack's name.
    public var name: String = "pack"
    /// Gazetteer entries.
    public var actors: [ActorEntry] = []
    /// Known places.
    public var places: [PlaceEntry] = []
    /// Word classes.
    public var wordClasses: [WordClass] = []
    /// Relation rules.
    public var rules: [RelationRule] = []
    /// Cue and word lists.
    public var cues = CueLists()
    /// The files the pack was read from.
    public var files: [String] = []
    /// Named word lists the engine's stages read (`lexicons:`), by name.
    public var lexicons: [String: [String]] = [:]
    /// The pack's learned relation scorer, if it ships one.
    public var model: ModelSettings?
    /// The text of each file the pack was read from, by path: errors found after loading
    /// (a pattern that does not compile) show the offending line from it, without reading the file again.
    public var sources: [String: String] = [:]

    /// Creates an empty pack.
    public init() {}

    /// Appends everything of another pack.
    public mutating func append(_ other: RulePack) {
        actors += other.actors
        places += other.places
        wordClasses += other.wordClasses
        rules += other.rules
        cues.append(other.cues)
        files += other.files
        sources.merge(other.sources) { $1 }
        if let m = other.model { model = m }
        for (name, words) in other.lexicons { lexicons[name] = words }
    }
}
