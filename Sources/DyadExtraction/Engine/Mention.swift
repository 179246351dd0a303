/// An actor mention in a sentence (internal to the engine).
struct Mention {
    enum Kind: UInt8 { case named, capital, demonym, person, generic, pronoun, pair }
    /// First token index.
    var start: Int
    /// Token index just past the mention.
    var end: Int
    /// Document actor indices the mention stands for (two or more for compounds and pairs).
    var actors: ActorList
    var kind: Kind
    var locative = false
    /// Used as a modifier of what follows (`Iran` in `Iran-backed`): only slots written before `-` take it.
    var modifier = false
    /// For a pronoun: the next nearest other actor, taken when the nearest one is the other slot of
    /// the same relation (`Iran accused Israel of bombing its consulate`: its → Iran); -1 for none.
    var alternative: Int32 = -1
    /// Ends with a title and no name (`his Djiboutian counterpart`, `Iraq's prime minister`): the name may follow
    /// between commas.
    var titled = false
}

/// A group of coordinated mentions (`Iran and Syria`) used as one pattern unit.
struct MentionGroup {
    /// Indices of the coordinated mentions (always consecutive).
    var members: ClosedRange<Int>
    var start: Int
    var end: Int
}

/// One pattern unit: a token or a mention group.
struct Unit {
    var token: Int
    var end: Int
    var group: Int32
    var id: Int32
    var boundary: Bool
}

/// An actor known to one document: a pack entry or a derived one (`Iranian factions`).
struct DerivedActor {
    var id: String
    var name: String
    var kind: ActorKindCode
    var partOf: Int32?
    var head: Int32
    var aliases: [String]
}

/// Compact actor kinds for derived actors.
enum ActorKindCode: UInt8 { case unknown, military, armedGroup }

/// A candidate relation from a match, before modality and output.
struct Candidate {
    var sentence: Int
    var a: Int32
    var b: Int32
    var aMention: (Int, Int)
    var bMention: (Int, Int)
    var rule: Int
    var type: UInt8
    var matchStart: Int
    var matchEnd: Int
    var priority: Int
    var modality: UInt8
    /// The scorer's probability for a relation it found (`rule` is -1), or -1 for a rule's match.
    var score: Float = -1
    /// For a scored relation, the index of its explanation in `DocumentRun.notes`; -1 for none.
    var note: Int32 = -1
}
