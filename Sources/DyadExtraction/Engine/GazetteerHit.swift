/// What a gazetteer phrase stands for.
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
    /// For case-sensitive entries: the exact bytes required.
    var exact: [UInt8]?
}
