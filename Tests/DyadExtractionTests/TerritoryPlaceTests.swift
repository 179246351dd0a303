import Testing

@testable import DyadExtraction

/// "Polish airspace", "Russian territory": a demonym before a word of `territory-nouns` names the state as a
/// place, which a `@B:place` slot takes and an ordinary slot does not; so does one before a word of `holding-nouns`
/// ("Russian banks"), the state as their holder.
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

    @Test("sanctions on what a state's demonym holds are hostility with the state")
    func sanctionedHoldings() {
        let relations = AdverbialTests.lines("Canada announced fresh sanctions on Belarusian banks and potash firms.")
        #expect(relations.contains("canada hostility belarus"), "\(relations)")
    }

    @Test("a holding noun before an asset noun leaves the demonym the state ('Iranian oil facilities')")
    func holdingBeforeAsset() {
        let relations = AdverbialTests.lines("Israeli jets struck Iranian oil facilities near the coast.")
        #expect(relations.contains("israel hostility iran"), "\(relations)")
    }

    @Test("a holding named by a demonym is no party where the slot is not a place")
    func holdingIsNoParty() {
        let relations = AdverbialTests.lines("Chinese companies signed supply contracts with Kenya.")
        #expect(!relations.contains { $0.contains("china") }, "\(relations)")
    }
}
