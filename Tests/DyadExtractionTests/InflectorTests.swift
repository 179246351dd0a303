import Testing

@testable import DyadExtraction

/// Regular inflections that word classes expand to.
@Suite("Inflector")
struct InflectorTests {
    @Test("a verb ending in a vowel and l gets the American and the British forms")
    func doubledL() {
        let forms = Inflector.verbForms("funnel")
        #expect(forms.contains("funneled") && forms.contains("funnelling") && forms.contains("funnelled"))
        #expect(!Inflector.verbForms("appeal").contains("appealled"))
    }

    @Test("a short verb doubles its final consonant; a silent e drops before -ing")
    func regularForms() {
        #expect(Inflector.verbForms("ban") == ["ban", "bans", "banned", "banning"])
        #expect(Inflector.verbForms("seize") == ["seize", "seizes", "seized", "seizing"])
    }
}
