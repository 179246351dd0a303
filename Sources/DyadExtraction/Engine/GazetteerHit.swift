/// What a gazetteer phrase stands for. Plain values only, so reading one from `CompiledPack.hits` retains nothing
/// (an optional array of exact bytes here cost a retain and a release at every hit mention finding read).
struct GazetteerHit: Sendable {
    /// How the phrase names the actor.
    enum How: UInt8, Sendable, Comparable {
        case name = 0, acronym, capital, demonym, person, place
        static func < (l: How, r: How) -> Bool { l.rawValue < r.rawValue }
    }

    /// The pack entry index (or place index for `.place`).
    var entry: Int32
    /// How it names it.
    var how: How
    /// For case-sensitive entries, the position in `CompiledPack.exactSpellings` of the exact bytes required; -1 for
    /// the others.
    var exact: Int32 = -1
}
