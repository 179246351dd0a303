/// Per-word facts the engine looks up by token id, as bits.
enum WordFlags {
    static let boundary: UInt32 = 1 << 0
    static let abbreviation: UInt32 = 1 << 1
    static let locative: UInt32 = 1 << 2
    static let agent: UInt32 = 1 << 3
    static let groupNoun: UInt32 = 1 << 4
    static let organ: UInt32 = 1 << 5
    static let modifier: UInt32 = 1 << 6
    static let sponsorship: UInt32 = 1 << 7
    static let former: UInt32 = 1 << 8
    static let sentenceEnd: UInt32 = 1 << 9
    static let possessivePronoun: UInt32 = 1 << 10
    static let quote: UInt32 = 1 << 11
    static let direction: UInt32 = 1 << 12
    static let pairNoun: UInt32 = 1 << 13
    static let nonActor: UInt32 = 1 << 14
    /// `claim-nouns`, `claim-links`, `claim-denials`, `content-hedges` (see `DocumentRun+DeniedClaims.swift`).
    static let claimNoun: UInt32 = 1 << 15
    static let claimLink: UInt32 = 1 << 16
    static let claimDenial: UInt32 = 1 << 17
    static let contentHedge: UInt32 = 1 << 18
}

/// Kinds of phrase cues (payloads of the cue trie).
enum CueKind: Int32 {
    case hedge = 0, negation, speech, source, title
    /// A time adverbial the matcher skips (`on Monday`, `last week`).
    case adverbial
    /// A phrase that starts with a negation cue but negates nothing (`not only`, `no doubt`).
    case notNegation
}
