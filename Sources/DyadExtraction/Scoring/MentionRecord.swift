import DyadCore

/// One actor mention the engine found, for diagnostics: where it is and which actor it resolved to.
public struct MentionRecord: Sendable, Hashable {
    /// Where the mention is in the document (Unicode scalars).
    public var range: TextRange
    /// The text as written.
    public var text: String
    /// The actor's id.
    public var actor: String
    /// Folded names of the actor and its parents (for matching gold names).
    public var names: Set<String>
    /// Whether the mention names a place rather than an actor (`in Syria`).
    public var locative: Bool

    /// Creates a record.
    public init(range: TextRange, text: String, actor: String, names: Set<String>, locative: Bool) {
        self.range = range
        self.text = text
        self.actor = actor
        self.names = names
        self.locative = locative
    }
}

/// What the engine's stages saw in one document: its mentions and its pairs of mentions.
public struct DocumentAnalysis: Sendable {
    /// Every actor mention.
    public var mentions: [MentionRecord]
    /// Every pair of mentions in a sentence, with the scorer's features.
    public var pairs: [PairCandidate]
}
