import DyadCore
import Testing

@testable import DyadExtraction

/// A match gives way to one of higher priority over the same words only; statements elsewhere in the
/// sentence about the same pair stand.
@Suite("Rule priority")
struct PrioritySelectionTests {
    @Test("a higher-priority reading of the same words wins")
    func sameWords() {
        let relations = AdverbialTests.lines("Ghana struck a deal with Togo in March.")
        #expect(relations == ["ghana agreement togo"], "\(relations)")
    }

    @Test("an alliance and an agreement over the same words both stand")
    func allianceAndAgreementTogether() {
        let relations = AdverbialTests.lines("Ankara and Baku signed an accord on deploying Turkish weapons in Azerbaijan.")
        #expect(AdverbialTests.either(relations, "turkey", "agreement", "azerbaijan"), "\(relations)")
        #expect(AdverbialTests.either(relations, "turkey", "alliance", "azerbaijan"), "\(relations)")
    }

    @Test("a statement elsewhere in the sentence keeps its own type")
    func otherWords() {
        let relations = AdverbialTests.lines(
            "Chad and Niger signed a defence pact last month, with N'Djamena pledging to rush to Niamey's aid.")
        #expect(relations.contains("chad agreement niger"), "\(relations)")
        #expect(relations.contains("chad alliance niger"), "\(relations)")
    }
}
