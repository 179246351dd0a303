import DyadCore
import Testing

@testable import DyadExtraction

/// `they` and `their` prefer an actor of their sentence named with a plural noun over a state named later.
@Suite("Plural pronouns")
struct PluralPronounTests {
    @Test("`they` after a place is the plural group, not the state of the place")
    func theyIsTheGroup() {
        let relations = AdverbialTests.lines(
            "PKK militants keep camps in the mountains of northern Iraq, where they have been struck by Turkish jets.")
        #expect(relations.contains("turkey hostility pkk"), "\(relations)")
        #expect(!relations.contains("iraq hostility turkey"), "\(relations)")
    }
}
