import Testing

@testable import DyadExtraction

/// "the two militant groups — A and B — fired …": a dashed aside that lists named actors after a generic
/// mention says who that mention is.
@Suite("Named asides")
struct NamedAsideTests {
    @Test("the actors a dashed aside lists stand for the generic mention before it")
    func listedMembers() {
        let relations = AdverbialTests.lines("Both armed factions — al-Shabaab and Boko Haram — threatened Kenya in a joint video.")
        #expect(relations.contains("al-shabaab hostility kenya"), "\(relations)")
        #expect(relations.contains("boko-haram hostility kenya"), "\(relations)")
    }

    @Test("a dashed aside that names no actor leaves the generic mention alone")
    func noNames() {
        let relations = AdverbialTests.lines("The armed factions — long divided — threatened Kenya in a video.")
        #expect(relations == ["armed-factions hostility kenya"], "\(relations)")
    }

    @Test("a dashed aside that names one actor is an apposition, not a list: the generic mention stays")
    func oneName() {
        let relations = AdverbialTests.lines("The armed faction — al-Shabaab — threatened Kenya in a video.")
        #expect(relations.contains("armed-faction hostility kenya"), "\(relations)")
    }
}
