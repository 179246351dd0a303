import Testing

@testable import DyadExtraction

/// The engine's lexicon names and the ordinal its hot paths index bit sets by.
@Suite("Engine lexicons")
struct EngineLexiconTests {
    @Test("a lexicon's ordinal is its position among all cases, and fits the two-word bit sets")
    func ordinals() {
        #expect(MemoryLayout<EngineLexicon>.size == 1)
        #expect(EngineLexicon.allCases.count <= 128)
        for (index, lexicon) in EngineLexicon.allCases.enumerated() {
            #expect(lexicon.ordinal == index, "\(lexicon)")
        }
    }

    @Test("a word of a lexicon is found by its token id and by its text alike")
    func idAndText() {
        let relations = AdverbialTests.lines("Myanmar lost a town. The ruling junta later signed a truce with the Arakan Army.")
        #expect(relations.contains("myanmar agreement arakan-army"), "\(relations)")
    }
}
