import Testing

@testable import DyadExtraction

/// "the two … neighbours": a pair noun after `two` names the pair the text coordinated before it.
@Suite("Pair back-references")
struct PairBackReferenceTests {
    @Test("describing words may sit between two and the pair noun")
    func describedPair() {
        let relations = AdverbialTests.lines(
            "Peru and Ecuador held a summit in Lima to ease decades of friction between the two Andean former foes.")
        #expect(relations.contains("peru hostility ecuador"), "\(relations)")
    }

    @Test("`both` and a pair noun name the pair of the sentence, as `the two` does")
    func bothSides() {
        let relations = AdverbialTests.lines("Peru and Ecuador met in Quito, and both parties signed a border deal.")
        #expect(relations.contains("peru agreement ecuador") || relations.contains("ecuador agreement peru"), "\(relations)")
    }

    @Test("a hyphenated pair (`Peru-Ecuador tensions`) is the pair `both countries` names")
    func hyphenatedPair() {
        let relations = AdverbialTests.lines("Peru-Ecuador tensions rose, and Chile, which is close to both countries, offered talks.")
        #expect(AdverbialTests.either(relations, "chile", "alliance", "peru"), "\(relations)")
        #expect(AdverbialTests.either(relations, "chile", "alliance", "ecuador"), "\(relations)")
    }

    @Test("`both` and a noun of states names no pair that is not two states")
    func bothCountriesNeedStates() {
        let relations = AdverbialTests.lines("Peru and the Shining Path met in Lima, and both countries rejected the plan.")
        #expect(!relations.contains { $0.contains("shining-path") && $0.contains("peru") }, "\(relations)")
    }

    @Test("the pair coordinated in the sentence wins over an actor named after it")
    func sentencePairFirst() {
        let relations = AdverbialTests.lines(
            "The leaders of Peru and Ecuador accepted a Brazil-brokered plan to end the friction between the two Andean former foes.")
        #expect(relations.contains("peru hostility ecuador"), "\(relations)")
        #expect(!relations.contains(where: { $0.contains("brazil hostility") || $0.hasSuffix("hostility brazil") }), "\(relations)")
    }

    @Test("a pair referred to once is the pair a later pair noun of the sentence refers to")
    func pairReferredAgain() {
        let relations = AdverbialTests.lines(
            "Chile appealed to Bolivia, and the two governments agreed to talks on Monday, ending months of friction between the neighbours."
        )
        #expect(relations.contains("bolivia hostility chile") || relations.contains("chile hostility bolivia"), "\(relations)")
    }
}
