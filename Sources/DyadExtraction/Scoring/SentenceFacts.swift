/// What the relation scorer reads once per sentence and shares with all its pairs.
struct SentenceFacts {
    /// The sentence's first token.
    var start: Int
    /// The token past its end.
    var end: Int
    /// Relation types (bits by `RelationType` index) some rule found in the sentence.
    var ruleTypes: UInt8 = 0
    /// Distinct actors mentioned (places excluded).
    var actorCount = 0
    /// Cue phrases: where each starts and its kind (`CueKind`).
    var cues: [(start: Int, kind: Int32)] = []
}
