import Testing

@testable import DyadExtraction

/// "Polish airspace", "Russian territory": a demonym before a word of `territory-nouns` names the state as a
/// place, which a `@B:place` slot takes and an ordinary slot does not.
@Suite("Demonym places")
struct TerritoryPlaceTests {
    @Test("a violated airspace named by its demonym is the state's")
    func violatedAirspace() {
        let relations = AdverbialTests.lines("Hungary said Slovak jets violated Austrian airspace twice last week.")
        #expect(relations.contains("austria hostility slovakia") || relations.contains("slovakia hostility austria"), "\(relations)")
    }

    @Test("an incursion onto a territory named by its demonym is hostility with the state")
    func incursionOnto() {
        let relations = AdverbialTests.lines("Chile accused Bolivia of an incursion onto Peruvian territory.")
        #expect(relations.contains("bolivia hostility peru"), "\(relations)")
    }

    @Test("a demonym place is no party where the slot is not a place")
    func notAParty() {
        let relations = AdverbialTests.lines("Slovak jets fired on the convoy over Austrian territory.")
        #expect(!relations.contains { $0.contains("austria") }, "\(relations)")
    }
}
